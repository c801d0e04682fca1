"""Unit tests for the pure parts of FC104 (lists), FC105 (implied valuations) and FC106 (time words)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from factcheck.extract.counts import stated_counts
from factcheck.extract.durations import term_mentions
from factcheck.models import Document
from factcheck.rules.consistency.fc105_implied_valuation import Implied
from factcheck.rules.consistency.fc106_timeline import gap_allows, recent_allows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all three major clouds (Cirrus Cloud, Acme Cloud, and Bolt Cloud)", [(3, 3)]),
        ("four companies: Acme, Bolt and Cirrus.", [(4, 3)]),
        ("two partners (Acme + Bolt)", [(2, 2)]),
        ("3 firms (Acme, Bolt & Cirrus)", [(3, 3)]),
        ("five companies, including Acme and Bolt", []),
        ("two years (2023 and 2024)", []),
        ("three reasons: cost, speed and scale.", []),
        ("two models (one small and one large)", []),
    ],
)
def test_stated_counts(text, expected):
    assert [(c.count, len(c.items)) for c in stated_counts(text)] == expected


def test_implied_valuation_allows_post_and_pre_money():
    implied = Implied("zephyr", Decimal("2e9"), Decimal(10), "USD", "line 1")
    assert implied.post_money == Decimal("20e9")
    assert implied.pre_money == Decimal("18e9")
    assert implied.allows((Decimal("22e9"), Decimal("22e9")))  # within 15%
    assert not implied.allows((Decimal("50e9"), Decimal("50e9")))


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("a seven-year deal", [7]),
        ("a 7-year compute commitment", [7]),
        ("over the next five years", [5]),
        ("the 28-year-old founder", []),
        ("two years ago", []),
    ],
)
def test_term_mentions(sentence, years):
    assert [y for y, _, _ in term_mentions(sentence)] == years


@pytest.mark.parametrize(
    ("days", "unit", "count", "ok"),
    [
        (15, "week", None, True),
        (400, "week", None, False),
        (-15, "week", None, False),
        (14, "week", 2, True),
        (40, "week", 2, False),
        (60, "month", 2, True),
        (2, "day", 1, True),
        (19, "day", 1, False),
    ],
)
def test_gap_allows(days, unit, count, ok):
    assert gap_allows(days, unit, count) is ok


@pytest.mark.parametrize(
    ("phrase", "fact", "article", "ok"),
    [
        ("last month", "2025-03-01", "2025-04-10", True),
        ("last month", "2024-12-01", "2025-04-10", False),
        ("last year", "2024-06-01", "2025-04-10", True),
        ("last year", "2025-03-01", "2025-04-10", False),
        ("earlier this year", "2025-03-01", "2025-04-10", True),
        ("last week", "2025-04-05", "2025-04-10", True),
    ],
)
def test_recent_allows(phrase, fact, article, ok):
    assert recent_allows(phrase, dt.date.fromisoformat(fact), dt.date.fromisoformat(article)) is ok


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Acme invested $5 billion in Cirrus last year.\n", True),
        ("Acme invested $5 billion in Cirrus last month.\n", False),
    ],
)
def test_recent_time_words_need_the_article_date(checker, text, flagged):
    dated = checker.check_documents([Document(path="a.txt", text=text, date=dt.date(2025, 4, 10))]).files[0]
    undated = checker.check_documents([Document(path="b.txt", text=text)]).files[0]
    assert any(f.code == "FC106" for f in dated.findings) is flagged
    assert not any(f.code == "FC106" for f in undated.findings)


@pytest.mark.parametrize(
    ("text", "format", "flagged"),
    [
        ("Nimbus runs on four clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud).\n", "text", True),
        ("Nimbus runs on four clouds (*Cirrus Cloud*, Acme Cloud and Bolt Cloud).\n", "markdown", True),
        ("Nimbus runs on four clouds (**Cirrus Cloud**, [Acme Cloud](https://acme.example/a) and Bolt Cloud).\n", "markdown", True),
        ('<p>Nimbus runs on four clouds (<b>Cirrus Cloud</b>, <a href="https://acme.example/a(b)">Acme Cloud</a> and Bolt Cloud).</p>\n', "html", True),
        ("Nimbus runs on three clouds (*Cirrus Cloud*, [Acme Cloud](https://acme.example/a) and Bolt Cloud).\n", "markdown", False),
        ("<p>Nimbus runs on three clouds (<i>Cirrus Cloud</i>, Acme Cloud and Bolt Cloud).</p>\n", "html", False),
        ("Two camps formed.\n\n## The Acme Camp:\n\nText.\n\n## The Bolt Camp:\n\nText.\n", "markdown", False),
        ("Three camps formed.\n\n## The Acme Camp:\n\nText.\n\n## The Bolt Camp:\n\nText.\n", "markdown", True),
    ],
)
def test_counts_read_the_prose_not_the_markup(checker, text, format, flagged):
    """A list written with emphasis, links or tags counts the names its reader sees."""
    findings = checker.check_text(text, path=f"a.{format}", format=format).findings
    counted = [f for f in findings if f.code == "FC104"]
    assert bool(counted) is flagged
    assert all("*" not in f.message and "<" not in f.message and "](" not in f.message for f in counted)


@pytest.mark.parametrize(
    ("text", "format", "flagged"),
    [
        ("Acme invested $5 billion in Cirrus, a day after Dynamo's deal with Cirrus Cloud.\n", "text", True),
        ("Acme invested $5 billion in Cirrus, weeks after Dynamo's deal with Cirrus Cloud.\n", "text", False),
        ('<p>Acme invested $5 billion in Cirrus, a day after <a href="https://dynamo.example">Dynamo</a>\'s deal with Cirrus Cloud.</p>\n', "html", True),
        # Words in markup are not the article's: an image's alt text or a link target says nothing.
        ('<p>Acme invested $5 billion in Cirrus.</p>\n<img alt="a day after Dynamo\'s deal with Cirrus Cloud" src="x.png">\n', "html", False),
        ("Acme invested $5 billion in Cirrus ([a day after Dynamo's deal with Cirrus Cloud](https://example.com/x)).\n", "markdown", True),
        ("Acme invested $5 billion in Cirrus.\n\n[chart](https://example.com/a-day-after-dynamo's-deal-with-cirrus-cloud)\n", "markdown", False),
    ],
)
def test_gaps_read_the_prose_not_the_markup(checker, text, format, flagged):
    findings = checker.check_text(text, path=f"a.{format}", format=format).findings
    assert any(f.code == "FC106" for f in findings) is flagged
