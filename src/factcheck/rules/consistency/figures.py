"""Helpers shared by the FC10x rules that read registry facts through the claims they support."""

from __future__ import annotations

from decimal import Decimal

from factcheck.models import MoneyClaim
from factcheck.registry import Fact

SAME_FIGURE = Decimal("0.10")


def same_figure(claim: MoneyClaim, fact: Fact) -> bool:
    """The fact states the claim's own figure (within 10% or its rounding), not merely one its
    hedge allows: "up to $500 billion" is consistent with a $300 billion fact, but not about it."""
    if fact.amount is None or claim.amount is None:
        return True
    slack = max(claim.amount.precision, claim.amount.value * SAME_FIGURE)
    return abs(fact.amount.value - claim.amount.value) <= slack
