"""`sources validate`: each quote states its fact's figure and hedge (or the note names what it states);
only figures go stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.registry.curate import audit
from factcheck.registry.models import FactAmount
from factcheck.registry.quotes import quote_problem

B = 1_000_000_000


def amount(value, qualifier="exact", currency="USD"):
    return FactAmount(value=value, currency=currency, qualifier=qualifier)


QUOTES = [
    # quote, fact amount, note, problem fragment (None: the quote states the fact)
    ("Zephyr will invest up to $4 billion in Dynamo.", amount(4 * B, "up_to"), "", None),
    ("Zephyr agreed to put as much as $4bn into Dynamo.", amount(4 * B, "up_to"), "", None),
    ("The deal is worth $2.75 billion over five years.", amount(2.75 * B), "", None),
    ("Dynamo is now valued at more than $29 billion.", amount(29 * B, "at_least"), "", None),
    ("Reports put the stake at $13.5 billion.", amount(13.5 * B, "about"), "", None),  # a registry `about` records rounding
    ("Dynamo said the partnership runs through 2030.", amount(4 * B, "up_to"), "", None),  # no figure: backs the parties
    ("Quill signed a $6.2 billion contract with Dynamo.", amount(6.2 * B, "up_to"), "", "not the fact's hedge up_to"),
    ("Quill will spend up to €3 billion and $6.2 billion in all.", amount(6.2 * B, "up_to"), "", "not the fact's hedge up_to"),
    ("Quill signed a $6.2 billion contract with Dynamo.", amount(6.8 * B), "", "states '$6.2 billion', not the fact's $6.8B"),
    ("Together they commit up to a combined $9 billion.", amount(6 * B, "up_to"), "", "not the fact's up to $6B"),
    ("Quill signed a $6.2 billion contract with Dynamo.", amount(6.2 * B, "up_to"), 'Reuters: "worth up to $6.2 billion"; others omit the hedge.', None),
    ("Together they commit up to a combined $9 billion.", amount(6 * B, "up_to"), "The $9B is both partners together.", None),
]


@pytest.mark.parametrize(("quote", "fact_amount", "note", "problem"), QUOTES)
def test_quote_states_its_figure_and_hedge(quote, fact_amount, note, problem):
    found = quote_problem(quote, fact_amount, note)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found, found


HEADER = "entities:\n  - id: acme\n    name: Acme\n    kind: organization\n  - id: jane\n    name: Jane Roe\n    kind: person\nfacts:\n"
SOURCE = "    sources:\n      - url: https://example.com/a\n        publisher: Acme\n        published: 2015-01-01\n        quote: \"{quote}\"\n"


def fact(relation, extra, quote):
    return f"  - id: f-{relation}\n    subject: {'jane' if relation == 'ceo_of' else 'acme'}\n    relation: {relation}\n" + ("    object: acme\n" if relation == "ceo_of" else "") + extra + "    date: 2015-01-01\n" + SOURCE.format(quote=quote)


AUDITS = [
    ("a start date is not stale", fact("ceo_of", "", "Jane Roe became chief executive of Acme."), []),
    ("an old valuation is", fact("valued_at", "    amount: {value: 2000000000, currency: USD}\n", "Acme is valued at $2 billion."), ["stale-fact"]),
    ("a quote without the hedge", fact("raises", "    amount: {value: 2000000000, currency: USD, qualifier: up_to}\n", "Acme raised $2 billion."), ["quote-figure", "stale-fact"]),
]


@pytest.mark.parametrize(("name", "text", "kinds"), AUDITS, ids=[a[0] for a in AUDITS])
def test_audit_quote_figures_and_staleness(tmp_path: Path, name, text, kinds):
    (tmp_path / "reg.yaml").write_text(HEADER + text, encoding="utf-8")
    notes = audit(tmp_path, max_age_days=730, today=dt.date(2025, 6, 1))
    assert [n.kind for n in notes] == kinds, [str(n) for n in notes]


def test_the_project_registry_quotes_state_their_facts():
    root = Path(__file__).resolve().parents[2] / "sources"
    assert [str(n) for n in audit(root, max_age_days=10**6) if n.kind == "quote-figure"] == []
