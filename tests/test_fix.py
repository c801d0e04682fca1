"""--fix and --diff: unambiguous fixes only, in the article's style, and a re-run finds none of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.fix import apply_edits, in_article_style, planned_edits, unified_diff
from factcheck.models import Document, FileReport, Finding, Fix, Severity, Span

# Written for these tests: a headline that drops the body's "up to" (FC103 fixes it).
HEADLINE = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"


@pytest.mark.parametrize(
    "original, replacement, expected",
    [
        ("$10 billion", "up to $15B", "up to $15 billion"),
        ("$10 Billion", "up to $15B", "up to $15 Billion"),
        ("$10 BILLION", "$2.5B", "$2.5 BILLION"),
        ("$10bn", "$15B", "$15bn"),
        ("€400 million", "€1.2B", "€1.2 billion"),
        ("$10B", "up to $15B", "up to $15B"),  # the article abbreviates: so does the fix
        ("$10 billion", "Cirrus Labs", "Cirrus Labs"),  # a name is left alone
        ("$7 million", "$30,000", "$30,000"),
    ],
)
def test_fix_is_written_in_the_article_style(original, replacement, expected):
    assert in_article_style(original, Fix(replacement=replacement)).replacement == expected


def _finding(code: str, start: int, end: int, replacement: str | None) -> Finding:
    return Finding(code=code, rule="r", severity=Severity.WARNING, span=Span(start=start, end=end), message="m", fix=Fix(replacement=replacement) if replacement else None)


TEXT = "Kestrel puts $5 million into Wren and $2 million into Finch."


@pytest.mark.parametrize(
    "findings, expected",
    [
        ([_finding("FC103", 13, 23, "up to $5 million")], ["up to $5 million"]),
        ([_finding("FC103", 13, 23, "up to $5 million"), _finding("FC201", 13, 23, "up to $5 million")], ["up to $5 million"]),  # agree: one edit
        ([_finding("FC103", 13, 23, "up to $5 million"), _finding("FC201", 13, 23, "$6 million")], []),  # disagree: no edit
        ([_finding("FC103", 13, 23, "up to $5 million"), _finding("FC101", 13, 30, "$6 million into Wren")], []),  # overlapping spans
        ([_finding("FC102", 13, 23, "$5 million")], []),  # the same text: nothing to change
        ([_finding("FC202", 13, 23, None)], []),
    ],
)
def test_only_unambiguous_fixes_become_edits(findings, expected):
    file = FileReport(document=Document(path="a.txt", text=TEXT), claims=(), findings=tuple(findings))
    assert [edit.replacement for edit in planned_edits(file)] == expected


def test_no_edit_across_markup():
    text = "Kestrel puts **$5 million** into Wren."
    prose = text.replace("**", "  ")
    file = FileReport(document=Document(path="a.md", text=text, format="markdown", prose=prose), claims=(), findings=(_finding("FC103", 13, 27, "up to $5 million"),))
    assert planned_edits(file) == []


def test_edits_and_diff():
    file = FileReport(document=Document(path="a.txt", text=TEXT), claims=(), findings=(_finding("FC103", 13, 23, "up to $5 million"), _finding("FC103", 38, 48, "up to $2 million")))
    after = apply_edits(TEXT, planned_edits(file))
    assert after == "Kestrel puts up to $5 million into Wren and up to $2 million into Finch."
    diff = unified_diff("a.txt", TEXT, after)
    assert diff.startswith("--- a/a.txt\n+++ b/a.txt\n") and "\\ No newline at end of file" in diff


def _factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", ["draft.txt", "draft.md"])
def test_fix_round_trips(tmp_path, name):
    article = tmp_path / name
    article.write_text(HEADLINE, encoding="utf-8")
    diff = _factcheck(name, "--diff", "--format", "json", cwd=tmp_path)
    assert diff.returncode == 1 and "+Bolt Makes up to $10 Billion Cirrus Investment" in diff.stdout
    assert article.read_text(encoding="utf-8") == HEADLINE  # --diff changes nothing
    fixed = _factcheck(name, "--fix", cwd=tmp_path)
    assert "fixed 1 finding in 1 file" in fixed.stderr, fixed.stderr
    assert article.read_text(encoding="utf-8").startswith("Bolt Makes up to $10 Billion Cirrus Investment\n")
    again = _factcheck(name, "--format", "json", cwd=tmp_path)
    assert again.returncode == 0 and '"FC103"' not in again.stdout


def test_fix_refuses_stdin(tmp_path):
    result = subprocess.run([sys.executable, "-m", "factcheck", "-", "--fix"], input=HEADLINE, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "--diff" in result.stderr
