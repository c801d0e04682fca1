"""The quantity grammar: counts and measures with a unit, precision first; sentences of our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.normalize.quantity import find_quantities


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The plant will cut 480 jobs by June.", "480 jobs", "480", "jobs"),
        ("The plant will cut 1,480 jobs by June.", "1,480 jobs", "1480", "jobs"),
        ("Acme issued 312.5 million shares.", "312.5 million shares", "312500000", "shares"),
        ("Acme issued 40m shares.", "40m shares", "40000000", "shares"),
        ("Acme bought 80 million Bolt shares.", "80 million Bolt shares", "80000000", "shares"),
        ("The lab ordered 64,000 Nvidia H200 GPUs.", "64,000 Nvidia H200 GPUs", "64000", "GPUs"),
        ("The deal covers 6 gigawatts of capacity.", "6 gigawatts", "6", "GW"),
        ("The deal covers 6 GW of capacity.", "6 GW", "6", "GW"),
        ("The deal covers one gigawatt of capacity.", "one gigawatt", "1", "GW"),
        ("They plan a 45-megawatt campus.", "45-megawatt", "45", "MW"),
        ("The network serves 3.2 million subscribers.", "3.2 million subscribers", "3200000", "subscribers"),
        ("The chain runs 912 stores in Ohio.", "912 stores", "912", "stores"),
        ("The firm employs about 14,000 workers.", "about 14,000 workers", "14000", "workers"),
        ("It has more than 2 million user accounts.", "more than 2 million user accounts", "2000000", "user accounts"),
        ("Output reached 90,000 barrels per day.", "90,000 barrels per day", "90000", "barrels per day"),
        ("Bolt shipped nine aircraft last year.", "nine aircraft", "9", "aircraft"),
    ],
)
def test_counts_and_measures(text, surface, value, unit):
    found = find_quantities(text)
    assert len(found) == 1, found
    mention = found[0]
    assert text[mention.start : mention.end] == mention.text == surface
    assert (mention.value, mention.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Acme paid $480 million for Bolt.",  # money, not a count
        "The two companies signed in May.",  # not a unit of the lexicon
        "Revenue was 480 in the first half.",  # a bare number
        "In 2025 people bought more phones.",  # a year
        "She ranked No. 3 jobs site in a survey.",
        "Shares rose 5% to $12 per share.",
        "The 480-page filing was released.",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_precision_follows_the_last_printed_digit_and_the_scale():
    (mention,) = find_quantities("Acme issued 312.5 million shares.")
    assert mention.precision == Decimal("50000")
