"""One number-word source (normalize.numbers, nlp/patterns/numbers.json): every reader takes its
words from it, and each reads the same numbers in words it read from its own copy before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract import counts, durations
from factcheck.normalize.money import find_money, lexicon
from factcheck.normalize.numbers import cardinal_words, number_words, written_like
from factcheck.normalize.percent import find_percents
from factcheck.normalize.quantity import find_quantities


def test_the_lexicon_of_the_grammars_is_the_one_list():
    assert lexicon()["number_words"] is number_words()
    assert number_words()["a dozen"] == 12 and number_words()["half a"] == 0.5 and number_words()["an"] == 1


def test_cardinals_are_one_word_whole_numbers_in_order_of_value():
    assert list(cardinal_words(1, 9)) == ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    assert list(cardinal_words(20, 90))[:3] == ["twenty", "thirty", "forty"]
    assert "a" not in cardinal_words(1, 100) and "a dozen" not in cardinal_words(1, 100) and "half a" not in cardinal_words(0, 1)


def test_counts_are_two_to_twelve_as_before():
    assert counts.NUMBER_WORDS == {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def test_durations_read_every_word_it_read_before_with_the_same_value():
    before = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
    assert before.items() <= durations.NUMBERS.items()


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Orbix signed a seven-year lease for the depot.", [7]),
        ("The Twelve-year contract with Palo Freight ends in 2031.", [12]),
        ("Veltra will pay the sum over the next fifteen years.", [15]),
        ("It agreed to a 10-year supply deal.", [10]),
        ("The founder, a thirty-year-old engineer, left.", []),
        ("Kestrel sold the unit two years ago.", []),
    ],
)
def test_duration_terms(sentence, years):
    assert [y for y, _, _ in durations.term_mentions(sentence)] == years


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Harlow raised twenty-five million dollars from its backers.", Decimal("25e6")),
        ("Brisa spent half a billion dollars on ships.", Decimal("5e8")),
        ("Ostra paid seven million euros for the site.", Decimal("7e6")),
        ("The loan was for a dozen million pounds.", Decimal("12e6")),
        ("Quell owes forty two billion dollars.", Decimal("42e9")),
    ],
)
def test_money_in_words(sentence, value):
    assert [m.value for m in find_money(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Orders at Lumo rose twenty-five percent in May.", Decimal(25)),
        ("Fenwick keeps a seven per cent stake.", Decimal(7)),
        ("Margins fell twelve percent.", Decimal(12)),
    ],
)
def test_percent_in_words(sentence, value):
    assert [p.value for p in find_percents(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The Tarn plant adds twelve gigawatts.", Decimal(12), "GW"),
        ("Corvel employs forty engineers.", Decimal(40), "engineers"),
        ("The chain will open a dozen stores.", Decimal(12), "stores"),
    ],
)
def test_quantity_in_words(sentence, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, unit)]


def test_duration_terms_read_the_teens_too():
    """Its own copy skipped thirteen, fourteen and sixteen to nineteen; the one list has them."""
    assert [y for y, _, _ in durations.term_mentions("Dunmore took a fourteen-year lease on the yard.")] == [14]


@pytest.mark.parametrize(
    ("written", "number", "expected"),
    [("three", 4, "four"), ("Three", 2, "Two"), ("3", 4, "4"), ("seven", 12, "twelve"), ("five", 1000, "1000"), ("Twelve", 13, "Thirteen")],
)
def test_a_corrected_number_is_written_as_the_original(written, number, expected):
    assert written_like(written, number) == expected
