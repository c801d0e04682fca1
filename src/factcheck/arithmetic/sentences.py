"""Claims grouped by the sentence that holds them: what every finder of a relation stated within
one sentence starts from (and FC106's relative dates)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from factcheck.models import Span

SentenceKey = tuple[int, int]  # the sentence's (start, end) offsets in the prose text


class InSentence(Protocol):
    @property
    def sentence_span(self) -> Span: ...


C = TypeVar("C", bound=InSentence)


def by_sentence(claims: Iterable[C]) -> dict[SentenceKey, list[C]]:
    """The claims per sentence, sentences in the order their first claim comes in `claims`, and
    each sentence's claims in that order too."""
    grouped: dict[SentenceKey, list[C]] = {}
    for claim in claims:
        grouped.setdefault((claim.sentence_span.start, claim.sentence_span.end), []).append(claim)
    return grouped
