"""A price per unit broken down into parts that carry its unit unsaid ("$78 a share, of which $52
is in cash and $26 in stock"), and the near misses that stay unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.sums import find_sums


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Acme will pay $78 a share, of which $52 is in cash and $26 in Acme stock.", [("$78", ["$52", "$26"], False)]),
        ("Acme will pay $78 a share, of which $58 is in cash and $26 in Acme stock.", [("$78", ["$58", "$26"], True)]),
        ("Bolt offered €61.50 per share, consisting of €40 in cash and €21.50 in Bolt shares.", [("€61.50", ["€40", "€21.50"], False)]),
        ("Bolt offered €61.50 per share, consisting of €40 in cash and €26.50 in Bolt shares.", [("€61.50", ["€40", "€26.50"], True)]),
    ],
)
def test_price_broken_down(checker, text, found):
    report = checker.check_text(text + "\n", path="draft.txt")
    sums = [s for s in find_sums(report.document, _money(report)) if s.total.text in {f[0] for f in found}]
    assert [(s.total.text, [p.text for p in s.parts], s.inconsistent) for s in sums] == found


@pytest.mark.parametrize(
    "text",
    [
        # the whole deal after the price: not a part of it
        "Acme will pay $78 a share, or $14.6 billion including debt.",
        # one figure after the marker is no breakdown
        "Acme will pay $78 a share, including a $2 special dividend.",
        # parts larger than the price are the deal's, not the share's
        "Acme will pay $78 a share, which includes $9 billion in cash and $5.6 billion in stock.",
    ],
)
def test_price_not_broken_down(checker, text):
    report = checker.check_text(text + "\n", path="draft.txt")
    assert [s for s in find_sums(report.document, _money(report)) if s.total.text.startswith("$78")] == []
