"""The relation lexicon (data in nlp/patterns/relations.json), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def relation_lexicon() -> dict:
    text = resources.files("factcheck.nlp").joinpath("patterns/relations.json").read_text(encoding="utf-8")
    return json.loads(text)
