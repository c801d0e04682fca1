"""The money grammar's word lists compile to tries that match what the flat longest-first
alternation matched: the same strings, the same preferred (longest) match, under IGNORECASE."""

from __future__ import annotations

import re

import pytest

from factcheck.normalize.money import HS, _alternation

WORDS = ["dollar", "dollars", "dinar", "dinars", "Hong Kong dollars", "Hong Kong", "HK$", "$", "US$", "A$", "kr", "kroner", "krona", "m", "mn", "million", "Mio.", "k"]


def flat(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", rf"{HS}+") for w in sorted(set(words), key=len, reverse=True))


TEXTS = [
    "5 dollars", "5 dollar", "5 DINARS more", "Hong Kong  dollars", "Hong Kong dollar", "hong\u00a0kong dollars", "HK$5", "us$3",
    "A$ 7", "kroner", "kronor", "kr.", "mn", "million", "MIO.", "mio", "k", "km", "", "dinarsx", "Hong",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("tail", ["", r"(?![A-Za-z])", r"\d", r"s"])
def test_trie_matches_as_the_flat_list(text, tail):
    trie = re.compile(rf"(?:{_alternation(WORDS)}){tail}", re.IGNORECASE)
    listed = re.compile(rf"(?:{flat(WORDS)}){tail}", re.IGNORECASE)
    for start in range(len(text) + 1):
        a, b = trie.match(text, start), listed.match(text, start)
        assert (a and a.group(0)) == (b and b.group(0)), (text, start)


def test_the_trie_is_shorter():
    assert len(_alternation(WORDS)) < len(flat(WORDS))


def test_raw_expressions_stay_a_list():
    assert _alternation([r"a\d", "b+"], flags_escape=False) == r"a\d|b+"
