"""The percent grammar: each construction in several forms, sentences of our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.normalize.percent import find_percents


def only(text: str):
    found = find_percents(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, text of the mention, value, high)
UNITS = [
    ("Margins widened to 14% last year.", "14%", "14", None),
    ("Margins widened to 14 percent last year.", "14 percent", "14", None),
    ("Margins widened to 14 per cent last year.", "14 per cent", "14", None),
    ("Margins widened to 14per cent last year.", "14per cent", "14", None),
    ("Margins widened to 14 pct last year.", "14 pct", "14", None),
    ("Margins widened to 14pc last year.", "14pc", "14", None),
    ("Margins widened to 14.25% last year.", "14.25%", "14.25", None),
    ("The index slipped -0.35% by noon.", "-0.35%", "-0.35", None),
    ("The index slipped −0.35% by noon.", "−0.35%", "-0.35", None),
    ("The stock gained +3.1% on the day.", "+3.1%", "3.1", None),
    ("Turnout hit 1,250% of the forecast.", "1,250%", "1250", None),
    ("Only .5% of the loans defaulted.", ".5%", "0.5", None),
    ("Nearly twenty-five percent of staff left.", "Nearly twenty-five percent", "25", None),
    ("The tariff was ten per cent.", "ten per cent", "10", None),
    ("Prices rose 4\u00a0% in May.", "4\u00a0%", "4", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "high"), UNITS)
def test_units_and_numbers(text, surface, value, high):
    mention = only(text)
    assert text[mention.start : mention.end] == mention.text == surface
    assert mention.value == Decimal(value)
    assert mention.high == (Decimal(high) if high else None)


@pytest.mark.parametrize(
    ("text", "qualifier", "surface"),
    [
        ("Shares closed up more than 6% on Friday.", "more_than", "more than 6%"),
        ("Profit could fall by as much as 30 percent.", "up_to", "as much as 30 percent"),
        ("The fund owns about 12% of the port.", "about", "about 12%"),
        ("The fund owns roughly 12% of the port.", "about", "roughly 12%"),
        ("The fund owns ~12% of the port.", "about", "~12%"),
        ("Fees can rise by no more than 3 per cent a year.", "up_to", "no more than 3 per cent"),
        ("Fewer than 2% of voters switched.", "less_than", "Fewer than 2%"),
        ("At least 40% of the board must agree.", "at_least", "At least 40%"),
        ("A premium of up to 45% to the closing price.", "up_to", "up to 45%"),
        ("Costs fell 7% in the quarter.", "exact", "7%"),
    ],
)
def test_hedges_are_qualifiers_and_part_of_the_span(text, qualifier, surface):
    mention = only(text)
    assert (mention.qualifier, mention.text) == (qualifier, surface)


@pytest.mark.parametrize(
    ("text", "low", "high", "surface"),
    [
        ("Chips can cut power use by 15-25% over rivals.", "15", "25", "15-25%"),
        ("Chips can cut power use by 15–25 percent over rivals.", "15", "25", "15–25 percent"),
        ("Analysts expect growth of 3 to 4 per cent.", "3", "4", "3 to 4 per cent"),
        ("Analysts expect growth of 3% to 4%.", "3", "4", "3% to 4%"),
        ("Rallies of between 200% and 400% followed.", "200", "400", "between 200% and 400%"),
        ("Rallies of between 200per cent and 400per cent followed.", "200", "400", "between 200per cent and 400per cent"),
    ],
)
def test_ranges_are_one_mention_with_both_ends(text, low, high, surface):
    mention = only(text)
    assert (mention.value, mention.high, mention.qualifier, mention.text) == (Decimal(low), Decimal(high), "range", surface)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Its share rose from 11% to 14% in a year.", ["11", "14"]),  # a change between two levels, not a range
        ("The rate went from 4 to 5 percent.", ["4", "5"]),
        ("Sales rose 9% and 5% in the two regions, respectively.", ["9", "5"]),  # "and" without "between"
        ("The stake fell to 8% from 10%.", ["8", "10"]),
        ("Output fell 10%-8% short of plan.", ["10", "8"]),  # a "range" that runs downwards is two figures
    ],
)
def test_pairs_that_are_not_ranges_stay_two_figures(text, values):
    found = find_percents(text)
    assert [str(m.value) for m in found] == values
    assert all(m.qualifier != "range" for m in found)


@pytest.mark.parametrize(
    ("text", "role", "direction"),
    [
        ("Revenue rose 14% to $3 billion.", "change", "up"),
        ("Revenue increased by 14% to $3 billion.", "change", "up"),
        ("Revenue was up 14 percent on the year.", "change", "up"),
        ("Revenue jumped a whopping 14% in May.", "change", "up"),
        ("Revenue posted a 14% rise in May.", "change", "up"),
        ("Revenue was 14% higher than a year ago.", "change", "up"),
        ("Revenue showed growth of 14 per cent.", "change", "up"),
        ("Profit fell 14% to $3 billion.", "change", "down"),
        ("Profit was down by 14 per cent.", "change", "down"),
        ("Profit posted a 14 percent decline.", "change", "down"),
        ("Profit was 14% lower year on year.", "change", "down"),
        ("Costs were trimmed 14%.", "change", "down"),
        ("Acme took a 14% stake in Bolt.", "share", None),
        ("Acme holds a 14 percent interest in Bolt.", "share", None),
        ("Acme sold its 14% shareholding.", "share", None),
        ("Bolt is 14%-owned by Acme.", "share", None),
        ("The bonds pay an interest rate of 14%.", "rate", None),
        ("The bonds carry a 14% coupon.", "rate", None),
        ("Inflation at 4.2% worried the bank.", "rate", None),
        ("A 14% tariff on steel starts in May.", "rate", None),
        ("The score was 14% on the test.", None, None),  # the words say nothing: no role
        ("A premium of 14% to the closing price.", None, None),
    ],
)
def test_role_and_direction_come_from_the_words_next_to_the_figure(text, role, direction):
    mention = only(text)
    assert (mention.role, mention.direction) == (role, direction)


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Cloud makes up 40% of its revenue in Asia.", "its revenue"),
        ("Cloud makes up 40 percent of total sales, the firm said.", "total sales"),
        ("Acme owns 40% of Bolt Motors and a port.", "Bolt Motors"),
    ],
)
def test_share_of_what(text, of):
    mention = only(text)
    assert (mention.role, mention.of) == ("share", of)


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell 2% in Europe and 3% in Asia.",
        "Safety rose 9.8%; health care, 9.0%; and office, 0.8%.",
        "Sales fell 2% in Europe, 3% in Asia and 1% at home.",
    ],
)
def test_a_list_after_a_change_shares_its_role(text):
    found = find_percents(text)
    assert len(found) >= 2
    assert {(m.role, m.direction) for m in found} == {("change", found[0].direction)}
    assert found[0].direction is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The gap widened by 2 percentage points.", "2"),
        ("The gap widened by 0.5 percentage point.", "0.5"),
        ("The gap widened by 1.5 per cent points.", "1.5"),
        ("The gap widened by 3pp on the year.", "3"),
    ],
)
def test_percentage_points(text, value):
    mention = only(text)
    assert mention.points and mention.value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "precision"),
    [("Up 4.6%.", "0.05"), ("Up 4.60%.", "0.005"), ("Up 46%.", "0.5"), ("Up 15-25%.", "0.5")],
)
def test_printed_precision(text, precision):
    assert only(text).precision == Decimal(precision)


@pytest.mark.parametrize(
    "text",
    [
        "Visit example.com/a%20b for the filing.",
        "The percentage of buyers is unknown.",
        "Revenue was $5 billion in 2024.",
        "A 5 PC makers' alliance was formed.",
        "It scored 5 points in the second half.",
        "Ten percentile points of nothing.",
    ],
)
def test_not_percentages(text):
    assert find_percents(text) == []


def test_offsets_are_exact_with_several_mentions_on_a_line():
    text = "Acme rose 3%, Bolt fell 4.5 per cent and Cirrus, about 10 percent."
    for mention in find_percents(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.text for m in find_percents(text)] == ["3%", "4.5 per cent", "about 10 percent"]
