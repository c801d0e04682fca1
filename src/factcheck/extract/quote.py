"""What a claim quotes of its sentence, built in linear time however long the segment."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from factcheck.nlp.extensions import doc_text

# A claim quotes its sentence. A "sentence" longer than this (an unpunctuated paste, a
# table flattened to one line) is quoted as a window of about this size around the claim,
# so that the report stays linear in the article: 100,000 claims in one 20,000-character
# run would otherwise each carry the whole run.
MAX_SENTENCE_CHARS = 1_000


class SentenceTexts:
    """Each sentence's text, built once: `Span.text` joins its tokens anew on every call."""

    def __init__(self, doc: Doc):
        self.text = doc_text(doc)  # `Doc.text` too is rebuilt from the tokens on every call
        self._texts: dict[tuple[int, int], str] = {}
        self._sents: list[Span] | None = None
        self._starts: list[int] = []

    def sentence(self, span: Span) -> Span:
        """`span.sent`, by bisection: `Span.sent` walks the tokens back to the sentence start on every call."""
        if self._sents is None:
            self._sents = list(span.doc.sents)
            self._starts = [s.start for s in self._sents]
        first = self._sents[bisect.bisect_right(self._starts, span.start) - 1]
        last = self._sents[bisect.bisect_right(self._starts, max(span.start, span.end - 1)) - 1]
        return first if first.start == last.start else span.doc[first.start : last.end]

    def of(self, sentence: Span) -> str:
        key = (sentence.start, sentence.end)
        if key not in self._texts:
            self._texts[key] = self.text[sentence.start_char : sentence.end_char]
        return self._texts[key]


def quote_window(length: int, start: int, end: int) -> tuple[int, int]:
    """The part of a sentence a claim quotes: all of it, or at most MAX_SENTENCE_CHARS around [start, end)."""
    if length <= MAX_SENTENCE_CHARS:
        return 0, length
    margin = max(0, (MAX_SENTENCE_CHARS - (end - start)) // 2)
    return max(0, start - margin), min(length, end + margin)


def quoted_sentence(texts: SentenceTexts, sentence: Span, start: int, end: int) -> tuple[int, str]:
    """(offset in the sentence, quoted text) for a claim at [start, end) of the sentence."""
    low, high = quote_window(len(texts.of(sentence)), start, end)
    return low, texts.of(sentence)[low:high]


def stripped_span(start: int, quoted: str) -> tuple[int, int]:
    """Where `quoted.strip()` lies, `quoted` starting at `start`: a claim's `sentence_span` covers
    the words its `sentence` gives, not the blanked markup or spaces before and after them."""
    lead = len(quoted) - len(quoted.lstrip())
    return start + lead, start + lead + len(quoted.strip())
