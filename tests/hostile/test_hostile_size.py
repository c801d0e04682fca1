"""Bounded work per article: claims past the cap are left out with a clear note, and spaCy sees
a bounded window of text at a time (memory follows the window; bench/hostile.py measures it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import factcheck.windows as windows
from factcheck.api import Checker
from factcheck.config import load_config
from factcheck.errors import ConfigError, InputError
from factcheck.read import make_document

TEXT = "".join(f"Acme paid ${n} billion for it. " for n in range(1, 31)) + "\n"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


def test_claims_past_the_cap_are_dropped_with_a_note(fixture_registry):
    report = Checker(fixture_registry, max_claims=10).check_text(TEXT)
    assert len(report.claims) == 10
    assert report.notes and "30 claims; only the first 10 are checked" in report.notes[0]
    assert "--max-claims" in report.notes[0]
    kept = {c.id for c in report.claims}
    assert all(set(f.claims) <= kept for f in report.findings)


def test_an_article_under_the_cap_has_no_note(checker):
    assert checker.check_text(TEXT).notes == ()


@pytest.mark.parametrize("how", ["option", "config", "environment"])
def test_the_cap_is_configurable_and_the_note_reaches_stderr(tmp_path: Path, how):
    article = tmp_path / "many.txt"
    article.write_text("".join(f"Acme paid ${n % 90 + 1} billion. " for n in range(80)) + "\n")
    (tmp_path / ".factcheck.toml").write_text("max-claims = 50\n")
    args = {"option": ["--no-config", "--max-claims", "50"], "config": ["--config", str(tmp_path / ".factcheck.toml")], "environment": ["--no-config"]}[how]
    done = run(*args, "-f", "json", str(article), env={"FACTCHECK_MAX_CLAIMS": "50"} if how == "environment" else None)
    assert "80 claims; only the first 50 are checked" in done.stderr, done.stderr
    assert done.returncode in (0, 1)


@pytest.mark.parametrize("text", ["max-claims = 0\n", "max-claims = 1e9\n", 'max-claims = "many"\n'])
def test_a_bad_configured_cap_names_the_file(tmp_path: Path, text):
    path = tmp_path / ".factcheck.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match="max-claims"):
        load_config(path)


@pytest.mark.parametrize("raw", ["0", "-3", "lots", "99999999999"])
def test_a_bad_environment_cap_is_a_clear_error(monkeypatch, raw):
    monkeypatch.setenv("FACTCHECK_MAX_CLAIMS", raw)
    with pytest.raises(InputError, match="FACTCHECK_MAX_CLAIMS"):
        windows.default_max_claims()


# Windows: an article longer than WINDOW_CHARS is analysed a window of paragraphs at a time.
PARAGRAPHS = [
    "Acme will invest ${n} billion in Cirrus over {n} years, the companies said.",
    "Bolt raised ${n}.5 million from Dynamo, up from ${n} million a year earlier.",
    "Cirrus reported revenue of ${n}00 million, and Bolt said it expects $1.{n} billion next year.",
    "Dynamo CEO Jane Doe said the deal was worth about ${n} billion.",
]


def long_article(paragraphs: int, separator: str = "\n\n") -> str:
    return "Acme and Cirrus sign a deal\n\n" + separator.join(PARAGRAPHS[i % 4].format(n=i % 9 + 1) for i in range(paragraphs)) + "\n"


def checked(checker: Checker, text: str, window: int, monkeypatch):
    monkeypatch.setattr(windows, "WINDOW_CHARS", window)
    return checker.check_text(text)


@pytest.mark.parametrize("separator", ["\n\n", "\n", " "], ids=["blank lines", "lines", "one line"])
def test_windows_give_the_claims_of_one_pass(checker, monkeypatch, separator):
    """Paragraphs that do not lean on far-away ones come out the same, ids and paragraph indexes
    included, whether the article is analysed whole or in windows of ~1,000 characters."""
    text = long_article(60, separator)
    whole = checked(checker, text, 10**9, monkeypatch)
    windowed = checked(checker, text, 1_000, monkeypatch)
    assert len(whole.claims) > 100
    assert windowed.claims == whole.claims
    assert windowed.findings == whole.findings


def test_a_long_article_stops_at_the_cap(fixture_registry, monkeypatch):
    calls = []
    checker = Checker(fixture_registry, max_claims=20)
    analyze = checker.pipeline.analyze_many
    monkeypatch.setattr(checker.pipeline, "analyze_many", lambda docs: calls.append(len(docs)) or analyze(docs))
    report = checked(checker, long_article(200), 1_000, monkeypatch)
    assert len(report.claims) == 20
    assert report.notes and report.notes[0].startswith("more than 20 claims; only the first 20 are checked")
    assert len(calls) < 10  # the windows after the cap are never analysed


def test_window_copies_keep_offsets_and_only_their_paragraphs():
    text = "Head line\n\nFirst para.\nSecond para.\n\nThird para.\n"
    kept = windows.keep_only(text, [(0, 9), (37, 48)])
    assert len(kept) == len(text)
    assert kept[:9] == "Head line" and kept[37:48] == "Third para."
    assert kept[9:37].strip() == "" and "\n\n" in kept[9:37]


def test_short_articles_share_one_nlp_call_up_to_the_window(fixture_registry, monkeypatch):
    calls = []
    checker = Checker(fixture_registry)
    analyze = checker.pipeline.analyze_many
    monkeypatch.setattr(checker.pipeline, "analyze_many", lambda docs: calls.append(len(docs)) or analyze(docs))
    monkeypatch.setattr(windows, "WINDOW_CHARS", 500)
    docs = [make_document(f"a{i}.txt", PARAGRAPHS[i % 4].format(n=i + 1) + "\n") for i in range(12)]
    together = checker.check_documents(docs)
    assert len(calls) > 1 and sum(calls) == 12
    monkeypatch.setattr(windows, "WINDOW_CHARS", 10**9)
    assert checker.check_documents(docs) == together
