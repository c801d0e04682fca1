"""Baselines: accepted findings stop failing; new ones still do; fixed ones drop out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.baseline import load_baseline
from factcheck.cli import app
from factcheck.errors import ConfigError
from factcheck.fingerprint import file_fingerprints, fingerprint

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = str(ROOT / "tests" / "fixtures" / "registry")
ACME = "Acme will invest $7 billion in Cirrus."  # FC201: the registry has $5 billion
BOLT = "Bolt will invest $12 billion in Cirrus."  # FC201: the registry has up to $10 billion
runner = CliRunner()


def findings(result) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for file in json.loads(result.stdout)["files"] for f in file["findings"]]


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(f"{ACME}\n")
    return tmp_path


def test_fingerprints_ignore_unrelated_edits_and_count_repeats(checker):
    before = checker.check_text(f"{ACME}\n", path="a.txt")
    after = checker.check_text(f"A new opening line.\n\nAnother one.\n{ACME}\n{ACME}\n", path="a.txt")
    first, second = file_fingerprints(after)
    assert file_fingerprints(before) == [first]  # moved three lines down: the same finding
    assert second != first  # the same sentence twice: two findings
    assert file_fingerprints(before, path="other.txt") != [first]
    assert fingerprint("a", "FC201", "$7  Billion", "x y") == fingerprint("a", "FC201", "$7 billion", "x  y")


def test_write_then_only_new_findings_are_reported(desk):
    result = runner.invoke(app, ["review", "--sources", REGISTRY, "--write-baseline", "baseline.json", "--reason", "desk confirmed with Acme", "a.txt"])
    assert result.exit_code == 0, result.output
    assert "wrote 1 finding to baseline.json" in result.output
    data = json.loads(Path("baseline.json").read_text())
    assert data["version"] == 1
    assert [(e["path"], e["code"], e["line"], e["text"], e["reason"]) for e in data["findings"]] == [("a.txt", "FC201", 1, "$7 billion", "desk confirmed with Acme")]

    result = runner.invoke(app, ["check", "--sources", REGISTRY, "--format", "json", "--baseline", "baseline.json", "a.txt"])
    assert (result.exit_code, findings(result)) == (0, [])

    Path("a.txt").write_text(f"A headline\n\n{ACME}\n{BOLT}\n")  # the accepted one moved; a new one
    result = runner.invoke(app, ["check", "--sources", REGISTRY, "--format", "json", "--baseline", "baseline.json", "a.txt"])
    assert (result.exit_code, findings(result)) == (1, [("FC201", 4)])


def test_rewrite_keeps_reasons_and_drops_fixed_claims(desk):
    Path("a.txt").write_text(f"{ACME}\n{BOLT}\n")
    runner.invoke(app, ["review", "--sources", REGISTRY, "--write-baseline", "b.json", "--reason", "checked", "a.txt"])
    assert len(load_baseline("b.json").findings) == 2
    Path("a.txt").write_text(f"Acme will invest $5 billion in Cirrus.\n{BOLT}\n")  # Acme's figure fixed
    result = runner.invoke(app, ["review", "--sources", REGISTRY, "--write-baseline", "b.json", "--reason", "later", "a.txt"])
    assert "1 no longer found, dropped" in result.output
    entries = load_baseline("b.json").findings
    assert [(e.text, e.reason) for e in entries] == [("$12 billion", "checked")]


def test_baseline_paths_are_relative_to_the_baseline(desk, monkeypatch):
    Path("ci").mkdir()
    runner.invoke(app, ["review", "--sources", REGISTRY, "--write-baseline", "ci/b.json", "a.txt"])
    assert load_baseline("ci/b.json").findings[0].path == "../a.txt"
    monkeypatch.chdir(desk / "ci")  # the same baseline from another working directory
    result = runner.invoke(app, ["check", "--sources", REGISTRY, "--format", "json", "--baseline", "b.json", "../a.txt"])
    assert (result.exit_code, findings(result)) == (0, [])


def test_baseline_from_config(desk):
    runner.invoke(app, ["review", "--sources", REGISTRY, "--write-baseline", "accepted.json", "a.txt"])
    Path(".factcheck.toml").write_text(f'sources = "{REGISTRY}"\nbaseline = "accepted.json"\n')
    assert runner.invoke(app, ["check", "a.txt"]).exit_code == 0


CORRUPT = [
    ("not JSON", "{not json", r"b.json:1:2: E314 corrupt baseline: not JSON"),
    ("wrong shape", '{"version": 1, "findings": [{"fingerprint": "abc"}]}', r"corrupt baseline: findings.0.fingerprint: String should match pattern"),
    ("future version", '{"version": 9, "findings": []}', r"corrupt baseline: version"),
    ("unknown field", '{"version": 1, "findings": [], "extra": true}', r"corrupt baseline: extra: Extra inputs are not permitted"),
]


@pytest.mark.parametrize("name, text, message", CORRUPT, ids=[c[0] for c in CORRUPT])
def test_corrupt_baseline_is_a_clear_error(tmp_path, name, text, message):
    path = tmp_path / "b.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_baseline(path)


def test_corrupt_or_missing_baseline_exits_2_before_the_run(tmp_path):
    (tmp_path / "b.json").write_text("[1, 2")
    (tmp_path / "a.txt").write_text(ACME)
    for name in ("b.json", "missing.json"):
        result = subprocess.run([sys.executable, "-m", "factcheck", "--sources", REGISTRY, "--baseline", name, "a.txt"], capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"}, timeout=120)
        assert result.returncode == 2
        first, *snippet = result.stderr.strip().splitlines()
        assert name in first and "Traceback" not in result.stderr
        assert snippet == ([] if name == "missing.json" else ["    1 | [1, 2", "      |      ^"]), result.stderr  # the corrupt file's line


def test_review_needs_a_baseline_file(desk):
    result = runner.invoke(app, ["review", "a.txt"])
    assert result.exit_code == 2 and "--write-baseline" in result.output


def test_review_writes_the_configured_baseline(desk):
    Path(".factcheck.toml").write_text(f'sources = "{REGISTRY}"\nbaseline = "accepted.json"\n')
    assert runner.invoke(app, ["review", "a.txt"]).exit_code == 0
    assert [e.code for e in load_baseline("accepted.json").findings] == ["FC201"]
