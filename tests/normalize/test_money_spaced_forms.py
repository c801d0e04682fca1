"""Money forms that extractors' public test suites write and our grammar missed: a spaced dollar
prefix ("C $ 7.5 million", as tokenized text prints it) and a hyphenated minor unit used as an
adjective ("a 15-cent dividend"). All sentences are our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.normalize.money import find_money

M = Decimal(10) ** 6
B = Decimal(10) ** 9


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency", "qualifier"),
    [
        ("a C $ 7.5 million charge", "C $ 7.5 million", Decimal("7.5") * M, "CAD", "exact"),
        ("a c $ 7.5 million charge", "c $ 7.5 million", Decimal("7.5") * M, "CAD", "exact"),
        ("about C $ 2.10 a share", "about C $ 2.10", Decimal("2.10"), "CAD", "about"),
        ("exports of HK $ 3.2 billion", "HK $ 3.2 billion", Decimal("3.2") * B, "HKD", "exact"),
        ("a NZ $ 40 million grant", "NZ $ 40 million", 40 * M, "NZD", "exact"),
        ("a US $ 90 million loan", "US $ 90 million", 90 * M, "USD", "exact"),
        ("a 15-cent dividend", "15-cent", Decimal("0.15"), "USD", "exact"),
        ("a 15-cent-a-share dividend", "15-cent", Decimal("0.15"), "USD", "exact"),
        ("a 50-pence coin", "50-pence", Decimal("0.5"), "GBP", "exact"),
        ("a ten-cent stamp", "ten-cent", Decimal("0.1"), "USD", "exact"),
    ],
)
def test_spaced_prefixes_and_hyphenated_minor_units(text, surface, value, currency, qualifier):
    (mention,) = find_money(text)
    assert (mention.text, mention.value, mention.currency, mention.qualifier) == (surface, value, currency, qualifier)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Acme's $5 million deal", "USD"),  # "s $" is a possessive, never a Singapore dollar
        ("a $5 million deal", "USD"),  # "a $" is an article, never an Australian dollar
        ("Acme Inc $5 million deal", "USD"),
    ],
)
def test_an_article_or_possessive_before_a_bare_dollar_is_no_prefix(text, currency):
    (mention,) = find_money(text)
    assert (mention.text, mention.currency) == ("$5 million", currency)


@pytest.mark.parametrize("text", ["a 20-percent rise", "the 3-centimetre gap", "a 12-century church"])
def test_hyphenated_words_that_are_not_minor_units(text):
    assert find_money(text) == []
