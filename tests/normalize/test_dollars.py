"""What a bare "$" (and "¥", "kr") means in an article: normalize.dollars, on texts of our own."""

from __future__ import annotations

import pytest

from factcheck.normalize.dollars import read_article
from factcheck.normalize.money import find_money


def bare_readings(text: str, configured: str | None = None) -> list[tuple[str, str, bool]]:
    mentions = find_money(text)
    article = read_article(text, mentions, configured)
    return [(m.text, article.settle(m).currency, article.settle(m).ambiguous) for m in mentions if m.marker]


# (case, text, configured, reading of every bare-marker mention: currency, ambiguous)
CASES = [
    ("nothing says otherwise: USD", "The startup raised $40 million from investors.", None, ("USD", False)),
    ("nothing says otherwise, cents too", "Shares fell 21 cents to $14.10.", None, ("USD", False)),
    ("configured", "The council spent $12 million on roads.", "AUD", ("AUD", False)),
    ("configured in lower-level words", "A budget of 3 million dollars was approved.", "CAD", ("CAD", False)),
    ("configured beats the text", "It paid US$2bn and A$1bn, and $5bn more.", "NZD", ("NZD", False)),
    ("US$ and one other dollar: that dollar", "The miner pays US$9bn (A$14bn), and $580bn overall.", None, ("AUD", False)),
    ("US$ and a nationality", "A $29 billion Canadian deficit (US$22 billion) and nearly $1 billion more.", None, ("CAD", False)),
    ("US$ under a dollar-country dateline", "SINGAPORE (May 3): Profit rose to $3.1 million, while US$2 million was repaid.", None, ("SGD", False)),
    ("dateline only: local, ambiguous", "SINGAPORE (May 3): Profit rose to $3.1 million from $2.4 million.", None, ("SGD", True)),
    ("a city dateline", "TORONTO (Reuters) - The bank earned $2.2 billion.", None, ("CAD", True)),
    ("local dollar marked: $ stays USD, ambiguous", "SYDNEY (Reuters) - Rio paid A$4.1bn ($2.7bn) for the mine.", None, ("USD", True)),
    ("another dollar named, no US$: ambiguous", "The A$2bn bid was topped by a $3bn one.", None, ("USD", True)),
    ("US$ and bare $ with no country: ambiguous", "It raised US$200 million, and $50 million more later.", None, ("USD", True)),
    ("two other dollars: ambiguous", "C$1bn and A$2bn, and US$1bn, then $4bn.", None, ("USD", True)),
]


@pytest.mark.parametrize(("case", "text", "configured", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bare_dollar_reading(case, text, configured, expected):
    readings = bare_readings(text, configured)
    assert readings, find_money(text)
    assert {(currency, ambiguous) for _, currency, ambiguous in readings} == {expected}


def test_marked_dollars_are_never_reread():
    text = "It paid US$2bn and A$1bn, and $5bn more."
    mentions = find_money(text)
    article = read_article(text, mentions, "NZD")
    assert [article.settle(m).currency for m in mentions] == ["USD", "AUD", "NZD"]


SYMBOLS = [
    ("yen by default", "Sales hit ¥300 billion.", None, ("JPY", False)),
    ("yuan configured", "Sales hit ¥300 billion.", "CNY", ("CNY", False)),
    ("yuan named elsewhere", "Sales hit ¥300 billion, or 300 billion yuan in all.", None, ("CNY", False)),
    ("kr is ambiguous", "A fee of 50 kr was charged.", None, ("SEK", True)),
    ("kr configured", "A fee of 50 kr was charged.", "NOK", ("NOK", False)),
    ("kr with a named krone", "A fee of 50 kr, against 2 million Danish kroner last year.", None, ("DKK", False)),
    ("a configured dollar leaves ¥ alone", "Sales hit ¥300 billion.", "AUD", ("JPY", False)),
    ("dinars alone are ambiguous", "A fine of 3 million dinars was paid.", None, ("BHD", True)),
    ("dinars named once", "It owes 9 million Kuwaiti dinars, and 3 million dinars more.", None, ("KWD", False)),
    ("pesos configured", "Sales of 40 million pesos.", "MXN", ("MXN", False)),
    ("riyals with two named", "5 million Saudi riyals, 2 million Qatari riyals and 1 million riyals.", None, ("QAR", True)),
]


@pytest.mark.parametrize(("case", "text", "configured", "expected"), SYMBOLS, ids=[c[0] for c in SYMBOLS])
def test_other_ambiguous_symbols(case, text, configured, expected):
    readings = bare_readings(text, configured)
    assert {(currency, ambiguous) for _, currency, ambiguous in readings} == {expected}
