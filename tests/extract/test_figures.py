"""Percent and quantity claims through the whole pipeline: kinds, positions in .txt, .md and .html,
and every output format; sentences of our own."""

from __future__ import annotations

import json

import pytest

from factcheck.models import PercentClaim, QuantityClaim
from factcheck.read import LineIndex, make_document

TEXT = (
    "Acme Corp said revenue rose 12% to $4.2 billion in the quarter.\n\n"
    "Bolt Inc took a 49 per cent stake in Cirrus for $300 million and will cut 725 jobs.\n\n"
    "Cirrus shares fell about 3.5 percent, while its 10 gigawatts of capacity stayed idle.\n"
)
MARKDOWN = (
    "# Acme results\n\n"
    "Acme Corp said **revenue** rose 12% to $4.2 billion in the [quarter](https://example.com/q).\n\n"
    "- Bolt Inc took a 49 per cent stake in Cirrus for $300 million and will cut 725 jobs.\n"
    "- Cirrus shares fell about 3.5 percent, while its 10 gigawatts of capacity stayed idle.\n"
)
HTML = (
    "<html><body><article><h1>Acme results</h1>"
    "<p>Acme Corp said <b>revenue</b> rose 12% to $4.2 billion in the quarter.</p>"
    "<p>Bolt Inc took a 49&nbsp;per cent stake in Cirrus for $300 million and will cut 725 jobs.</p>"
    "<p>Cirrus shares fell about 3.5 percent, while its 10 gigawatts of capacity stayed idle.</p>"
    "</article></body></html>"
)
EXPECTED = [("percent", "12%"), ("percent", "49 per cent"), ("quantity", "725 jobs"), ("percent", "about 3.5 percent"), ("quantity", "10 gigawatts")]


def _figures(checker, text: str, path: str):
    document = make_document(path, text, {"md": "markdown", "html": "html"}.get(path.rsplit(".", 1)[1], "text"))
    report = checker.check_documents([document]).files[0]
    return report, [c for c in report.claims if c.kind in ("percent", "quantity")]


def _plain(text: str) -> str:
    return " ".join(text.replace("&nbsp;", " ").split())


@pytest.mark.parametrize(("path", "text"), [("a.txt", TEXT), ("a.md", MARKDOWN), ("a.html", HTML)])
def test_positions_are_exact_in_every_format(checker, path, text):
    _, figures = _figures(checker, text, path)
    assert [(c.kind, _plain(c.text)) for c in figures] == [(k, _plain(t)) for k, t in EXPECTED]
    for claim in figures:
        # the span points at the figure in the file as written, markup and entities included
        assert _plain(text[claim.span.start : claim.span.end]) == _plain(claim.text)
        assert text[claim.sentence_span.start : claim.sentence_span.end].startswith(claim.sentence[:5])
    index = LineIndex(text)
    line, column = index.position(figures[0].span.start)
    assert text.split("\n")[line - 1][column - 1 :].startswith("12%")


def test_kinds_carry_their_own_fields(checker):
    _, figures = _figures(checker, TEXT, "a.txt")
    rose, stake, jobs, fell, power = figures
    assert isinstance(rose, PercentClaim) and (rose.role, rose.direction, str(rose.value)) == ("change", "up", "12")
    assert (stake.role, stake.qualifier.value) == ("share", "exact")
    assert (fell.role, fell.direction, fell.qualifier.value) == ("change", "down", "about")
    assert isinstance(jobs, QuantityClaim) and (jobs.unit, int(jobs.value)) == ("jobs", 725)
    assert power.unit == "GW"


def test_money_rules_see_no_percent_or_quantity(checker):
    report, figures = _figures(checker, TEXT, "a.txt")
    ids = {c.id for c in figures}
    assert all(not ids & set(finding.claims) for finding in report.findings)


def test_a_figure_inside_a_money_mention_is_money():
    from factcheck.extract import _outside
    from factcheck.models import MoneyClaim, Span

    base = {"text": "x", "sentence": "x", "sentence_span": Span(start=0, end=30)}
    money = MoneyClaim(id="m", span=Span(start=0, end=20), **base)
    inside = QuantityClaim(id="q", span=Span(start=4, end=20), value=5, unit="shares", **base)
    after = QuantityClaim(id="r", span=Span(start=21, end=30), value=5, unit="jobs", **base)
    assert _outside([inside, after], [money]) == [after]


@pytest.mark.parametrize("fmt", ["json", "sarif", "html", "text", "github", "gitlab"])
def test_every_format_renders_the_new_kinds(tmp_path, fmt):
    from typer.testing import CliRunner

    from factcheck.cli import app

    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-config", "--exit-zero", "--format", fmt, str(article)])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        claims = json.loads(result.stdout)["files"][0]["claims"]
        percent = next(c for c in claims if c["kind"] == "percent")
        assert {"value", "qualifier", "role", "direction", "of", "points"} <= percent.keys() and "amount" not in percent
        quantity = next(c for c in claims if c["kind"] == "quantity")
        assert (quantity["value"], quantity["unit"]) == (725, "jobs")


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_claims_command_lists_the_new_kinds(tmp_path, fmt):
    from typer.testing import CliRunner

    from factcheck.cli import app

    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", "--format", fmt, str(article)])
    assert result.exit_code == 0, result.output
    assert "725" in result.stdout and "12" in result.stdout
    if fmt == "csv":
        row = next(line for line in result.stdout.splitlines() if ",percent," in line)
        assert ",12,," in row  # the value column holds the percentage itself


def test_an_article_spacy_skips_still_has_its_figures(checker):
    from factcheck.nlp.prefilter import claim_possible_in

    text = "Turnout rose 4% this year.\n\nThe club now has 12,000 members."
    document = make_document("a.txt", text)
    assert not claim_possible_in(document)  # no money, no relation word: no parse
    claims = checker.check_documents([document]).files[0].claims
    assert [(c.kind, c.text, c.id) for c in claims] == [("percent", "4%", "c1"), ("quantity", "12,000 members", "c2"), ("duration", "this year", "c3")]
    assert text[claims[1].span.start : claims[1].span.end] == "12,000 members"
