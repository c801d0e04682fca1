"""Small rules of English for messages: possessives, plurals, whitespace as the reader sees it,
and library error texts without their internal prefixes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from factcheck.models import Fix

_VALUE_ERROR_PREFIX = re.compile(r"^(?:Value|Assertion) error,\s*")
_WHITESPACE = re.compile(r"\s+")


PLURAL_NOUNS = frozenset({"parties", "companies", "firms", "investors", "partners"})


def possessive(name: str) -> str:
    """"Acme's", "Moss's", but "The parties'": a plural noun takes the apostrophe alone."""
    last = name.split()[-1].lower() if name.split() else ""
    return f"{name}'" if last in PLURAL_NOUNS else f"{name}'s"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def as_read(message: str) -> str:
    """Runs of spaces and line breaks as one space: an article's words quoted in a message
    carry the blanks left where Markdown or HTML markup was, and its hard line wraps."""
    return _WHITESPACE.sub(" ", message).strip()


def library_message(message: str) -> str:
    """pydantic's "Value error, 'bogus' is not one of …" without the "Value error, "."""
    return _VALUE_ERROR_PREFIX.sub("", message)


# format_amount's short scales ("$15B", "up to €2.5M") and the article's own ways of writing them
_SHORT_SCALE = re.compile(r"(?<![\w.])(?P<number>[$€£¥₹]?\d[\d,]*(?:\.\d+)?)(?P<scale>[TBM])\b")
_WRITTEN_SCALE = re.compile(r"\d(?P<gap>\s*)(?P<word>trillion|billion|million|tn|bn|mn)\b", re.IGNORECASE)
SCALE_WORDS = {"T": "trillion", "B": "billion", "M": "million"}
SCALE_ABBREVIATIONS = {"T": "tn", "B": "bn", "M": "mn"}


def in_article_style(original: str, fix: Fix | None) -> Fix | None:
    """The fix with its scales written as the replaced words write theirs (case and spacing kept)."""
    if fix is None:
        return None
    written = _WRITTEN_SCALE.search(original)
    if written is None:
        return fix
    word, gap = written["word"], written["gap"]
    family = SCALE_ABBREVIATIONS if word.lower() in SCALE_ABBREVIATIONS.values() else SCALE_WORDS

    def spelled(match: re.Match) -> str:
        return f"{match['number']}{gap}{_same_case(family[match['scale']], word)}"

    return Fix(replacement=_SHORT_SCALE.sub(spelled, fix.replacement))


def _same_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word.capitalize()
    return word


# pydantic error types whose message lists the allowed values without the value given
_NAMES_NO_INPUT = frozenset({"literal_error", "enum"})


def validation_message(error: Mapping[str, Any]) -> str:
    """One pydantic error as a sentence: no "Value error," prefix, and the value that was
    given when the message lists only what is allowed ("…, 'warning' or 'info', not 'bogus'")."""
    message = library_message(error["msg"])
    given = error.get("input")
    if error.get("type") in _NAMES_NO_INPUT and isinstance(given, (str, int, float, bool)):
        message += f", not {given!r}"
    return message
