"""Who pays whom: (subject, relation, object) per construction. Our own sentences, fictional firms.

Constructions with no example in the development corpus were looked up in published pages
with the search tool, recorded by URL and construction only (no text copied):
- appositive valuation "<Company>, valued at around $N billion,": https://dig.watch/updates/openai-is-now-valued-at-300-billion-after-new-funding
- passive "the company was valued at $N billion": https://businessinsider.in/uber-could-soon-be-the-most-valuable-startup-of-all-time/amp_articleshow/47214944.cms
- "a merger agreement worth $N billion": https://www.thestreet.com/investing/acacia-shares-surge-on-new-4-5-billion-merger-with-cisco
"""

from __future__ import annotations

import pytest

# (text, mention, subjects, relation, object)
CASES = [
    # active voice
    ("Acme will invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    ("Bolt has agreed to buy $30 billion of capacity from Cirrus Cloud.", "$30 billion", ("bolt",), "commits_to_purchase", "cirrus-cloud"),
    # passive voice: "was valued at"
    ("Cirrus was valued at $200 billion in the round.", "$200 billion", ("cirrus",), "valued_at", None),
    # the verb "values ... at"
    ("Dynamo announced an investment by Acme that values the startup at $40 billion.", "$40 billion", ("dynamo",), "valued_at", None),
    # appositive
    ("Cirrus, now valued at $200 billion, is hiring.", "$200 billion", ("cirrus",), "valued_at", None),
    # coordination of payers
    ("Acme and Bolt will invest $15 billion in Cirrus.", "$15 billion", ("acme", "bolt"), "invests_in", "cirrus"),
    # list label
    ("Bolt's Stake: Up to $10 Billion direct investment in Cirrus.", "Up to $10 Billion", ("bolt",), "invests_in", "cirrus"),
    # noun phrase with the counterparty
    ("Dynamo signed a $30 billion, seven-year agreement with Cirrus Cloud.", "$30 billion", ("dynamo",), "deal_value", "cirrus-cloud"),
    # possessive noun phrase
    ("Acme's $5 billion investment in Cirrus closed on Monday.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    # "worth" construction
    ("Dynamo signed a deal worth $30 billion with Cirrus Cloud.", "$30 billion", ("dynamo",), "deal_value", "cirrus-cloud"),
    # "for" construction: a stake for a price
    ("Acme will take a 10% stake for $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    # acquisition
    ("Bolt agreed to acquire Dynamo for $12 billion.", "$12 billion", ("bolt",), "acquires", "dynamo"),
    # light coreference: "the startup" is the earlier object, not the earlier payer
    ("Acme will invest $5 billion in Cirrus, while Bolt will put up to $10 billion into the startup.", "up to $10 billion", ("bolt",), "invests_in", "cirrus"),
    # light coreference: "it" is the earlier subject
    ("Cirrus said it would buy $3 billion of chips from Dynamo.", "$3 billion", ("cirrus",), "commits_to_purchase", "dynamo"),
    # "the company's valuation"
    ("Cirrus raised money from Acme, lifting the company's valuation to $200 billion.", "$200 billion", ("cirrus",), "valued_at", None),
    # relative clause
    ("Bolt, which has poured $10 billion into Cirrus, is its largest backer.", "$10 billion", ("bolt",), "invests_in", "cirrus"),
    # names that need normalizing: possessive and corporate suffix
    ("Acme Corp. will invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    # "in return for": the investor is the other party
    ("Cirrus agreed to use Bolt's chips in return for a $2 billion investment.", "$2 billion", ("bolt",), "invests_in", "cirrus"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CASES, ids=[c[0][:60] for c in CASES])
def test_money_relations(checker, text, mention, subjects, relation, obj):
    report = checker.check_text(text)
    claim = next(c for c in report.claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, relation, obj)


def test_respectively_gives_each_payer_its_amount(checker):
    report = checker.check_text("Bolt and Acme will invest up to $10 billion and up to $5 billion, respectively, in Cirrus.")
    money = [(c.text, c.subjects, c.relation, c.object) for c in report.claims if c.kind == "money"]
    assert money == [
        ("up to $10 billion", ("bolt",), "invests_in", "cirrus"),
        ("up to $5 billion", ("acme",), "invests_in", "cirrus"),
    ]


def test_unknown_companies_come_from_the_ner(checker):
    report = checker.check_text("Zenith Robotics Inc. will invest $2 billion in Cirrus.")
    claim = next(c for c in report.claims if c.kind == "money")
    assert claim.subjects == ("Zenith Robotics",)
    assert claim.object == "cirrus"


# (text, relation, subject, object)
RELATIONS = [
    ("Acme CEO Jane Roe said the deal was good.", "ceo_of", "jane-roe", "acme"),
    ("Jane Roe, the chief executive of Acme, said the deal was good.", "ceo_of", "jane-roe", "acme"),
    ("Nimbus is available on Cirrus Cloud and through Acme.", "available_on", "nimbus", "cirrus-cloud"),
    ("Acme and Cirrus will collaborate on chip design.", "partners_with", "acme", "cirrus"),
    ("Partners: Dynamo + Cirrus Cloud.", "partners_with", "dynamo", "cirrus-cloud"),
    ("Bolt acquired Dynamo last year.", "acquires", "bolt", "dynamo"),
    ("Bolt supplies Cirrus with chips.", "supplies", "bolt", "cirrus"),
]


@pytest.mark.parametrize(("text", "relation", "subject", "obj"), RELATIONS, ids=[r[0][:50] for r in RELATIONS])
def test_relation_claims_without_money(checker, text, relation, subject, obj):
    report = checker.check_text(text)
    found = [(c.subjects, c.object) for c in report.claims if c.kind == "relation" and c.relation == relation]
    assert ((subject,), obj) in found, [(c.relation, c.subjects, c.object) for c in report.claims]
    claim = next(c for c in report.claims if c.kind == "relation" and c.relation == relation)
    assert text[claim.span.start : claim.span.end] == claim.text
