"""The two-pass analysis: which sentences get the statistical pipeline, and that a paragraph
parsed whole comes out exactly as the full pipeline would have made it."""

from __future__ import annotations

import pytest

from factcheck.nlp import extensions
from factcheck.nlp.pipeline import claim_possible, sentence_spans
from factcheck.read import make_document

# (sentence, parsed when only registry names count, parsed in thorough mode)
SENTENCES = [
    ("Bolt will invest $2 billion in Cirrus.", True, True),
    ("Somebody paid $5 million for something.", True, True),  # money: always
    ("Jane Roe, the CEO of Acme, spoke on Monday.", True, True),
    ("Their CEO spoke on Monday.", False, True),  # no name the registry knows
    ("Nimbus is now available on Cirrus Cloud.", True, True),
    ("Dynamo acquired a small firm last year.", True, True),
    ("The partnership was announced by Acme on Monday.", False, True),  # a partnership needs two
    ("Acme and Bolt expanded their partnership.", True, True),
    ("Acme and Bolt teamed up last spring.", True, True),
    ("Acme formed an alliance with Bolt.", True, True),
    ("The weather in the valley was fine.", False, False),
]


@pytest.mark.parametrize(("sentence", "known", "thorough"), SENTENCES)
def test_which_sentences_are_parsed(checker, sentence, known, thorough):
    nlp = checker.pipeline.nlp
    with nlp.select_pipes(disable=checker.pipeline._statistical):
        light = nlp(sentence)
    assert claim_possible(light, 0, len(sentence)) is known
    assert claim_possible(light, 0, len(sentence), known_only=False) is thorough


def token_view(doc):
    return [(t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc]


def money_view(doc):
    return [(s.start_char, s.end_char, s._.fc_money) for s in doc.spans.get(extensions.MONEY_SPANS, [])]


WHOLE = "Bolt will invest up to $2 billion in Cirrus. Acme and Bolt expanded their partnership."
PARTIAL = "The weather was fine. Bolt will invest $2 billion in Cirrus. Nobody minded."


def test_a_paragraph_parsed_whole_is_what_the_full_pipeline_makes(checker):
    (segment,) = checker.pipeline.analyze(make_document("<t>", WHOLE)).segments
    assert segment.parsed and not segment.skipped
    full = checker.pipeline.nlp(WHOLE)
    assert token_view(segment.doc) == token_view(full)
    assert money_view(segment.doc) == money_view(full)
    assert extensions.doc_text(segment.doc) == WHOLE


def test_a_paragraph_parsed_in_part_blanks_the_idle_sentences(checker):
    (segment,) = checker.pipeline.analyze(make_document("<t>", PARTIAL)).segments
    idle = [PARTIAL[a:b].strip() for a, b in segment.skipped]
    assert idle == ["The weather was fine.", "Nobody minded."]
    text = extensions.doc_text(segment.doc)
    assert len(text) == len(PARTIAL) and text.strip() == "Bolt will invest $2 billion in Cirrus."
    assert money_view(segment.doc) == money_view(checker.pipeline.nlp(PARTIAL))
    assert segment.context_doc is not None and extensions.doc_text(segment.context_doc) == PARTIAL


def test_doc_text_is_the_text_the_doc_was_made_from(checker):
    nlp = checker.pipeline.nlp
    made = extensions.make_doc(nlp.make_doc, "Acme  paid $1M.\n")
    assert extensions.doc_text(made) == "Acme  paid $1M.\n" == made.text
    elsewhere = nlp.make_doc("Bolt paid $2M.")
    assert extensions.doc_text(elsewhere) == "Bolt paid $2M."


def test_sentence_spans_cover_the_paragraph():
    text = "Acme Corp. paid $1M. Bolt paid $2M! Did Cirrus pay? Yes."
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["Acme Corp. paid $1M.", "Bolt paid $2M!", "Did Cirrus pay?", "Yes."]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


# Paragraphs 0 and 3 hold no claim; 2 holds one among idle sentences; 1 is parsed whole.
ARTICLE = (
    "Zorvex Holdings said on Monday that it would open an office in Denver.\n\n"
    "Bolt will invest $2 billion in Cirrus.\n\n"
    "The weather was fine. Bolt will pay $5 million to Cirrus. Zorvex Holdings declined to comment.\n\n"
    "A spokesman for Zorvex Holdings, the Denver firm, declined to comment.\n"
)


def test_the_ner_names_every_paragraph_not_parsed_whole_also_after_the_last_claim(checker, monkeypatch):
    """The names of a paragraph with no claim are read article-wide, also from below the last
    claim: a name the tagger calls an organization there is one in every paragraph
    (extract.entities.tag_repeated_names), and the topic is the organization named most often.
    Skipping the NER after the last claim lost a who-pays-whom triple on the development corpus."""
    pipeline = checker.pipeline
    named: list[str] = []
    real = type(pipeline)._name_entities

    def spy(self, docs):
        named.extend(extensions.doc_text(d) for d in docs)
        return real(self, docs)

    monkeypatch.setattr(type(pipeline), "_name_entities", spy)
    segments = pipeline.analyze(make_document("<t>", ARTICLE)).segments
    paragraphs = [ARTICLE[s.start : s.end] for s in segments]
    assert named == [paragraphs[0], paragraphs[2], paragraphs[3]]  # the whole one goes through the full pipeline instead
    assert [s.parsed for s in segments] == [False, True, True, False]
    last = segments[3].doc
    assert "Zorvex Holdings" in {e.text for e in last.ents} and "GPE" in {e.label_ for e in last.ents}
    context = segments[2].context_doc
    assert context is not None and any(e.text == "Zorvex Holdings" and e.start_char >= segments[2].skipped[-1][0] for e in context.ents)
