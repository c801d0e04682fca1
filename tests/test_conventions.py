"""The conventions of ruff and Vale: -V, --quiet, --statistics, --color with NO_COLOR and
FORCE_COLOR, --stdin-filename, "did you mean", rule codes in shell completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from factcheck.models import Document, FileReport, Finding, Fix, Report, Severity, Span
from factcheck.terminal import did_you_mean, format_statistics, use_color

# Written for these tests: a headline that drops the body's "up to" (FC103).
DRAFT = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"


@pytest.mark.parametrize(
    "choice, tty, environ, expected",
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": ""}, False),  # present, even empty, turns colour off
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, {"FORCE_COLOR": ""}, False),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color_choice(choice, tty, environ, expected):
    assert use_color(choice, tty, environ) is expected


@pytest.mark.parametrize(
    "word, choices, expected",
    [
        ("FC1O3", ["FC101", "FC103"], " (did you mean 'FC103'?)"),
        ("nvida", ["nvidia", "anthropic"], " (did you mean 'nvidia'?)"),
        ("hedge-drif", ["hedge-drift", "total-mismatch"], " (did you mean 'hedge-drift'?)"),
        ("zzzz", ["nvidia"], ""),
    ],
)
def test_did_you_mean(word, choices, expected):
    assert did_you_mean(word, choices) == expected


def test_statistics_count_per_rule_most_frequent_first():
    def finding(code: str, rule: str, fix: bool) -> Finding:
        return Finding(code=code, rule=rule, severity=Severity.WARNING, span=Span(start=0, end=1), message="m", fix=Fix(replacement="x") if fix else None)

    file = FileReport(document=Document(path="a.txt", text="x"), claims=(), findings=(finding("FC202", "unverified", False), finding("FC103", "hedge-drift", True), finding("FC103", "hedge-drift", False)))
    assert format_statistics(Report(files=(file,))) == "2\tFC103\t[*] hedge-drift\n1\tFC202\tunverified\n"


def factcheck(*args: str, stdin: str | None = None, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | (env or {})
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True, text=True, timeout=120, env=environ, cwd=cwd)


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag):
    result = factcheck(flag)
    assert (result.returncode, result.stdout.startswith("factcheck ")) == (0, True)


def test_stdin_filename_names_the_article_and_sets_its_format(tmp_path):
    result = factcheck("-", "--stdin-filename", "news/draft.md", "--format", "json", stdin=DRAFT.replace("up to $10 billion", "up to **$10 billion**"), cwd=tmp_path)
    (file,) = json.loads(result.stdout)["files"]
    assert file["path"] == "news/draft.md"
    assert all("**" not in claim["text"] for claim in file["claims"])  # read as Markdown


@pytest.mark.parametrize(
    "args, env, present, absent",
    [
        (["--quiet"], {}, ["FC103 warning"], ["file checked"]),
        (["--statistics"], {}, ["1\tFC103\t[*] hedge-drift"], ["file checked", "^^^"]),
        (["--color", "always"], {"NO_COLOR": "1"}, ["\x1b["], []),
        ([], {"FORCE_COLOR": "1"}, ["\x1b["], []),
        ([], {}, ["file checked"], ["\x1b["]),
    ],
)
def test_text_output_options(tmp_path, args, env, present, absent):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    result = factcheck("draft.txt", *args, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert all(p in result.stdout for p in present) and not any(a in result.stdout for a in absent), result.stdout


@pytest.mark.parametrize("args", [["explain", "FC1O3"], ["--select", "hedge-drif", "x.txt"]])
def test_unknown_rule_suggests_the_close_one(tmp_path, args):
    (tmp_path / "x.txt").write_text(DRAFT, encoding="utf-8")
    result = factcheck(*args, cwd=tmp_path)
    assert result.returncode == 2 and "did you mean" in result.stderr


def test_completion_offers_rule_codes_after_explain():
    result = factcheck(env={"_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "factcheck explain FC1", "COMP_CWORD": "2"})
    assert "FC101" in result.stdout.split() and "FC201" not in result.stdout.split()
