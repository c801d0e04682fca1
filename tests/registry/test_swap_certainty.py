"""A swapped counterparty (FC201) is said only of a party the claim's own clause certainly names:
its subject or object, a passive agent, the figure's possessor or preposition, or a pronoun whose
name stands in the same sentence. A lead investor ("led by", "X led Y's round"), the subject of a
clause above the figure, a relative pronoun's noun, or a pronoun from an earlier sentence is the
parse's guess: no swap. And the two readings of a round ("raises $X" and "a $X round led by Y")
are one figure, not parts of a total.
Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry

from factcheck.api import Checker

ENTITIES = """
entities:
  - {id: quill, name: Quill Bank, aliases: [Quill], kind: organization}
  - {id: tarn, name: Tarn Capital, aliases: [Tarn], kind: organization}
  - {id: vesper, name: Vesper Pay, aliases: [Vesper], kind: organization}
  - {id: orla, name: Orla Ventures, aliases: [Orla], kind: organization}
  - {id: acme, name: Acme Corporation, aliases: [Acme], kind: organization}
  - {id: bolt, name: Bolt Systems, aliases: [Bolt], kind: organization}
  - {id: cirrus, name: Cirrus Labs, aliases: [Cirrus], kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: int, obj: str | None = None) -> str:
    return fact_entry(ident, subject, relation, value, obj=obj)


FACTS = "facts:\n" + "".join(
    [
        _fact("tarn-quill-e", "tarn", "invests_in", 500_000_000, "quill"),
        _fact("quill-raises-e", "quill", "raises", 500_000_000),
        _fact("vesper-raises", "vesper", "raises", 400_000_000),
        _fact("orla-quill", "orla", "invests_in", 75_000_000, "quill"),
        _fact("acme-cirrus", "acme", "invests_in", 5_000_000_000, "cirrus"),
    ]
)


@pytest.fixture(scope="module")
def swap_checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry")
    return checker_over(root, ENTITIES, FACTS)


def swaps(checker: Checker, text: str) -> list[str]:
    """The FC201 findings that say a party is the wrong one."""
    return [f.message for f in checker.check_text(text, path="case.txt").findings if f.code == "FC201" and " names " in f.message]


@pytest.mark.parametrize(
    "text",
    [
        # a relative pronoun the parser hangs on the lead investor: the fundraise is not the lead's
        "The deal follows a $500 million round led by Tarn Capital, which marks the biggest investment for a digital bank ahead of rival Vesper’s $400 million fundraise.\n",
        "The valuation comes after a $500 million round led by Tarn, which tops the earlier record of Vesper’s $400 million raise in May.\n",
        # the lead of a round is not its only investor: Orla's $75 million may be in it
        "Tarn Capital led Quill's $75 million round.\n",
        "Quill closed a $75 million round led by Tarn Capital.\n",
        "Tarn Capital co-led Quill's $75 million funding round.\n",
        "The lender closed a $75 million round led by Tarn Capital, Quill said.\n",
        # a pronoun whose name is in an earlier sentence
        "Quill is growing fast. It raised $400 million in July.\n",
        # the right figure on the right parties
        "Orla Ventures invested $75 million in Quill.\n",
        "Cirrus is a cloud firm. Acme invested $5 billion in Cirrus.\n",
    ],
)
def test_no_swap_unless_the_clause_certainly_names_the_party(swap_checker, text):
    assert swaps(swap_checker, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cirrus is a cloud firm. Acme invested $5 billion in Bolt.\n",  # the clause's object
        "Cirrus is a cloud firm. Acme agreed to invest $5 billion in Bolt.\n",  # through a verb it completes
        "Cirrus is a cloud firm. Acme's partner Bolt invested $5 billion in Cirrus.\n",  # the clause's own subject
        "Vesper is a payments firm. Orla raised $400 million in July.\n",  # the raising verb's subject
        "Vesper is a payments firm. Orla's $400 million fundraise in July drew attention.\n",  # the figure's possessor
    ],
)
def test_a_party_the_clause_certainly_names_is_still_a_swap(swap_checker, text):
    assert swaps(swap_checker, text), text


def test_a_round_raised_and_its_lead_investment_are_one_figure(swap_checker):
    text = (
        "Quill raises $500 million Series E\n"
        "The bank said its $500 million Series E round was led by Tarn Capital.\n"
        "Tarn Capital led Quill’s $200 million round in 2019 too.\n"
    )
    report = swap_checker.check_text(text, path="case.txt")
    assert [f.message for f in report.findings if f.code == "FC101"] == []
