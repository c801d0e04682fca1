"""The arithmetic engine's pieces without a model: percentages, intervals, rates, unit rescaling;
and the trace as users meet it, through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from factcheck.arithmetic.intervals import Interval
from factcheck.arithmetic.percents import read_percents
from factcheck.arithmetic.rates import rate_range
from factcheck.models import Qualifier
from factcheck.rules.consistency.fc109_unit_slip import rescaled


@pytest.mark.parametrize(
    ("text", "value", "precision", "qualifier"),
    [
        ("sales rose 4.6% to", "4.6", "0.05", Qualifier.EXACT),
        ("up 12 percent", "12", "0.5", Qualifier.EXACT),
        ("a 3.25 per cent gain", "3.25", "0.005", Qualifier.EXACT),
        ("more than 30% higher", "30", "0.5", Qualifier.MORE_THAN),
        ("nearly 9 pc", "9", "0.5", Qualifier.LESS_THAN),
    ],
)
def test_percent_reader(text, value, precision, qualifier):
    (percent,) = read_percents(text)
    assert (percent.value, percent.precision, percent.qualifier) == (Decimal(value), Decimal(precision), qualifier)


@pytest.mark.parametrize(
    ("a", "b", "meets"),
    [((1, 2), (2, 3), True), ((1, 2), (2.5, 3), False), ((0, 10), (4, 5), True)],
)
def test_intervals_meet_only_when_they_share_a_value(a, b, meets):
    assert Interval(Decimal(a[0]), Decimal(a[1])).meets(Interval(Decimal(b[0]), Decimal(b[1]))) is meets


def test_quotient_of_printed_figures_spans_their_rounding():
    quotient = Interval(Decimal("4.135"), Decimal("4.145")).divided_by(Interval(Decimal("3.955"), Decimal("3.965")))
    assert Decimal("1.0428") < quotient.low < Decimal("1.0430") and Decimal("1.0480") < quotient.high < Decimal("1.0481")


def test_bundled_ecb_rates_span_the_pair_history():
    low, high = rate_range("EUR", "GBP")
    assert Decimal("0.55") < low < Decimal("0.65") and Decimal("0.9") < high < Decimal("1.0")


@pytest.mark.parametrize(
    ("text", "factor", "expected"),
    [("£5.5m", Decimal("0.001"), "£5.5bn"), ("€49.3 billion", Decimal(1000), "€49.3 million"), ("$2 million", Decimal(10**7), None)],
)
def test_unit_fix_moves_the_scale_word(text, factor, expected):
    assert rescaled(text, factor) == expected


def test_json_and_text_reports_carry_the_trace(tmp_path):
    article = tmp_path / "draft.txt"
    article.write_text("Orbit said quarterly sales rose 25% to $5.1 billion from $4.6 billion.\n", encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "--no-config", "--exit-zero", "--select", "FC107"]
    out = json.loads(subprocess.run([*command, "--format", "json", str(article)], capture_output=True, text=True, check=True).stdout)
    (finding,) = out["files"][0]["findings"]
    assert finding["code"] == "FC107"
    assert [f["text"] for f in finding["trace"]["figures"]] == ["25%", "$5.1 billion", "$4.6 billion"]
    assert finding["trace"]["consistent"].startswith("a change of +")
    text = subprocess.run([*command, str(article)], capture_output=True, text=True, check=True).stdout
    assert "trace: 25% = 24.5..25.5" in text
