"""Bounded work per article: claims past the cap are left out with a clear note."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import factcheck.api as api

TEXT = "".join(f"Acme paid ${n} billion for it. " for n in range(1, 31)) + "\n"


def test_claims_past_the_cap_are_dropped_with_a_note(checker, monkeypatch):
    monkeypatch.setattr(api, "MAX_CLAIMS", 10)
    report = checker.check_text(TEXT)
    assert len(report.claims) == 10
    assert report.notes and "only the first 10 are checked" in report.notes[0]
    assert all(f.span.start <= report.claims[-1].span.end or f.claims == () or set(f.claims) <= {c.id for c in report.claims} for f in report.findings)


def test_an_article_under_the_cap_has_no_note(checker):
    assert checker.check_text(TEXT).notes == ()


def test_the_note_reaches_stderr(tmp_path: Path):
    article = tmp_path / "many.txt"
    article.write_text("".join(f"Acme paid ${n % 90 + 1} billion. " for n in range(200)) + "\n")
    code = "import factcheck.api as a, sys; a.MAX_CLAIMS = 50; from factcheck.cli import main; main(sys.argv[1:])"
    done = subprocess.run([sys.executable, "-c", code, "--no-config", "-f", "json", str(article)], capture_output=True, text=True, timeout=300)
    assert "only the first 50 are checked" in done.stderr, done.stderr
    assert done.returncode in (0, 1)
