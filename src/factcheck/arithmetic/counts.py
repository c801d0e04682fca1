"""Counted things broken down and closed by "the remaining": "200,000 GPUs" in the lead, then
"a site with 12,600 GPUs", "a campus with 104,000 GPUs", "The remaining 75,000 GPUs will go to
...": the parts listed up to "the remaining" are the whole the lead gave.

Read only when the words pin the breakdown down: the closing figure follows "the remaining" (or
"the rest of", "the balance of"); the total is the one figure of that unit before the breakdown,
in the article's opening paragraph or the breakdown's own; every figure of that unit between the
total and the closing one is a part (at least one besides it); each part is smaller than the
total (a larger one is another series, not a part); and a total in its first part's sentence is
followed by words that open a breakdown (", with", ":", "including", "of which"), else it may be
a part itself ("cut 1,200 jobs in Leeds and 300 jobs in Hull; the remaining 400 jobs are safe"). A count has no currency: the unit noun is what
ties the figures ("GPUs", "jobs", "MW").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, of_number
from factcheck.arithmetic.lexicon import LEXICON, alternation
from factcheck.models import Document, Qualifier, QuantityClaim

REMAINING_REACH = 30  # characters between "the remaining" and its figure
# "The remaining 75,000 GPUs", "the rest of the 4,000 jobs", "the balance, 300 MW"
_REMAINING = re.compile(r"\bthe\s+(?:" + alternation(LEXICON["remaining_part"]["words"]) + r")(?:\s+of(?:\s+the)?)?\s*,?\s*$", re.I)

# in one sentence, the words between a total and its first part open the breakdown: "1,200 jobs, with 700 ...", "500 MW: 200 MW ..."
_OPENS_PARTS = re.compile(r"^[^;.]{0,40}?(?:,\s*with\b|:|\bincluding\b|\bof which\b|\bsplit\b|[—–])[^;.]{0,40}$", re.I)


@dataclass(frozen=True)
class CountSum:
    """A count stated as a total and broken down into parts, the last one "the remaining"."""

    total: QuantityClaim
    parts: tuple[QuantityClaim, ...]

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
    for index, closing in enumerate(ordered):
        lead = text[max(closing.sentence_span.start, closing.span.start - REMAINING_REACH) : closing.span.start]
        if _REMAINING.search(lead):
            found = _breakdown(text, ordered[:index], closing)
            if found is not None:
                yield found


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
    return CountSum(total, parts)
