"""The attribute table sets exactly what the model's attribute ruler sets, on every token.

Sentences written for this test: each exercises a family of the ruler's patterns (tag-only
mappings, word + tag exceptions, dependency-conditioned rules, multi-token rules, whitespace).
"""

from __future__ import annotations

import pytest
import spacy

from factcheck.nlp import attributes
from factcheck.nlp.pipeline import MODEL_CANDIDATES

SENTENCES = [
    # tag -> POS/morph tables, numbers and money
    "Bolt will invest $2 billion in Cirrus, and Cirrus pays 15% more than last year.",
    "The startup's shares rose 4.5 per cent to £310 on Tuesday.",
    # word + tag exceptions: be/have/do as auxiliaries and main verbs, negation, "'s"
    "It isn't clear whether Acme's board has approved it, but it's likely they'll have done so.",
    "They did not say; he does what he did, and we have what we had.",
    "I am sure you are right: I'm told you're not wrong, and I've heard they've agreed.",
    # dependency-conditioned: determiners as pronouns, "i"/"you"/"it" as subject and object,
    # "but" as an adverb, subordinators marked "mark"
    "That was all; those who came saw this, and this saw them. Give it to me; I gave you it.",
    "She left but an hour ago, because the vote, if held, would fail unless Bolt agreed.",
    # multi-token rules and odd spellings
    "Y'all gonna see: c'mon, let's go. There's nothin' here, and there are two ain't-I deals.",
    "It ain't so. We got it, it gets worse, and gotta say we're gon na win.",
    # whitespace tokens and blanked runs (the pipeline blanks skipped sentences)
    "Acme paid $5 million.          \n\n   Bolt said so.  \t ",
    "   ",
    "",
    # capitals, lists, headlines
    "• DEAL: ACME TO BUY BOLT FOR $1.2 BN\n- Terms: cash and stock",
]


@pytest.fixture(scope="module")
def nlp():
    name = next(n for n in MODEL_CANDIDATES if spacy.util.is_package(n))
    return spacy.load(name)  # a fresh copy: the project's own pipeline has the ruler disabled


def view(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_table_sets_what_the_ruler_sets(nlp, text):
    rules = attributes.compile_rules(nlp.get_pipe("attribute_ruler"), nlp.vocab.strings)
    assert rules is not None
    table = attributes.AttributeTable(rules)
    expected = nlp(text)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    nlp.get_pipe("lemmatizer")(table(doc))
    assert view(doc) == view(expected)


def test_a_pattern_form_the_table_does_not_know_keeps_the_ruler():
    class Ruler:
        patterns = [{"patterns": [[{"LOWER": "acme", "OP": "+"}]], "attrs": {"POS": "PROPN"}, "index": 0}]
        attrs = [{}]
        indices = [0]

    assert attributes.compile_rules(Ruler(), spacy.blank("en").vocab.strings) is None


def test_the_project_pipeline_uses_the_table(checker):
    names = checker.pipeline.nlp.pipe_names
    assert attributes.ATTRIBUTES_NAME in names and "attribute_ruler" not in names
    assert names.index(attributes.ATTRIBUTES_NAME) < names.index("lemmatizer")  # the ruler's place
