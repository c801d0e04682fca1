"""Relations between parties and which of them can describe the same money (shared vocabulary
of resolve and check)."""

from __future__ import annotations

# Money that moves from one party to another; valuations, revenue and rates are not summed.
FLOWS = {"invests_in", "commits_to_purchase", "spends_on", "deal_value", "acquires", "raises"}
PURCHASES = {"commits_to_purchase", "deal_value", "spends_on"}


def relations_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    if a in PURCHASES and b in PURCHASES:
        return True
    return "deal_value" in (a, b) and a in FLOWS and b in FLOWS
