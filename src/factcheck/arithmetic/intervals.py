"""Closed intervals of Decimals: what a printed figure allows, and arithmetic on them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.models import Amount, MoneyClaim, Qualifier
from factcheck.normalize.compare import amount_interval, interval

INFINITY = Decimal("Infinity")


@dataclass(frozen=True)
class Interval:
    low: Decimal
    high: Decimal

    def meets(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def intersect(self, other: Interval) -> Interval | None:
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None

    def divided_by(self, other: Interval) -> Interval | None:
        """self / other for positive intervals; None when the divisor may be zero."""
        if other.low <= 0 or self.low < 0:
            return None
        high = INFINITY if self.high == INFINITY else self.high / other.low
        return Interval(self.low / other.high if other.high != INFINITY else Decimal(0), high)

    def scaled(self, factor: Decimal) -> Interval:
        return Interval(self.low * factor, self.high * factor if self.high != INFINITY else INFINITY)

    def widened(self, fraction: Decimal) -> Interval:
        """Widened by a relative tolerance either way (rates that outlets round or take on other days)."""
        return Interval(self.low * (1 - fraction), self.high * (1 + fraction) if self.high != INFINITY else INFINITY)

    @property
    def bounded(self) -> bool:
        return self.high != INFINITY


def amount_of(claim: MoneyClaim) -> Amount:
    """The claim's amount; the finders read only claims that have one (CheckContext.money)."""
    if claim.amount is None:
        raise ValueError(f"claim {claim.id} has no amount")
    return claim.amount


def of_amount(amount: Amount) -> Interval:
    low, high = amount_interval(amount)
    return Interval(max(low, Decimal(0)), high)


def of_number(value: Decimal, precision: Decimal, qualifier: Qualifier) -> Interval:
    low, high = interval(value, qualifier, precision)
    return Interval(max(low, Decimal(0)), high)


def show(value: Decimal, digits: int = 4) -> str:
    """A figure for a trace: a few significant digits, no exponent."""
    if value == INFINITY:
        return "∞"
    text = f"{float(value):.{digits}g}"
    if "e" in text:
        text = f"{float(value):,.0f}"
    return text
