"""Conversions stated side by side: "€95 million (£82m)", "$29.4 billion Canadian (US$22.4 billion)".

Each gives an implied rate, an interval from the two figures' printed precision. Three questions:
is it a unit slip (ten times or more away from every ECB rate since 1999, and a power of a thousand,
a lakh or a crore would bring it in), does it agree with the article's other conversions of the same
pair, and, when the article's date is known, with the ECB rate of that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from factcheck.arithmetic.intervals import INFINITY, Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.models import Document, MoneyClaim, Qualifier

# Between the amount and its bracket: at most two words ("Canadian deficit"), then "(" and a hedge.
_GLUE = re.compile(r"^(?P<words>(?:\s+[A-Za-z][\w-]*){0,2})\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|c\.|or|nearly)?\s*$", re.I)
_CLOSE = re.compile(r"^\s*[\),;]")
_ADJECTIVES = LEXICON["currency_adjectives"]
_PREFIXES = sorted(LEXICON["currency_prefixes"].items(), key=lambda kv: -len(kv[0]))
SLIP_FACTORS = (Decimal(1000), Decimal(10**5), Decimal(10**6), Decimal(10**7), Decimal(10**9))
# A bracket converts the printed figure, so a hedge outside it ("well over £100m (€110m)") scopes
# over both and does not open the rate; but the converter may have used the true figure the hedge
# points at ("more than $2.6 billion (US$2.05 billion)"), so a bound-only hedge widens the rate a little.
# "about" is read as the rounding itself.
HEDGED_RATE = Decimal("0.05")
_BOUND_ONLY = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.UP_TO)


def _printed(claim: MoneyClaim) -> Interval:
    """The figure within its printed rounding only: value plus or minus half its last digit."""
    amount = amount_of(claim)
    return Interval(max(amount.value - amount.precision, Decimal(0)), amount.value + amount.precision)


@dataclass(frozen=True)
class Conversion:
    source: MoneyClaim
    target: MoneyClaim
    source_currency: str
    target_currency: str

    @property
    def rate(self) -> Interval | None:
        """Units of the target currency per unit of the source, within the printed rounding (see HEDGED_RATE)."""
        source, target = amount_of(self.source), amount_of(self.target)
        if source.qualifier is Qualifier.RANGE or target.qualifier is Qualifier.RANGE:
            return of_amount(target).divided_by(of_amount(source))
        rate = _printed(self.target).divided_by(_printed(self.source))
        if rate is not None and (source.qualifier in _BOUND_ONLY or target.qualifier in _BOUND_ONLY):
            return rate.widened(HEDGED_RATE)
        return rate

    @property
    def point(self) -> Decimal:
        return amount_of(self.target).value / amount_of(self.source).value

    def rate_between(self, first: str, second: str) -> Interval | None:
        """The implied rate as `second` per `first`, whichever way the article wrote it."""
        rate = self.rate
        if rate is None or (self.source_currency, self.target_currency) == (first, second):
            return rate
        if rate.high <= 0:
            return None
        low = Decimal(0) if not rate.bounded else 1 / rate.high
        return Interval(low, INFINITY if rate.low <= 0 else 1 / rate.low)


def currency_of(claim: MoneyClaim, text: str) -> str:
    """The claim's currency, read again from its own words: "US$" and "$10 billion Canadian"."""
    for prefix, code in _PREFIXES:
        if claim.text.startswith(prefix) or re.match(r"(?:[a-z ]+ )?" + re.escape(prefix), claim.text):
            return code
    after = text[claim.span.end : claim.span.end + 20]
    for adjective, code in _ADJECTIVES.items():
        if re.match(r"\s+" + adjective + r"\b", after):
            return code
    return amount_of(claim).currency


def find_conversions(document: Document, money: list[MoneyClaim]) -> Iterator[Conversion]:
    text = document.prose_text
    ordered = sorted(money, key=lambda c: c.span.start)
    for source, target in pairwise(ordered):
        if source.sentence_span != target.sentence_span or amount_of(source).per or amount_of(target).per:
            continue
        glue = _GLUE.match(text[source.span.end : target.span.start])
        if glue is None or not _CLOSE.match(text[target.span.end : target.span.end + 3] or ")"):
            continue
        first, second = currency_of(source, text), currency_of(target, text)
        if first != second and amount_of(source).value > 0 and amount_of(target).value > 0:
            yield Conversion(source, target, first, second)


def slip_factor(conversion: Conversion, history: tuple[Decimal, Decimal]) -> Decimal | None:
    """How many times too large (>1) or too small (<1) the target is, when a unit slip explains the rate."""
    low, high = history
    rate = conversion.rate
    if rate is None or (rate.high >= low / 10 and rate.low <= high * 10):
        return None  # within ten times of some real rate: not a gross slip
    for factor in SLIP_FACTORS:
        for candidate in (factor, 1 / factor):
            point = conversion.point / candidate
            if low * Decimal("0.8") <= point <= high * Decimal("1.25"):
                return candidate
    return None
