"""Correct articles, written for these tests, raise no warning or error: the precision floor of
every rule together. The `registry-*` articles state, in our own words, facts that `sources/`
holds (checked against it); the `plain-*` ones are fictional stories of every beat (earnings,
takeover, funding round, state budget, euro contract, cloud deal), checked with no registry.
A new false alarm on any of them is a regression, whichever rule raises it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import Checker

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "correct"


@pytest.fixture(scope="module")
def plain_checker():
    return Checker(None)


def _alarms(report) -> list[str]:
    return [f"{f.code}@{f.line}: {f.message}" for f in report.findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("path", sorted(FOLDER.glob("registry-*.txt")), ids=lambda p: p.stem)
def test_correct_article_passes_the_registry(project_registry, path):
    report = Checker(project_registry).check_text(path.read_text(encoding="utf-8"), path=path.name)
    assert _alarms(report) == []


@pytest.mark.parametrize("path", sorted(FOLDER.glob("plain-*.txt")), ids=lambda p: p.stem)
def test_correct_article_raises_no_alarm(plain_checker, path):
    report = plain_checker.check_text(path.read_text(encoding="utf-8"), path=path.name)
    assert _alarms(report) == []
