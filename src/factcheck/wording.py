"""Small rules of English for messages: possessives, plurals, whitespace as the reader sees it,
and library error texts without their internal prefixes."""

from __future__ import annotations

import re

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


# pydantic error types whose message lists the allowed values without the value given
_NAMES_NO_INPUT = frozenset({"literal_error", "enum"})


def validation_message(error: dict) -> str:
    """One pydantic error as a sentence: no "Value error," prefix, and the value that was
    given when the message lists only what is allowed ("…, 'warning' or 'info', not 'bogus'")."""
    message = library_message(error["msg"])
    given = error.get("input")
    if error.get("type") in _NAMES_NO_INPUT and isinstance(given, (str, int, float, bool)):
        message += f", not {given!r}"
    return message
