"""Checkers over different registries share one loaded spaCy model; each must still see its
own registry's entity ruler, whatever was built in between."""

from __future__ import annotations

from factcheck.api import Checker

TEXT = "Nvidia will invest up to $10 billion in Anthropic, and Acme will invest $5 billion in Cirrus.\n"


def test_a_checker_built_later_does_not_change_an_earlier_ones_results(project_checker, fixture_registry):
    before = project_checker.check_text(TEXT)
    Checker(fixture_registry).check_text(TEXT)  # installs the fictional registry's ruler
    assert project_checker.check_text(TEXT) == before
