"""Spending on something is a part of a party's spending for its period, not the whole (issue 14):
"Valdoria will spend Rs 900 crore on rural roads in the next fiscal" is no figure of the registry's
outlay for the year, and is not compared with it; a fact per period whose quote names the same
purpose is compared, and a changed figure is still caught. Fictional parties, a registry written
for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: valdoria, name: Valdoria, kind: place}
  - {id: ostland, name: Ostland, kind: place}
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
"""

FACTS = "facts:\n" + "".join(
    [
        fact_entry("valdoria-outlay", "valdoria", "spends_on", 5_200_000_000_000, currency="INR", date="2031-02-10", period="annual", quote="an outlay of Rs 5.2 lakh crore"),
        fact_entry("ostland-rail", "ostland", "spends_on", 4_000_000_000, currency="EUR", date="2031-02-10", period="annual", quote="4 billion euros a year on railways"),
        fact_entry("acme-capex", "acme", "spends_on", 6_000_000_000, date="2031-02-10", period="annual", quote="capital spending of $6 billion"),
    ]
)

CASES = [
    # (the text, what is flagged)
    # a part of the year's spending: not the whole, not compared
    ("Valdoria will spend Rs 900 crore on rural roads in the next fiscal.\n", []),
    ("Valdoria will spend Rs 2,400 crore on schools in financial year 2031-32.\n", []),
    ("In the next fiscal Valdoria will spend Rs 1.1 lakh crore on defence.\n", []),
    ("Acme will spend $900 million on new factories this year.\n", []),
    ("Ostland will spend 2 billion euros on hospitals next year.\n", []),
    # the whole, as before
    ("Valdoria will spend Rs 5.2 lakh crore in the next fiscal.\n", []),
    ("Valdoria will spend Rs 4.8 lakh crore in the next fiscal.\n", ["FC201@1"]),
    # a fact of the same purpose: compared
    ("Ostland will spend 4 billion euros on railways in 2031.\n", []),
    ("Ostland will spend €5 billion a year on railways.\n", ["FC201@1"]),
]


@pytest.fixture(scope="module")
def purpose_checker(tmp_path_factory):
    return checker_over(tmp_path_factory.mktemp("registry"), ENTITIES, FACTS)


@pytest.mark.parametrize(("text", "flagged"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_spending_on_a_purpose_is_a_part(purpose_checker, text, flagged):
    assert serious(purpose_checker, text) == flagged
