"""Frames of business-news beats beyond investment: budgets, awards, transfers, funding,
borrowing, receipts (issue 13). Our own sentences, fictional parties; the relation per construction."""

from __future__ import annotations

import pytest

# (text, mention, relation)
CASES = [
    # budget allocation
    ("The state presented a budget of $70 billion for the coming year.", "$70 billion", "spends_on"),
    ("Its total outlay of $9 billion includes new schemes.", "$9 billion", "spends_on"),
    ("Total expenditure is estimated at $12 billion.", "$12 billion", "spends_on"),
    ("The ministry allocated $2 billion to schools.", "$2 billion", "spends_on"),
    # contract or award
    ("Acme was awarded a $65 million contract by the Navy.", "$65 million", "deal_value"),
    ("Specifically, $400 million was awarded to Bolt.", "$400 million", "deal_value"),
    # transfer fee
    ("Rovers completed the signing of the striker for a fee of £45 million.", "£45 million", "acquires"),
    ("United agreed a transfer fee of €55 million with City.", "€55 million", "acquires"),
    # funding round and borrowing
    ("Cirrus closed $300 million in new funding last week.", "$300 million", "raises"),
    ("The startup secured $1 billion of financing from banks.", "$1 billion", "raises"),
    ("Bolt has borrowed more than $2 billion against its chips.", "more than $2 billion", "raises"),
    # receipts are revenue
    ("Tax receipts are estimated at $40 billion.", "$40 billion", "revenue"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), CASES, ids=[c[0][:60] for c in CASES])
def test_frame_relation(checker, text, mention, relation):
    report = checker.check_text(text)
    claim = next(c for c in report.claims if c.kind == "money" and c.text == mention)
    assert claim.relation == relation


# gapping: the verbless second clause's figure is its own party's (text, mention, subjects, object)
GAPPING = [
    ("Bolt will invest up to $10 billion in Cirrus, and Acme up to $5 billion.", "up to $5 billion", ("acme",), "cirrus"),
    ("Acme will put $3 billion into Cirrus, and Bolt $2 billion.", "$2 billion", ("bolt",), "cirrus"),
    ("Acme will invest $3 billion in Cirrus; Bolt, about $1 billion.", "about $1 billion", ("bolt",), "cirrus"),
]
NOT_GAPPING = [  # the same payer continues, or the second clause has its own verb
    ("Acme will invest $3 billion in Cirrus and $2 billion in Dynamo.", "$2 billion", ("acme",)),
    ("Acme will invest $3 billion in Cirrus, and Bolt will spend $1 billion on chips.", "$1 billion", ("bolt",)),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "obj"), GAPPING, ids=[c[0][:60] for c in GAPPING])
def test_gapping_gives_the_figure_to_its_own_party(checker, text, mention, subjects, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, "invests_in", obj)


@pytest.mark.parametrize(("text", "mention", "subjects"), NOT_GAPPING, ids=[c[0][:60] for c in NOT_GAPPING])
def test_no_gapping_without_a_gap(checker, text, mention, subjects):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert claim.subjects == subjects


# "another $4 billion" continues the passage's previous payer (text, mention, subjects, relation, object)
CONTINUATION = [
    ("Acme will invest $5 billion in Cirrus. It will add another $4 billion next year.", "$4 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme will invest $5 billion in Cirrus. The company will add another $4 billion next year.", "$4 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme will invest $5 billion in Cirrus. A further $1 billion is planned for 2027.", "$1 billion", ("acme",), "invests_in", "cirrus"),
    # a new payer named in the clause is not a continuation
    ("Acme will invest $5 billion in Cirrus. Bolt will spend another $4 billion on chips.", "$4 billion", ("bolt",), "spends_on", None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CONTINUATION, ids=[c[0][:60] for c in CONTINUATION])
def test_another_continues_the_previous_payer(checker, text, mention, subjects, relation, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, relation, obj)
