"""A swapped payer (FC201) of a figure that names a payer and nothing it pays for: "Dynamo forced
Acme to fork out €55 million", "Acme agreed to pay €55 million", where the registry has that
figure paid by another company the article names, to a payee the sentence does not name either.

Where certainty stops: the object of a verb that makes it pay ("forced", "compelled") is the
payer; the object of one that only asks ("asked", "urged") is a guess. A pronoun, a definite noun
or a party of the previous sentence is a guess; so is a payer beside the fact's own payer in the
sentence, and one the sentence says paid the figure too ("as well", "likewise"). Spending with its purpose named may be a figure of its own; a payer the registry has
the figure for passes; so does the right payer, and a payer the article never names elsewhere.
Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

from factcheck.api import Checker

ENTITIES = """
entities:
  - {id: acme, name: Acme Athletic, aliases: [Acme], kind: organization}
  - {id: bolt, name: Bolt Rovers, aliases: [Bolt], kind: organization}
  - {id: cirrus, name: Cirrus Labs, aliases: [Cirrus], kind: organization}
  - {id: dynamo, name: Dynamo Town, aliases: [Dynamo], kind: organization}
  - {id: quorra, name: Quorra Foods, aliases: [Quorra], kind: organization}
  - {id: wren, name: Wren Robotics, aliases: [Wren], kind: organization}
"""

FACTS = "facts:\n" + "".join(
    [
        fact_entry("bolt-buys-cirrus", "bolt", "acquires", 55_000_000, currency="EUR", obj="cirrus"),
        fact_entry("quorra-spends", "quorra", "spends_on", 55_000_000, currency="EUR"),
        fact_entry("wren-invests-cirrus", "wren", "invests_in", 70_000_000, currency="GBP", obj="cirrus"),
    ]
)

# The paragraph's first sentence names the fact's payer (and the company it bought), so the right
# party stands in the text; the next sentence is the case.
LEAD = "Bolt Rovers agreed terms for Cirrus Labs on Monday. "
WREN_LEAD = "Wren Robotics backed Cirrus Labs last year. "


@pytest.fixture(scope="module")
def payer_checker(tmp_path_factory):
    return checker_over(tmp_path_factory.mktemp("registry"), ENTITIES, FACTS)


def swaps(checker: Checker, text: str) -> list[str]:
    """The FC201 findings that say a party is the wrong one."""
    return [f.message for f in checker.check_text(text, path="case.txt").findings if f.code == "FC201" and " names " in f.message]


@pytest.mark.parametrize(
    ("lead", "sentence", "wrong"),
    [
        (LEAD, "Dynamo refused to budge and forced Acme to fork out €55 million up front.\n", "Acme"),
        (LEAD, "Dynamo compelled Acme to splash out €55 million.\n", "Acme"),
        (LEAD, "The tribunal obliged Acme to spend €55 million.\n", "Acme"),
        (LEAD, "Acme agreed to fork out €55 million.\n", "Acme"),
        (LEAD, "Acme forked out €55 million up front.\n", "Acme"),
        (LEAD, "Dynamo made Acme fork out €55 million.\n", "Acme"),
        (LEAD, "Acme's €55 million outlay was a club record.\n", "Acme"),  # the spending's possessor
        (LEAD, "Acme's €55 million spending spree ended.\n", "Acme"),
        (WREN_LEAD, "Dynamo forced Acme to invest £70 million.\n", "Acme"),
        # "too" of another word than the figure ("led ... too") shares no figure
        (LEAD, "Dynamo forced Acme to fork out €55 million up front, and it sold Quorra too.\n", "Acme"),
    ],
)
def test_a_payer_the_clause_certainly_names_is_swapped(payer_checker, lead, sentence, wrong):
    found = swaps(payer_checker, lead + sentence)
    assert len(found) == 1 and f"names {wrong}" in found[0]
    assert serious(payer_checker, lead + sentence) == ["FC201@1"]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Dynamo forced Bolt to fork out €55 million up front.\n",  # the right payer
        LEAD + "Dynamo forced Quorra to fork out €55 million.\n",  # a payer the registry has the figure for
        LEAD + "Dynamo asked Acme to fork out €55 million up front.\n",  # asked: perhaps nobody paid
        LEAD + "Dynamo urged Acme to splash out €55 million.\n",
        LEAD + "Acme met Dynamo. Dynamo forced it to fork out €55 million.\n",  # a pronoun
        LEAD + "Acme met Dynamo. It agreed to fork out €55 million.\n",  # a pronoun for the sentence before's party
        LEAD + "Acme met Dynamo. The club was forced to fork out €55 million.\n",  # a definite noun
        LEAD + "Dynamo forced the club to fork out €55 million.\n",  # a common noun names no one
        LEAD + "Dynamo pressured Acme into forking out €55 million.\n",  # the clause's guess
        LEAD + "Acme's €55 million investment paid off.\n",  # an investment: no figure of a purchase's kind
        LEAD + "As Bolt watched, Dynamo forced Acme to fork out €55 million.\n",  # the fact's payer in the sentence too
        LEAD + "Dynamo forced Acme to spend €55 million on a new stand.\n",  # spending with its own purpose
        "Dynamo forced Acme to fork out €55 million up front.\n",  # the fact's payer named nowhere
        LEAD + "Dynamo forced Acme to fork out €40 million up front.\n",  # another figure: no fact to swap from
        # the sentence says another party paid the figure too
        LEAD + "Acme forked out €55 million too.\n",
        LEAD + "Acme likewise forked out €55 million.\n",
        "Bolt Rovers forked out €55 million for Cirrus Labs. Acme forked out €55 million as well.\n",
        LEAD + "Acme forked out the same sum, €55 million.\n",
        # two payers each with their own figure: Bolt's €55 million, Acme's €30 million
        LEAD + "Bolt forked out €55 million, and Dynamo forced Acme to fork out €30 million.\n",
    ],
)
def test_no_payer_swap_without_certainty(payer_checker, text):
    assert swaps(payer_checker, text) == []
