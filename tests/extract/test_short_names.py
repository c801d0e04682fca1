"""A two-letter company with its suffix is a party ("3M Co."), and wire copy's "--" dash does not
glue a dateline to the company after it (issue 13). Our own sentences, fictional figures."""

from __future__ import annotations

import pytest

from factcheck.nlp.pipeline import mask_double_hyphens
from factcheck.normalize.names import party_name

PARTY_NAMES = [
    ("3M Co.", "3M Co."),
    ("GE Inc.", "GE Inc."),
    ("the 3M Co.", "3M Co."),
    ("Dover Corp.", "Dover"),
    ("MN", "MN"),
    ("3M", "3M"),
]


@pytest.mark.parametrize(("text", "name"), PARTY_NAMES)
def test_party_name(text, name):
    assert party_name(text) == name


HYPHENS = [
    ("Oct. 21--Dover Co. said", "Oct. 21\u2014 Dover Co. said"),
    ("DENVER--Acme said", "DENVER\u2014 Acme said"),
    ("a rise -- of sorts", "a rise -- of sorts"),  # spaced: the tokenizer already reads it
    ("up---down", "up---down"),
]


@pytest.mark.parametrize(("text", "masked"), HYPHENS)
def test_double_hyphen_masked_same_length(text, masked):
    assert mask_double_hyphens(text) == masked
    assert len(mask_double_hyphens(text)) == len(text)


GUESSED = [
    ("Springfield, IL, May 3--3M Co., which makes tape and glue, said profit rose.\nSales increased 4% to $5.2 billion from $5 billion.", "$5.2 billion"),
    ("Springfield, IL, May 3--3M Co. said profit rose.\nRevenue climbed to $5.2 billion.", "$5.2 billion"),
]


@pytest.mark.parametrize(("text", "mention"), GUESSED, ids=[g[0][:50] for g in GUESSED])
def test_company_after_dateline_is_the_salient_one(checker, text, mention):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    # a lead making 3M the reporter of its results: its sales, certainly (extract/reporter.py), not a guess
    assert (claim.relation, claim.guessed_subject, claim.subject_found) == ("revenue", None, "reporter")
    assert claim.subjects == ("3M",)  # resolve compares names without suffix
