"""Inline suppressions: markers silence rules on a paragraph, a line, a range or the file.

A pure step after check: (document, findings) -> the findings no marker silences, plus an
FC902 note for each marker that silenced nothing (ruff's RUF100). The "next paragraph" is the
nlp stage's own unit (`factcheck.prose.paragraphs.paragraphs` over the prose view). See
`factcheck.prose.markers` for the syntax.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from factcheck.errors import Errors, InputError
from factcheck.models import Document, Finding, Severity, Span
from factcheck.prose.markers import Marker, find_markers
from factcheck.prose.paragraphs import paragraphs  # the same paragraphs the checker saw
from factcheck.read import LineIndex

UNUSED_CODE, UNUSED_NAME = "FC902", "unused-suppression"
SCOPE_WORDS = {"ignore": "its paragraph", "line": "its line", "off": "its range", "ignore-file": "the file"}


@dataclass(frozen=True)
class Suppression:
    start: int  # the silenced text, as offsets into the text
    end: int
    codes: frozenset[str]  # rule codes; empty: every rule
    line: int  # of the marker, for messages
    marker: Span
    scope: str  # a key of SCOPE_WORDS

    def silences(self, finding: Finding) -> bool:
        return self.start <= finding.span.start < self.end and (not self.codes or finding.code in self.codes)


def suppressions(document: Document) -> list[Suppression]:
    """The document's markers, each bound to the text it silences. Unknown codes are an error."""
    markers = find_markers(document.text, document.format)
    if not markers:
        return []
    spans = paragraphs(document.prose_text)
    lines = LineIndex(document.text)
    found = []
    for number, marker in enumerate(markers):
        line, _ = lines.position(marker.start)
        codes = _codes(document, marker, line)
        target = _target(document.text, marker, markers[number + 1 :], spans)
        if target is not None:
            scope = "line" if marker.verb == "ignore" and marker.inline else marker.verb
            found.append(Suppression(target[0], target[1], codes, line, Span(start=marker.start, end=marker.end), scope))
    return found


def _codes(document: Document, marker: Marker, line: int) -> frozenset[str]:
    from factcheck.rules import rule_by_name

    codes = set()
    for name in marker.codes:
        rule = rule_by_name(name)
        if rule is None:
            raise InputError(Errors.E119(name=name), path=document.path, line=line)
        codes.add(rule.code)
    return frozenset(codes)


def _target(text: str, marker: Marker, later: list[Marker], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    if marker.verb == "on":
        return None
    if marker.verb == "ignore-file":
        return 0, len(text)
    if marker.verb == "off":
        end = next((m.start for m in later if m.verb == "on"), len(text))
        return marker.end, end
    if marker.inline:
        line_start = text.rfind("\n", 0, marker.start) + 1
        return line_start, marker.start
    return next(((start, end) for start, end in spans if start >= marker.end), None)


def apply_suppressions(document: Document, findings: Iterable[Finding], ran: Collection[str] | None = None, unused_severity: Severity | None = None) -> list[Finding]:
    """The findings left; with `ran` (the codes of the rules that ran), an FC902 note for each
    marker that silenced nothing, when every rule it names ran (a marker for a rule turned off
    is not unused)."""
    active = suppressions(document)
    findings = list(findings)
    kept = [f for f in findings if not any(s.silences(f) for s in active)]
    if ran is None or UNUSED_CODE not in ran:
        return kept
    notes = [_unused(s, unused_severity) for s in active if _unused_marker(s, findings, ran)]
    return sorted(kept + notes, key=lambda f: (f.span.start, f.span.end, f.code))


def ran_codes(settings, has_registry: bool) -> frozenset[str]:
    """The codes of the rules that run under these settings (FC902 among them when enabled)."""
    from factcheck.rules import ALL_RULES

    return frozenset(r.code for r in ALL_RULES if settings.enabled(r) and (has_registry or not r.needs_registry))


def _unused_marker(suppression: Suppression, findings: list[Finding], ran: Collection[str]) -> bool:
    if suppression.codes and not suppression.codes <= set(ran):
        return False
    return not any(suppression.silences(f) for f in findings)


def _unused(suppression: Suppression, severity: Severity | None) -> Finding:
    from factcheck.rules.tool.fc902_unused_suppression import UnusedSuppression

    named = ", ".join(sorted(suppression.codes)) if suppression.codes else "any rule"
    return Finding(
        code=UNUSED_CODE,
        rule=UNUSED_NAME,
        severity=severity or UnusedSuppression.severity,
        span=suppression.marker,
        message=f"this suppression marker silences nothing: no finding of {named} in {SCOPE_WORDS[suppression.scope]}.",
    )
