"""`--format json`: the Report as DESIGN.md's JSON, positions 1-based, columns in code points."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from factcheck.models import Claim, FileReport, Finding, PartyClaim, Report, Span
from factcheck.read import LineIndex
from factcheck.report.escape import json_escaped
from factcheck.report.locations import relative_path
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.report.schema import CLAIM_VIEWS, FileOut, FindingOut, JsonReport, SeverityCounts, Summary, Tool


def positions(index: LineIndex, span: Span) -> dict[str, int]:
    line, column = index.position(span.start)
    end_line, end_column = index.position(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def _dump_view(view: type[BaseModel], item: BaseModel, **given: Any) -> Any:
    """`item` as its output view: the view's fields read from `item` (absent: null), `given` besides."""
    return view.model_validate({name: given[name] if name in given else getattr(item, name, None) for name in view.model_fields})


def claim_out(claim: Claim, index: LineIndex, support: tuple[str, ...]) -> Any:
    """A claim as its `files[].claims` entry; a money claim's guessed subject is shown, and marked
    as a guess by `subject_found`, where the sentence names none."""
    where = positions(index, claim.span)
    if not isinstance(claim, PartyClaim):  # percents, quantities, counts and durations name no party
        return _dump_view(CLAIM_VIEWS[claim.kind], claim, **where)
    subject = claim.subject or ((claim.subject_group or claim.guessed_subject) if claim.kind == "money" else None)
    found = claim.subject_found if claim.kind == "money" and subject else None
    return _dump_view(CLAIM_VIEWS[claim.kind], claim, **where, subject=subject, subject_found=found, supported_by=list(support), object=claim.object or (claim.purpose if claim.kind == "money" else None))


def finding_out(finding: Finding, index: LineIndex) -> Any:
    return _dump_view(FindingOut, finding, **positions(index, finding.span))


def file_out(file: FileReport) -> FileOut:
    """One article as an entry of `files`: also one line of `--format jsonl`."""
    index = LineIndex(file.document.text)
    return FileOut(
        path=relative_path(file.document.path),  # as SARIF: `./a.txt` and `a.txt` are one path
        claims=[claim_out(c, index, file.support.get(c.id, ())) for c in file.claims],
        findings=[finding_out(f, index) for f in file.findings],
    )


def to_json_model(report: Report) -> JsonReport:
    return JsonReport(
        schema_version=report.schema_version,
        tool=Tool(version=report.tool_version),
        files=[file_out(file) for file in report.files],
        summary=Summary(
            files=len(report.files),
            claims=sum(len(f.claims) for f in report.files),
            findings=SeverityCounts(**report.severity_counts()),
        ),
    )


def format_json(report: Report, options: FormatOptions = PLAIN) -> str:
    return json_escaped(to_json_model(report).model_dump_json(indent=2)) + "\n"


def format_jsonl_line(file: FileReport) -> str:
    """`--format jsonl`: one article, one line, the fields of its entry in `--format json`'s `files`."""
    return json_escaped(file_out(file).model_dump_json()) + "\n"


def format_jsonl(report: Report, options: FormatOptions = PLAIN) -> str:
    return "".join(format_jsonl_line(file) for file in report.files)
