"""A class of payers named by a common noun (issue 13): "chip startups have raised $X" says who
raised it, and it is no company named elsewhere in the article. Our own sentences, with the test
registry's fictional companies (Acme, Bolt, Cirrus, Harlow, Kestrel)."""

from __future__ import annotations

import pytest

GROUPS = [
    # (text, mention, the class as written, relation)
    ("Acme opened an office in May. Meanwhile cloud companies spend billions of dollars on chips.", "billions of dollars", "cloud companies", "spends_on"),
    ("Acme lost a customer. Rival labs are planning to spend $2 billion on new servers.", "$2 billion", "Rival labs", "spends_on"),
    ("Bolt signed a lease last year. Neocloud providers have raised $30 billion of debt against their chips.", "$30 billion", "Neocloud providers", "raises"),
    ("Cirrus said on Monday that hedge funds were not involved, as chip startups raised about $4 billion in 2025.", "about $4 billion", "chip startups", "raises"),
    ("Kestrel declined to comment. Tech giants keep pouring tens of billions into server farms and chips.", "tens of billions", "Tech giants", "spends_on"),
    ("Harlow plans to list its shares. Pension investors have poured $900 million into new factories this year.", "$900 million", "Pension investors", "spends_on"),
]


@pytest.mark.parametrize(("text", "mention", "group", "relation"), GROUPS, ids=[c[2] for c in GROUPS])
def test_a_class_of_payers_is_the_subject_and_no_company_is_guessed(money_claim, text, mention, group, relation):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation, claim.subject_group, claim.subject_found, claim.guessed_subject) == ((), relation, group, "group", None)


NOT_GROUPS = [
    # a definite noun or possessive points back to a company: a reference, not a class
    ("Acme and Bolt signed the deal. The companies will spend $3 billion on chips.", "$3 billion"),
    ("Acme lost a customer. Its lenders have raised $2 billion.", "$2 billion"),
    # a passive subject is the money itself
    ("Acme published its budget. Rs 900 crore has been allocated for the capital account.", "Rs 900 crore"),
    # a metric is no payer
    ("Acme had a strong year. Sales reached $4 billion.", "$4 billion"),
    # a named subject stays the subject
    ("Acme will spend $5 billion on chips.", "$5 billion"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_GROUPS, ids=[c[0][:40] for c in NOT_GROUPS])
def test_a_reference_a_metric_or_a_name_is_no_class(money_claim, text, mention):
    claim = money_claim(text, mention)
    assert claim.subject_group is None and claim.subject_found != "group"


def test_a_class_of_payers_is_shown_as_the_subject_in_json(money_claim):
    from factcheck.read import LineIndex
    from factcheck.report.json import claim_out

    text = "Acme opened an office. Rival labs are planning to spend $2 billion on new servers."
    claim = money_claim(text, "$2 billion")
    shown = claim_out(claim, LineIndex(text), ()).model_dump()
    assert (shown["subject"], shown["subject_found"]) == ("Rival labs", "group")


POURING = [
    # into a common noun: spending; into a party: an investment
    ("Acme is pouring $3 billion into new factories.", "$3 billion", ("acme",), "spends_on", None),
    ("Acme is pouring $3 billion into Bolt.", "$3 billion", ("acme",), "invests_in", "bolt"),
    ("Acme plowed $1 billion into the startup after Bolt had backed it.", "$1 billion", ("acme",), "invests_in", None),
    # money invested in capital expenditure is spending
    ("Acme and Bolt will invest $3 billion in capital expenditure next year.", "$3 billion", ("acme", "bolt"), "spends_on", None),
    ("Acme will invest $2 billion in equity in Bolt.", "$2 billion", ("acme",), "invests_in", "bolt"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), POURING, ids=[c[0][:45] for c in POURING])
def test_money_poured_into_things_is_spending(money_triple, text, mention, subjects, relation, obj):
    triple = money_triple(text, mention)
    assert triple[:2] == (subjects, relation) and (obj is None or triple[2] == obj)


COUNTED = [
    ("Acme, Bolt, Cirrus, Harlow and Kestrel all expect to spend more. Combined, these five businesses will invest $380 billion in capital expenditure.", "$380 billion", ("acme", "bolt", "cirrus", "harlow", "kestrel")),
    ("Acme, Bolt and Cirrus reported on Tuesday. The three companies will spend $9 billion on chips.", "$9 billion", ("acme", "bolt", "cirrus")),
]


@pytest.mark.parametrize(("text", "mention", "subjects"), COUNTED, ids=[c[1] for c in COUNTED])
def test_a_counted_group_is_the_list_named_before(money_triple, text, mention, subjects):
    assert money_triple(text, mention)[:2] == (subjects, "spends_on")


def test_a_counted_group_with_more_names_than_listed_is_not_filled(money_triple):
    text = "Acme and Bolt reported on Tuesday. The five companies will spend $9 billion on chips."
    assert money_triple(text, "$9 billion")[0] == ()
