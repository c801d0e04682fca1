"""A holding the verb's object, and what it is worth after it: "holds a stake in Bolt worth $5
billion" is the stake's value (relation other), neither an investment nor Bolt's valuation.
Our own sentences; (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

CASES = [
    ("Cirrus holds a stake in Acme worth $5 billion.", "$5 billion", ("cirrus",), "other", "acme"),
    ("Dynamo now owns a stake in Bolt worth roughly €2 billion.", "roughly €2 billion", ("dynamo",), "other", "bolt"),
    # in a relative clause: the antecedent holds, the main clause's purchase is another figure
    ("Weeks earlier, Acme agreed to buy $250 billion of services from Bolt, which now holds a stake in Acme worth roughly $135 billion.", "roughly $135 billion", ("bolt",), "other", "acme"),
    ("Weeks earlier, Acme agreed to buy $250 billion of services from Bolt, which now holds a stake in Acme worth roughly $135 billion.", "$250 billion", ("acme",), "commits_to_purchase", "bolt"),
    # a company's own worth stays its valuation
    ("Bolt is worth $45 billion after the round.", "$45 billion", ("bolt",), "valued_at", None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CASES, ids=[f"{c[0][:45]}|{c[1]}" for c in CASES])
def test_worth_of_a_holding(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)
