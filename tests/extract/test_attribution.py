"""Short forms of a name and guessed subjects, which say how they were found (issue 13)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.extract.attribution import long_form

NAMES = ["Procter & Gamble Co.", "Bank of America Corp.", "Cirrus Labs", "Acme", "General Dynamics", "General Motors"]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("P&G", "Procter & Gamble Co."),
        ("PG", "Procter & Gamble Co."),
        ("Procter", "Procter & Gamble Co."),
        ("BofA", None),  # not initials: kept as written
        ("BA", "Bank of America Corp."),
        ("Cirrus", "Cirrus Labs"),
        ("Acme", None),  # already whole
        ("General", None),  # two names start so: not certain, kept
        ("GM", "General Motors"),
    ],
)
def test_long_form(short, full):
    assert long_form(short, NAMES) == full


def _claims(tmp_path: Path, text: str) -> list[dict]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    exe = Path(sys.executable).parent / "factcheck"
    run = subprocess.run([str(exe), "--no-config", "--format", "json", "--exit-zero", str(article)], capture_output=True, text=True, check=True)
    return [c for c in json.loads(run.stdout)["files"][0]["claims"] if c["kind"] == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Boeing rose on Tuesday.\n\nBoeing said its costs fell by $2 billion.\n\nRevenue in the quarter was $15 billion.\n",
        "Boeing posted results on Monday.\n\nBoeing shares rose 3 percent, a gain of $4 billion.\n\nQuarterly revenue climbed to $15 billion, beating forecasts.\n",
    ],
)
def test_guessed_subject_is_marked_and_raises_nothing(tmp_path, text):
    revenue = [c for c in _claims(tmp_path, text) if c["relation"] == "revenue"]
    assert [(c["subject"], c["subject_found"], c["subjects"]) for c in revenue] == [("Boeing", "paragraph", [])]


def test_named_subject_is_found_in_the_clause(tmp_path):
    claims = _claims(tmp_path, "In 2026, Acme will invest $10 billion in Cirrus.\n")
    assert [(c["subject"], c["subject_found"]) for c in claims] == [("Acme", "clause")]


def test_time_anchor_in_json(tmp_path):
    claims = _claims(tmp_path, "Bolt was valued at $3 billion in 2019 and at $9 billion in 2021.\nCirrus has raised $900 million to date.\n")
    assert [(c["time"] or {}).get("period") for c in claims] == ["2019", "2021", None]
    assert claims[-1]["time"]["running_total"] is True
