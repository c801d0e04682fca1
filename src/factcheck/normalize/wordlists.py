"""What the figure grammars (percent, quantity) share: their pattern data and word lists as
regular-expression alternations."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

HS = r"[ \t\u00a0\u2009\u200a\u202f]"  # horizontal space, no line break: a mention stays on its line


@cache
def pattern_data(name: str) -> dict[str, Any]:
    """nlp/patterns/NAME.json, read once."""
    data: dict[str, Any] = json.loads(resources.files("factcheck.nlp").joinpath(f"patterns/{name}.json").read_text(encoding="utf-8"))
    return data


def alternation(words: Iterable[str]) -> str:
    """An alternation, longest first, each space matching any horizontal space. Words of one
    length are in alphabetical order (two of them never match at one place, so the order does
    not change what matches): the same text in every run, which the compiled cache keys on."""
    return "|".join(re.escape(w).replace(r"\ ", rf"{HS}+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def word_key(words: str) -> str:
    """A phrase as the grammars' tables key it: lower case, spaces collapsed."""
    return re.sub(r"\s+", " ", words.strip().lower())
