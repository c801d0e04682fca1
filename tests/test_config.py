"""Configuration files: discovery, validation errors (exit 2, naming file and line), CLI overrides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import find_config, load_config, resolve_config
from factcheck.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tests" / "fixtures" / "registry"
WRONG = "Acme will invest $7 billion in Cirrus.\n"  # FC201 error: the registry has $5 billion
runner = CliRunner()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_pyproject_table_is_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", f'[tool.factcheck]\nsources = "{REGISTRY}"\nfail-on = "error"\nmax-bytes = 1000\n')
    article = write(tmp_path / "desk" / "drafts" / "a.md", WRONG)
    found = find_config(article.parent)
    assert found == (tmp_path / "pyproject.toml").resolve()
    config = load_config(found)
    assert (config.fail_on, config.max_bytes, Path(config.sources)) == ("error", 1000, REGISTRY)


def test_dotfile_wins_and_pyproject_without_table_is_passed_over(tmp_path):
    write(tmp_path / ".factcheck.toml", 'select = "FC201, hedge-drift"\nbaseline = "accepted.json"\n')
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'newsroom'\n")
    config = resolve_config(None, str(write(tmp_path / "sub" / "a.txt", WRONG)))
    assert config.path == (tmp_path / ".factcheck.toml").resolve()
    assert config.select == ("FC201", "hedge-drift")
    assert config.baseline == str((tmp_path / "accepted.json").resolve())  # relative to the config file


def test_no_config_anywhere_is_the_defaults(tmp_path):
    assert resolve_config(None, str(write(tmp_path / "a.txt", WRONG))).path in (None, *(p / f for p in tmp_path.parents for f in (".factcheck.toml", "pyproject.toml")))


BAD = [
    ("unknown key", '[tool.factcheck]\nfail-on = "error"\nsourcs = "x"\n', r"pyproject.toml:3: E301 unknown key tool.factcheck.sourcs"),
    ("unknown nested key", '[tool.factcheck]\n[tool.factcheck.output]\nx = 1\n', r"unknown key tool.factcheck.output"),
    ("unknown rule in select", '[tool.factcheck]\nselect = ["FC101", "FC999"]\n', r"pyproject.toml:2: E302 unknown rule 'FC999' in tool.factcheck.select"),
    ("unknown rule in severity", '[tool.factcheck.severity]\nFC777 = "error"\n', r"unknown rule 'FC777' in tool.factcheck.severity"),
    ("bad severity", '[tool.factcheck.severity]\nFC202 = "loud"\n', r"tool.factcheck.severity.FC202: Input should be 'error', 'warning' or 'info'"),
    ("bad fail-on", '[tool.factcheck]\nfail-on = 3\n', r"tool.factcheck.fail-on"),
    ("bad TOML value", '[tool.factcheck]\nfail-on = error\n', r"pyproject.toml:2:11: E303 invalid TOML: Invalid value$"),
    ("unclosed TOML", '[tool.factcheck]\nselect = ["FC101"\n', r"pyproject.toml:2: E303 invalid TOML: Unclosed array at the end of the file"),
]


@pytest.mark.parametrize("name, text, message", BAD, ids=[b[0] for b in BAD])
def test_bad_config_is_a_config_error(tmp_path, name, text, message):
    path = write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_bad_dotfile_names_the_key_without_prefix(tmp_path):
    with pytest.raises(ConfigError, match=r"\.factcheck\.toml:1: E301 unknown key colour"):
        load_config(write(tmp_path / ".factcheck.toml", 'colour = "red"\n'))


def test_cli_config_errors_exit_2_with_the_line_and_its_snippet(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nsourcs = "x"\n')
    write(tmp_path / "a.txt", WRONG)
    result = subprocess.run([sys.executable, "-m", "factcheck", "a.txt"], capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"factcheck: error: {(tmp_path / 'pyproject.toml').resolve()}:2: E301 unknown key tool.factcheck.sourcs (known: baseline, currency, date, exclude, extend-exclude, extend-select, fail-on, ignore, max-bytes, max-claims, model, require-sources, respect-gitignore, select, severity, sources)", '    2 | sourcs = "x"']
    assert "Traceback" not in result.stderr


def test_cli_missing_config_file_exits_2(tmp_path):
    result = runner.invoke(app, ["check", "--config", str(tmp_path / "nope.toml"), str(write(tmp_path / "a.txt", WRONG))])
    assert result.exit_code == 2


def codes(result) -> list[tuple[str, str]]:
    return [(f["code"], f["severity"]) for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_config_applies_and_cli_overrides_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.toml", f'sources = "{REGISTRY}"\nfail-on = "error"\n[severity]\nregistry-contradiction = "warning"\n')
    write(tmp_path / "a.txt", WRONG)
    result = runner.invoke(app, ["check", "--format", "json", "a.txt"])
    assert (result.exit_code, codes(result)) == (0, [("FC201", "warning")])  # severity lowered, fail-on error
    result = runner.invoke(app, ["check", "--format", "json", "--fail-on", "warning", "a.txt"])
    assert result.exit_code == 1  # the option wins over the file
    result = runner.invoke(app, ["check", "--format", "json", "--no-config", "--sources", str(REGISTRY), "a.txt"])
    assert (result.exit_code, codes(result)) == (1, [("FC201", "error")])


def test_config_select_and_cli_select(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", f'[tool.factcheck]\nsources = "{REGISTRY}"\nignore = ["FC201"]\n')
    write(tmp_path / "a.txt", WRONG)
    assert codes(runner.invoke(app, ["check", "--format", "json", "a.txt"])) == []
    assert codes(runner.invoke(app, ["check", "--format", "json", "--ignore", "FC202", "a.txt"])) == [("FC201", "error")]


def test_max_bytes_from_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".factcheck.toml", f'sources = "{REGISTRY}"\nmax-bytes = 10\n')
    write(tmp_path / "a.txt", WRONG)
    result = runner.invoke(app, ["check", "a.txt"])
    assert result.exit_code == 2 and "10-byte limit" in result.output
    assert runner.invoke(app, ["check", "--max-bytes", "1000", "--exit-zero", "a.txt"]).exit_code == 0
