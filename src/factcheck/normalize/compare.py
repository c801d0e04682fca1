"""Compare amounts the way a careful reader does: within printed precision, by what a hedge allows.

Each amount stands for an interval of true values: "$14.3 billion" is 14.25–14.35B,
"up to $10 billion" is 0–10B, "more than $29 billion" is above 29B, "about $1.4 trillion"
is within 10%. Two statements agree when their intervals meet.
Source for the rounding rule: statcheck's practice of comparing a reported figure with the
range its printed digits allow (Nuijten et al., 2016).
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.models import Amount, Qualifier

ABOUT = Decimal("0.10")  # an article's "about", "roughly": within 10%
# A registry "about" records how reports round a figure ("approximately $135 billion"): a
# statement more than 5% away is a different figure, not a rounding of it.
ABOUT_FACT = Decimal("0.05")
NEARLY = Decimal("0.15")  # "nearly $5 billion": within 15% below
INFINITY = Decimal("Infinity")


def interval(value: Decimal, qualifier: Qualifier, precision: Decimal = Decimal(0), high: Decimal | None = None, about: Decimal = ABOUT) -> tuple[Decimal, Decimal]:
    """The values a statement allows, rounding included; `about` is the width of an estimate."""
    low, top = value - precision, value + precision
    if qualifier is Qualifier.EXACT:
        return low, top
    if qualifier is Qualifier.UP_TO:
        return Decimal(0), top
    if qualifier is Qualifier.AT_LEAST:
        return low, INFINITY
    if qualifier is Qualifier.MORE_THAN:
        return low, INFINITY
    if qualifier is Qualifier.LESS_THAN:
        return value * (1 - NEARLY) - precision, top
    if qualifier is Qualifier.ABOUT:
        return value * (1 - about) - precision, value * (1 + about) + precision
    if qualifier is Qualifier.RANGE:
        return low, (high if high is not None else value) + precision
    return low, top


def amount_interval(amount: Amount) -> tuple[Decimal, Decimal]:
    return interval(amount.value, amount.qualifier, amount.precision, amount.high)


def overlaps(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
