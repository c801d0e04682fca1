"""Each defect a new user met (issue 16, "Why"), pinned end to end where the fix lives in
several places; the unit tests sit beside their modules (wording, fix, walk, claims, suppress)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Written for these tests.
DRAFT = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to **$10 billion** in Cirrus, the companies said.\n"


def factcheck(*args: str, cwd, stdin: str | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | {"COLUMNS": "80"}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True, text=True, timeout=120, env=environ, cwd=cwd)


def test_sources_show_suggests_the_close_id(tmp_path):
    result = factcheck("sources", "show", "nvida", "--sources", str(ROOT / "sources"), cwd=tmp_path)
    assert result.returncode == 2 and "did you mean 'nvidia'" in result.stderr, result.stderr


def test_sarif_of_stdin_names_the_stdin_filename(tmp_path):
    result = factcheck("-", "--stdin-filename", "news/draft.md", "-f", "sarif", stdin=DRAFT, cwd=tmp_path)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(result.stdout)["runs"][0]["results"]}
    assert uris == {"news/draft.md"}


def test_config_value_errors_read_as_plain_english(tmp_path):
    (tmp_path / ".factcheck.toml").write_text('fail-on = "bogus"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    result = factcheck("a.txt", cwd=tmp_path)
    assert result.returncode == 2 and "fail-on: Input should be 'error', 'warning' or 'info', not 'bogus'" in result.stderr, result.stderr
    assert "Value error" not in result.stderr


def test_registry_value_errors_name_the_value_given(tmp_path):
    (tmp_path / "facts.yaml").write_text(
        "entities:\n  - {id: kestrel, name: Kestrel}\n  - {id: wren, name: Wren}\n"
        "facts:\n  - id: kestrel-wren\n    subject: kestrel\n    relation: bogus\n    object: wren\n",
        encoding="utf-8",
    )
    result = factcheck("sources", "validate", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2 and "relation: Input should be" in result.stderr and ", not 'bogus'" in result.stderr, result.stderr
    assert "problem(s)" not in result.stderr and "Value error" not in result.stderr


@pytest.mark.parametrize("fmt", ["concise", "text", "json"])
def test_messages_quote_markdown_as_the_reader_sees_it(tmp_path, fmt):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    out = factcheck("draft.md", "-f", fmt, cwd=tmp_path).stdout
    assert "up to $10 billion" in out and "**" not in out and "up to   $10" not in out


def test_one_fix_per_span(project_checker):
    """A headline dropping the body's "up to" is both hedge drift (FC103) and a registry
    contradiction (FC201): their fixes for the one span say the same, in the article's style."""
    text = "Nvidia Puts $10 Billion Into Anthropic\n\nNvidia will invest up to $10 billion in Anthropic, the companies said on Tuesday.\n"
    file = project_checker.check_text(text)
    fixes: dict[tuple[int, int], set[str]] = defaultdict(set)
    for finding in file.findings:
        if finding.fix:
            fixes[(finding.span.start, finding.span.end)].add(finding.fix.replacement)
    assert fixes and all(len(replacements) == 1 for replacements in fixes.values()), fixes
    assert fixes[(12, 23)] == {"up to $10 Billion"}


def test_html_page_says_one_claim(checker):
    from factcheck.models import Report
    from factcheck.report.html import format_html

    html = format_html(Report(files=(checker.check_text("Kestrel has $4 million in cash.\n"),)))
    assert "1 claim:" in html and "1 claims" not in html


def test_claims_defaults_to_the_claims_folder_and_fits_80_columns(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "draft.md").write_text(DRAFT * 3, encoding="utf-8")
    result = factcheck("claims", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert max(map(len, result.stdout.splitlines())) <= 80 and "$10" in result.stdout
