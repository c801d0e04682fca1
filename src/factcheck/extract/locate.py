"""Where a claim found in the text sits: its paragraph and the sentence that quotes it.

The grammars that need no parse (percents, quantities, counts, durations) find spans in the
prose; every claim also quotes its sentence as the pipeline's sentence splitter cuts it, so a
claim reads the same whichever grammar found it. Offsets are into the document's text (the
prose view keeps them).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypedDict

from factcheck.extract.quote import quote_window, stripped_span
from factcheck.models import Span
from factcheck.nlp.pipeline import sentence_spans


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


class Sentences:
    """A paragraph's sentences, found once, looked up by offset into the paragraph."""

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


class Where(TypedDict):
    """Where a claim is: the fields every claim has besides its id (models.ClaimBase)."""

    span: Span
    text: str
    sentence: str
    sentence_span: Span
    paragraph: int


def where(paragraph: Paragraph, sentences: Sentences, start: int, end: int) -> Where:
    """The place of [start, end), offsets into the paragraph's text."""
    low, quoted = sentences.around(start, end)
    sentence_start, sentence_end = stripped_span(paragraph.start + low, quoted)
    return {
        "span": Span(start=paragraph.start + start, end=paragraph.start + end),
        "text": sentences.text[start:end],
        "sentence": quoted.strip(),
        "sentence_span": Span(start=sentence_start, end=sentence_end),
        "paragraph": paragraph.index,
    }


class Locator:
    """Places spans found anywhere in the prose: the paragraph that holds each, its sentences
    split once per paragraph."""

    def __init__(self, prose: str, paragraphs: Sequence[Paragraph]):
        self.prose = prose
        self.paragraphs = list(paragraphs)
        self.starts = [p.start for p in self.paragraphs]
        self._sentences: dict[int, Sentences] = {}

    def where(self, start: int, end: int) -> Where | None:
        """The place of [start, end) (offsets into the document), or None outside every paragraph."""
        at = bisect.bisect_right(self.starts, start) - 1
        if at < 0 or not start < self.paragraphs[at].end:
            return None
        paragraph = self.paragraphs[at]
        if at not in self._sentences:
            self._sentences[at] = Sentences(self.prose[paragraph.start : paragraph.end])
        end = min(end, paragraph.end)  # a span may run on past its paragraph (a list of headings): quote where it starts
        return where(paragraph, self._sentences[at], start - paragraph.start, end - paragraph.start)


__all__ = ["BareParagraph", "Locator", "Paragraph", "Sentences", "Where", "where"]
