"""Passive estimates and valuations (issue 13): "the deal is estimated at $3 billion", "Bolt was
valued at $3 billion by investors", "revenue is forecast at ¥1.2 trillion". The passive subject
says what is valued; an agent ("by analysts", "by investors") is who estimates, never a payer.
Our own sentences, fictional companies; (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

ESTIMATES = [
    # a deal, contract or budget estimated, valued or pegged at a figure: that deal's value
    ("The deal is estimated at $3 billion.", "$3 billion", (), "deal_value", None),
    ("The contract was pegged at €40 million.", "€40 million", (), "deal_value", None),
    ("The budget is estimated at ₹9,000 crore.", "₹9,000 crore", (), "spends_on", None),
    ("Acme's deal with Bolt is valued at $2 billion.", "$2 billion", ("acme",), "deal_value", "bolt"),
    ("Acme's takeover of Bolt is estimated at £3bn.", "£3bn", ("acme",), "acquires", "bolt"),
    # a named company estimated or valued at a figure: its valuation; the agent is no party
    ("Bolt was valued at $3 billion by investors.", "$3 billion", ("bolt",), "valued_at", None),
    ("Bolt was valued at $3 billion by Acme.", "$3 billion", ("bolt",), "valued_at", None),
    ("Bolt is estimated at $3 billion.", "$3 billion", ("bolt",), "valued_at", None),
    ("Kestrel Capital was pegged at €3 billion.", "€3 billion", ("kestrel",), "valued_at", None),
    ("Analysts estimate Moss Labs at $800 million.", "$800 million", ("moss",), "valued_at", None),
    ("Bolt's market capitalisation is estimated at $3 billion.", "$3 billion", ("bolt",), "valued_at", None),
    ("Bolt's valuation was put at $3 billion.", "$3 billion", ("bolt",), "valued_at", None),
    # results forecast, projected or estimated: the metric's own frame, not a valuation or spending
    ("Revenue is forecast at ¥1.2 trillion.", "¥1.2 trillion", (), "revenue", None),
    ("Revenue is projected at ¥1.2 trillion.", "¥1.2 trillion", (), "revenue", None),
    ("Bolt's revenue is estimated at $3 billion by analysts.", "$3 billion", ("bolt",), "revenue", None),
    ("Bolt's sales are projected at €900 million for 2026.", "€900 million", ("bolt",), "revenue", None),
    ("Acme's spending is forecast at $40 billion.", "$40 billion", ("acme",), "spends_on", None),
    # a holding valued at a figure is neither its owner's valuation nor what it invested
    ("Acme's stake in Bolt was valued at £400m by analysts.", "£400m", ("acme",), "other", "bolt"),
    ("Acme's 20% stake in Bolt is worth $5 billion.", "$5 billion", ("acme",), "other", "bolt"),
    ("Acme's investment in Bolt is now valued at $2 billion.", "$2 billion", ("acme",), "other", "bolt"),
    ("The stake was valued at £400m by analysts.", "£400m", (), "other", None),
]

NEAR_MISSES = [
    # "projected" the verb is no spending project; "the project" the noun still is
    ("Ruritania's finance minister projected a $29 billion deficit.", "$29 billion", (), None, None),
    ("Acme will spend $2 billion on the project.", "$2 billion", ("acme",), "spends_on", None),
    # a company's own stake in nothing named: the money stays the investment it was
    ("Acme took a $2 billion stake in Bolt.", "$2 billion", ("acme",), "invests_in", "bolt"),
    # estimating a cost names no valued company
    ("Acme estimated the cost at $3 billion.", "$3 billion", (), None, None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), ESTIMATES, ids=[f"{c[0][:55]}|{c[1]}" for c in ESTIMATES])
def test_passive_estimate(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), NEAR_MISSES, ids=[f"{c[0][:55]}|{c[1]}" for c in NEAR_MISSES])
def test_estimate_near_miss(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)
