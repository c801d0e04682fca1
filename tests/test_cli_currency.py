"""`--currency` and the `currency` config key, through a real subprocess, as users meet them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tests" / "fixtures" / "registry"
WRONG = "Acme will invest $7 billion in Cirrus.\n"  # in US dollars, an FC201 error: the registry has $5 billion


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "--sources", str(REGISTRY), "--format", "json", *args],
        capture_output=True, text=True, cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=300,
    )


def amounts(result: subprocess.CompletedProcess) -> list[dict]:
    return [c["amount"] for f in json.loads(result.stdout)["files"] for c in f["claims"] if c.get("amount")]  # only money claims have one


def codes(result: subprocess.CompletedProcess) -> set[str]:
    return {x["code"] for f in json.loads(result.stdout)["files"] for x in f["findings"]}


@pytest.mark.parametrize(
    ("article", "options", "config", "currency", "ambiguous", "fc201"),
    [
        (WRONG, [], None, "USD", False, True),
        (WRONG, ["--currency", "AUD"], None, "AUD", False, False),
        (WRONG, ["--currency", "cad"], None, "CAD", False, False),
        (WRONG, [], 'currency = "NZD"\n', "NZD", False, False),
        (WRONG, ["--currency", "USD"], 'currency = "NZD"\n', "USD", False, True),
        ("Acme, which raised US$1 billion last year, will invest $7 billion in Cirrus.\n", [], None, "USD", True, False),
    ],
    ids=["default USD", "option", "option lower case", "config key", "option beats config", "US$ elsewhere: ambiguous, compared with nothing"],
)
def test_bare_dollar_currency(tmp_path, article, options, config, currency, ambiguous, fc201):
    path = tmp_path / "a.txt"
    path.write_text(article)
    if config:
        (tmp_path / ".factcheck.toml").write_text(config)
    result = run(*options, "--exit-zero", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    bare = [a for a in amounts(result) if a["value"] == 7_000_000_000]
    assert [(a["currency"], a["currency_ambiguous"]) for a in bare] == [(currency, ambiguous)]
    assert ("FC201" in codes(result)) is fc201


@pytest.mark.parametrize(("options", "config"), [(["--currency", "DOLLAR"], None), ([], 'currency = "XYZ"\n')])
def test_an_unknown_currency_is_a_usage_error(tmp_path, options, config):
    path = tmp_path / "a.txt"
    path.write_text(WRONG)
    if config:
        (tmp_path / ".factcheck.toml").write_text(config)
    result = run(*options, str(path), cwd=tmp_path)
    assert result.returncode == 2
    first, *snippet = result.stderr.strip().splitlines()
    assert "ISO 4217" in first
    assert snippet == ([] if options else ['    1 | currency = "XYZ"'])  # the config's offending line
