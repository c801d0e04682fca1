"""Parties and references (issue 13): title owners, governments, datelines, described names,
pronouns and definite nouns, possessives, "respectively", collective subjects, funding rounds,
transfers and acquisitions. Our own sentences, fictional parties."""

from __future__ import annotations

import pytest

# (text, mention, subjects, relation, object)
CASES = [
    # a person named after a title speaks for the title's owner
    ("Freedonia Finance Minister Max Ruhl unveiled a budget of $40 billion on Tuesday.", "$40 billion", ("Freedonia",), "spends_on", None),
    ("Lucknow: Freedonia Finance Minister Max Ruhl presented the budget with an outlay of $40 billion.", "$40 billion", ("Freedonia",), "spends_on", None),
    # a government is a party
    ("The Freedonian government has said it will deliver public spending of about €5.2bn next year.", "about €5.2bn", ("Freedonian government",), "spends_on", None),
    # a dateline is not
    ("CHICAGO — Acme said it would invest $2 billion in Cirrus.", "$2 billion", ("acme",), "invests_in", "cirrus"),
    ("LONDON — The startup raised £50 million in new funding.", "£50 million", (), "raises", None),
    # a name the tagger leaves unlabelled after a descriptor; "its" is that name
    ("US challenger bank Zorbo has managed to double its valuation to $5.8 billion from $2.9 billion.", "$5.8 billion", ("Zorbo",), "valued_at", None),
    ("French startup Quillo said its valuation rose to $900 million.", "$900 million", ("Quillo",), "valued_at", None),
    # a pronoun is the company just named, not one from before
    ("Cirrus Labs raised $500 million from investors, valuing it at $2 billion.", "$2 billion", ("cirrus",), "valued_at", None),
    # a possessive
    ("Acme said on Monday that its $4 billion investment in Bolt would close soon.", "$4 billion", ("acme",), "invests_in", "bolt"),
    # funding round: the investor invests in the company
    ("Zorbo raised $50 million from Dynamo Ventures.", "$50 million", ("dynamo",), "invests_in", "Zorbo"),
    ("Dynamo Ventures led Zorbo's $50 million Series B round.", "$50 million", ("dynamo",), "invests_in", "Zorbo"),
    ("Zorbo closed a $50 million Series B round led by Dynamo Ventures.", "$50 million", ("dynamo",), "invests_in", "Zorbo"),
    # transfer: the buying club acquires the player; add-ons are a part, not the fee
    ("Dunmore Rovers have signed Midtown's Jan Kowalski with the club paying €30 million up front plus a further €5 million in add-ons.", "€30 million", ("Dunmore Rovers",), "acquires", "Jan Kowalski"),
    ("Dunmore Rovers have signed Midtown's Jan Kowalski with the club paying €30 million up front plus a further €5 million in add-ons.", "€5 million", ("Dunmore Rovers",), "other", "Jan Kowalski"),
    ("Rovers completed the signing of the striker Jan Kowalski for a fee of £45 million.", "£45 million", None, "acquires", "Jan Kowalski"),
    # acquisition: buying a named company is acquiring it; the passive names the buyer as agent
    ("Acme agreed to buy Zorbo Holdings for $5 billion in cash.", "$5 billion", ("acme",), "acquires", "Zorbo"),
    ("Zorbo Holdings agreed to be acquired by Dynamo Partners for up to $9 billion.", "up to $9 billion", ("dynamo",), "acquires", "Zorbo"),
    ("Zorbo Holdings said on Monday it expects a loss.\n\nThe company also agreed to buy Quill Software Inc. for $300 million.", "$300 million", ("Zorbo",), "acquires", "Quill Software"),
    ("Bolt has agreed to buy $30 billion of capacity from Cirrus Cloud.", "$30 billion", ("bolt",), "commits_to_purchase", "cirrus-cloud"),
    # "respectively" after a noun phrase
    ("Acme and Bolt will back the plan, with pledges that may reach $2 billion and $3 billion, respectively.", "may reach $2 billion", ("acme",), "invests_in", None),
    ("Acme and Bolt will back the plan, with pledges that may reach $2 billion and $3 billion, respectively.", "$3 billion", ("bolt",), "invests_in", None),
    # collective subjects
    ("Acme and Bolt announced the deal on Monday.\n\nTogether the two companies are putting $20 billion into Cirrus.", "$20 billion", ("acme", "bolt"), "invests_in", "cirrus"),
    ("Acme and Bolt announced the deal on Monday.\n\nBoth companies will invest $20 billion in Cirrus.", "$20 billion", ("acme", "bolt"), "invests_in", "cirrus"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CASES, ids=[f"{c[0][:50]}|{c[1]}" for c in CASES])
def test_parties(checker, text, mention, subjects, relation, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    got = (claim.subjects, claim.relation, claim.object)
    assert got[1:] == (relation, obj)
    if subjects is not None:
        assert got[0] == subjects


SALIENT = [
    # the passage's most named party, its short form counted with its full name
    ("Hollis & Crane Co. said on Thursday that it would open two plants.\n\nIn afternoon trade, H&C shares climbed, "
     "and the stock was upgraded by Dunmore Securities.\n\nSales rose 2 percent to $10.4 billion.\n", "Hollis & Crane", "paragraph"),
    # never the outlet that reported it
    ("Zorbo Holdings said on Monday it would hire 200 people, according to Reuters.\n\nRevenue rose 5 percent to $3.2 billion.\n", "Zorbo", "paragraph"),
    # a lead that makes the company the reporter of its results: its sales, certainly (extract/reporter.py)
    ("Hollis & Crane Co. said on Thursday that quarterly profit rose 9 percent.\n\nIn afternoon trade, H&C shares climbed, "
     "and the stock was upgraded by Dunmore Securities.\n\nSales rose 2 percent to $10.4 billion.\n", "Hollis & Crane", "reporter"),
    ("Zorbo Holdings said results were strong, according to Reuters.\n\nRevenue rose 5 percent to $3.2 billion.\n", "Zorbo", "reporter"),
]


@pytest.mark.parametrize(("text", "subject", "found"), SALIENT, ids=[f"{s[1]}-{s[2]}" for s in SALIENT])
def test_guessed_subject_is_salient_and_raises_nothing(checker, text, subject, found):
    report = checker.check_text(text)
    claim = next(c for c in report.claims if c.kind == "money" and c.relation == "revenue")
    if found == "paragraph":
        assert (claim.guessed_subject, claim.subject_found, claim.subjects) == (subject, "paragraph", ())
    else:
        assert (claim.guessed_subject, claim.subject_found, claim.subjects) == (None, "reporter", (subject,))
    assert not [f for f in report.findings if f.severity.value in ("warning", "error")]
