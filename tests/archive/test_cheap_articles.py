"""Articles that cannot hold a claim skip spaCy, and their report is what the full path gives."""

from __future__ import annotations

import pytest

from factcheck.models import Document
from factcheck.nlp.prefilter import claim_possible_in
from factcheck.read import make_document

NO_CLAIM = [
    "The council met on Tuesday to talk about parks and buses.",
    "Two sides played three matches; the home side won all of them.\n\nFans stayed late.",
    "# Weather\n\nSnow is expected in the hills, with clear skies by Friday.",
    "- Bring a coat\n- Bring boots\n\nThe trail reopens in spring.",
    "A quiet week at the harbor: the ferry ran on time and the market opened early.",
]
CLAIM_POSSIBLE = [
    "Acme will invest $5 billion in Cirrus Labs.",
    "The fund is worth half a billion dollars, its manager said.",
    "Profits reached €3m last year.",
    "The startup is worth billions, investors say.",
    "Jane Roe, the CEO of Acme, spoke first.",
    "Acme and Bolt announced a partnership on Monday.",
    "Its model is available on three clouds.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_text_with_no_money_and_no_relation_word_needs_no_nlp(text):
    assert not claim_possible_in(make_document("a.txt", text))


@pytest.mark.parametrize("text", CLAIM_POSSIBLE)
def test_text_with_money_or_a_relation_word_goes_through_nlp(text):
    assert claim_possible_in(make_document("a.txt", text))


def test_markup_is_not_mistaken_for_money():
    html = '<html><body><p style="width: 5m">Snow in the hills.</p><a href="/usd">x</a></body></html>'
    assert not claim_possible_in(make_document("a.html", html, "html"))


def test_cheap_articles_never_reach_spacy(checker, monkeypatch):
    seen: list[str] = []
    analyze = checker.pipeline.analyze_many
    monkeypatch.setattr(checker.pipeline, "analyze_many", lambda docs: seen.extend(d.path for d in docs) or analyze(docs))
    documents = [Document(path=f"n{i}", text=t) for i, t in enumerate(NO_CLAIM)] + [Document(path="money", text=CLAIM_POSSIBLE[0])]
    report = checker.check_documents(documents)
    assert seen == ["money"]
    assert [len(f.claims) for f in report.files] == [0] * len(NO_CLAIM) + [1]


def test_skipping_gives_the_same_reports_as_the_full_path(checker, monkeypatch):
    from factcheck.report.json import format_jsonl

    texts = NO_CLAIM + CLAIM_POSSIBLE + ["Acme had four units (A, B and C).", "Snow fell.\n\nAcme will pay $1 billion for Bolt."]
    documents = [make_document(f"d{i}.txt", t) for i, t in enumerate(texts)]
    skipping = format_jsonl(checker.check_documents(documents))
    from factcheck import windows

    monkeypatch.setattr(windows, "claim_possible_in", lambda document: True)  # the prefilter moved to windows
    assert format_jsonl(checker.check_documents(documents)) == skipping
