"""`--format json`: the Report as DESIGN.md's JSON, positions 1-based, columns in code points."""

from __future__ import annotations

from factcheck.models import Claim, FileReport, Finding, PercentClaim, QuantityClaim, Report, Span
from factcheck.read import LineIndex
from factcheck.report.escape import json_escaped
from factcheck.report.locations import relative_path
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.report.schema import (
    AmountOut,
    ClaimOut,
    EvidenceOut,
    FileOut,
    FindingOut,
    FixOut,
    JsonReport,
    PercentClaimOut,
    QuantityClaimOut,
    SeverityCounts,
    Summary,
    TimeOut,
    Tool,
)


def positions(index: LineIndex, span: Span) -> dict[str, int]:
    line, column = index.position(span.start)
    end_line, end_column = index.position(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def claim_out(claim: Claim, index: LineIndex, support: tuple[str, ...]) -> ClaimOut | PercentClaimOut | QuantityClaimOut:
    if isinstance(claim, PercentClaim | QuantityClaim):
        return _figure_out(claim, index)
    amount = None
    if claim.kind == "money" and claim.amount is not None:
        a = claim.amount
        amount = AmountOut(value=a.value, high=a.high, currency=a.currency, qualifier=a.qualifier, per=a.per, period=a.period, currency_ambiguous=a.currency_ambiguous)
    guessed, found, time = (claim.guessed_subject, claim.subject_found, claim.time) if claim.kind == "money" else (None, None, None)
    return ClaimOut(
        id=claim.id,
        kind=claim.kind,
        **positions(index, claim.span),
        text=claim.text,
        sentence=claim.sentence,
        amount=amount,
        subject=claim.subject or guessed,
        subject_found=found if claim.subject or guessed else None,
        relation=claim.relation,
        object=claim.object or (claim.purpose if claim.kind == "money" else None),
        subjects=list(claim.subjects),
        parties=list(claim.parties),
        supported_by=list(support),
        time=TimeOut(**time.model_dump()) if time else None,
    )


def _figure_out(claim: PercentClaim | QuantityClaim, index: LineIndex) -> PercentClaimOut | QuantityClaimOut:
    """A percent or quantity claim: its own fields, as the model has them (precision is internal)."""
    fields = claim.model_dump(exclude={"id", "kind", "span", "sentence_span", "paragraph", "precision", "text", "sentence"})
    out = PercentClaimOut if claim.kind == "percent" else QuantityClaimOut
    return out(id=claim.id, kind=claim.kind, **positions(index, claim.span), text=claim.text, sentence=claim.sentence, **fields)


def finding_out(finding: Finding, index: LineIndex) -> FindingOut:
    return FindingOut(
        code=finding.code,
        rule=finding.rule,
        severity=finding.severity,
        **positions(index, finding.span),
        message=finding.message,
        claims=list(finding.claims),
        evidence=[EvidenceOut(**e.model_dump()) for e in finding.evidence],
        fix=FixOut(replacement=finding.fix.replacement) if finding.fix else None,
        trace=finding.trace,
    )


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
