"""Inline suppressions: a marker silences rules on the paragraph that follows it.

A pure step after check: (document, findings) -> the findings that no marker silences.
The "next paragraph" is the nlp stage's own unit (`factcheck.nlp.pipeline.paragraphs` over
the prose view): the first paragraph that starts after the marker. See
`factcheck.prose.markers` for the marker syntax.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.errors import InputError
from factcheck.models import Document, Finding
from factcheck.prose.markers import find_markers


@dataclass(frozen=True)
class Suppression:
    start: int  # the silenced paragraph, as offsets into the text
    end: int
    codes: frozenset[str]  # rule codes; empty: every rule
    line: int  # of the marker, for messages

    def silences(self, finding: Finding) -> bool:
        return self.start <= finding.span.start < self.end and (not self.codes or finding.code in self.codes)


def suppressions(document: Document) -> list[Suppression]:
    """The document's markers, each bound to the paragraph after it. Unknown codes are an error."""
    from factcheck.nlp.pipeline import paragraphs  # the same paragraphs the checker saw
    from factcheck.rules import rule_by_name

    markers = find_markers(document.text, document.format)
    if not markers:
        return []
    spans = paragraphs(document.prose_text)
    found = []
    for marker in markers:
        line = document.text.count("\n", 0, marker.start) + 1
        codes = set()
        for name in marker.codes:
            rule = rule_by_name(name)
            if rule is None:
                raise InputError(f"unknown rule {name!r} in suppression marker (see `factcheck rules`)", path=document.path, line=line)
            codes.add(rule.code)
        target = next(((start, end) for start, end in spans if start >= marker.end), None)
        if target is not None:
            found.append(Suppression(target[0], target[1], frozenset(codes), line))
    return found


def apply_suppressions(document: Document, findings: Iterable[Finding]) -> list[Finding]:
    active = suppressions(document)
    return [f for f in findings if not any(s.silences(f) for s in active)]
