"""A FileReport in LSP terms: diagnostics, quick fixes and hovers. Pure: no I/O, no pygls.

Positions are computed in code points (LineIndex) and handed to `to_client`, which turns a
0-based (line, code-point column) into the client's position encoding (UTF-16 unless the
client negotiated another), so astral characters (emoji) do not shift later ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lsprotocol import types

from factcheck.models import Claim, FileReport, Finding, PartyClaim, Severity, Span
from factcheck.normalize.money import format_amount
from factcheck.read import LineIndex

SOURCE = "factcheck"
ToClient = Callable[[int, int], types.Position]
FromClient = Callable[[types.Position], tuple[int, int]]

LSP_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
RELATION_WORDS = {
    "invests_in": "invests in",
    "commits_to_purchase": "commits to buy from",
    "acquires": "acquires",
    "valued_at": "is valued at",
    "raises": "raises from",
    "revenue": "revenue",
    "spends_on": "spends on",
    "deal_value": "deal with",
    "partners_with": "partners with",
    "available_on": "is available on",
    "supplies": "supplies",
    "ceo_of": "is CEO of",
    "other": "related to",
}


def code_point_position(index: LineIndex, offset: int) -> tuple[int, int]:
    """0-based (line, column in code points) of a character offset."""
    line, column = index.position(offset)
    return line - 1, column - 1


def span_range(index: LineIndex, span: Span, to_client: ToClient) -> types.Range:
    return types.Range(start=to_client(*code_point_position(index, span.start)), end=to_client(*code_point_position(index, span.end)))


def diagnostics(file: FileReport, to_client: ToClient) -> list[types.Diagnostic]:
    index = LineIndex(file.document.text)
    return [_diagnostic(finding, span_range(index, finding.span, to_client)) for finding in file.findings]


def _diagnostic(finding: Finding, where: types.Range) -> types.Diagnostic:
    return types.Diagnostic(
        range=where,
        severity=LSP_SEVERITY[finding.severity],
        code=finding.code,
        source=SOURCE,
        message=finding.message,
        data={"rule": finding.rule, "fix": finding.fix.replacement if finding.fix else None},
    )


def quick_fixes(file: FileReport, uri: str, wanted: types.Range, to_client: ToClient) -> list[types.CodeAction]:
    """One quick fix per finding with a fix whose range touches the requested one."""
    index = LineIndex(file.document.text)
    actions = []
    for finding in file.findings:
        if finding.fix is None:
            continue
        where = span_range(index, finding.span, to_client)
        if not _touches(where, wanted):
            continue
        edit = types.TextEdit(range=where, new_text=finding.fix.replacement)
        actions.append(
            types.CodeAction(
                title=f'{finding.code}: replace with "{finding.fix.replacement}"',
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[_diagnostic(finding, where)],
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=True,
            )
        )
    return actions


def _touches(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def hover(file: FileReport, offset: int, to_client: ToClient) -> types.Hover | None:
    """The claim under the cursor: its fact, registry support and the findings on it, with evidence."""
    claim = next((c for c in file.claims if c.span.start <= offset < c.span.end), None)
    if claim is None:
        return None
    index = LineIndex(file.document.text)
    findings = [f for f in file.findings if claim.id in f.claims or _overlaps(f.span, claim.span)]
    text = "\n\n".join(_claim_lines(claim, file.support.get(claim.id, ())) + [_finding_lines(f) for f in findings])
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=span_range(index, claim.span, to_client),
    )


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _claim_lines(claim: Claim, support: Iterable[str]) -> list[str]:
    lines = [f"**{claim.kind} claim** “{claim.text}”"]
    if claim.kind == "money" and claim.amount is not None:
        a = claim.amount
        lines.append(f"amount: {format_amount(a.value, a.currency, a.qualifier.value, a.high)} ({a.currency}, {a.qualifier.value})")
    if isinstance(claim, PartyClaim) and claim.relation is not None:
        lines.append("fact: " + _fact_words(claim))
    supported = list(support)
    if supported:
        lines.append("registry: supported by " + ", ".join(f"`{fact}`" for fact in supported))
    return lines


def _fact_words(claim: PartyClaim) -> str:
    """"nvidia invests in anthropic"; a party the text does not name is said so, not shown as "?"."""
    relation = RELATION_WORDS.get(claim.relation or "other", claim.relation or "")
    subject = claim.subject or "(party not named)"
    return f"{subject} {relation} {claim.object}" if claim.object else f"{subject} {relation}"


def _finding_lines(finding: Finding) -> str:
    lines = [f"**{finding.code}** {finding.severity.value} ({finding.rule}): {finding.message}"]
    for evidence in finding.evidence:
        source = evidence.publisher or evidence.fact or "source"
        if evidence.url:
            source = f"[{source}]({evidence.url})"
        dated = f" ({evidence.date})" if evidence.date else ""
        quoted = f": “{evidence.quote}”" if evidence.quote else ""
        lines.append(f"- evidence: {source}{dated}{quoted}")
    if finding.fix:
        lines.append(f"- fix: replace with “{finding.fix.replacement}”")
    return "\n".join(lines)
