"""Registry curation: `sources validate` notes (blank quotes, undated sources, stale facts) and
`sources extract` proposals, through the functions, typer's runner and a real subprocess."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.registry.curate import audit, quote_around, slug
from factcheck.registry.models import RegistryFile

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "registry"
runner = CliRunner()

HEADER = "entities:\n  - id: acme\n    name: Acme\n    kind: organization\nfacts:\n"
FACT = "  - id: {id}\n    subject: acme\n    relation: valued_at\n    amount: {{value: 2000000000, currency: USD}}\n    date: {date}\n    sources:\n      - url: https://example.com/a\n        publisher: Acme\n{published}        quote: {quote}\n"
PRESS_RELEASE = (
    "Zephyr Robotics Announces Investment\n\n"
    "Zephyr Robotics today announced that Acme will invest up to $2 billion in Dynamo for a 10% stake.\n"
    "Jane Smith, CEO of Zephyr Robotics, said the company would hire widely.\n"
)


def registry(tmp_path: Path, *facts: str) -> Path:
    (tmp_path / "reg.yaml").write_text(HEADER + "".join(facts), encoding="utf-8")
    return tmp_path


def fact(id="f1", date="2025-01-01", published="        published: 2025-01-01\n", quote='"Acme said so."'):
    return FACT.format(id=id, date=date, published=published, quote=quote)


@pytest.mark.parametrize(
    ("facts", "kinds"),
    [
        ([fact()], []),
        ([fact(published="")], ["undated-source"]),
        ([fact(date="2020-01-01")], ["stale-fact"]),
        ([fact(quote='"   "')], ["blank-quote"]),
        ([fact(id="f1", date="2019-05-01", published=""), fact(id="f2")], ["undated-source", "stale-fact"]),
    ],
)
def test_audit_notes(tmp_path, facts, kinds):
    notes = audit(registry(tmp_path, *facts), max_age_days=730, today=dt.date(2025, 6, 1))
    assert [n.kind for n in notes] == kinds
    assert all(f"{tmp_path / 'reg.yaml'}:" in str(n) for n in notes)


def test_stale_line_points_at_the_date(tmp_path):
    notes = audit(registry(tmp_path, fact(date="2020-01-01")), max_age_days=30, today=dt.date(2025, 6, 1))
    assert notes[0].line == 10  # "    date: 2020-01-01"


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        ([], 0, "valid; 0 errors, 1 warning (1 undated-source)"),
        (["--strict"], 1, "1 warning ("),
        (["--max-age-days", "10", "--today", "2025-06-01"], 0, "2 warnings (1 stale-fact, 1 undated-source)"),
        (["--today", "June"], 2, "--today: 'June' is not a date"),
    ],
)
def test_validate_cli_runner(tmp_path, args, code, expected):
    directory = registry(tmp_path, fact(published=""))
    result = runner.invoke(app, ["sources", "validate", str(directory), *args])
    assert result.exit_code == code, result.output
    assert expected in result.output


def test_validate_blank_quote_is_an_error(tmp_path):
    result = runner.invoke(app, ["sources", "validate", str(registry(tmp_path, fact(quote='"  "')))])
    assert result.exit_code == 2
    assert "empty quote" in result.output


def test_validate_empty_quote_is_a_schema_error(tmp_path):
    result = runner.invoke(app, ["sources", "validate", str(registry(tmp_path, fact(quote='""')))])
    assert result.exit_code == 2
    assert "facts.0.sources.0.quote: empty quote" in result.output


def test_project_registry_validates():
    result = subprocess.run([sys.executable, "-m", "factcheck", "sources", "validate", "sources"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "sources:" in result.stdout and "valid;" in result.stdout


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Acme will invest $2 billion in Zephyr.", "$2 billion", "Acme will invest $2 billion in Zephyr."),
        (" ".join(f"w{i}" for i in range(40)) + " $5 billion " + " ".join(f"v{i}" for i in range(40)), "$5 billion", None),
    ],
)
def test_quote_around(sentence, mention, expected):
    start = sentence.index(mention)
    quote = quote_around(sentence, start, start + len(mention))
    assert mention in quote and quote in sentence
    assert len(quote.split()) <= 25
    if expected:
        assert quote == expected


@pytest.mark.parametrize(("name", "expected"), [("Zephyr Robotics, Inc.", "zephyr-robotics-inc"), ("Acme's Cloud", "acme-cloud"), ("Jane Smith", "jane-smith")])
def test_slug(name, expected):
    assert slug(name) == expected


def _proposal_is_valid(text: str) -> dict:
    data = yaml.safe_load(text)
    RegistryFile.model_validate(data)  # loads as a registry file
    return data


def test_extract_cli_runner(tmp_path):
    press = tmp_path / "press.txt"
    press.write_text(PRESS_RELEASE, encoding="utf-8")
    out = tmp_path / "proposed.yaml"
    result = runner.invoke(
        app,
        ["sources", "extract", str(press), "--url", "https://zephyr.example.com/news", "--date", "2025-06-01", "--sources", str(FIXTURES), "--output", str(out)],
    )
    assert result.exit_code == 0, result.output
    data = _proposal_is_valid(out.read_text(encoding="utf-8"))
    invest = next(f for f in data["facts"] if f["relation"] == "invests_in")
    assert invest["subject"] == "acme"  # a registry id
    assert invest["amount"] == {"value": 2000000000, "currency": "USD", "qualifier": "up_to"}
    assert invest["stake_percent"] == 10
    assert invest["date"] == dt.date(2025, 6, 1)
    assert invest["sources"][0]["publisher"] == "zephyr.example.com"
    assert "$2 billion" in invest["sources"][0]["quote"]
    assert invest["object"] == "dynamo"
    assert {e["name"] for e in data["entities"]} == {"Jane Smith", "Zephyr Robotics"}


def test_short_unknown_names_fold_into_the_longer_one():
    from factcheck.models import MoneyClaim, Span
    from factcheck.registry.curate import _canonical_names
    from factcheck.registry.index import Registry

    def claim(subject, obj):
        return MoneyClaim(id="c", span=Span(start=0, end=1), text="x", sentence="x", sentence_span=Span(start=0, end=1), subject=subject, object=obj)

    names = _canonical_names([claim("acme", "Zephyr"), claim("Jane Smith", "Zephyr Robotics")], Registry())
    assert names == {"Zephyr": "Zephyr Robotics"}


def test_extract_subprocess_prints_yaml_and_marks_known_facts(tmp_path):
    press = tmp_path / "press.txt"
    press.write_text("Acme will invest $5 billion in Cirrus.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "sources", "extract", str(press), "--url", "https://example.com/r", "--publisher", "Acme", "--sources", str(FIXTURES)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "# already in the registry: line 1: '$5 billion' -> acme-invests-cirrus" in result.stdout
    _proposal_is_valid(result.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "ftp://example.com/x"], "must start with http:// or https://"),
        (["--url", "https://example.com/x", "--date", "soon"], "--date: 'soon' is not a date"),
    ],
)
def test_extract_bad_options_exit_2(tmp_path, args, message):
    press = tmp_path / "press.txt"
    press.write_text(PRESS_RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["sources", "extract", str(press), "--sources", str(FIXTURES), *args])
    assert result.exit_code == 2
    assert message in result.output
