"""The same figure written twice in one currency: "₹4,27,00,000 (₹4.27 crore)", "$1.2bn ($1,200m)";
and the same digits printed at two scales in one paragraph ("Rs 2973.91" beside "Rs 2973.9 crore").

A bracketed restatement must give the same amount within both figures' rounding. Same digits at two
scales are read only when the digits are specific enough (four significant figures or more) that two
different facts would not share them by chance.

And a headline's figure restated by the paragraph under it ("Orbital Signs $9B Deal" over "Vega has
won a contract worth as much as $9.2B ..."): read only when the headline has one figure and names its
kind (a noun after it, a metric before it), the first sentence below has exactly one figure of that
kind in that currency, not given as another occasion ("after a $6 billion contract in March"), and
the two are within PLAUSIBLE of each other or a unit slip apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.carried import is_headline, metric_before, paragraph_lines
from factcheck.arithmetic.conversions import SLIP_FACTORS, currency_of
from factcheck.arithmetic.intervals import Interval, amount_of, of_amount, of_number
from factcheck.arithmetic.lexicon import LEXICON, alternation
from factcheck.models import Document, MoneyClaim, Qualifier, Span

_BRACKET = re.compile(r"^\s*\(\s*(?:or\s+|about\s+|around\s+|roughly\s+)?$", re.I)
_CLOSE = re.compile(r"^\s*\)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DIGIT = re.compile(r"\d")
SPECIFIC_DIGITS = 4


@dataclass(frozen=True)
class Restatement:
    first: MoneyClaim
    second: MoneyClaim
    bracketed: bool

    @property
    def factor(self) -> Decimal:
        """second / first: 1 when they agree, a power of ten when a unit slipped."""
        return amount_of(self.second).value / amount_of(self.first).value

    @property
    def agrees(self) -> bool:
        return of_amount(amount_of(self.first)).meets(of_amount(amount_of(self.second)))

    @property
    def slip(self) -> Decimal | None:
        ratio = self.factor if self.factor >= 1 else 1 / self.factor
        return next((f for f in SLIP_FACTORS if abs(ratio / f - 1) <= Decimal("0.01")), None)


def _printed(claim: MoneyClaim) -> tuple[Decimal, Decimal, int] | None:
    """The number as printed (not scaled), half its last digit's step, and its significant digits."""
    match = _DIGITS.search(claim.text)
    if match is None:
        return None
    digits = match.group().replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    significant = len(digits.replace(".", "").lstrip("0"))
    return Decimal(digits), Decimal(5) / Decimal(10) ** (decimals + 1), significant


def find_restatements(document: Document, money: list[MoneyClaim]) -> Iterator[Restatement]:
    text = document.prose_text
    ordered = [c for c in sorted(money, key=lambda c: c.span.start) if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per]
    for first, second in itertools.pairwise(ordered):
        if first.sentence_span != second.sentence_span or currency_of(first, text) != currency_of(second, text):
            continue
        if _BRACKET.match(text[first.span.end : second.span.start]) and _CLOSE.match(text[second.span.end : second.span.end + 3] or ")"):
            yield Restatement(first, second, bracketed=True)
    yield from _same_digits(text, ordered)


def _same_digits(text: str, ordered: list[MoneyClaim]) -> Iterator[Restatement]:
    for i, first in enumerate(ordered):
        a = _printed(first)
        if a is None or a[2] < SPECIFIC_DIGITS:
            continue
        for second in ordered[i + 1 :]:
            if second.paragraph != first.paragraph:
                break
            b = _printed(second)
            if b is None or b[2] < SPECIFIC_DIGITS or currency_of(first, text) != currency_of(second, text):
                continue
            if abs(a[0] - b[0]) <= max(a[1], b[1]):
                restated = Restatement(first, second, bracketed=False)
                if restated.slip is not None:
                    yield restated


_HEADLINE_WORDS = LEXICON["headline_restatements"]
_NOUN_CLASS = {word: name for name, words in _HEADLINE_WORDS["nouns"].items() for word in words}
_NOUNS = alternation(_NOUN_CLASS)
_LINKS = alternation(_HEADLINE_WORDS["links"])
_SUM_ONLY = set(_HEADLINE_WORDS["sum_only"])  # a lone transfer figure may be the fee with or without add-ons
# "$14B Deal", "$5bn AI cloud contract": the noun after the headline's figure
_NOUN_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + _NOUNS + r")\b", re.I)
# "a contract worth as much as", "deal, valued at": the noun before the body's figure
_NOUN_BEFORE = re.compile(r"\b(?P<noun>" + _NOUNS + r")\s*,?\s+(?:" + _LINKS + r")\s*(?:about\s+|around\s+|some\s+)?$", re.I)
_OTHER_OCCASION = re.compile(r"\b(?:" + "|".join(map(re.escape, _HEADLINE_WORDS["not_restating"])) + r")\b", re.I)
PLAUSIBLE = Decimal("1.5")  # a body figure further than this from the headline's is another fact, not its restatement
NOUN_REACH = 40  # characters before a body figure where its noun stands
METRIC_REACH = 24  # a metric names the figure only right before it ("net profit of")


@dataclass(frozen=True)
class HeadlineRestatement:
    """A headline's figure and the figure of the paragraph under it that the headline restates."""

    headline: MoneyClaim
    body: MoneyClaim
    label: str  # the kind of money both name: "deal", "net profit"
    plus: MoneyClaim | None = None  # "£60m + £8m add-ons": the headline's figure is `headline` + `plus`

    @property
    def value_interval(self) -> Interval:
        """The body's figure as printed, without its hedge: the headline restates the number, hedge or not."""
        amount = amount_of(self.body)
        return of_number(amount.value, amount.precision, Qualifier.EXACT)

    @property
    def headline_interval(self) -> Interval:
        """The headline's figure; for "A + B" the sum, each end the sum of the two ends."""
        first = of_amount(amount_of(self.headline))
        if self.plus is None:
            return first
        second = of_amount(amount_of(self.plus))
        return Interval(first.low + second.low, first.high + second.high)

    @property
    def agrees(self) -> bool:
        """The body restates the headline's figure; under "A + B" it may restate the sum or A alone (the base)."""
        if self.plus is not None and of_amount(amount_of(self.headline)).meets(self.value_interval):
            return True
        return self.headline_interval.meets(self.value_interval)

    @property
    def slip(self) -> Decimal | None:
        if self.plus is not None:
            return None  # a sum's digits are not printed: no unit slip to see
        return Restatement(self.headline, self.body, bracketed=False).slip


def _label(text: str, claim: MoneyClaim, lead: str) -> str | None:
    """The kind of money a figure is: the noun after it ("$14B deal"), before it ("a contract worth"),
    or a metric just before it ("net profit of", "net at")."""
    noun = _NOUN_AFTER.match(text[claim.span.end : claim.span.end + 40]) or _NOUN_BEFORE.search(lead)
    if noun is not None:
        return _NOUN_CLASS[noun.group("noun").lower()]
    metric = metric_before(lead, max(0, len(lead) - METRIC_REACH), len(lead))
    return metric[0] if metric else None


def find_headline_restatements(document: Document, money: list[MoneyClaim]) -> Iterator[HeadlineRestatement]:
    """ "Meta Signs $14B Deal" over "... a contract worth as much as $14.2B ...": the headline's one
    figure restates the one figure of the same kind in the first sentence of the paragraph under it."""
    text = document.prose_text
    claims = [c for c in sorted(money, key=lambda c: c.span.start) if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per and not amount_of(c).period]
    for (start, end), (next_start, next_end) in itertools.pairwise(paragraph_lines(text)):
        inside = [c for c in claims if start <= c.span.start < end]
        if not is_headline(text[start:end]) or is_headline(text[next_start:next_end]):
            continue
        found = _headline_read(text, claims, inside, (next_start, next_end))
        if found is not None and _plausible(found):
            yield found


def _headline_read(text: str, claims: list[MoneyClaim], inside: list[MoneyClaim], paragraph: tuple[int, int]) -> HeadlineRestatement | None:
    """The headline's one figure, or its "A + B", against the paragraph under it."""
    if len(inside) == 1:
        found = _restated_below(text, claims, inside[0], paragraph)
        return None if found is None or found.label in _SUM_ONLY else found
    if len(inside) == 2 and _HEADLINE_PLUS.match(text[inside[0].span.end : inside[1].span.start]):
        return _sum_restated_below(text, claims, (inside[0], inside[1]), paragraph)
    return None


_HEADLINE_PLUS = re.compile(r"^\s*(?:\+|plus)\s*$", re.I)  # "£60m + £8m add-ons", "£60m plus £8m"


def _sum_restated_below(text: str, claims: list[MoneyClaim], pair: tuple[MoneyClaim, MoneyClaim], paragraph: tuple[int, int]) -> HeadlineRestatement | None:
    """ "Rovers sign Vega for £40m + £5m add-ons" over "... the £45m striker ...": the sum's kind is
    named after its last figure ("add-ons") or its first; the body restates the sum or the base."""
    base, extra = pair
    if currency_of(base, text) != currency_of(extra, text):
        return None
    lead = text[max(text.rfind("\n", 0, base.span.start) + 1, base.span.start - NOUN_REACH) : base.span.start]
    for named in (extra, base):
        found = _restated_below(text, claims, named, paragraph, lead if named is base else "")
        if found is not None:
            return HeadlineRestatement(base, found.body, found.label, plus=extra)
    return None


def _restated_below(text: str, claims: list[MoneyClaim], headline: MoneyClaim, paragraph: tuple[int, int], lead: str | None = None) -> HeadlineRestatement | None:
    """The one figure of the headline's kind and currency in the first sentence of `paragraph`;
    `lead`: the headline's words before its figure, when not those right before `headline`."""
    line_start = max(text.rfind("\n", 0, headline.span.start) + 1, headline.span.start - NOUN_REACH)
    label = _label(text, headline, text[line_start : headline.span.start] if lead is None else lead)
    opening = _first_sentence(text, claims, *paragraph)
    if label is None or opening is None:
        return None
    key = currency_of(headline, text)
    same = [c for c in claims if c.sentence_span == opening and currency_of(c, text) == key and _label(text, c, _lead(text, c)) == label]
    if len(same) != 1 or _OTHER_OCCASION.search(_lead(text, same[0])):
        return None
    return HeadlineRestatement(headline, same[0], label)


def _plausible(found: HeadlineRestatement) -> bool:
    """Close enough to be the same fact (within PLAUSIBLE of the headline's figure, or of the sum
    under "A + B"), or a unit slip of it."""
    body = amount_of(found.body).value
    stated = [amount_of(found.headline).value]
    if found.plus is not None:
        stated.append(stated[0] + amount_of(found.plus).value)
    return found.slip is not None or any(1 / PLAUSIBLE <= body / value <= PLAUSIBLE for value in stated)


def _lead(text: str, claim: MoneyClaim) -> str:
    return text[max(claim.sentence_span.start, claim.span.start - NOUN_REACH) : claim.span.start]


def _first_sentence(text: str, claims: list[MoneyClaim], start: int, end: int) -> Span | None:
    """The paragraph's first sentence with a figure, when only words with no figure come before it
    ("Done deal! Vega joins Rovers for £46m"): the sentence that opens the paragraph's news."""
    inside = [c for c in claims if start <= c.span.start < end]
    return inside[0].sentence_span if inside and not _DIGIT.search(text, start, inside[0].sentence_span.start) else None
