"""Counted things broken down and closed by "the remaining": "200,000 GPUs" in the lead, then
"a site with 12,600 GPUs", "a campus with 104,000 GPUs", "The remaining 75,000 GPUs will go to
...": the parts listed up to "the remaining" are the whole the lead gave. And, in one sentence, a
count given with its parts in words that list the whole ("1,200 jobs, split between 700 jobs in
Leeds and 500 jobs in Hull"; "700 jobs in Leeds and 500 jobs in Hull, a total of 1,200 jobs").

Read only when the words pin the breakdown down: the closing figure follows "the remaining" (or
"the rest of", "the balance of"); the total is the one figure of that unit before the breakdown,
in the article's opening paragraph or the breakdown's own; every figure of that unit between the
total and the closing one is a part (at least one besides it); each part is smaller than the
total (a larger one is another series, not a part); and a total in its first part's sentence is
followed by words that open a breakdown (", with", ":", "including", "of which"), else it may be
a part itself ("cut 1,200 jobs in Leeds and 300 jobs in Hull; the remaining 400 jobs are safe").
A count has no currency: the unit noun is what ties the figures ("GPUs", "jobs", "MW"). In one sentence, only words that make the parts the whole
are read (the money sums' exhaustive markers), the parts of one unit one after another, the last
joined by "and" or "plus", with nothing but the marker between total and parts. A running total
("since 2020", "to date") is never read as the sum of the parts its sentence lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, of_number
from factcheck.arithmetic.lexicon import LEXICON, alternation, word_pattern
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, Qualifier, QuantityClaim

REMAINING_REACH = 30  # characters between "the remaining" and its figure
PART_GAP = 60  # characters between two parts of one list ("700 jobs in Leeds and 500 jobs in Hull")
_PARTS_FOLLOW = re.compile(r"^\s*,?\s*(?:which\s+(?:is\s+|are\s+|was\s+|were\s+)?)?(?P<marker>" + alternation(LEXICON["sum_markers"]["exhaustive"]) + r")\s*$", re.I)
_TOTAL_FOLLOWS = re.compile(r"^[^;:.]{0,50}?,?\s*(?:for\s+)?(?P<marker>" + alternation(LEXICON["total_markers"]["exhaustive"]) + r")\s*$", re.I)
_JOIN = word_pattern(["and", "plus"])
_RUNNING = word_pattern(LEXICON["running_total"])  # "a total of 1,300 jobs since 2020": not the parts listed
_LIST_BREAK = re.compile(r"[;:()]|\b(?:compared|against|versus|from|while|whereas|but|after|before)\b", re.I)
# "The remaining 75,000 GPUs", "the rest of the 4,000 jobs", "the balance, 300 MW"
_REMAINING = re.compile(r"\bthe\s+(?:" + alternation(LEXICON["remaining_part"]["words"]) + r")(?:\s+of(?:\s+the)?)?\s*,?\s*$", re.I)

# in one sentence, the words between a total and its first part open the breakdown: "1,200 jobs, with 700 ...", "500 MW: 200 MW ..."
_OPENS_PARTS = re.compile(r"^[^;.]{0,40}?(?:,\s*with\b|:|\bincluding\b|\bof which\b|\bsplit\b|[—–])[^;.]{0,40}$", re.I)


@dataclass(frozen=True)
class CountSum:
    """A count stated as a total and broken down into parts that make all of it."""

    total: QuantityClaim
    parts: tuple[QuantityClaim, ...]
    marker: str  # the words that make the parts the whole: "the remaining", "split between"

    @property
    def computed(self) -> Interval:
        """What the parts add up to, each within its printed rounding and hedge."""
        intervals = [interval_of(p) for p in self.parts]
        return Interval(sum((i.low for i in intervals), Decimal(0)), sum((i.high for i in intervals), Decimal(0)))

    @property
    def stated(self) -> Interval:
        return interval_of(self.total)

    @property
    def inconsistent(self) -> bool:
        """ "The remaining" makes the parts the whole: no values inside their intervals make the total."""
        return not self.computed.meets(self.stated)


def interval_of(claim: QuantityClaim) -> Interval:
    return of_number(claim.value, claim.precision, claim.qualifier)


def find_count_sums(document: Document, quantities: list[QuantityClaim]) -> Iterator[CountSum]:
    text = document.prose_text
    ordered = sorted((q for q in quantities if q.value > 0 and q.qualifier is not Qualifier.RANGE), key=lambda q: q.span.start)
    found = [stated for claims in by_sentence(ordered).values() for stated in _one_sentence(text, claims)]
    for index, closing in enumerate(ordered):
        lead = text[max(closing.sentence_span.start, closing.span.start - REMAINING_REACH) : closing.span.start]
        breakdown = _breakdown(text, ordered[:index], closing) if _REMAINING.search(lead) else None
        if breakdown is not None:
            found.append(breakdown)
    seen: set[str] = set()
    for stated in found:  # one reading per total: the sentence's own words first
        if stated.total.id not in seen and not _RUNNING.search(text, stated.total.sentence_span.start, stated.total.sentence_span.end):
            seen.add(stated.total.id)
            yield stated


def _breakdown(text: str, before: list[QuantityClaim], closing: QuantityClaim) -> CountSum | None:
    """The total and parts `closing` ends: the first figure of its unit, then every one after it."""
    same = [q for q in before if q.unit == closing.unit]
    if len(same) < 2:
        return None  # no total, or no part besides the closing one
    total, parts = same[0], (*same[1:], closing)
    if total.paragraph not in (0, parts[0].paragraph) or any(p.value >= total.value for p in parts):
        return None
    if total.sentence_span == parts[0].sentence_span and not _OPENS_PARTS.match(text[total.span.end : parts[0].span.start]):
        return None  # "cut 1,200 jobs in Leeds and 300 jobs in Hull": the first figure is a part too
    return CountSum(total, parts, "the remaining")


def _one_sentence(text: str, claims: list[QuantityClaim]) -> Iterator[CountSum]:
    """ "N units, split between A units ... and B units" / "A units ... and B units, a total of N units"."""
    for index, total in enumerate(claims):
        after = claims[index + 1 :]
        follow = _PARTS_FOLLOW.match(text[total.span.end : after[0].span.start]) if after and after[0].unit == total.unit else None
        lead = _TOTAL_FOLLOWS.match(text[claims[index - 1].span.end : total.span.start]) if index >= 2 and claims[index - 1].unit == total.unit else None
        marker = follow or lead
        if marker is None:
            continue
        parts = _list(text, after, total.unit) if follow is not None else _list(text, claims[index - 1 :: -1], total.unit)[::-1]
        if len(parts) >= 2 and _JOIN.search(_between(text, parts[-2], parts[-1])):
            yield CountSum(total, tuple(parts), marker.group("marker"))


def _list(text: str, claims: list[QuantityClaim], unit: str) -> list[QuantityClaim]:
    """The figures of `unit` one after another from the first of `claims` (in either order of the text)."""
    parts = [claims[0]]
    for claim in claims[1:]:
        gap = _between(text, parts[-1], claim)
        if claim.unit != unit or len(gap) > PART_GAP or _LIST_BREAK.search(gap):
            break
        parts.append(claim)
    return parts


def _between(text: str, a: QuantityClaim, b: QuantityClaim) -> str:
    first, second = sorted((a, b), key=lambda q: q.span.start)
    return text[first.span.end : second.span.start]
