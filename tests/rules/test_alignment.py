"""Claim–fact alignment (check/alignment.py): the evidence that a fact is about a claim."""

from __future__ import annotations

import pytest

from factcheck.check.alignment import last_named
from factcheck.check.context import CheckContext
from factcheck.models import Document


@pytest.mark.parametrize(
    ("text", "exclude", "expected"),
    [
        ("Bolt will invest up to $10 billion in Cirrus, and Acme ", {"cirrus"}, "acme"),
        ("Acme and Bolt back Cirrus; Bolt ", {"cirrus"}, "bolt"),
        ("Cirrus said ", {"cirrus"}, None),
        ("Nothing named here ", set(), None),
    ],
)
def test_last_named_company_before_a_figure(fixture_registry, text, exclude, expected):
    ctx = CheckContext(document=Document(path="t", text=text), claims=[], registry=fixture_registry)
    assert last_named(ctx, text, exclude=exclude) == expected


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Fenwick has invested $5 billion in Gale so far.", "supported"),  # the running total
        ("Fenwick put $5 billion into Gale.", "unlisted"),  # not said to be a total: no step has it
        ("Fenwick put $3 billion into Gale.", "supported"),
        ("Fenwick put $4.2 billion into Gale.", "unlisted"),
        ("Acme will invest $7 billion in Cirrus.", "contradicted"),  # the pair's one fact
        ("Acme will invest $5 billion in Cirrus.", "supported"),
    ],
)
def test_verdict_states(checker, text, state):
    from factcheck.check.matching import verdict

    report = checker.check_text(text)
    [claim] = [c for c in report.claims if c.kind == "money"]
    ctx = CheckContext(document=report.document, claims=report.claims, registry=checker.registry)
    assert verdict(ctx, claim).state == state
