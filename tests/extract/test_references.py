"""Who pays whom across clauses and sentences (issue 13): gapping, coordinated clauses,
bylines, a valuation's holder, "respectively" with names the parse does not tie, definite
nouns the article described a company with, "its" bound to its clause, "another" — and how
each party was found, so that a guess never carries a warning or an error. Our own sentences,
fictional parties (acme, bolt, cirrus, dynamo and nimbus are in the test registry)."""

from __future__ import annotations

import pytest

# (text, mention, subjects, relation, object)
CASES = [
    # gapping: the verbless conjunct's figure is the party named after the conjunction
    ("Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion.", "up to $5 billion", ("Microsoft",), "invests_in", "Anthropic"),
    ("Acme will invest up to $10 billion in Cirrus, and Bolt up to $5 billion.", "up to $5 billion", ("bolt",), "invests_in", "cirrus"),
    ("Acme will invest up to $10 billion in Cirrus, and Bolt up to $5 billion.", "up to $10 billion", ("acme",), "invests_in", "cirrus"),
    # coordinated clauses: the parser hangs the second payer on the first object
    ("Acme invested $3 million in Cirrus and Dynamo invested $2 million.", "$2 million", ("dynamo",), "invests_in", None),
    ("Acme invested $3 million in Cirrus and Dynamo invested $2 million.", "$3 million", ("acme",), "invests_in", "cirrus"),
    ("Acme put $3 million into Cirrus and Bolt put $2 million into Nimbus.", "$2 million", ("bolt",), "invests_in", "nimbus"),
    ("Acme invested $3 million in Cirrus and Dynamo also invested $2 million in Nimbus.", "$2 million", ("dynamo",), "invests_in", "nimbus"),
    # a dateline and the agency of its byline are no parties
    ("CHICAGO (Reuters) - Zorbo Holdings agreed to buy Quill Software for $300 million.", "$300 million", ("Zorbo",), "acquires", "Quill Software"),
    ("NEW YORK (AP) — Acme said it would invest $2 billion in Cirrus.", "$2 billion", ("acme",), "invests_in", "cirrus"),
    # a valuation given to someone is theirs
    ("Bolt gave Cirrus a valuation of $8 billion.", "$8 billion", ("cirrus",), "valued_at", None),
    ("Acme invested $2 billion, giving Zorbo a pre-money valuation of $10 billion.", "$10 billion", ("Zorbo",), "valued_at", None),
    # "respectively" after a noun phrase the parse does not tie to the names
    ("Acme and Bolt back the plan, with pledges that may reach $2 billion and $3 billion, respectively.", "may reach $2 billion", ("acme",), "invests_in", None),
    ("Acme and Bolt back the plan, with pledges that may reach $2 billion and $3 billion, respectively.", "$3 billion", ("bolt",), "invests_in", None),
    # a definite noun the article described a company with; "its" bound to that noun
    ("US challenger bank Quillo said on Monday it had hired bankers.\n\nDynamo Ventures led the $200 million round last year, "
     "when the challenger bank hit its $1.5 billion valuation.", "$1.5 billion", ("Quillo",), "valued_at", None),
    ("Quillo, a Paris-based startup, signed a deal with Acme on Monday.\n\nThe startup will spend $40 million on new offices.", "$40 million", ("Quillo",), "spends_on", None),
    # a pronoun is the company of its own sentence, not one the registry knows from paragraphs before
    ("Cirrus Labs is valued at about $200 billion, analysts say.\n\nInvestors are pouring money into the sector.\n\n"
     "Quillo Robotics raised $500 million from investors, valuing it at $2 billion.", "$2 billion", ("Quillo Robotics",), "valued_at", None),
    # "another" continues the previous payer, unless its clause names a payer of its own
    ("Acme will invest $5 billion in Cirrus. It will add another $4 billion next year.", "$4 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme will invest $5 billion in Cirrus. Bolt will add another $4 billion next year.", "$4 billion", (), None, None),
    # money received from several payers is theirs together; the receiver is the object
    ("Zorbo said it has received new investments totalling up to $15 billion from Acme and Bolt.", "up to $15 billion", ("acme", "bolt"), "invests_in", "Zorbo"),
    ("Cirrus said it has received new investments totalling up to $15 billion from Acme and Bolt.", "up to $15 billion", ("acme", "bolt"), "invests_in", "cirrus"),
    # the agent of a participle on the frame noun
    ("This follows a $6.3 billion commitment announced earlier in September by chip giant Dynamo, which will buy any unsold capacity.", "$6.3 billion", ("dynamo",), "commits_to_purchase", None),
    # collective subjects and possessives
    ("Acme and Bolt announced the deal on Monday.\n\nTogether the two companies are putting $20 billion into Cirrus.", "$20 billion", ("acme", "bolt"), "invests_in", "cirrus"),
    ("Bolt said on Monday that its $4 billion investment in Cirrus would close soon.", "$4 billion", ("bolt",), "invests_in", "cirrus"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CASES, ids=[f"{c[0][:50]}|{c[1]}" for c in CASES])
def test_references(money_claim, text, mention, subjects, relation, obj):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, relation, obj)


def test_a_deal_with_both_sides_named_takes_the_registrys_direction(money_claim):
    """The test registry has Dynamo buying Cirrus Cloud: "Cirrus Cloud secured a deal with Dynamo" is the same deal."""
    claim = money_claim("Cirrus Cloud has secured a cloud contract worth as much as $14 billion with Dynamo.", "as much as $14 billion")
    assert (claim.subjects, claim.relation, claim.object) == (("dynamo",), "deal_value", "cirrus-cloud")


# (text, mention, subject_found, subjects, guessed_subject)
FOUND = [
    ("Acme will invest $5 billion in Cirrus.", "$5 billion", "clause", ("acme",), None),
    ("Acme said on Monday it had hired bankers.\n\nIt will invest $9 billion in Cirrus.", "$9 billion", "reference", ("acme",), None),
    ("Acme and Bolt announced the deal on Monday.\n\nBoth companies will invest $20 billion in Cirrus.", "$20 billion", "reference", ("acme", "bolt"), None),
    # resolved to a name two paragraphs up: only a guess
    ("Acme said on Monday it had hired bankers.\n\nAnalysts expect more deals this year.\n\nIt will invest $9 billion in Cirrus.", "$9 billion", "paragraph", (), "acme"),
    ("Zorbo Holdings said on Monday it expects a loss.\n\nRivals have cut prices.\n\nMarkets fell on Tuesday.\n\n"
     "The company also agreed to buy Quill Software Inc. for $300 million.", "$300 million", "paragraph", (), "Zorbo"),
]


@pytest.mark.parametrize(("text", "mention", "found", "subjects", "guessed"), FOUND, ids=[f"{c[2]}|{c[0][-40:]}" for c in FOUND])
def test_each_subject_says_how_it_was_found(money_claim, text, mention, found, subjects, guessed):
    claim = money_claim(text, mention)
    assert (claim.subject_found, claim.subjects, claim.guessed_subject) == (found, subjects, guessed)


def test_object_says_how_it_was_found(money_claim):
    named = money_claim("Acme will invest $5 billion in Cirrus.", "$5 billion")
    referred = money_claim("Cirrus Labs is growing fast.\n\nAcme will invest $5 billion in the startup.", "$5 billion")
    assert (named.object, named.object_found) == ("cirrus", "clause")
    assert (referred.object, referred.object_found) == ("cirrus", "reference")


@pytest.mark.parametrize(
    "text",
    [
        # the registry has Acme's $5B in Cirrus; the payer of $9 billion is a guess from two paragraphs up
        "Acme said on Monday it had hired bankers.\n\nAnalysts expect more deals this year.\n\nIt will invest $9 billion in Cirrus.",
        "Acme said on Monday it had hired bankers.\n\nAnalysts expect more deals this year.\n\nThe company will invest $9 billion in Cirrus.",
    ],
)
def test_a_guessed_payer_raises_no_warning_or_error(checker, text):
    report = checker.check_text(text)
    assert not [f for f in report.findings if f.severity.value in ("warning", "error")]


def test_a_named_payer_still_raises_the_error(checker):
    report = checker.check_text("Acme said on Monday it had hired bankers.\n\nAnalysts expect more deals this year.\n\nAcme will invest $9 billion in Cirrus.")
    assert [f.code for f in report.findings if f.severity.value == "error"] == ["FC201"]


def test_a_name_tagged_once_is_tagged_wherever_it_recurs():
    """One sense per discourse: "Robinfox" tagged as an organization once is one everywhere, case-sensitively."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from factcheck.extract.entities import organization_names, tag_repeated_names

    vocab = English().vocab
    first = Doc(vocab, words=["Robinfox", "Capital", "hired", "bankers", "."], ents=["B-ORG", "I-ORG", "O", "O", "O"])
    second = Doc(vocab, words=["Robinfox", "Capital", "said", "robinfox", "capital", "grew", "."], ents=["O"] * 7)
    tag_repeated_names(second, organization_names(first))
    assert [(e.text, e.label_) for e in second.ents] == [("Robinfox Capital", "ORG")]


def test_a_name_the_tagger_sees_only_below_the_last_claim_is_an_organization_above_it():
    """Why the NER runs on the paragraphs after an article's last claim: their organizations
    tag the same name where the tagger missed it in a claim's paragraph."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from factcheck.extract import _tag_repeated_names
    from factcheck.nlp.pipeline import Analysis, Segment
    from factcheck.read import make_document

    vocab = English().vocab
    claim_words, later_words = ["Robinfox", "raised", "$", "5", "million", "."], ["Robinfox", "declined", "to", "comment", "."]
    claim = Doc(vocab, words=claim_words, ents=["O"] * 6)
    later = Doc(vocab, words=later_words, ents=["B-ORG", "O", "O", "O", "O"])
    text = f"{claim.text}\n\n{later.text}"
    start = len(claim.text) + 2
    analysis = Analysis(
        document=make_document("<t>", text),
        segments=(Segment(0, 0, len(claim.text), claim, parsed=True), Segment(1, start, start + len(later.text), later, parsed=False)),
    )
    _tag_repeated_names(analysis)
    assert [(e.text, e.label_) for e in claim.ents] == [("Robinfox", "ORG")]
