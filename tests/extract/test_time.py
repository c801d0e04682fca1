"""Time anchors: the period a money figure belongs to, and running totals (issue 13)."""

from __future__ import annotations

import pytest

from factcheck.extract.time import period_length, periods_differ, time_anchor
from factcheck.models import TimeAnchor


def _anchor(sentence: str, figure: str) -> TimeAnchor | None:
    start = sentence.index(figure)
    return time_anchor(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "period", "running"),
    [
        ("Acme was valued at $40 billion in 2016 and at $60 billion in 2018.", "$40 billion", "2016", False),
        ("Acme was valued at $40 billion in 2016 and at $60 billion in 2018.", "$60 billion", "2018", False),
        ("Sales in the third quarter of 2008 reached $15 billion.", "$15 billion", "Q3 2008", False),
        ("Sales reached $15 billion, against $14 billion a year earlier.", "$14 billion", "a year earlier", False),
        ("Net income for fiscal 2002 was $4 billion.", "$4 billion", "FY2002", False),
        ("In FY24 the group earned $900 million.", "$900 million", "FY2024", False),
        ("The budget for financial year 2031-32 has an outlay of Rs 5 lakh crore.", "Rs 5 lakh crore", "FY2031", False),
        ("The outlay of Rs 5 lakh crore for the next fiscal was approved.", "Rs 5 lakh crore", "next fiscal", False),
        ("It rose from the current fiscal's Rs 4 lakh crore.", "Rs 4 lakh crore", "current fiscal", False),
        ("Its Q2 2023 revenue was $2 billion.", "$2 billion", "Q2 2023", False),
        ("Revenue for 1Q18 rose to S$20 million.", "S$20 million", "Q1 2018", False),
        ("In March 2025 Bolt agreed to pay $3 billion.", "$3 billion", "2025-03", False),
        ("The Series E round of $100 million was led by Cirrus.", "$100 million", "series e", False),
        ("Profit in the first half of 2024 was $1 billion.", "$1 billion", "H1 2024", False),
        ("Cirrus has raised $1.2 billion to date.", "$1.2 billion", None, True),
        ("So far Bolt has spent $800 million on chips.", "$800 million", None, True),
        ("In all, the fund has committed $5 billion since its founding in 2019.", "$5 billion", "2019", True),
    ],
)
def test_anchor_of_a_figure(sentence, figure, period, running):
    anchor = _anchor(sentence, figure)
    assert anchor is not None
    assert (anchor.period, anchor.running_total) == (period, running)


@pytest.mark.parametrize(
    "sentence",
    ["Acme will invest $10 billion in Cirrus.", "Bolt agreed to pay $2 billion for the unit."],
)
def test_no_anchor_when_the_text_gives_none(sentence):
    assert _anchor(sentence, "$" + sentence.split("$")[1].split(" ")[0] + " billion") is None


def _t(period=None, running=False):
    return TimeAnchor(period=period, running_total=running)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        (_t("2016"), _t("2018"), True),
        (_t("2016"), _t("2016"), False),
        (_t("Q3 2008"), _t("2008"), False),  # the quarter lies in the year
        (_t("Q3 2008"), _t("Q2 2008"), True),
        (_t("Q3"), _t("Q3 2008"), False),
        (_t("FY2002"), _t("2002"), False),
        (_t("2025-03"), _t("2025"), False),
        (_t("series e"), _t("series d"), True),
        (_t("series e"), _t("2021"), False),  # unknown relation between a round and a year: no claim
        (_t("a year earlier"), _t("Q3 2008"), True),
        (_t("a year earlier"), None, True),
        (None, None, False),
        (_t("2016"), None, False),
        (_t(running=True), None, True),
        (_t(running=True), _t(running=True), False),
    ],
)
def test_periods_differ(a, b, differ):
    assert periods_differ(a, b) is differ
    assert periods_differ(b, a) is differ


@pytest.mark.parametrize(
    ("period", "length"),
    [
        ("2016", "annual"),
        ("FY2016", "annual"),
        ("a year earlier", "annual"),
        ("next fiscal", "annual"),
        ("last financial year", "annual"),
        ("Q3 2008", "quarterly"),
        ("FYQ2 2023", "quarterly"),
        ("last quarter", "quarterly"),
        ("H1 2024", None),  # a half names no rate's length
        ("2025-03", None),  # a month date: "the year to March 2025" is a year, "in March 2025" is not
        ("series e", None),
        (None, None),
    ],
)
def test_period_length(period, length):
    assert period_length(period) == length
