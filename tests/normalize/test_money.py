"""The money grammar, form by form. Sentences are our own; none comes from a published article.

Forms with no example in the development corpus were looked up in published pages with the
search tool; each is recorded here by URL and construction only (no text copied):
- euro + attached "bn": https://events.mergermarket.com/awards/what-will-be-the-deal-of-the-year
  (a deal value "€NN.Nbn"; also pound + attached "bn")
- pound + attached "m": https://www.parliamenttoday.com/free/viewnews.html?id=168748
  (an investment of "£NNNm" from a company)
- yen symbol + "billion": https://www.marketscreener.com/quote/stock/DAI-ICHI-CUTTER-KOGYO-K-K-11551093/news/Dai-Ichi-Cutter-Kogyo-k-k-cancelled-the-acquisition-of-Asire-Co-Ltd-from-Ken-ichi-Mori-33848598/
  (annual sales "¥N.N billion", and a per-share price in yen)
- number + "billion yuan": http://english.enorth.com.cn/system/2006/12/31/001505788.shtml
  (a fund size with a US-dollar conversion in parentheses)
- "Rs" + number + "crore": https://business-standard.com/amp/article/pti-stories/leapfrog-raises-rs-2-400-cr-to-invest-rs-600-cr-in-indian-cos-114090900770_1.html
  (a rupee equivalent after a USD amount; "up to Rs N crore")
- "US$" + space + number + "billion": https://eu-japan.com/category/ma/ (an approximate conversion)
- code before number "USD N.N billion", "JPY N billion": http://japanesepenews.blogspot.com/2012/
- "$" + number + attached "tn": http://macdailynews.com/2017/08/04/apple-first-trillion-dollar-baby/
- "$" + number + attached "K": https://www.nar.realtor/magazine/real-estate-news/11-metros-break-500k-median-home-price
- "billions of dollars" with no figure: http://techcrunch.com/2021/08/16/the-hyperactive-late-stage-market-should-keep-the-startup-investing-game-afoot/
- "multibillion-dollar" before a noun: https://lightlynews.com/2021/04/10/business/biden-details-1-52-trillion-spending-proposal-to-fund-discretionary-priorities/
- range "about $N to $M billion" (symbol on the low end, scale on the high end): https://vccircle.com/ril-offering-about-12b-lyondellbasell
- "respectively" pairing two investors with two amounts: https://www.techzine.eu/news/analytics/136467/microsoft-and-nvidia-invest-15-billion-in-anthropic
- per-unit "per GPU": https://www.techspot.com/news/99839-nvidia-garners-reported-1000-profit-each-h100-gpu.html ;
  "per share": https://www.brecorder.com/news/40051566/acacia-agrees-to-ciscos-increased-offer-of-45bn
- "as much as $N billion": https://www.cnet.com/tech/tech-industry/uber-to-be-valued-at-50-billion-in-new-funding-round-say-reports/
- "nearly" before an amount (in euros): https://www.bnnbloomberg.ca/safran-in-talks-for-1-billion-raytheon-flight-control-unit-1.1928991
No published example was found for "half a billion dollars", "a quarter of a trillion
dollars" and "north of / upwards of $N billion"; they are tested with our own sentences.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.normalize.money import find_money, format_amount

B = Decimal(10) ** 9
M = Decimal(10) ** 6
T = Decimal(10) ** 12

# (text, expected surface, value, high, currency, qualifier)
FORMS = [
    # issue 2: the seed article's forms and their neighbours
    ("a $15B round", "$15B", 15 * B, None, "USD", "exact"),
    ("the $30B deal", "$30B", 30 * B, None, "USD", "exact"),
    ("invest $15 billion in it", "$15 billion", 15 * B, None, "USD", "exact"),
    ("raised $1.5bn last week", "$1.5bn", Decimal("1.5") * B, None, "USD", "exact"),
    ("a US$2 billion loan", "US$2 billion", 2 * B, None, "USD", "exact"),
    ("worth 15 billion dollars", "15 billion dollars", 15 * B, None, "USD", "exact"),
    ("some ten billion dollars later", "some ten billion dollars", 10 * B, None, "USD", "about"),
    ("ten billion dollars in revenue", "ten billion dollars", 10 * B, None, "USD", "exact"),
    ("a €2bn bond", "€2bn", 2 * B, None, "EUR", "exact"),
    ("a £500m stake", "£500m", 500 * M, None, "GBP", "exact"),
    ("a $350 billion valuation", "$350 billion", 350 * B, None, "USD", "exact"),
    ("$10-15 billion of capacity", "$10-15 billion", 10 * B, 15 * B, "USD", "range"),
    ("$10–15 billion of capacity", "$10–15 billion", 10 * B, 15 * B, "USD", "range"),
    ("between $10 and $15 billion", "between $10 and $15 billion", 10 * B, 15 * B, "USD", "range"),
    ("from $10 billion to $15 billion", "from $10 billion to $15 billion", 10 * B, 15 * B, "USD", "range"),
    ("$10 to $15 billion", "$10 to $15 billion", 10 * B, 15 * B, "USD", "range"),
    # qualifier words of DESIGN.md's table
    ("up to $10 billion", "up to $10 billion", 10 * B, None, "USD", "up_to"),
    ("as much as $4 billion", "as much as $4 billion", 4 * B, None, "USD", "up_to"),
    ("could reach $2 billion", "could reach $2 billion", 2 * B, None, "USD", "up_to"),
    ("a maximum of $3 billion", "a maximum of $3 billion", 3 * B, None, "USD", "up_to"),
    ("at least $1 billion", "at least $1 billion", 1 * B, None, "USD", "at_least"),
    ("a minimum of $1 billion", "a minimum of $1 billion", 1 * B, None, "USD", "at_least"),
    ("no less than $1 billion", "no less than $1 billion", 1 * B, None, "USD", "at_least"),
    ("more than $29 billion", "more than $29 billion", 29 * B, None, "USD", "more_than"),
    ("over $13 billion", "over $13 billion", 13 * B, None, "USD", "more_than"),
    ("past $35 billion", "past $35 billion", 35 * B, None, "USD", "more_than"),
    ("above $2 billion", "above $2 billion", 2 * B, None, "USD", "more_than"),
    ("in excess of $2 billion", "in excess of $2 billion", 2 * B, None, "USD", "more_than"),
    ("north of $2 billion", "north of $2 billion", 2 * B, None, "USD", "more_than"),
    ("upwards of $2 billion", "upwards of $2 billion", 2 * B, None, "USD", "more_than"),
    # headline verbs of surpassing: a lower bound; "the top $1 million" is an adjective
    ("Contracts top $22 billion", "top $22 billion", 22 * B, None, "USD", "more_than"),
    ("Sales topped $5 billion last year", "topped $5 billion", 5 * B, None, "USD", "more_than"),
    ("Orders surpassed $3 billion", "surpassed $3 billion", 3 * B, None, "USD", "more_than"),
    ("Its backlog exceeds $9 billion", "exceeds $9 billion", 9 * B, None, "USD", "more_than"),
    ("The top $1 million prize went to Acme", "$1 million", 1 * M, None, "USD", "exact"),
    ("less than $2 billion", "less than $2 billion", 2 * B, None, "USD", "less_than"),
    ("under $2 billion", "under $2 billion", 2 * B, None, "USD", "less_than"),
    ("below $2 billion", "below $2 billion", 2 * B, None, "USD", "less_than"),
    ("nearly $5 billion", "nearly $5 billion", 5 * B, None, "USD", "less_than"),
    ("almost $5 billion", "almost $5 billion", 5 * B, None, "USD", "less_than"),
    ("just shy of $5 billion", "just shy of $5 billion", 5 * B, None, "USD", "less_than"),
    ("about $1.4 trillion", "about $1.4 trillion", Decimal("1.4") * T, None, "USD", "about"),
    ("around $2 billion", "around $2 billion", 2 * B, None, "USD", "about"),
    ("roughly $2 billion", "roughly $2 billion", 2 * B, None, "USD", "about"),
    ("approximately $2 billion", "approximately $2 billion", 2 * B, None, "USD", "about"),
    ("an estimated $2 billion", "an estimated $2 billion", 2 * B, None, "USD", "about"),
    ("~$2B", "~$2B", 2 * B, None, "USD", "about"),
    ("up to a combined $15 billion", "up to a combined $15 billion", 15 * B, None, "USD", "up_to"),
    ("Up to $10 Billion direct investment", "Up to $10 Billion", 10 * B, None, "USD", "up_to"),
    # issue 3: currencies by symbol, code and name
    ("¥300 billion", "¥300 billion", 300 * B, None, "JPY", "exact"),
    ("₹500 crore", "₹500 crore", 5 * B, None, "INR", "exact"),
    ("USD 5 million", "USD 5 million", 5 * M, None, "USD", "exact"),
    ("EUR 2 billion", "EUR 2 billion", 2 * B, None, "EUR", "exact"),
    ("2 billion euros", "2 billion euros", 2 * B, None, "EUR", "exact"),
    ("5 million pounds", "5 million pounds", 5 * M, None, "GBP", "exact"),
    ("3 billion yen", "3 billion yen", 3 * B, None, "JPY", "exact"),
    ("7 billion yuan", "7 billion yuan", 7 * B, None, "CNY", "exact"),
    ("40 billion rupees", "40 billion rupees", 40 * B, None, "INR", "exact"),
    ("$90 billion USD", "$90 billion USD", 90 * B, None, "USD", "exact"),
    ("$96 billion dollars", "$96 billion dollars", 96 * B, None, "USD", "exact"),
    # scales
    ("$40 thousand", "$40 thousand", 40 * 1000, None, "USD", "exact"),
    ("$40k", "$40k", 40 * 1000, None, "USD", "exact"),
    ("$5m", "$5m", 5 * M, None, "USD", "exact"),
    ("$5mn", "$5mn", 5 * M, None, "USD", "exact"),
    ("$5M", "$5M", 5 * M, None, "USD", "exact"),
    ("$2 trillion", "$2 trillion", 2 * T, None, "USD", "exact"),
    ("$2tn", "$2tn", 2 * T, None, "USD", "exact"),
    ("$2T", "$2T", 2 * T, None, "USD", "exact"),
    ("$1,250,000", "$1,250,000", Decimal(1250000), None, "USD", "exact"),
    # number words
    ("a billion dollars", "a billion dollars", 1 * B, None, "USD", "exact"),
    ("one billion dollars", "one billion dollars", 1 * B, None, "USD", "exact"),
    ("half a billion dollars", "half a billion dollars", B / 2, None, "USD", "exact"),
    ("a quarter of a trillion dollars", "a quarter of a trillion dollars", T / 4, None, "USD", "exact"),
    ("twenty-five million euros", "twenty-five million euros", 25 * M, None, "EUR", "exact"),
]


@pytest.mark.parametrize(("text", "surface", "value", "high", "currency", "qualifier"), FORMS, ids=[f[0] for f in FORMS])
def test_money_forms(text, surface, value, high, currency, qualifier):
    found = find_money(text)
    assert len(found) == 1, found
    mention = found[0]
    assert mention.text == surface
    assert text[mention.start : mention.end] == surface
    assert mention.value == value
    assert mention.high == high
    assert mention.currency == currency
    assert mention.qualifier == qualifier


VAGUE = [
    ("multi-billion-dollar", "multi-billion-dollar"),
    ("a multibillion-dollar deal", "multibillion-dollar"),
    ("billions of dollars in investment", "billions of dollars"),
    ("tens of billions of dollars in revenue", "tens of billions of dollars"),
    ("they pour billions into the lab", "billions"),
    ("a billion-dollar company", "billion-dollar"),
]


@pytest.mark.parametrize(("text", "surface"), VAGUE, ids=[v[0] for v in VAGUE])
def test_magnitudes_without_a_figure_have_no_value(text, surface):
    (mention,) = find_money(text)
    assert mention.text == surface
    assert mention.value is None
    assert mention.vague_magnitude is not None


NOT_MONEY = [
    "$",
    "B2B",
    "a 7-year deal",
    "its Series B round",
    "GPT-5 launched",
    "shares rose 35% on the news",
    "in 2025 the firm grew",
    "call +1 (555) 123-4567",
    "a billion people use it",
    "100 billion parameters",
    "tens of millions of CPUs",
    "millions of customers",
    "10GW of capacity",
    "160 million shares",
    "the $ sign",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_near_misses_are_not_money(text):
    assert find_money(text) == []


PER_UNIT = [
    ("$2 per share", "$2", "share", None),
    ("$40,000 per GPU", "$40,000", "gpu", None),
    ("$0.01 per share", "$0.01", "share", None),
    ("$30 billion per year", "$30 billion", None, "annual"),
    ("$30 billion a year", "$30 billion", None, "annual"),
    ("$2 billion annually", "$2 billion", None, "annual"),
    ("$5 million a month", "$5 million", None, "monthly"),
]


@pytest.mark.parametrize(("text", "surface", "per", "period"), PER_UNIT, ids=[p[0] for p in PER_UNIT])
def test_per_unit_amounts_keep_their_unit(text, surface, per, period):
    (mention,) = find_money(text)
    assert (mention.text, mention.per, mention.period) == (surface, per, period)


def test_a_change_is_two_amounts_not_a_range():
    found = find_money("its valuation rose from $10 billion to $15 billion")
    assert [m.text for m in found] == ["$10 billion", "$15 billion"]


def test_respectively_gives_two_mentions():
    found = find_money("will invest up to $10 billion and up to $5 billion, respectively")
    assert [(m.text, m.qualifier) for m in found] == [("up to $10 billion", "up_to"), ("up to $5 billion", "up_to")]


def test_printed_precision():
    (mention,) = find_money("$14.3 billion")
    assert mention.precision == Decimal("0.05") * B
    (mention,) = find_money("$30 billion")
    assert mention.precision == Decimal("0.5") * B


def test_nbsp_and_line_break_inside_a_mention():
    assert find_money("up to\u00a0$10\u00a0billion")[0].value == 10 * B
    assert find_money("up to\n$10 billion")[0].qualifier == "up_to"


@pytest.mark.parametrize(
    ("value", "currency", "qualifier", "expected"),
    [
        (15 * B, "USD", "up_to", "up to $15B"),
        (Decimal("1.49") * B, "USD", "exact", "$1.49B"),
        (500 * M, "EUR", "about", "about €500M"),
        (Decimal(600), "USD", "exact", "$600"),
    ],
)
def test_format_amount(value, currency, qualifier, expected):
    assert format_amount(value, currency, qualifier) == expected


@pytest.mark.parametrize(
    ("value", "currency", "qualifier", "high", "expected"),
    [
        # The five currencies written with a symbol before babel: unchanged.
        (Decimal("2.75") * B, "GBP", "more_than", None, "more than £2.75B"),
        (120 * B, "JPY", "exact", None, "¥120B"),
        (Decimal("3.125") * T, "INR", "less_than", None, "less than ₹3.125T"),
        (Decimal(1500) * T, "USD", "exact", None, "$1500T"),
        (Decimal("1234567"), "EUR", "exact", None, "€1.234567M"),  # every printed digit kept
        (Decimal("750000"), "USD", "at_least", None, "at least $750,000"),  # below a million: written out
        (-Decimal("2.5") * B, "USD", "exact", None, "$-2.5B"),  # as before babel
        (10 * B, "USD", "range", 15 * B, "$10B–15B"),
        (Decimal("0.5") * M, "EUR", "range", 2 * M, "€0.5M–2M"),  # the low end takes the high end's unit
        # Others: the symbol CLDR gives them in English, or the code after the figure when it has none.
        (5 * B, "CAD", "exact", None, "CA$5B"),
        (Decimal("1.2") * B, "AUD", "up_to", None, "up to A$1.2B"),
        (40 * B, "CNY", "about", None, "about CN¥40B"),
        (300 * M, "HKD", "exact", None, "HK$300M"),
        (2 * B, "KRW", "exact", None, "₩2B"),
        (750 * M, "CHF", "exact", None, "750M CHF"),
        (9 * B, "SEK", "exact", None, "9B SEK"),
    ],
)
def test_format_amount_by_currency(value, currency, qualifier, high, expected):
    assert format_amount(value, currency, qualifier, high) == expected
