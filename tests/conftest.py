"""Shared fixtures: the spaCy pipeline is loaded once per session (it is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Hypothesis: a bounded session in `make test`, a long one in `make fuzz` (FACTCHECK_FUZZ=1).
# No deadline: the first example of a session pays for warming spaCy up.
settings.register_profile("bounded", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("fuzz" if os.environ.get("FACTCHECK_FUZZ") else "bounded")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from current output (review the diff!).")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def project_registry():
    from factcheck.registry import load_registry

    return load_registry(ROOT / "sources")


@pytest.fixture(scope="session")
def fixture_registry():
    from factcheck.registry import load_registry

    return load_registry(FIXTURES / "registry")


@pytest.fixture(scope="session")
def checker(fixture_registry):
    """A Checker over the test registry of fictional companies (Acme, Bolt, Cirrus ...)."""
    from factcheck.api import Checker

    return Checker(fixture_registry)


@pytest.fixture(scope="session")
def money_claim(checker):
    """The money claim whose text is `mention` in `text`, checked with the fixture registry."""

    def claim(text: str, mention: str):
        return next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)

    return claim


@pytest.fixture(scope="session")
def money_triple(money_claim):
    """(subjects, relation, object) of the money claim whose text is `mention` in `text`."""

    def triple(text: str, mention: str) -> tuple:
        claim = money_claim(text, mention)
        return (claim.subjects, claim.relation, claim.object)

    return triple


@pytest.fixture(scope="session")
def project_checker(project_registry):
    from factcheck.api import Checker

    return Checker(project_registry)
