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


# Headline style: the small model reads "sign", "seal" or "complete" as a noun (headlines.json, signing).
HEADLINE_SIGNINGS = [
    ("Kelton Athletic sign Marco Dunne for a reported £25 million", "£25 million", ("kelton athletic",), "acquires", "marco dunne"),
    ("Ashby United seal Lena Ostrow for €40 million", "€40 million", ("ashby united",), "acquires", "lena ostrow"),
    ("Ashby United complete Lena Ostrow for an initial €30 million", "€30 million", ("ashby united",), "acquires", "lena ostrow"),
    ("Brayford Town seal Ivo Marsh for an initial $12 million", "$12 million", ("brayford town",), "acquires", "ivo marsh"),
    ("Harbour Rovers sign Tomas Vell for £60m + £8m add-ons", "£60m", ("harbour rovers",), "acquires", "tomas vell"),
    ("Kelton Athletic signs Marco Dunne for £60m, including £8m in add-ons", "£60m", ("kelton athletic",), "acquires", "marco dunne"),
    ("Kelton Athletic complete Marco Dunne for up to £30 million", "up to £30 million", ("kelton athletic",), "acquires", "marco dunne"),
    ("Ashby United sign Lena Ostrow for around ¥2 billion", "around ¥2 billion", ("ashby united",), "acquires", "lena ostrow"),
    ("Brayford Town sign Ivo Marsh for a club-record $15 million", "$15 million", ("brayford town",), "acquires", "ivo marsh"),
    # the verb read as a verb, the player lost behind "a fee of": the headline completes the acquisition
    ("Harbour Rovers seal Tomas Vell for a fee of £20 million", "£20 million", ("harbour rovers",), "acquires", "tomas vell"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), HEADLINE_SIGNINGS, ids=[c[0][:60] for c in HEADLINE_SIGNINGS])
def test_headline_signing(checker, text, mention, subjects, relation, obj):
    test_transfer_buyer_and_player(checker, text, mention, subjects, relation, obj)


# An add-on is a part of the fee, never a second fee: the fee's parties, relation other.
ADDONS = [
    ("Harbour Rovers sign Tomas Vell for £60m + £8m add-ons", "£8m", ("harbour rovers",), "other", "tomas vell"),
    ("Kelton Athletic signs Marco Dunne for £60m, including £8m in add-ons", "£8m", ("kelton athletic",), "other", "marco dunne"),
    ("Harbour Rovers have signed Tomas Vell for £60m plus £8m in add-ons.", "£8m", ("harbour rovers",), "other", "tomas vell"),
    ("Harbour Rovers sign Tomas Vell for £60m + £8m add ons", "£8m", ("harbour rovers",), "other", "tomas vell"),
    ("Ashby United seal Lena Ostrow for €40 million + €5 million in bonuses", "€5 million", ("ashby united",), "other", "lena ostrow"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), ADDONS, ids=[c[0][:60] for c in ADDONS])
def test_addon_is_no_second_fee(checker, text, mention, subjects, relation, obj):
    test_transfer_buyer_and_player(checker, text, mention, subjects, relation, obj)


# Not a signing headline (or one in title case, where a name's end is a guess): no party is invented.
NOT_SIGNINGS = [
    ("Kelton Athletic Sign Marco Dunne For £25m", "£25m"),  # title case: no run is surely a name
    ("Fans sign petition for £2 million stadium fund", "£2 million"),
    ("Acme sign Bolt Labs for $3 million", "$3 million"),  # a verb the parse read: a company signed may be a contract, not a purchase
]


@pytest.mark.parametrize(("text", "mention"), NOT_SIGNINGS, ids=[c[0][:60] for c in NOT_SIGNINGS])
def test_not_a_signing_headline(checker, text, mention):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == ((), None, None)


def test_signed_contract_stays_a_deal(checker):
    claim = next(c for c in checker.check_text("Acme signs Bolt Labs for a $3 million contract").claims if c.kind == "money")
    assert claim.relation == "deal_value"


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
