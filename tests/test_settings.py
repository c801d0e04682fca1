"""--format concise, extend-select (command line and config), exclude / extend-exclude in the
config file, and --show-settings with where each setting came from."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.config import Config, load_config
from factcheck.exclude import DEFAULT_EXCLUDE
from factcheck.models import Document, FileReport, Finding, Fix, Report, Severity, Span
from factcheck.report.concise import format_concise
from factcheck.settings import exclusions, selection, settings_table

# Written for these tests: a headline that drops the body's "up to" (FC103), and a figure
# no registry covers (FC202).
DRAFT = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"


def factcheck(*args: str, cwd, stdin: str | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True, text=True, timeout=120, env=environ, cwd=cwd)


def test_concise_is_one_line_per_finding_with_fixable_mark():
    text = "Acme pays $5 million.\nBolt pays $7\nmillion.\n"
    findings = (
        Finding(code="FC103", rule="hedge-drift", severity=Severity.WARNING, span=Span(start=10, end=20), message="'$5 million' is firm.", fix=Fix(replacement="up to $5 million")),
        Finding(code="FC202", rule="unverified", severity=Severity.INFO, span=Span(start=32, end=44), message="no fact covers '$7\nmillion'."),
    )
    report = Report(files=(FileReport(document=Document(path="news/a.txt", text=text), claims=(), findings=findings),))
    lines = format_concise(report).splitlines()
    assert lines == [
        "news/a.txt:1:11: FC103 [*] '$5 million' is firm.",
        "news/a.txt:2:11: FC202 no fact covers '$7 million'.",
        "1 file checked, 0 claims: 0 errors, 1 warning, 1 info",
    ]


@pytest.mark.parametrize("extra, quiet", [([], False), (["--quiet"], True), (["--output", "out.txt"], False)])
def test_concise_from_the_command_line(tmp_path, extra, quiet):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    result = factcheck("draft.txt", "--format", "concise", *extra, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    out = (tmp_path / "out.txt").read_text(encoding="utf-8") if "--output" in extra else result.stdout
    lines = out.splitlines()
    assert re.fullmatch(r"draft\.txt:1:\d+: FC103 \[\*\] .+", lines[0]), out
    assert ("file checked" in lines[-1]) is not quiet
    assert all(line.startswith("draft.txt:") for line in lines[: -1 if not quiet else None])


@pytest.mark.parametrize(
    "cli_select, cli_extend, config, expected",
    [
        (None, None, Config(), []),  # every rule
        (None, ["FC103"], Config(), []),  # every rule already: extending adds nothing
        (["FC101"], ["FC103"], Config(), ["FC101", "FC103"]),
        (None, None, Config(select=("FC101",), extend_select=("FC201",)), ["FC101", "FC201"]),
        (None, ["FC103"], Config(select=("FC101",), extend_select=("FC201",)), ["FC101", "FC201", "FC103"]),
        (["FC202,FC203"], None, Config(select=("FC101",), extend_select=("FC201",)), ["FC202", "FC203"]),  # --select replaces the file's
    ],
)
def test_selection(cli_select, cli_extend, config, expected):
    assert selection(cli_select, cli_extend, config) == expected


def test_extend_select_runs_the_extra_rule(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text('select = ["FC101"]\n', encoding="utf-8")
    only = factcheck("draft.txt", "-f", "concise", "-q", cwd=tmp_path)
    extended = factcheck("draft.txt", "-f", "concise", "-q", "--extend-select", "hedge-drift", cwd=tmp_path)
    assert only.returncode == 0 and "FC103" not in only.stdout
    assert extended.returncode == 1 and "FC103" in extended.stdout
    (tmp_path / ".factcheck.toml").write_text('select = ["FC101"]\nextend-select = "FC103"\n', encoding="utf-8")
    assert "FC103" in factcheck("draft.txt", "-f", "concise", "-q", cwd=tmp_path).stdout


def test_unknown_rule_in_extend_select_names_the_file(tmp_path):
    (tmp_path / ".factcheck.toml").write_text('extend-select = ["FC1O3"]\n', encoding="utf-8")
    with pytest.raises(Exception, match="unknown rule 'FC1O3' in extend-select"):
        load_config(tmp_path / ".factcheck.toml")


def test_exclude_and_extend_exclude_from_the_config(tmp_path):
    for name in ("articles/one.txt", "articles/old/two.txt", "vendor/three.txt", ".hidden/four.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Kestrel will invest $5 million in Wren.\n", encoding="utf-8")
    config = tmp_path / ".factcheck.toml"

    def walked() -> list[str]:
        result = factcheck(".", "-f", "json", cwd=tmp_path)
        assert result.returncode in (0, 1), result.stderr
        return sorted(Path(f["path"]).as_posix() for f in json.loads(result.stdout)["files"])

    config.write_text('extend-exclude = ["vendor"]\n', encoding="utf-8")
    assert walked() == ["articles/old/two.txt", "articles/one.txt"]
    config.write_text('exclude = ["old/"]\n', encoding="utf-8")  # replaces the defaults: hidden folders walked
    assert walked() == [".hidden/four.txt", "articles/one.txt", "vendor/three.txt"]


def test_exclusions_merge_command_line_over_config():
    config = Config(exclude=("a",), extend_exclude=("b",), respect_gitignore=False)
    merged = exclusions(None, ["c"], False, config)
    assert (merged.exclude, merged.extend, merged.respect_gitignore) == (("a",), ("b", "c"), False)
    assert exclusions(["x"], None, True, Config()).exclude == ("x",)
    assert exclusions(None, None, False, Config()).exclude == DEFAULT_EXCLUDE


def test_settings_table_names_each_origin(tmp_path):
    config = Config(path=tmp_path / "pyproject.toml", fail_on="error", extend_exclude=("vendor",))
    rows = {key: (value, origin) for key, value, origin in settings_table({"model": "my_model", "fail-on": None}, config)}
    assert rows["model"] == ("my_model", "command line")
    assert rows["fail-on"] == ("error", str(tmp_path / "pyproject.toml"))
    assert rows["extend-exclude"] == (["vendor"], str(tmp_path / "pyproject.toml"))
    assert rows["max-bytes"][1] == "default" and rows["select"] == ("every rule", "default")


def test_show_settings_from_the_command_line(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "error"\nselect = ["FC101"]\n', encoding="utf-8")
    result = factcheck("--show-settings", "--extend-select", "FC103", "--ignore", "FC101", "--model", "nowhere_model", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"# config file: {tmp_path / 'pyproject.toml'}" in lines
    assert "# rules that run: FC103" in lines
    shown = {line.split("=")[0].strip(): line.split("#")[-1].strip() for line in lines if not line.startswith("#")}
    assert shown["fail-on"] == str(tmp_path / "pyproject.toml") and shown["model"] == "command line" and shown["baseline"] == "default"
    assert "nowhere_model" in result.stdout  # nothing was loaded: a bad model does not stop it
