"""The same figure written twice in one currency: "₹4,27,00,000 (₹4.27 crore)", "$1.2bn ($1,200m)";
and the same digits printed at two scales in one paragraph ("Rs 2973.91" beside "Rs 2973.9 crore").

A bracketed restatement must give the same amount within both figures' rounding. Same digits at two
scales are read only when the digits are specific enough (four significant figures or more) that two
different facts would not share them by chance.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.conversions import SLIP_FACTORS, currency_of
from factcheck.arithmetic.intervals import amount_of, of_amount
from factcheck.models import Document, MoneyClaim

_BRACKET = re.compile(r"^\s*\(\s*(?:or\s+|about\s+|around\s+|roughly\s+)?$", re.I)
_CLOSE = re.compile(r"^\s*\)")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
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
