"""Football transfers and company acquisitions: who buys whom, for what (issue 13). Our own
sentences, fictional clubs, players and companies; (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

TRANSFERS = [
    ("Harbour Rovers signed Tomas Vell for £38 million.", "£38 million", ("harbour rovers",), "acquires", "tomas vell"),
    ("Harbour Rovers have signed Tomas Vell for €42 million.", "€42 million", ("harbour rovers",), "acquires", "tomas vell"),
    # passive: the agent buys, the passive subject is the player signed
    ("Marco Dunne was signed by Kelton Athletic for £18 million.", "£18 million", ("kelton athletic",), "acquires", "marco dunne"),
    ("Lena Ostrow was signed by Ashby United for €9 million.", "€9 million", ("ashby united",), "acquires", "lena ostrow"),
    ("Kelton Athletic have completed the signing of Marco Dunne from Brayford Town for a fee of £31 million.", "£31 million", ("kelton athletic",), "acquires", "marco dunne"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), TRANSFERS, ids=[c[0][:60] for c in TRANSFERS])
def test_transfer_buyer_and_player(checker, text, mention, subjects, relation, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    got = (tuple(s.lower() for s in claim.subjects), claim.relation, claim.object.lower() if claim.object else None)
    assert got == (subjects, relation, obj)


ACQUISITIONS = [
    ("Acme agreed to buy Zorbo Holdings for $4 billion.", "$4 billion", ("acme",), "acquires", "zorbo"),
    ("Acme agreed to acquire Zorbo Holdings for €4 billion.", "€4 billion", ("acme",), "acquires", "zorbo"),
    ("Acme's $4 billion takeover of Zorbo Holdings was approved.", "$4 billion", ("acme",), "acquires", "zorbo"),
    # an offer for a company is a bid to acquire it
    ("Acme made a $3 billion offer for Zorbo Holdings.", "$3 billion", ("acme",), "acquires", "zorbo"),
    ("Acme tabled a £2 billion offer for Zorbo Holdings, people familiar said.", "£2 billion", ("acme",), "acquires", "zorbo"),
    # an offer of financing names nothing bought
    ("Bolt received an offer of $2 billion in financing.", "$2 billion", ("bolt",), "raises", None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), ACQUISITIONS, ids=[c[0][:60] for c in ACQUISITIONS])
def test_acquisition_buyer_and_target(checker, text, mention, subjects, relation, obj):
    test_transfer_buyer_and_player(checker, text, mention, subjects, relation, obj)
