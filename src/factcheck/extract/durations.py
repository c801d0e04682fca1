"""Duration claims: a deal's term, a gap between two events, a recent time.

- term: "a seven-year deal", "a 7-year commitment", "over the next five years" (not "28-year-old",
  not "two years ago");
- gap: "two months after", "just weeks before", "a day after", with the words that follow it to
  the end of the clause (what the gap is measured from);
- recent: "last week", "last month", "last year", "earlier this year", "this year".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.locate import Locator
from factcheck.models import TIME_DIRECTIONS, TIME_UNITS, DurationClaim, Span, one_of
from factcheck.normalize.numbers import cardinal_words

NUMBERS = {"a": 1, "an": 1, **cardinal_words(1, 30)}  # terms and gaps in words: "a seven-year deal", "two months after"
MAX_TERM_YEARS = 30
_N = "|".join(sorted((w for w in NUMBERS if w not in ("a", "an")), key=len, reverse=True)) + r"|\d{1,2}"
# "a seven-year deal", "7-year commitment" (not "28-year-old"); "over the next seven years".
_TERM = re.compile(rf"\b(?P<n>{_N})[- ]years?(?![- ]old)\b(?!\s+(?:ago|earlier|later|before|after))|\b(?:over|for|across|spanning)\s+(?:the\s+(?:next|coming|following)\s+)?(?P<m>{_N})\s+years\b", re.I)
# "just weeks after", "two months before", "a day after", and the clause after it (to a comma:
# "a day after the launch, a move Dynamo welcomed" is measured from the launch, not from Dynamo).
_GAP = re.compile(rf"\b(?:(?P<n>{_N}|a|an)\s+|(?P<vague>just|only|mere|a few|several|some)\s+)?(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before)\b(?P<rest>[^.,;:!?]{{0,90}})", re.I)
_RECENT = re.compile(r"\b(?P<phrase>last (?:week|month|year)|earlier this year|this year)\b", re.I)


def _number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else NUMBERS[raw]


def _term_matches(text: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """Each deal term in `text`: its match, the group that holds the number, and the years."""
    for match in _TERM.finditer(text):
        group = "n" if match.group("n") else "m"
        years = _number(match.group(group))
        if 0 < years <= MAX_TERM_YEARS:
            yield match, group, years


def term_mentions(text: str) -> Iterator[tuple[int, int, int]]:
    """(years, start, end) of each deal term in `text`, the span being the number's."""
    for match, group, years in _term_matches(text):
        yield years, match.start(group), match.end(group)


def _terms(locator: Locator) -> Iterator[DurationClaim]:
    for match, group, years in _term_matches(locator.prose):
        place = locator.where(*match.span())
        if place is not None:
            yield DurationClaim(id="c0", **place, role="term", value=years, unit="year", value_span=Span(start=match.start(group), end=match.end(group)))


def _gaps(locator: Locator) -> Iterator[DurationClaim]:
    for match in _GAP.finditer(locator.prose):
        place = locator.where(match.start(), match.end("dir"))
        if place is None:
            continue
        counted = match.group("n")
        yield DurationClaim(
            id="c0",
            **place,
            role="gap",
            value=_number(counted) if counted else None,
            unit=one_of(TIME_UNITS, match.group("unit").lower()),
            direction=one_of(TIME_DIRECTIONS, match.group("dir").lower()),
            relative_to=_clause_after(locator.prose, match) or None,
            value_span=Span(start=match.start("n"), end=match.end("n")) if counted else None,
        )


def _clause_after(prose: str, match: re.Match[str]) -> str:
    """The words after a gap, to the end of its clause; a word the length limit cut is dropped."""
    rest = match.group("rest")
    if prose[match.end() : match.end() + 1].isalnum():
        rest = rest[: len(rest) - len(rest.split()[-1])] if rest.split() else rest
    return " ".join(rest.split())


def _recent(locator: Locator) -> Iterator[DurationClaim]:
    for match in _RECENT.finditer(locator.prose):
        place = locator.where(*match.span())
        if place is not None:
            unit = one_of(TIME_UNITS, match.group("phrase").split()[-1].lower())  # week, month or year
            yield DurationClaim(id="c0", **place, role="recent", unit=unit)


def duration_claims(locator: Locator) -> list[DurationClaim]:
    """The duration claims of the prose: terms, gaps, recent times (ids are set by the caller)."""
    return [*_terms(locator), *_gaps(locator), *_recent(locator)]


__all__ = ["NUMBERS", "duration_claims", "term_mentions"]
