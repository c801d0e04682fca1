"""Typography the small model misreads (issue 13): a typographic apostrophe in a possessive
("Cirrus’s round") and a round it tags as an adverb after a lead verb. Our own sentences,
fictional companies; (text, mention, (subjects, relation, object))."""

from __future__ import annotations

import pytest

from factcheck.nlp.pipeline import mask_curly_apostrophes

CURLY = [
    ("Cirrus’s $50 million round", "Cirrus's $50 million round"),
    ("don’t", "don't"),
    ("’quoted’", "’quoted’"),  # quotes, not apostrophes inside a word
]


@pytest.mark.parametrize(("text", "masked"), CURLY)
def test_curly_apostrophe_masked_same_length(text, masked):
    assert mask_curly_apostrophes(text) == masked
    assert len(mask_curly_apostrophes(text)) == len(text)


POSSESSIVE_ROUNDS = [
    # the possessor of the round raised it, with straight or typographic apostrophe alike
    ("The deal comes ahead of Brazilian rival Zorbo’s $400 million fundraise in July.", "$400 million", (("Zorbo",), "raises", None)),
    ("It marks the largest investment for a lender ahead of Brazilian challenger Zorbo’s $400 million fundraise in July of this year.", "$400 million", (("Zorbo",), "raises", None)),
    ("It marks the largest investment for a lender ahead of Brazilian challenger Zorbo's $400 million fundraise in July of this year.", "$400 million", (("Zorbo",), "raises", None)),
    # the investor who led a company's round invested in the company
    ("Dynamo Ventures led Cirrus’s $140 million funding round of May 2020 as well, when the lender reached a new valuation.", "$140 million", (("dynamo",), "invests_in", "cirrus")),
    ("Dynamo Ventures led Cirrus's $200 million funding round.", "$200 million", (("dynamo",), "invests_in", "cirrus")),
    ("Dynamo Ventures also led Cirrus’s $80 million Series B round last year.", "$80 million", (("dynamo",), "invests_in", "cirrus")),
]


@pytest.mark.parametrize(("text", "mention", "triple"), POSSESSIVE_ROUNDS, ids=[c[0][:70] for c in POSSESSIVE_ROUNDS])
def test_possessive_rounds(money_triple, text, mention, triple):
    assert money_triple(text, mention) == triple
