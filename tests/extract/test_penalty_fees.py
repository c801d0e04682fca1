"""A break or termination fee is what one side owes the other if a deal fails, not the deal's
price: the parties stay, the relation is other. Our own sentences; (text, mention, relation)."""

from __future__ import annotations

import pytest

CASES = [
    ("If the deal collapses, Acme would pay Bolt a break fee of $250 million.", "$250 million", "other"),
    ("Acme agreed to a $1.2 billion termination fee.", "$1.2 billion", "other"),
    ("Bolt would owe Acme a breakup fee of $300 million if it accepts a rival offer.", "$300 million", "other"),
    ("The merger agreement includes a reverse termination fee of €400 million.", "€400 million", "other"),
    # a fee that is the price stays the deal's
    ("Rovers paid a fee of £40 million for the striker.", "£40 million", "acquires"),
    ("Acme will acquire Bolt for $5 billion.", "$5 billion", "acquires"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), CASES, ids=[c[0][:50] for c in CASES])
def test_penalty_fee_is_not_the_price(money_triple, text, mention, relation):
    assert money_triple(text, mention)[1] == relation
