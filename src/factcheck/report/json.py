"""`--format json`: the Report as DESIGN.md's JSON, positions 1-based, columns in code points."""

from __future__ import annotations

from factcheck.models import Claim, Finding, Report, Span
from factcheck.read import LineIndex
from factcheck.report.escape import json_escaped
from factcheck.report.locations import relative_path
from factcheck.report.schema import (
    AmountOut,
    ClaimOut,
    EvidenceOut,
    FileOut,
    FindingOut,
    FixOut,
    JsonReport,
    SeverityCounts,
    Summary,
    Tool,
)


def positions(index: LineIndex, span: Span) -> dict[str, int]:
    line, column = index.position(span.start)
    end_line, end_column = index.position(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def claim_out(claim: Claim, index: LineIndex, support: tuple[str, ...]) -> ClaimOut:
    amount = None
    if claim.amount is not None:
        a = claim.amount
        amount = AmountOut(value=a.value, high=a.high, currency=a.currency, qualifier=a.qualifier, per=a.per, period=a.period)
    return ClaimOut(
        id=claim.id,
        kind=claim.kind,
        **positions(index, claim.span),
        text=claim.text,
        sentence=claim.sentence,
        amount=amount,
        subject=claim.subject,
        relation=claim.relation,
        object=claim.object,
        subjects=list(claim.subjects),
        parties=list(claim.parties),
        supported_by=list(support),
    )


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
    )


def to_json_model(report: Report) -> JsonReport:
    files = []
    for file in report.files:
        index = LineIndex(file.document.text)
        files.append(
            FileOut(
                path=relative_path(file.document.path),  # as SARIF: `./a.txt` and `a.txt` are one path
                claims=[claim_out(c, index, file.support.get(c.id, ())) for c in file.claims],
                findings=[finding_out(f, index) for f in file.findings],
            )
        )
    return JsonReport(
        schema_version=report.schema_version,
        tool=Tool(version=report.tool_version),
        files=files,
        summary=Summary(
            files=len(report.files),
            claims=sum(len(f.claims) for f in report.files),
            findings=SeverityCounts(**report.severity_counts()),
        ),
    )


def format_json(report: Report) -> str:
    return json_escaped(to_json_model(report).model_dump_json(indent=2)) + "\n"
