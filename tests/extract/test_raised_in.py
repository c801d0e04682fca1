"""Money raised "in equity", "in debt" or "of debt financing" (issue 13): the raiser raises it,
however the figures are listed; an equity stake taken in a company stays an investment. Our own
sentences, fictional companies (the test registry's Acme, Bolt, Cirrus and names it lacks)."""

from __future__ import annotations

import pytest

RAISED = [
    ("Acme raised $500 million in equity.", "$500 million", ("acme",), "raises"),
    ("Bolt will raise up to €2 billion in debt, the company said on Monday.", "up to €2 billion", ("bolt",), "raises"),
    # a list of figures under one raise verb: each one is raised, the second included
    ("Orbi Labs raised $3 billion in equity and $2 billion in debt.", "$2 billion", ("Orbi Labs",), "raises"),
    ("Orbi Labs raised $3 billion in equity and $2 billion in debt.", "$3 billion", ("Orbi Labs",), "raises"),
    ("Zorvex Capital raised £300 million in debt and £150 million in equity.", "£150 million", ("Zorvex Capital",), "raises"),
    ("Acme has raised $1 billion in equity, $500 million in debt and $200 million in grants.", "$500 million", ("acme",), "raises"),
    ("Bolt raised €400 million in equity and €250 million of debt financing.", "€250 million", ("bolt",), "raises"),
    ("Acme is raising up to $9 billion in debt and $1 billion in equity.", "$1 billion", ("acme",), "raises"),
    # other verbs of raising money
    ("Cirrus is seeking $2 billion in equity.", "$2 billion", ("cirrus",), "raises"),
    ("Bolt is borrowing $900 million in debt to fund the plant.", "$900 million", ("bolt",), "raises"),
    # a funding round made of equity and debt
    ("Acme's new round includes $4 billion in equity and $6 billion in debt.", "$4 billion", ("acme",), "raises"),
    # a round said to be made of equity and debt: each part is raised, the hedged second one too
    ("Acme is raising money. The new funding round will be structured as $3 billion in equity and up to $6 billion in debt.", "up to $6 billion", (), "raises"),
    ("Acme is raising money. The new funding round will be structured as $3 billion in equity and up to $6 billion in debt.", "$3 billion", (), "raises"),
    ("Bolt's latest round consists of $2 billion in equity and $1 billion in debt.", "$1 billion", ("bolt",), "raises"),
    ("Acme's new round is structured as $4 billion of equity and $2 billion of debt.", "$4 billion", ("acme",), "raises"),
    # an investor's equity stays an investment
    ("Acme took a $2 billion equity stake in Bolt.", "$2 billion", ("acme",), "invests_in"),
    ("Acme invested $3 billion in equity in Bolt.", "$3 billion", ("acme",), "invests_in"),
    ("Acme led the round with $500 million in equity.", "$500 million", ("acme",), "invests_in"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation"), RAISED, ids=[f"{c[0][:50]}|{c[1]}" for c in RAISED])
def test_raised_in_equity_or_debt(checker, text, mention, subjects, relation):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation) == (subjects, relation)
