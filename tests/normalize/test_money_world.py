"""The money grammar for the world (issue 11): each class of form, several sentences per class,
and every wrong reading the issue lists, pinned. All sentences are our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.normalize.money import find_money

K = Decimal(1000)
M = Decimal(10) ** 6
B = Decimal(10) ** 9
T = Decimal(10) ** 12
D = Decimal

# (class, text, surface, value, high, currency, qualifier)
FORMS = [
    # cents, pence, sen, paise; compounds
    ("cents", "the stock slipped 21 cents on Tuesday", "21 cents", D("0.21"), None, "USD", "exact"),
    ("cents", "earnings of three cents a share", "three cents", D("0.03"), None, "USD", "exact"),
    ("cents", "a coffee now costs 93¢ there", "93¢", D("0.93"), None, "USD", "exact"),
    ("cents", "the fare went up by 75c overnight", "75c", D("0.75"), None, "USD", "exact"),
    ("cents", "a stamp at 20 euro cents", "20 euro cents", D("0.2"), None, "EUR", "exact"),
    ("pence", "the shares closed at 310 pence", "310 pence", D("3.1"), None, "GBP", "exact"),
    ("pence", "a dividend of 4.74p per share", "4.74p", D("0.0474"), None, "GBP", "exact"),
    ("paise", "the rupee lost 50 paise against the dollar", "50 paise", D("0.5"), None, "INR", "exact"),
    ("sen", "the counter rose 12 sen to close higher", "12 sen", D("0.12"), None, "MYR", "exact"),
    ("compound", "the ticket was 4 dollars 25 cents", "4 dollars 25 cents", D("4.25"), None, "USD", "exact"),
    ("compound", "he paid $7 and 50 cents for it", "$7 and 50 cents", D("7.5"), None, "USD", "exact"),
    # symbol or code after the number, or glued to it
    ("after", "a menu at 35€ a head", "35€", D(35), None, "EUR", "exact"),
    ("after", "a ticket for 5 € only", "5 €", D(5), None, "EUR", "exact"),
    ("after", "priced at 230USD each", "230USD", D(230), None, "USD", "exact"),
    ("glued", "the bond traded at UAH7.10 today", "UAH7.10", D("7.10"), None, "UAH", "exact"),
    ("after", "tea sells for 50Rs a cup", "50Rs", D(50), None, "INR", "exact"),
    ("after", "a salary of 10k$ a month", "10k$", 10 * K, None, "USD", "exact"),
    ("after", "orders worth 12 MUSD were booked", "12 MUSD", 12 * M, None, "USD", "exact"),
    ("after", "sales of 45 USD million in the quarter", "45 USD million", 45 * M, None, "USD", "exact"),
    ("after", "a grant of 800 CHF from the city", "800 CHF", D(800), None, "CHF", "exact"),
    # "X to Y" ranges
    ("range", "a cost of A$4.1bn to A$5.2bn over a decade", "A$4.1bn to A$5.2bn", D("4.1") * B, D("5.2") * B, "AUD", "range"),
    ("range", "it expects charges of $115 million to $135 million", "$115 million to $135 million", 115 * M, 135 * M, "USD", "range"),
    ("range", "tickets cost from 15 dollars to 30 dollars", "from 15 dollars to 30 dollars", D(15), D(30), "USD", "range"),
    ("range", "rooms go for 80 to 120 euros a night", "80 to 120 euros", D(80), D(120), "EUR", "range"),
    ("range", "a fine of between 10 and 15 million pounds", "between 10 and 15 million pounds", 10 * M, 15 * M, "GBP", "range"),
    ("range", "the firm cut its outlook to $1.50 to $1.60 a share", "$1.50 to $1.60", D("1.5"), D("1.6"), "USD", "range"),
    # Indian units and grouping
    ("indian", "a budget of Rs 2.3 lakh crore for roads", "Rs 2.3 lakh crore", D("2.3") * T, None, "INR", "exact"),
    ("indian", "a plot sold for ₹3,42,18,500 last week", "₹3,42,18,500", D(34218500), None, "INR", "exact"),
    ("indian", "a grant of Rs 5 lakhs to each school", "Rs 5 lakhs", 5 * 10**5 * D(1), None, "INR", "exact"),
    ("indian", "profit of Rs 120 crores in the year", "Rs 120 crores", 120 * 10**7 * D(1), None, "INR", "exact"),
    ("indian", "a loss of Rs 10 cr on the unit", "Rs 10 cr", 10 * 10**7 * D(1), None, "INR", "exact"),
    ("indian", "outlays of Rs 7,36,437.71 crore were set", "Rs 7,36,437.71 crore", D("736437.71") * 10**7, None, "INR", "exact"),
    # prefixed dollars and codes
    ("prefixed", "it paid $US12bn for the mine", "$US12bn", 12 * B, None, "USD", "exact"),
    ("prefixed", "a deal worth $A14.8bn was signed", "$A14.8bn", D("14.8") * B, None, "AUD", "exact"),
    ("prefixed", "the US $5 billion deal closed", "US $5 billion", 5 * B, None, "USD", "exact"),
    ("prefixed", "a C$2 billion pipeline", "C$2 billion", 2 * B, None, "CAD", "exact"),
    ("prefixed", "an NZ$300 million port upgrade", "NZ$300 million", 300 * M, None, "NZD", "exact"),
    ("prefixed", "an HK$5bn listing", "HK$5bn", 5 * B, None, "HKD", "exact"),
    ("prefixed", "a S$1.2 billion tower", "S$1.2 billion", D("1.2") * B, None, "SGD", "exact"),
    ("prefixed", "a Mex$40 million fine", "Mex$40 million", 40 * M, None, "MXN", "exact"),
    ("prefixed", "an R$8 billion stake", "R$8 billion", 8 * B, None, "BRL", "exact"),
    ("prefixed", "a deficit of $29.4 billion Canadian this year", "$29.4 billion Canadian", D("29.4") * B, None, "CAD", "exact"),
    # less common currencies by their ISO 4217 English names (from babel)
    ("names", "the bank lent 500 Malaysian ringgits", "500 Malaysian ringgits", D(500), None, "MYR", "exact"),
    ("names", "a charge of 250 Chinese yuan per visit", "250 Chinese yuan", D(250), None, "CNY", "exact"),
    ("names", "a 40 million Egyptian pound contract", "40 million Egyptian pound", 40 * M, None, "EGP", "exact"),
    ("names", "it raised 2 billion Turkish lira in bonds", "2 billion Turkish lira", 2 * B, None, "TRY", "exact"),
    ("names", "a fine of 3 million Kuwaiti dinars", "3 million Kuwaiti dinars", 3 * M, None, "KWD", "exact"),
    ("names", "sales of 90 million shekels", "90 million shekels", 90 * M, None, "ILS", "exact"),
    ("names", "a 5 million forint grant", "5 million forint", 5 * M, None, "HUF", "exact"),
    ("names", "a bill of 30 million Mexican pesos", "30 million Mexican pesos", 30 * M, None, "MXN", "exact"),
    ("names", "a fee of 250元 a night", "250元", D(250), None, "CNY", "exact"),
    # the wrong readings of the issue
    ("wrong", "no more than 9 euros a month", "no more than 9 euros", D(9), None, "EUR", "up_to"),
    ("wrong", "not more than $3 billion in total", "not more than $3 billion", 3 * B, None, "USD", "up_to"),
    ("wrong", "a prize of 25 000 dollars", "25 000 dollars", D(25000), None, "USD", "exact"),
    ("wrong", "a bonus of 1 250 000 euros", "1 250 000 euros", D(1250000), None, "EUR", "exact"),
    ("wrong", "net loss per share was ($45.50)", "$45.50", D("-45.50"), None, "USD", "exact"),
    ("wrong", "EPS:\t($0.12)", "$0.12", D("-0.12"), None, "USD", "exact"),
    ("sign", "revenue of -15€ last year", "-15€", D(-15), None, "EUR", "exact"),
    ("sign", "a margin of $-99.99 per unit", "$-99.99", D("-99.99"), None, "USD", "exact"),
    ("sign", "a swing to −$5 million", "−$5 million", -5 * M, None, "USD", "exact"),
    ("wrong", "a 300 million-dollar contract", "300 million-dollar", 300 * M, None, "USD", "exact"),
    ("wrong", "a 2 billion dollar plant", "2 billion dollar", 2 * B, None, "USD", "exact"),
    # misspelt scale words: "$2 bilion" is two billion dollars, not two dollars
    ("typo", "a $2 bilion order", "$2 bilion", 2 * B, None, "USD", "exact"),
    ("typo", "a fine of 5 milion euros", "5 milion euros", 5 * M, None, "EUR", "exact"),
    ("typo", "a £1 trilion hole", "£1 trilion", T, None, "GBP", "exact"),
    # hedges
    ("hedge", "a fee of £60m, possibly rising to £90m", "possibly rising to £90m", 90 * M, None, "GBP", "up_to"),
    ("hedge", "the deal could expand to $19.4bn later", "could expand to $19.4bn", D("19.4") * B, None, "USD", "up_to"),
    ("hedge", "the bill may climb to €2 billion", "may climb to €2 billion", 2 * B, None, "EUR", "up_to"),
    ("hedge", "the firm previously estimated ¥2.4 trillion in costs", "¥2.4 trillion", D("2.4") * T, None, "JPY", "exact"),
    ("hedge", "it had originally estimated $3 billion", "$3 billion", 3 * B, None, "USD", "exact"),
    ("hedge", "an estimated $2 billion was spent", "an estimated $2 billion", 2 * B, None, "USD", "about"),
]


@pytest.mark.parametrize(("kind", "text", "surface", "value", "high", "currency", "qualifier"), FORMS, ids=[f"{f[0]}: {f[1]}" for f in FORMS])
def test_world_money_forms(kind, text, surface, value, high, currency, qualifier):
    found = [m for m in find_money(text) if m.text == surface]
    assert found, find_money(text)
    (mention,) = found
    assert text[mention.start : mention.end] == surface
    assert (mention.value, mention.high, mention.currency, mention.qualifier) == (value, high, currency, qualifier)


# A change between two figures is two figures, not a range.
CHANGES = [
    ("the price rose from $10 to $20", ["$10", "$20"]),
    ("revenue rose $5 million to $20 million", ["$5 million", "$20 million"]),
    ("the fee climbed from 15 euros to 30 euros", ["15 euros", "30 euros"]),
    ("costs fell from £8m to £6m", ["£8m", "£6m"]),
]


@pytest.mark.parametrize(("text", "surfaces"), CHANGES)
def test_a_change_is_two_figures(text, surfaces):
    found = find_money(text)
    assert [m.text for m in found] == surfaces
    assert all(m.qualifier == "exact" for m in found)


# The currency only in the sentence's other figures.
IN_CONTEXT = [
    ("clauses worth €25 million, and an additional 5 million if they win", "5 million", 5 * M, "EUR", "exact"),
    ("Spending hit $400 billion, and will reach more than half a trillion.", "more than half a trillion", T / 2, "USD", "more_than"),
    ("a £3m fee plus 2 million on signing", "2 million", 2 * M, "GBP", "exact"),
]


@pytest.mark.parametrize(("text", "surface", "value", "currency", "qualifier"), IN_CONTEXT)
def test_a_scaled_figure_takes_the_currency_of_its_sentence(text, surface, value, currency, qualifier):
    (mention,) = [m for m in find_money(text) if m.text == surface]
    assert (mention.value, mention.currency, mention.qualifier) == (value, currency, qualifier)


NOT_MONEY = [
    "sold at dollar parity",
    "the euro held at dollar parity for weeks",
    "the shares of AMZN fell",
    "millions of AWS customers",
    "a video in 1080p and 720p",
    "the base grew. It reached around 52 million.",
    "the 5 million users in 2024",
    "not a cent was paid",
    "the CEO said 5 million people",
    "Section 4c of the act covers it",
    "he got 5 marks for the essay",
    "the two won praise from critics",
    "a three pound cake",
    "five pounds of flour",
    "it weighs 12 pounds of steel",
    "a 3 real-time feeds",
    "temperatures hit 35C and 40c in the south",
]


# A bare scaled figure beside money is money only when a hedge or "additional" introduces it.
BESIDE_MONEY = [
    ("It spent $5 billion, covering 12 million.", ["$5 billion"]),
    ("Revenue of $5 billion came from 40 million subscribers, up 2 million from last year.", ["$5 billion"]),
    ("A €2bn plan reaches 3 million homes and 4 million.", ["€2bn"]),
]


@pytest.mark.parametrize(("text", "surfaces"), BESIDE_MONEY)
def test_a_bare_figure_beside_money_needs_an_introducer(text, surfaces):
    assert [m.text for m in find_money(text)] == surfaces


@pytest.mark.parametrize("text", NOT_MONEY)
def test_near_misses_of_the_world_grammar(text):
    assert find_money(text) == []


def test_a_conversion_in_parentheses_is_not_negative():
    found = find_money("Microsoft will pay $US9.7bn ($A14.8bn) for it")
    assert [(m.text, m.value > 0) for m in found] == [("$US9.7bn", True), ("$A14.8bn", True)]


def test_printed_precision_of_world_forms():
    (rupees,) = find_money("Rs 7,36,437.71 crore")
    assert rupees.precision == D("0.005") * 10**7
    (pence,) = find_money("it rose to 4.74p")
    assert pence.precision == D("0.00005")
    (spaced,) = find_money("25 000 dollars")
    assert spaced.precision == D("0.5")
