"""Number words ("seven", "a dozen", "half a"): one data file (nlp/patterns/numbers.json) behind
one function, so every grammar and rule that reads a number written in words reads the same ones.

Why not text2num: it turns whole numbers written in words into digits, but the readers here need
the words themselves, to build regular-expression alternations (a count before a plural noun, a
term before "-year", a figure before "billion") and to look a matched word up; text2num exposes
no word list, and phrases such as "half a" and "a couple of" are not numbers to it.
"""

from __future__ import annotations

from functools import cache

from factcheck.normalize.wordlists import pattern_data


@cache
def number_words() -> dict[str, int | float]:
    """Every number word and phrase with its value, as written in the data file ("a" and "an" are 1)."""
    words: dict[str, int | float] = dict(pattern_data("numbers")["words"])
    return words


@cache
def cardinal_words(low: int, high: int) -> dict[str, int]:
    """The one-word whole numbers from `low` to `high` ("two" ... "twelve"), in order of value;
    not the articles "a" and "an", nor a phrase ("a dozen")."""
    articles = set(pattern_data("numbers")["articles"])
    found = {w: int(v) for w, v in number_words().items() if " " not in w and w not in articles and v == int(v) and low <= v <= high}
    return dict(sorted(found.items(), key=lambda item: item[1]))


def written_like(written: str, number: int) -> str:
    """`number` written as `written` is: in words for a word ("three" -> "four", "Three" -> "Four"),
    in digits for digits or where no one-word name exists."""
    if written.isdigit():
        return str(number)
    word = next((w for w, v in cardinal_words(number, number).items()), None)
    if word is None:
        return str(number)
    return word.capitalize() if written[:1].isupper() else word
