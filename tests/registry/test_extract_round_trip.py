"""`sources extract` round trip: what it proposes from a press release, once in the registry,
validates and makes the same press release check clean (no warning or error).

Press releases written for these tests; every company in them is fictional.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import Severity

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "registry"
runner = CliRunner()

RELEASES = {
    "acquisition-and-short-names": (
        "Brennick Aerospace agrees to acquire Tolland Motors for $1.2 billion\n\n"
        "Brennick Aerospace Corp. announced today that it has agreed to acquire Tolland Motors Ltd. for $1.2 billion in cash.\n\n"
        "Brennick will also invest $300 million in Tolland's factory in Ohio.\n\n"
        "Tolland CEO Mara Quist will join the Brennick board.\n"
    ),
    "round-led-by-an-investor": (
        "Quillon Health raises $80 million led by Sarnia Ventures\n\n"
        "Quillon Health Inc. today announced it has raised $80 million in a Series C round led by Sarnia Ventures.\n"
    ),
    "hedged-investment-and-purchase": (
        "Halvard Dynamics to invest up to $2 billion in Orrin Labs\n\n"
        "Halvard Dynamics said on Monday it will invest up to $2 billion in Orrin Labs, the robotics start-up, over three years.\n\n"
        "Orrin Labs will also buy $600 million of sensors from Halvard Dynamics.\n"
    ),
}


def _extract(tmp_path: Path, text: str) -> tuple[Path, Path, dict]:
    registry = tmp_path / "registry"
    shutil.copytree(FIXTURES, registry)
    press = tmp_path / "press.txt"
    press.write_text(text, encoding="utf-8")
    proposed = registry / "proposed.yaml"
    result = runner.invoke(app, ["sources", "extract", str(press), "--url", "https://example.com/news", "--date", "2026-01-15", "--sources", str(registry), "--output", str(proposed)])
    assert result.exit_code == 0, result.output
    return registry, press, yaml.safe_load(proposed.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(RELEASES))
def test_extract_validate_check_round_trip(tmp_path, name):
    registry, press, proposal = _extract(tmp_path, RELEASES[name])
    assert proposal["facts"], proposal
    validated = runner.invoke(app, ["sources", "validate", str(registry)])
    assert validated.exit_code == 0, validated.output
    from factcheck.api import Checker
    from factcheck.registry import load_registry

    report = Checker(load_registry(registry)).check_paths([str(press)])
    serious = [f"{f.code} {f.message}" for f in report.files[0].findings if f.severity.rank >= Severity.WARNING.rank]
    assert serious == []


def test_every_proposed_entity_has_aliases_listed(tmp_path):
    _, _, proposal = _extract(tmp_path, RELEASES["acquisition-and-short-names"])
    aliases = {e["name"]: e["aliases"] for e in proposal["entities"]}
    assert aliases["Brennick Aerospace"] == ["Brennick Aerospace Corp.", "Brennick"]
    assert aliases["Tolland Motors"] == ["Tolland Motors Ltd.", "Tolland"]
    assert all("aliases" in e for e in proposal["entities"])


def test_the_object_the_sentence_names_is_proposed(tmp_path):
    _, _, proposal = _extract(tmp_path, RELEASES["round-led-by-an-investor"])
    [raise_] = [f for f in proposal["facts"] if f["relation"] == "raises"][:1]
    assert raise_["object"] == "sarnia-ventures"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Brennick Aerospace", "Brennick Aerospace Inc. and Brennick", ("Brennick Aerospace Inc.", "Brennick")),
        ("Brennick Aerospace", "Brennick Aerospace said so.", ()),  # the first word only as part of the name
        ("Acme Rockets", "Acme Rockets and Acme", ()),  # "Acme" is another registry entity's name
        ("Mara Quist", "Mara Quist and Mara", ()),  # a person's first name is no alias
    ],
)
def test_aliases_in(fixture_registry, name, text, expected):
    from factcheck.registry.curate import aliases_in

    assert aliases_in(name, text, name == "Mara Quist", fixture_registry) == expected
