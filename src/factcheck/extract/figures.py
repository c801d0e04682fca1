"""Percent and quantity claims: figures that are not money, read from the paragraph's text.

They need no parse: the pure grammars (normalize.percent, normalize.quantity) find them in the
prose, and each claim quotes its sentence as the sentence splitter of the pipeline cuts it.
Offsets are into the document's text (the prose view keeps them), so positions stay exact in
.txt, .md and .html alike.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol, TypedDict

from factcheck.extract.quote import quote_window
from factcheck.models import PercentClaim, Qualifier, QuantityClaim
from factcheck.models import Span as TextSpan
from factcheck.nlp.pipeline import sentence_spans
from factcheck.normalize.percent import find_percents
from factcheck.normalize.quantity import find_quantities


class Paragraph(Protocol):
    """Where a paragraph sits: a pipeline Segment, or a bare paragraph of an article spaCy skipped."""

    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class BareParagraph:
    index: int
    start: int
    end: int


class _Sentences:
    """The paragraph's sentences, found once, looked up by offset."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [start for start, _ in self.spans]

    def around(self, start: int, end: int) -> tuple[int, str]:
        """(offset in the paragraph, quoted text) of the sentence (or window) holding [start, end)."""
        first = self.spans[bisect.bisect_right(self.starts, start) - 1]
        last = self.spans[bisect.bisect_right(self.starts, max(start, end - 1)) - 1]
        sentence_start, sentence_end = first[0], max(first[1], last[1])
        low, high = quote_window(sentence_end - sentence_start, start - sentence_start, end - sentence_start)
        return sentence_start + low, self.text[sentence_start + low : sentence_start + high]


def figure_claims(paragraph: Paragraph, prose: str) -> list[PercentClaim | QuantityClaim]:
    """The paragraph's percent and quantity claims (ids are set by the caller)."""
    text = prose[paragraph.start : paragraph.end]
    sentences = _Sentences(text)
    claims: list[PercentClaim | QuantityClaim] = []
    for mention in find_percents(text):
        claims.append(
            PercentClaim(
                id="c0",
                **_where(paragraph, sentences, mention.start, mention.end),
                value=mention.value,
                high=mention.high,
                qualifier=Qualifier(mention.qualifier),
                precision=mention.precision,
                points=mention.points,
                role=mention.role,
                direction=mention.direction,
                of=mention.of,
            )
        )
    for quantity in find_quantities(text):
        claims.append(
            QuantityClaim(
                id="c0",
                **_where(paragraph, sentences, quantity.start, quantity.end),
                value=quantity.value,
                high=quantity.high,
                unit=quantity.unit,
                qualifier=Qualifier(quantity.qualifier),
                precision=quantity.precision,
            )
        )
    return claims


class _Where(TypedDict):
    """Where a figure is: the fields every claim has besides its id (models.ClaimBase)."""

    span: TextSpan
    text: str
    sentence: str
    sentence_span: TextSpan
    paragraph: int


def _where(paragraph: Paragraph, sentences: _Sentences, start: int, end: int) -> _Where:
    low, quoted = sentences.around(start, end)
    stripped = len(quoted) - len(quoted.lstrip())
    sentence_start = paragraph.start + low + stripped
    return {
        "span": TextSpan(start=paragraph.start + start, end=paragraph.start + end),
        "text": sentences.text[start:end],
        "sentence": quoted.strip(),
        "sentence_span": TextSpan(start=sentence_start, end=sentence_start + len(quoted.strip())),
        "paragraph": paragraph.index,
    }


__all__ = ["BareParagraph", "Paragraph", "figure_claims"]
