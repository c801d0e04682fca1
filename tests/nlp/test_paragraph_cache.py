"""The paragraph cache of the language server: a re-check of an edited draft reports exactly
what a fresh check of the same text reports."""

from __future__ import annotations

import pytest

# Drafts written for this test, each edited the way a writer edits: a word added, a paragraph
# changed, a paragraph removed, a paragraph repeated.
BASE = (
    "Bolt Makes $10 Billion Cirrus Investment\n\n"
    "Bolt will invest up to $10 billion in Cirrus, the companies said.\n\n"
    "Acme will put $5 billion into Cirrus over two years.\n\n"
    "Together the two firms commit $15 billion to Cirrus.\n"
)
EDITS = [
    BASE.replace("the companies said", "the companies said on Monday"),
    BASE.replace("$5 billion", "$6 billion"),
    BASE.replace("Acme will put $5 billion into Cirrus over two years.\n\n", ""),
    BASE + "\nAcme will put $5 billion into Cirrus over two years.\n",
    BASE,
]


@pytest.fixture(scope="module")
def cached(fixture_registry):
    from factcheck.api import Checker

    return Checker(fixture_registry, cache_paragraphs=16)


def _seen(file):
    return [(f.code, f.span, f.message) for f in file.findings], [(c.kind, c.span, *(getattr(c, name, None) for name in ("amount", "subject", "relation", "object", "value"))) for c in file.claims]


@pytest.mark.parametrize("edited", EDITS)
def test_recheck_with_cache_equals_a_fresh_check(cached, checker, edited):
    cached.check_text(BASE, path="draft.txt")
    assert _seen(cached.check_text(edited, path="draft.txt")) == _seen(checker.check_text(edited, path="draft.txt"))


def test_cache_stays_within_its_size(fixture_registry):
    from factcheck.api import Checker

    small = Checker(fixture_registry, cache_paragraphs=2)
    small.check_text(BASE)
    assert len(small.pipeline._cache) == 2
