"""The arithmetic lexicon (lexicon.json), loaded once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

LEXICON: dict = json.loads((Path(__file__).with_name("lexicon.json")).read_text(encoding="utf-8"))


def alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, longest first so a longer phrase wins."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern:
    """Any of the words as whole words, case-insensitive."""
    return re.compile(r"\b(?:" + alternation(words) + r")\b", re.I)
