"""The resolver's speed-ups (alias table built once, choices preprocessed once, per-name cache) change no answer."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process, utils

from factcheck.extract.entities import normalize_name
from factcheck.resolve import FUZZY_CUTOFF, Resolver

NAMES = ["Acme", "Acme Corp.", "Acme Corporations", "Bolt Systemz", "Bolts", "Cirrus Cloud platform", "CirrusCloud", "Cirus Labs", "Dynamo AI", "Dynamo A.I.", "Nimbus", "Zephyr", "AI", "Jane Roe", "Jane Row"]


def reference(resolver: Resolver, name: str) -> str | None:
    """The lookup as first written: rapidfuzz processes every choice on every call."""
    if name in resolver.registry.entities:
        return name
    key = normalize_name(name).lower()
    if key in resolver._aliases:
        return resolver._aliases[key]
    if len(key) < 4 or not resolver._choices:
        return None
    match = process.extractOne(key, resolver._choices, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=FUZZY_CUTOFF)
    if match is None:
        return None
    candidate = match[0]
    if min(len(candidate), len(key)) / max(len(candidate), len(key)) < 0.6:
        return None
    return resolver._aliases[candidate]


@pytest.mark.parametrize("name", NAMES)
def test_same_answer_as_the_plain_lookup(name, fixture_registry):
    resolver = Resolver(fixture_registry)
    assert resolver.entity_id(name) == reference(resolver, name)
    assert resolver.entity_id(name) == reference(resolver, name)  # second call: from the cache


def test_checker_builds_its_resolver_once(checker):
    first = checker.resolver
    checker.check_text("Acme will invest $5 billion in Cirus Labs.")
    assert checker.resolver is first and "cirus labs" in first._fuzzy
