"""A budget's own figure stated as an estimate against the registry (issue 14): in a story of one
government's budget, "the total expenditure is estimated at Rs 5.9 lakh crore" is that party's
figure for its budget year (the registry's `period: annual` fact with no counterparty). A changed
figure is flagged, a warning at most when the payer is the passage's (never an error with a
fix); the registry's figure passes. Someone else's estimate, a revised or hedged one, a part of
the budget, a figure naming a results metric, a company's guidance, and a story of two parties
stay uncompared. Fictional parties, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: valdoria, name: Valdoria, aliases: [Valdoria state], kind: place}
  - {id: ostland, name: Ostland, kind: place}
  - {id: nordmark, name: Nordmark, kind: place}
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: valdoria-rail, name: Valdoria Rail, kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: str, currency: str, quote: str, obj: str | None = None) -> str:
    return fact_entry(ident, subject, relation, value, currency=currency, date="2031-02-10", period="annual", quote=quote, obj=obj)


FACTS = "facts:\n" + "".join(
    [
        # each government's budget outlay for its year
        _fact("valdoria-outlay", "valdoria", "spends_on", "5200000000000", "INR", "an outlay of Rs 5.2 lakh crore"),
        _fact("ostland-spending", "ostland", "spends_on", "84000000000", "EUR", "spending of 84 billion euros"),
        _fact("nordmark-outlay", "nordmark", "spends_on", "68000000000", "CAD", "an outlay of 68 billion dollars"),
        # a government's deficit, and a part of its receipts
        _fact("valdoria-deficit", "valdoria", "other", "150000000000", "INR", "a deficit of Rs 1.5 lakh crore"),
        _fact("valdoria-tax", "valdoria", "revenue", "2700000000000", "INR", "tax revenue of Rs 2.7 lakh crore"),
        # a grant of the state's to its railway
        _fact("valdoria-rail-grant", "valdoria", "spends_on", "300000000000", "INR", "Rs 3,000 crore for Valdoria Rail", obj="valdoria-rail"),
        # a company's spending and revenue for a year
        _fact("acme-spending", "acme", "spends_on", "6000000000", "USD", "spending of $6 billion"),
        _fact("acme-revenue", "acme", "revenue", "5000000000", "USD", "revenue of $5 billion"),
    ]
)

VALDORIA = "Valdoria's finance minister presented the budget for financial year 2031-32 in the assembly.\n"
OSTLAND = "Ostland's finance minister presented the budget to parliament.\n"
NORDMARK = "Nordmark's treasury tabled its budget.\n"


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_over(tmp_path_factory.mktemp("registry"), ENTITIES, FACTS)


CASES = [
    # (the article, what is flagged)
    # the budget's own figure, changed: the passage's party's, a warning
    (VALDORIA + "The total expenditure is estimated at Rs 5.9 lakh crore.\n", ["FC203@2"]),
    (VALDORIA + "The outlay for the next fiscal is pegged at Rs 4.8 lakh crore.\n", ["FC203@2"]),
    (OSTLAND + "Spending is budgeted at €94 billion.\n", ["FC203@2"]),
    (OSTLAND + "The budget pegs the total expenditure at €74 billion.\n", ["FC203@2"]),
    (NORDMARK + "The total outlay has been pencilled in at CA$61 billion.\n", ["FC203@2"]),
    (NORDMARK + "It was tabled with total expenditure estimated at CA$75 billion.\n", ["FC203@2"]),
    # the payer named as a place's possessive: the clause's own party
    (VALDORIA + "Valdoria's outlay is pegged at Rs 5.9 lakh crore.\n", ["FC201@2"]),
    # the registry's figure passes, however the estimate is worded
    (VALDORIA + "The total expenditure is estimated at Rs 5.2 lakh crore.\n", []),
    (VALDORIA + "The outlay for the next fiscal is pegged at Rs 5.2 lakh crore.\n", []),
    (OSTLAND + "Spending is budgeted at €84 billion.\n", []),
    (NORDMARK + "The total outlay has been pencilled in at CA$68 billion.\n", []),
    (VALDORIA + "Valdoria's outlay is pegged at Rs 5.2 lakh crore.\n", []),
    # someone else's estimate, a hedged one, a revised one: not the budget's figure
    (VALDORIA + "Analysts estimate the outlay at Rs 5.9 lakh crore.\n", []),
    (OSTLAND + "Economists said spending is projected at €94 billion.\n", []),
    (OSTLAND + "Spending is expected to be pegged at €94 billion.\n", []),
    (VALDORIA + "The revised estimate of total expenditure is pegged at Rs 4.9 lakh crore.\n", []),
    # a part of the budget is no figure of its whole
    (OSTLAND + "Defence spending is budgeted at €9 billion.\n", []),
    (OSTLAND + "Capital spending is budgeted at €19 billion.\n", []),
    (VALDORIA + "The outlay for rural roads is pegged at Rs 900 crore.\n", []),
    # a figure that names a results metric: a part of the receipts must not meet their whole
    (VALDORIA + "Revenue receipts are estimated at Rs 4.9 lakh crore.\n", []),
    # a deficit has no spending relation: uncompared (the registry's "other" facts are many kinds)
    (VALDORIA + "The fiscal deficit is projected at Rs 1.9 lakh crore.\n", []),
    # a company's guidance, and "budgeted" in a company's story
    ("Acme estimated revenue at $7 billion for next year.\n", []),
    ("Acme held its annual meeting in Leeds.\nAcme estimated its spending at $9 billion for next year.\n", []),
    ("Acme held its annual meeting in Leeds.\nSpending is budgeted at $9 billion for next year.\n", []),
    # two governments with figures of their own: whose figure it is stays open
    ("Valdoria and Ostland presented their budgets to parliament.\nThe total expenditure is estimated at €94 billion.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t.split("\n")[-2][:55] + f" [{n}]" for n, (t, _) in enumerate(CASES)])
def test_a_budget_s_own_estimate(checker, text, expected):
    assert serious(checker, text) == expected


PARTS = [
    # (the article, what is flagged): in a story of one government's budget, a figure of spending
    # on something (its purpose) is a part of the year's, not the party's own total; the total
    # beside it in the same sentence is still the party's
    (VALDORIA + "The outlay of Rs 5.2 lakh crore for the next fiscal includes fresh welfare programmes worth Rs 300 crore.\n", []),
    (VALDORIA + "The outlay of Rs 5.9 lakh crore for the next fiscal includes fresh welfare programmes worth Rs 300 crore.\n", ["FC203@2"]),
    (VALDORIA + "The state will spend Rs 900 crore on rural roads in the next fiscal.\n", []),
    (VALDORIA + "Out of the total expenditure for the next fiscal, Rs 3.1 lakh crore has been set aside for the revenue account and Rs 2.1 lakh crore for the capital account.\n", []),
    # a registry party named only inside the other figure's purpose is that figure's payee, and
    # no longer keeps the total from being the party's
    (VALDORIA + "The outlay of Rs 5.2 lakh crore for the next fiscal includes Valdoria Rail schemes worth Rs 300 crore.\n", []),
    (VALDORIA + "The outlay of Rs 5.9 lakh crore for the next fiscal includes Valdoria Rail schemes worth Rs 300 crore.\n", ["FC203@2"]),
    # named as the payer of the total itself, it is not the state's figure
    (VALDORIA + "Valdoria Rail's outlay of Rs 5.9 lakh crore for the next fiscal includes new Valdoria Rail schemes worth Rs 300 crore.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTS, ids=[t.split("\n")[-2][:55] + f" [{n}]" for n, (t, _) in enumerate(PARTS)])
def test_a_part_of_the_budget_beside_its_total(checker, text, expected):
    assert serious(checker, text) == expected
