"""A figure the text places inside a range: the average, mean, median or consensus of the values
the range spans.

  "Forecasts for Vega ranged from $2.10 to $2.30 per share, with a mean estimate of $2.21."
  "Bids varied between £40m and £55m, with a median of £47m."

Read only when the centre follows the range in its sentence ("..., with an average ... of", "...,
averaging") and the range is certainly the spread of the same values: a spread word before it
("ranged", "varied") or an estimate word on both sides ("brokers expect ... to ..., with a
consensus estimate of"); one currency, and one unit where both give it ("per share" on one side only
is the same unit left out). "Shares traded between $10 and $12, with the average target at $15" is
not read: a target is not a traded price.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from factcheck.arithmetic.conversions import currency_of
from factcheck.arithmetic.intervals import Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON, word_pattern
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

_WORDS = LEXICON["range_centres"]


_CENTRE = "(?:" + "|".join(_WORDS["centres"]) + ")"
_UNIT = r"(?:\s+(?:a|per)\s+(?:share|unit))?"
# ", with a mean estimate of" / ", and a median of" / ", averaging"
_WITH_CENTRE = re.compile(
    r"^" + _UNIT + r"\s*,?\s*(?:(?:with|and)\s+(?:an?|the)\s+(?P<words>(?:[\w'’-]+\s+){0,3}?" + _CENTRE + r"\b[^;:.()\d$€£¥₹]{0,40}?)\s(?:of|at)|,\s*(?P<averaging>averaging))\s+(?:about\s+|around\s+)?$",
    re.I,
)
_SPREAD = word_pattern(_WORDS["spread"])
_FORECAST = word_pattern(_WORDS["forecast"])


@dataclass(frozen=True)
class RangeCentre:
    range: MoneyClaim
    centre: MoneyClaim
    words: str  # "mean estimate"

    @property
    def spread(self) -> Interval:
        return of_amount(amount_of(self.range))

    @property
    def inconsistent(self) -> bool:
        """No value of the centre's rounding lies inside the range's."""
        return not of_amount(amount_of(self.centre)).meets(self.spread)


def find_range_centres(document: Document, money: list[MoneyClaim]) -> Iterator[RangeCentre]:
    text = document.prose_text
    for claims in by_sentence(money).values():
        ordered = sorted((c for c in claims if c.amount is not None and amount_of(c).value > 0), key=lambda c: c.span.start)
        for spread, centre in pairwise(ordered):
            found = _centre_of(text, spread, centre)
            if found is not None:
                yield found


def _centre_of(text: str, spread: MoneyClaim, centre: MoneyClaim) -> RangeCentre | None:
    a, b = amount_of(spread), amount_of(centre)
    if a.qualifier != Qualifier.RANGE or a.high is None or b.qualifier == Qualifier.RANGE or not a.same_currency(b) or (a.per != b.per and None not in (a.per, b.per)):
        return None
    if currency_of(spread, text) != currency_of(centre, text):
        return None
    words = _WITH_CENTRE.match(text[spread.span.end : centre.span.start])
    if words is None:
        return None
    named = words.group("words") or words.group("averaging")
    lead = text[spread.sentence_span.start : spread.span.start]
    if not (_SPREAD.search(lead) or (_FORECAST.search(lead) and _FORECAST.search(named))):
        return None  # the range may span other values than the ones averaged
    return RangeCentre(spread, centre, re.sub(r"\s+", " ", named.strip()))
