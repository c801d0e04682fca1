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


# --- dates: --date, config, metadata, dateline -------------------------------------------------

from factcheck.arithmetic.dates import article_date  # noqa: E402
from factcheck.arithmetic.trace import restated  # noqa: E402
from factcheck.models import Amount  # noqa: E402
from factcheck.read import make_document  # noqa: E402


@pytest.mark.parametrize(
    ("path", "text", "fmt", "expected"),
    [
        ("a.html", '<html><head><meta property="article:published_time" content="2016-03-22T10:00:00Z"></head><body><p>Orbit paid €9m.</p></body></html>', "html", "2016-03-22"),
        ("a.html", '<html><head><meta content="2019-11-04" name="pubdate"></head><body><p>Orbit paid €9m.</p></body></html>', "html", "2019-11-04"),
        ("a.html", '<html><body><article><time datetime="2021-06-30">June 30</time><p>Orbit paid €9m.</p></article></body></html>', "html", "2021-06-30"),
        ("a.html", '<html><head><script type="application/ld+json">{"datePublished": "2018-02-01T08:00"}</script></head><body><p>x</p></body></html>', "html", "2018-02-01"),
        ("a.md", "---\ntitle: Orbit\ndate: 2019-05-02\n---\n\nOrbit paid €9m.\n", "markdown", "2019-05-02"),
        ("a.md", "Orbit paid €9m on 2019-05-02.\n", "markdown", None),
        ("a.txt", "LONDON, March 22, 2016 -- Orbit paid €9m.\n", "text", "2016-03-22"),
        ("a.txt", "Orbit paid €9m in the quarter ended Dec. 31, 2002.\n", "text", None),
    ],
)
def test_article_date_from_metadata_or_dateline(path, text, fmt, expected):
    found = article_date(make_document(path, text, fmt))
    assert (found.isoformat() if found else None) == expected


def test_document_date_wins_over_metadata():
    import datetime as dt

    document = make_document("a.md", "---\ndate: 2019-05-02\n---\n\nOrbit paid €9m.\n", "markdown").model_copy(update={"date": dt.date(2020, 1, 2)})
    assert article_date(document) == dt.date(2020, 1, 2)


CONVERSION = "Orbit paid €100 million (£62m) for Bolt.\n"  # 0.62 GBP per EUR: within the pair's history (0.57-0.98), far from the 2016 rate


def _fc108(args, tmp_path, config: str | None = None):
    article = tmp_path / "draft.txt"
    article.write_text(CONVERSION, encoding="utf-8")
    if config is not None:
        (tmp_path / ".factcheck.toml").write_text(config, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "--exit-zero", "--select", "FC108", "--format", "json", *args, str(article)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    return result, (json.loads(result.stdout)["files"][0]["findings"] if result.returncode == 0 else None)


def test_date_option_feeds_the_rate_lookup(tmp_path):
    _, undated = _fc108(["--no-config"], tmp_path)
    _, dated = _fc108(["--no-config", "--date", "2016-03-22"], tmp_path)
    assert undated == [] and [f["code"] for f in dated] == ["FC108"]
    assert "2016-03-22" in dated[0]["message"]


def test_config_date_feeds_the_rate_lookup(tmp_path):
    _, dated = _fc108([], tmp_path, config="date = 2016-03-22\n")
    assert [f["code"] for f in dated] == ["FC108"]


def test_bad_date_is_a_usage_error(tmp_path):
    result, _ = _fc108(["--no-config", "--date", "2016-13-01"], tmp_path)
    assert result.returncode == 2 and "--date" in result.stderr


@pytest.mark.parametrize(
    ("text", "amount", "value", "expected"),
    [
        ("Rs 7,21,233.82 crore", "7212338200000", "7213338200000", "Rs 7,21,333.82 crore"),
        ("$6.2 billion", "6200000000", "7100000000", "$7.1 billion"),
        ("€1,250 million", "1250000000", "1300000000", "€1,300 million"),
        ("£940m", "940000000", "5340000000", "£5340m"),
    ],
)
def test_restated_keeps_scale_and_grouping(text, amount, value, expected):
    assert restated(text, Amount(value=Decimal(amount), currency="USD"), Decimal(value)) == expected


@pytest.mark.parametrize(
    ("sentence", "figures", "consistent"),
    [
        ("Orbit said revenue declined to $3.9 billion against $3.1 billion a quarter earlier.\n", ["$3.9 billion", "$3.1 billion"], "$3.9 billion below"),
        ("Orbit's operating profit rose £54m to £1,156m from £1,002m.\n", ["£54m", "£1,156m", "£1,002m"], "a rise of £153m to £155m"),
        ("Zephyr net up 51%\nZephyr said quarterly net profit grew 39% to $160 million from $115 million.\n", ["51%", "$160 million", "$115 million"], "a change of +"),
    ],
)
def test_change_traces_in_json(tmp_path, sentence, figures, consistent):
    article = tmp_path / "draft.txt"
    article.write_text(sentence, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "--no-config", "--exit-zero", "--select", "FC107", "--format", "json", str(article)]
    out = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    (finding,) = out["files"][0]["findings"]
    assert [f["text"] for f in finding["trace"]["figures"]] == figures
    assert finding["trace"]["consistent"].startswith(consistent)


from factcheck.arithmetic.carried import metric_before, sentence_spans  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an operating profit of", ("operating profit", None)),
        ("It expects revenue to grow", ("revenue", None)),
        ("on sales of", ("revenue", None)),
        ("Orbit reported cloud revenue of", ("revenue", "cloud")),
        ("the group's net income of", ("net profit", None)),
        ("Net sales went up", ("revenue", None)),
        ("the chief executive said", None),
    ],
)
def test_metric_named_before_a_figure(text, expected):
    assert metric_before(text, 0, len(text)) == expected


def test_sentences_split_at_ends_not_at_decimals():
    text = "Revenue was Rs 10.45 crore. Its profit fell. U.S. sales rose"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Revenue was Rs 10.45 crore.", "Its profit fell.", "U.S. sales rose"]
