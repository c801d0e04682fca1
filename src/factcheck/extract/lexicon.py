"""The relation lexicon (data in nlp/patterns/relations.json), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def relation_lexicon() -> dict:
    text = resources.files("factcheck.nlp").joinpath("patterns/relations.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    text = resources.files("factcheck.nlp").joinpath("patterns/attribution.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)["not_parties"])


def is_outlet(name: str) -> bool:
    """A news outlet or data provider credited for a figure ("according to PitchBook"): never a party it refers back to."""
    return name.lower() in _outlets()
