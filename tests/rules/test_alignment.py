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


@pytest.mark.parametrize(
    ("printed", "ceiling", "expected"),
    [
        ("20e9", "19.4e9", True),  # "up to $20bn" for up to $19.4 billion
        ("100e9", "96e9", True),  # "up to $100 billion" for up to $96 billion
        ("10e9", "9.4e9", True),
        ("2.5e9", "2.41e9", True),  # rounded at the tenth
        ("9.5e9", "9.4e9", False),  # raised at its own last digit
        ("12e9", "9.4e9", False),
        ("20e9", "11e9", False),  # one significant digit, but far above: a raised ceiling
        ("20e9", "20e9", False),  # the same figure: compared as such elsewhere
        ("9e9", "9.4e9", False),  # below the ceiling: not a rounding up
    ],
)
def test_rounded_up_ceiling(printed, ceiling, expected):
    from decimal import Decimal

    from factcheck.check.matching import rounded_up_ceiling

    assert rounded_up_ceiling(Decimal(printed), Decimal(ceiling)) is expected


@pytest.mark.parametrize(
    ("sentence", "figure", "kept"),
    [
        ("Acme grew by $1.5B. This follows a $3B deal by Bolt.", "$3B", "This follows a $3B deal by Bolt."),
        ("Acme grew by $1.5 billion. Then Bolt put $3 billion in.", "$3 billion", "Then Bolt put $3 billion in."),
        ("U.S. Steel will invest $1B, and Acme $2B.", "$2B", "U.S. Steel will invest $1B, and Acme $2B."),
        ("Bolt said: “Acme pays $2B.” Cirrus adds $3B.", "$3B", "Cirrus adds $3B."),
        ("Acme will invest $2B in Bolt.", "$2B", "Acme will invest $2B in Bolt."),
    ],
)
def test_own_sentence_starts_after_the_last_sentence_end(sentence, figure, kept):
    from factcheck.check.alignment import own_sentence
    from factcheck.models import MoneyClaim, Span

    start = sentence.index(figure)
    claim = MoneyClaim(
        id="c1", span=Span(start=100 + start, end=100 + start + len(figure)), text=figure,
        sentence=sentence, sentence_span=Span(start=100, end=100 + len(sentence)),
    )
    own = own_sentence(claim)
    assert len(own) == len(sentence) and own.strip() == kept


@pytest.mark.parametrize(
    ("text", "named", "replacement"),
    [
        ("Bolt will invest up to $10 billion in Dynamo.", "Dynamo", "Cirrus Labs"),  # the payee swapped
        ("Dynamo will invest up to $10 billion in Cirrus.", "Dynamo", "Bolt Systems"),  # the payer swapped
        ("Juniper signed a deal worth up to $9.4 billion with Dynamo.", "Dynamo", "Harlow Systems"),  # a deal's side
    ],
)
def test_a_swapped_counterparty_is_fixed_at_its_name_not_at_the_figure(checker, text, named, replacement):
    [finding] = [f for f in checker.check_text(text).findings if f.code == "FC201"]
    assert text[finding.span.start : finding.span.end] == named
    assert finding.fix is not None and finding.fix.replacement == replacement


def test_a_swapped_counterparty_named_twice_gets_no_fix(checker):
    text = "Bolt will invest up to $10 billion in Dynamo, Dynamo said."
    [finding] = [f for f in checker.check_text(text).findings if f.code == "FC201"]
    assert finding.fix is None and text[finding.span.start : finding.span.end] == "up to $10 billion"
