"""`factcheck claims`: table fitted to the terminal, JSON, CSV, stdin formats, default paths."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

# Written for these tests.
DRAFT = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to **$10 billion** in Cirrus, the companies said.\n"


def claims(*args: str, cwd, stdin: str | None = None, columns: int = 80) -> subprocess.CompletedProcess:
    env = os.environ | {"COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "factcheck", "claims", *args], input=stdin, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def newsroom(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_table_fits_the_terminal(newsroom, columns):
    result = claims(cwd=newsroom, columns=columns)  # no paths: ./claims, like `check`
    assert result.returncode == 0, result.stderr
    assert "c1" in result.stdout and max(len(line) for line in result.stdout.splitlines()) <= columns


def test_json_lists_claims_with_positions(newsroom):
    (file,) = json.loads(claims("-f", "json", cwd=newsroom).stdout)["files"]
    assert file["path"] == "claims/draft.md"
    assert [(c["line"], c["text"], c["amount"]["qualifier"]) for c in file["claims"]] == [(1, "$10 Billion", "exact"), (3, "up to $10 billion", "up_to")]


@pytest.mark.parametrize("stdin_format", ["markdown", "text"])
def test_csv_from_stdin_in_its_format(newsroom, stdin_format):
    result = claims("-f", "csv", "--stdin-format", stdin_format, "-", cwd=newsroom, stdin=DRAFT)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (rows[0]["path"], rows[0]["line"], rows[0]["value"], rows[0]["currency"]) == ("<stdin>", "1", "10000000000", "USD")
    if stdin_format == "markdown":
        assert [row["text"] for row in rows] == ["$10 Billion", "up to $10 billion"]
