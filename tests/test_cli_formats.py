"""`--format sarif|gitlab|github|html --output FILE` through a real subprocess and typer's runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = "claims/anthropic-microsoft-nvidia.txt"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-2.1.0.json").read_text())


def check_sarif(text: str) -> None:
    log = json.loads(text)
    jsonschema.validators.validator_for(SARIF_SCHEMA)(SARIF_SCHEMA).validate(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {SEED}


def check_gitlab(text: str) -> None:
    issues = json.loads(text)
    assert issues and {i["location"]["path"] for i in issues} == {SEED}


def check_github(text: str) -> None:
    lines = text.splitlines()
    assert lines and all(line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in lines)
    assert any(f"file={SEED},line=54,col=49,endLine=54,endColumn=53,title=FC103 hedge-drift::" in line for line in lines)


def check_html(text: str) -> None:
    assert text.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in text and "FC201" in text


CHECKS = {"sarif": check_sarif, "gitlab": check_gitlab, "github": check_github, "html": check_html}


@pytest.mark.parametrize("output_format", sorted(CHECKS))
def test_subprocess_writes_the_format_to_the_output_file(output_format, tmp_path):
    target = tmp_path / f"report.{output_format}"
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--sources", "sources", "--format", output_format, "--output", str(target), SEED],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )
    assert result.returncode == 1, result.stderr  # the seed article has findings
    assert result.stdout == b""
    CHECKS[output_format](target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


@pytest.fixture
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("output_format", sorted(CHECKS))
def test_runner_prints_the_format(output_format, in_root):
    result = CliRunner().invoke(app, ["check", "--sources", "sources", "--format", output_format, SEED])
    assert result.exit_code == 1, result.output
    CHECKS[output_format](result.stdout)


def test_every_format_renders_the_same_findings(in_root):
    """The same Report behind each format: the same (code, line) pairs everywhere."""
    outputs = {f: CliRunner().invoke(app, ["check", "--sources", "sources", "--format", f, SEED]).stdout for f in ("json", "sarif", "gitlab", "github")}
    from_json = sorted((f["code"], f["line"]) for f in json.loads(outputs["json"])["files"][0]["findings"])
    from_sarif = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in json.loads(outputs["sarif"])["runs"][0]["results"])
    from_gitlab = sorted((i["check_name"].split()[0], i["location"]["lines"]["begin"]) for i in json.loads(outputs["gitlab"]))
    from_github = sorted((line.split("title=")[1][:5], int(line.split(",line=")[1].split(",")[0])) for line in outputs["github"].splitlines())
    assert from_json == from_sarif == from_gitlab == from_github


def test_unknown_format_is_a_usage_error():
    result = subprocess.run([sys.executable, "-m", "factcheck", "--format", "pdf", SEED], capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert b"pdf" in result.stderr and b"sarif" in result.stderr
