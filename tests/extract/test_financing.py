"""How a deal is paid for is no price of it (issue 14): a figure a financing verb takes with
"with", "through", "by" or "using", or an instrument taken on to fund a deal, is relation other,
its parties kept; the price in its own forms ("for $4 billion in cash", "pay $4 billion in cash
and stock") stays the deal's. Our own sentences; (text, mention, relation)."""

from __future__ import annotations

import pytest

FINANCING = [
    ("Acme will fund the purchase with $4 billion of new debt.", "$4 billion"),
    ("Bolt financed the deal with $2 billion in cash on hand and $1.5 billion of bonds.", "$2 billion"),
    ("Bolt financed the deal with $2 billion in cash on hand and $1.5 billion of bonds.", "$1.5 billion"),
    ("The acquisition will be paid for with $3 billion of stock.", "$3 billion"),
    ("Acme will finance the acquisition of Bolt through $6 billion of bonds.", "$6 billion"),
    ("Quorra plans to pay for the deal using $2 billion of cash on hand.", "$2 billion"),
    ("Acme plans to fund the purchase of Bolt using $2 billion in cash on hand.", "$2 billion"),
    ("Acme secured a $5 billion bridge loan to fund its purchase of Bolt.", "$5 billion"),
    ("The takeover will be financed with a $3 billion credit facility.", "$3 billion"),
    ("Acme will fund the Bolt acquisition with a mix of $2 billion of debt and $1 billion of equity.", "$1 billion"),
    ("Acme will pay for the Bolt deal with $2 billion of stock.", "$2 billion"),
    ("Bolt issued $3 billion of bonds to fund the takeover of Cirrus.", "$3 billion"),
    ("Acme took out a $2 billion loan for the acquisition.", "$2 billion"),
    ("The acquisition will be financed by $4 billion of new bonds.", "$4 billion"),
    ("The deal, funded with $4 billion of debt, values Bolt at $5 billion.", "$4 billion"),
    ("Acme will pay $5 billion for Bolt, funding the deal with $3 billion of debt.", "$3 billion"),
]

STAYS = [
    # the price, in cash or stock, is the deal's value
    ("Acme will buy Bolt for $4 billion in cash.", "$4 billion", "acquires"),
    ("Acme agreed to pay $4 billion in cash and stock for Bolt.", "$4 billion", "acquires"),
    ("Acme will pay $7 billion in stock for Bolt.", "$7 billion", "acquires"),
    ("Acme will buy Bolt for $3 billion in stock and $2 billion in cash.", "$2 billion", "acquires"),
    ("Acme will pay for Bolt with $4 billion in cash and stock.", "$4 billion", "acquires"),
    ("Acme will pay $5 billion in cash for Bolt, financed with new debt.", "$5 billion", "acquires"),
    ("Acme will pay $5 billion for Bolt, funding the deal with $3 billion of debt.", "$5 billion", "acquires"),
    ("The deal, worth $5 billion in cash and stock, is expected to close next year.", "$5 billion", "deal_value"),
    ("The $4 billion deal will be funded with debt.", "$4 billion", "deal_value"),
    # a raise or an investment in its own right stays one
    ("Acme raised $4 billion of debt.", "$4 billion", "raises"),
    ("Cirrus raised $500 million in term loans to pay for the takeover.", "$500 million", "raises"),
    ("Acme will invest $1 billion in Bolt to help fund its purchase of Cirrus.", "$1 billion", "invests_in"),
]


@pytest.mark.parametrize(("text", "mention"), FINANCING, ids=[f"{c[1]} {c[0][:50]}" for c in FINANCING])
def test_financing_is_no_price(money_triple, text, mention):
    assert money_triple(text, mention)[1] == "other"


@pytest.mark.parametrize(("text", "mention", "relation"), STAYS, ids=[f"{c[1]} {c[0][:50]}" for c in STAYS])
def test_price_forms_stay(money_triple, text, mention, relation):
    assert money_triple(text, mention)[1] == relation


def test_financing_keeps_its_parties(money_triple):
    subjects, relation, _ = money_triple("Acme will fund the purchase with $4 billion of new debt.", "$4 billion")
    assert (subjects, relation) == (("acme",), "other")
