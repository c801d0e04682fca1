"""Count and duration claims: extracted once, from the prose, numbered after the other kinds, and
the only thing FC104 and FC106 read."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.check.context import CheckContext
from factcheck.extract import with_counts_and_durations
from factcheck.extract.counts import count_claims
from factcheck.extract.durations import duration_claims
from factcheck.extract.locate import BareParagraph, Locator
from factcheck.models import CountClaim, Document, DurationClaim, Span
from factcheck.prose.paragraphs import paragraphs
from factcheck.report import format_json
from factcheck.rules.consistency.fc104_count_mismatch import CountMismatch


def locator(text: str) -> Locator:
    return Locator(text, [BareParagraph(i, a, b) for i, (a, b) in enumerate(paragraphs(text))])


@pytest.mark.parametrize(
    ("text", "value", "noun", "items", "written"),
    [
        ("Nimbus runs on all three clouds (Acme Cloud, Bolt Cloud and Cirrus Cloud).", 3, "clouds", ("Acme Cloud", "Bolt Cloud", "Cirrus Cloud"), "three"),
        ("The fund backs four startups: Acme, Bolt, Cirrus and Dynamo.", 4, "startups", ("Acme", "Bolt", "Cirrus", "Dynamo"), "four"),
        ("It picked 2 suppliers (Acme + Bolt) for the plant.", 2, "suppliers", ("Acme", "Bolt"), "2"),
        ("Five big lenders (Acme Bank, Bolt & Co, Cirrus Trust) joined.", 5, "big lenders", ("Acme Bank", "Bolt", "Co", "Cirrus Trust"), "Five"),
        ("Two rival camps formed.\n\nThe Acme Camp:\n\nMore.\n\nThe Bolt Camp:\n", 2, "rival camps", ("Acme", "Bolt"), "Two"),
    ],
)
def test_a_count_and_its_items_are_one_claim(text, value, noun, items, written):
    (claim,) = count_claims(locator(text))
    assert (claim.value, claim.noun, claim.items) == (value, noun, items)
    assert text[claim.value_span.start : claim.value_span.end] == written
    assert claim.text.startswith(written) and claim.text.endswith(noun.split()[-1])
    assert claim.sentence in text and claim.span.start >= claim.sentence_span.start


@pytest.mark.parametrize(
    "text",
    [
        "The fund backs five startups, including Acme and Bolt.",  # a partial list
        "Sales grew in two years (2023 and 2024).",  # years are figures, not items
        "There are three reasons: cost, speed and scale.",  # not names
        "Nimbus runs on three clouds (Acme Cloud,\nBolt Cloud and Cirrus Cloud).",  # a parenthesis left open on its line
        "Two camps formed and nobody named them.",  # a bare count with no headings
        "See chart 2\nPartners: Acme, Bolt and Cirrus.",  # a number at a line's end is no count of the next line
        "Acme has two\n\nclouds (Acme Cloud, Bolt Cloud and Cirrus Cloud).",  # nor across paragraphs
    ],
)
def test_no_count_claim_without_a_complete_list_of_names(text):
    assert count_claims(locator(text)) == []


@pytest.mark.parametrize(
    ("text", "role", "value", "unit", "direction", "written"),
    [
        ("Acme signed a seven-year lease with Bolt.", "term", 7, "year", None, "seven"),
        ("Bolt agreed a 10-year supply deal.", "term", 10, "year", None, "10"),
        ("Cirrus will pay the sum over the next fifteen years.", "term", 15, "year", None, "fifteen"),
        ("Acme bought Bolt two months after the listing.", "gap", 2, "month", "after", "two"),
        ("Dynamo sold it a day before the vote.", "gap", 1, "day", "before", "a"),
        ("Cirrus moved just weeks after Bolt's deal with Acme.", "gap", None, "week", "after", None),
        ("Acme invested in Bolt last month.", "recent", None, "month", None, None),
        ("Bolt raised money earlier this year.", "recent", None, "year", None, None),
    ],
)
def test_durations(text, role, value, unit, direction, written):
    (claim,) = duration_claims(locator(text))
    assert (claim.role, claim.value, claim.unit, claim.direction) == (role, value, unit, direction)
    assert (text[claim.value_span.start : claim.value_span.end] if claim.value_span else None) == written
    assert text[claim.span.start : claim.span.end] == claim.text


@pytest.mark.parametrize(
    ("text", "relative_to"),
    [
        ("Cirrus moved just weeks after Bolt's deal with Acme.", "Bolt's deal with Acme"),
        ("Acme sold two months before its listing; Bolt waited.", "its listing"),
        ("Acme invested a day after the launch, a move Dynamo welcomed.", "the launch"),  # the clause ends at the comma
        ("Acme sold a year after " + "the long and winding process of " * 4 + "listing.", "the long and winding process of the long and winding process of the long and winding"),  # "proc…" cut at 90
    ],
)
def test_a_gap_keeps_the_clause_it_is_measured_from(text, relative_to):
    (claim,) = duration_claims(locator(text))
    assert claim.relative_to == relative_to  # whole words only, to the end of the clause


@pytest.mark.parametrize(
    "text",
    [
        "The 28-year-old founder left Acme.",
        "Bolt sold the unit two years ago.",
        "Acme signed a 45-year lease.",  # longer than any deal term
        "Cirrus grew for years.",
    ],
)
def test_no_duration(text):
    assert duration_claims(locator(text)) == []


def test_counts_and_durations_are_numbered_after_the_other_claims(checker):
    text = "Acme will invest $5 billion in Cirrus over the next seven years.\n\nCirrus runs on three clouds (Acme Cloud, Bolt Cloud and Dynamo Cloud).\n"
    claims = checker.check_text(text, path="a.txt").claims
    kinds = [(c.id, c.kind) for c in claims]
    money = [i for i, k in kinds if k == "money"]
    assert money == ["c1"]
    assert [k for _, k in kinds[-2:]] == ["duration", "count"]
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]


def test_counts_and_durations_in_the_json(checker):
    text = "Cirrus runs on three clouds (Acme Cloud, Bolt Cloud and Dynamo Cloud), two weeks after Bolt's deal with Acme.\n"
    data = json.loads(format_json(checker.check_documents([Document(path="a.txt", text=text)])))
    claims = {c["kind"]: c for c in data["files"][0]["claims"]}
    assert {k: claims["count"][k] for k in ("line", "column", "text", "value", "noun", "items")} == {
        "line": 1,
        "column": 16,
        "text": "three clouds",
        "value": 3,
        "noun": "clouds",
        "items": ["Acme Cloud", "Bolt Cloud", "Dynamo Cloud"],
    }
    duration = claims["duration"]
    assert {k: duration[k] for k in ("text", "role", "value", "unit", "direction", "relative_to")} == {
        "text": "two weeks after",
        "role": "gap",
        "value": 2,
        "unit": "week",
        "direction": "after",
        "relative_to": "Bolt's deal with Acme",
    }
    assert "value_span" not in duration and "items_span" not in claims["count"]  # offsets are internal; positions stand for them


def test_a_capped_article_is_not_read_for_counts(fixture_registry):
    from factcheck.api import Checker

    text = "Acme paid $1 billion, $2 billion and $3 billion to Bolt.\n\nBolt runs on three clouds (Acme Cloud, Bolt Cloud and Dynamo Cloud).\n"
    capped = Checker(fixture_registry, max_claims=2).check_text(text, path="a.txt")
    assert len(capped.claims) == 2 and capped.notes
    assert not any(c.kind == "count" for c in capped.claims)


def test_a_long_article_gets_its_counts_once(checker, monkeypatch):
    """Read from the whole article, not per spaCy window: a count whose headings sit in the next
    window is still found, and found once."""
    import factcheck.windows as windows

    monkeypatch.setattr(windows, "WINDOW_CHARS", 60)
    text = "Two rival camps formed over the years.\n\nThe Acme Camp:\n\nAcme paid $5 billion to Bolt.\n\nThe Bolt Camp:\n\nBolt paid $1 billion to Cirrus.\n"
    counts = [c for c in checker.check_text(text, path="a.txt").claims if c.kind == "count"]
    assert [(c.value, c.items) for c in counts] == [(2, ("Acme", "Bolt"))]


def _count(value: int, items: tuple[str, ...]) -> CountClaim:
    span = Span(start=0, end=4)
    return CountClaim(id="c1", span=span, text="four", sentence="four", sentence_span=span, value=value, noun="clouds", items=items, value_span=span, items_span=span)


@pytest.mark.parametrize(
    ("claims", "flagged"),
    [
        ([_count(4, ("Acme", "Bolt", "Cirrus"))], True),
        ([_count(3, ("Acme", "Bolt", "Cirrus"))], False),
        ([], False),  # the text's own list is not read again: only the claims are
    ],
)
def test_fc104_reads_the_count_claims_only(claims, flagged):
    document = Document(path="a.txt", text="four clouds (Acme, Bolt and Cirrus)")
    hits = list(CountMismatch().check(CheckContext(document=document, claims=claims)))
    assert bool(hits) is flagged
    assert all(h.fix and h.fix.replacement == "three" for h in hits)


def test_fc106_reads_the_duration_claims_only(checker):
    """A recent time in a supported claim's sentence is checked through its duration claim."""
    text = "Acme invested $5 billion in Cirrus last year.\n"
    file = checker.check_documents([Document(path="a.txt", text=text, date=dt.date(2025, 4, 10))]).files[0]
    assert any(f.code == "FC106" for f in file.findings)
    durations = [c for c in file.claims if isinstance(c, DurationClaim)]
    assert [(d.role, d.text) for d in durations] == [("recent", "last year")]
    finding = next(f for f in file.findings if f.code == "FC106")
    assert (finding.span.start, finding.span.end) == (durations[0].span.start, durations[0].span.end)


def test_numbering_continues_after_the_claims_given():
    document = Document(path="a.txt", text="Acme signed a seven-year lease.\n\nBolt runs on two clouds (Acme Cloud and Cirrus Cloud).\n")
    alone = with_counts_and_durations(document, [])
    assert [(c.id, c.kind) for c in alone] == [("c1", "duration"), ("c2", "count")]
    after = with_counts_and_durations(document, [alone[0].model_copy(update={"id": "c1"}), alone[1].model_copy(update={"id": "c2"})])
    assert [c.id for c in after] == ["c1", "c2", "c3", "c4"]


def test_the_claims_table_shows_counts_and_durations(checker):
    from factcheck.report.claims import format_claims_table

    text = "Cirrus runs on three clouds (Acme Cloud, Bolt Cloud and Dynamo Cloud) under a seven-year deal, two weeks after Bolt's deal.\n"
    table = format_claims_table(checker.check_documents([Document(path="a.txt", text=text)]), width=200)
    assert "3: Acme Cloud, Bolt Cloud, Dynamo Cloud" in table
    assert "7 years (term)" in table and "2 weeks after" in table


def test_a_party_after_the_gaps_clause_is_not_what_it_is_measured_from(checker):
    text = "Acme will invest $5 billion in Cirrus, a day after the launch, a move Dynamo welcomed.\n"
    assert not [f for f in checker.check_text(text, path="a.txt").findings if f.code == "FC106"]
