"""A swapped party (FC201), built as a construction: the figure the registry knows, attributed to
a party it does not know it for.

A claim whose party sits where its clause certainly puts it, whose relation is set (not "other",
not a price per unit) or which is a result its clause states (net income, earnings per share) and whose figure matches a fact about the article's parties (same currency,
within printed precision, a hedge of its kind, the same time) whose party on that side differs,
is a swap when the registry has no fact with that figure for the party the claim names. Where
certainty stops: a claim its own pair's facts explain passes; a claimed party the registry has
the figure for passes (two parties with one figure flag neither); a guessed party, an "each"
figure, another hedge, currency or year, and a figure whose fact's company the sentence also names
swap nothing; two other parties with the figure are both listed, with no fix.

The test registry of fictional companies (tests/fixtures/registry), with a few facts added here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from registry_helpers import fact_entry

from factcheck.api import Checker
from factcheck.registry import load_registry

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "registry"


def _fact(ident: str, subject: str, relation: str, value: int | float, currency: str = "USD", obj: str | None = None, date: str | None = None) -> str:
    return fact_entry(ident, subject, relation, value, currency=currency, obj=obj, date=date)


EXTRA = (
    """entities:
  - {id: pella, name: Pella Bank, aliases: [Pella], kind: organization}
  - {id: ridge, name: Ridge Capital, aliases: [Ridge], kind: organization}
  - {id: sable, name: Sable Freight, aliases: [Sable], kind: organization}
  - {id: tovo, name: Tovo Health, aliases: [Tovo], kind: organization}
  - {id: wren, name: Wren Robotics, aliases: [Wren], kind: organization}
  - {id: yarrow, name: Yarrow Energy, aliases: [Yarrow], kind: organization}
facts:
"""
    + _fact("pella-raises-eur", "pella", "raises", 300_000_000, "EUR", date="2025-03-01")
    + _fact("ridge-invests-pella-gbp", "ridge", "invests_in", 40_000_000, "GBP", obj="pella")
    + _fact("sable-raises", "sable", "raises", 250_000_000)
    + _fact("tovo-raises", "tovo", "raises", 250_000_000)
    + _fact("yarrow-valued", "yarrow", "valued_at", 2_000_000_000)
    + _fact("pella-net-income", "pella", "other", 90_000_000)
    + _fact("cirrus-spends", "cirrus", "spends_on", 40_000_000_000)
    + """  - {id: pella-eps, subject: pella, relation: other, amount: {value: 1.2, currency: USD, qualifier: exact, per: share},"""
    + """ sources: [{url: "https://example.com/pella-eps", publisher: Example News, quote: "1.20 a share"}]}\n"""
)


@pytest.fixture(scope="module")
def construction_checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry") / "registry"
    shutil.copytree(FIXTURES, root)
    (root / "construction.yaml").write_text(EXTRA, encoding="utf-8")
    return Checker(load_registry(root))


def _swaps(checker: Checker, text: str) -> list:
    return [f for f in checker.check_text(text, path="case.txt").findings if f.code == "FC201" and " names " in f.message]


@pytest.mark.parametrize(
    ("text", "named", "registry_has", "fix"),
    [
        # the payer, in the active, the passive and the possessive
        ("Acme builds chips. Wren invested $5 billion in Cirrus.\n", "Wren", "$5B invested by Acme in Cirrus Labs", "Acme"),
        ("Acme builds chips. The $5 billion was invested in Cirrus by Wren.\n", "Wren", "$5B invested by Acme in Cirrus Labs", "Acme"),
        ("Acme builds chips. Wren's $5 billion investment in Cirrus closed in March.\n", "Wren", "$5B invested by Acme", "Acme"),
        # the payee, after "in", "from" and "to"
        ("Cirrus builds cloud software. Acme invested $5 billion in Wren.\n", "Wren", "$5B invested by Acme in Cirrus Labs", "Cirrus Labs"),
        ("Cirrus builds cloud software. Dynamo agreed to buy $30 billion of computing capacity from Wren.\n", "Wren", "$30B committed by Dynamo AI", "Cirrus Cloud"),
        ("Cirrus builds cloud software. Dynamo committed $30 billion to Wren.\n", "Wren", "$30B committed by Dynamo AI", "Cirrus Cloud"),
        # other currencies and hedges of the same kind
        ("Pella is a lender. Wren raised €300 million in March.\n", "Wren", "€300M raised by Pella Bank", "Pella Bank"),
        ("Pella is a lender. Wren's €300 million fundraise drew attention.\n", "Wren", "€300M raised by Pella Bank", "Pella Bank"),
        ("Pella is a lender. Wren raised about €300 million in March.\n", "Wren", "€300M raised by Pella Bank", "Pella Bank"),
        ("Pella is a lender. Ridge invested £40 million in Wren.\n", "Wren", "£40M invested by Ridge Capital in Pella Bank", "Pella Bank"),
        # a figure of one company alone
        ("Yarrow is a utility. Wren is valued at $2 billion.\n", "Wren", "$2B as the valuation of Yarrow Energy", "Yarrow Energy"),
        # a result its clause states (tests/registry/test_swap_results.py has the forms)
        ("Pella is a lender. Wren reported net income of $90 million.\n", "Wren", "$90M for Pella Bank", "Pella Bank"),
        ("Pella is a lender. Wren earned $1.20 a share in the quarter.\n", "Wren", "$1.2 per share for Pella Bank", "Pella Bank"),
    ],
)
def test_the_registry_figure_on_a_party_it_does_not_have_it_for_is_a_swap(construction_checker, text, named, registry_has, fix):
    [finding] = _swaps(construction_checker, text)
    assert text[finding.span.start : finding.span.end] == named
    assert f"the registry has {registry_has}" in finding.message and "no such figure for Wren Robotics" in finding.message
    assert finding.fix is not None and finding.fix.replacement == fix


def test_two_other_parties_with_the_figure_are_both_listed_and_nothing_is_fixed(construction_checker):
    [finding] = _swaps(construction_checker, "Sable and Tovo are startups. Wren raised $250 million in May.\n")
    assert "(sable-raises)" in finding.message and "(tovo-raises)" in finding.message
    assert finding.fix is None


@pytest.mark.parametrize(
    "text",
    [
        # the claim's own pair has the figure, or a ceiling the figure is a part of
        "Cirrus builds cloud software. Acme invested $5 billion in Cirrus.\n",
        "Acme builds chips. Bolt invested $5 billion in Cirrus.\n",
        # the same figure for two parties: the claim names one of them
        "Tovo and Sable are startups. Tovo raised $250 million in May.\n",
        "Sable is a freight firm. Sable raised $250 million in May.\n",
        # a guessed party: a pronoun whose name is in another sentence
        "Pella is a lender. It raised €300 million in March, Wren said.\n",
        # another hedge, currency or year: not the registry's figure
        "Pella is a lender. Wren raised up to €300 million in March.\n",
        "Pella is a lender. Wren raised $300 million in March.\n",
        "Pella is a lender. Wren raised €300 million in 2019.\n",
        # one figure for each of several parties
        "Pella is a lender. Wren and Tovo each raised €300 million.\n",
        "Pella is a lender. Wren raised €300 million apiece from two funds.\n",
        # the sentence names the fact's company too: either may have the figure
        "Pella is a lender. Wren raised €300 million, Pella said.\n",
        # a figure of relation "other" that is no result its clause states, and a price per share
        "Pella is a lender. Wren paid $90 million for a rival.\n",
        "Pella is a lender. Wren will pay $1.20 a share for a rival.\n",
    ],
)
def test_no_swap_where_certainty_stops(construction_checker, text):
    assert _swaps(construction_checker, text) == []


def test_a_headline_that_drops_up_to_still_names_the_wrong_party(construction_checker):
    text = "Bolt Makes $10B Bet On Dynamo\n\nCirrus Labs builds cloud software. Bolt has long backed it.\n"
    [finding] = _swaps(construction_checker, text)
    assert text[finding.span.start : finding.span.end] == "Dynamo"
    assert "up to $10B invested by Bolt Systems in Cirrus Labs" in finding.message
    assert finding.fix is not None and finding.fix.replacement == "Cirrus Labs"


def test_in_a_body_sentence_another_hedge_is_no_swap(construction_checker):
    assert _swaps(construction_checker, "Cirrus Labs builds cloud software. Bolt will invest $10 billion in Dynamo.\n") == []


def test_a_fact_about_the_claim_that_cannot_contradict_it_does_not_hide_a_swap(construction_checker):
    """Cirrus's own spending (no counterparty) is about a deal with Cirrus but says nothing of its
    value: the $5 billion is still Acme's, not Wren's."""
    text = "Acme builds chips. Wren signed a $5 billion deal with Cirrus.\n"
    [finding] = _swaps(construction_checker, text)
    assert text[finding.span.start : finding.span.end] == "Wren" and "(acme-invests-cirrus)" in finding.message


@pytest.mark.parametrize(
    ("text", "path", "format"),
    [
        ("Dynamo will invest up to $10 billion in Cirrus, the company said.\n", "a.txt", "text"),
        ("Dynamo will invest up to $10 billion in **Cirrus**, the company said.\n", "a.md", "markdown"),
        ("Intro.\n\nSome words first. Dynamo will invest *up to* $10 billion in [Cirrus](https://c.example), it said.\n", "a.md", "markdown"),
        ("<p>Intro.</p>\n<p>Dynamo will invest up to <b>$10 billion</b> in Cirrus, the company said.</p>\n", "a.html", "html"),
    ],
)
def test_the_fix_replaces_the_named_party_in_markup_too(checker, text, path, format):
    """The fix's span is found in the prose view: markup inside or before the sentence does not lose it."""
    file = checker.check_text(text, path=path, format=format)
    (finding,) = [f for f in file.findings if f.code == "FC201"]
    assert text[finding.span.start : finding.span.end] == "Dynamo"
    assert finding.fix is not None and finding.fix.replacement == "Bolt Systems"
