"""Names folded before matching: look-alike spellings are the same name, and are suspicious.

A Cyrillic "А" (U+0410) or a zero-width space inside "Anthropic" is invisible to a reader and
made a contradicted claim unresolvable (FC201 became FC202). Folding: Unicode NFKC (full-width
and compatibility forms), invisible characters removed (zero-width, soft hyphen, bidi
controls), then each character that Unicode's confusables table (TR39, as packaged by
`confusable-homoglyphs`) lists as a look-alike of an ASCII letter or digit mapped to it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@cache
def _confusable_map() -> dict[int, str]:
    """Non-ASCII character -> the ASCII letter or digit it looks like (first such homoglyph).

    Read from nlp/patterns/confusables.json, written by `confusable_table` from the library's
    table (tests/normalize/test_fold_table.py checks that the two agree): loading the library's
    whole JSON took about 0.1 s of every cold start that resolves a non-ASCII name."""
    from importlib import resources

    try:
        data = resources.files("factcheck.nlp").joinpath("patterns/confusables.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return confusable_table()
    return {ord(character): ascii_form for character, ascii_form in json.loads(data).items()}


def confusable_table() -> dict[int, str]:
    """The map computed from `confusable-homoglyphs` itself."""
    from confusable_homoglyphs import confusables  # type: ignore[import-untyped]  # no py.typed, no stubs on PyPI

    table: dict[int, str] = {}
    for character, homoglyphs in confusables.confusables_data.items():
        if len(character) != 1 or character.isascii():
            continue
        for glyph in homoglyphs:
            if len(glyph["c"]) == 1 and glyph["c"] in _ASCII_ALNUM:
                table[ord(character)] = glyph["c"]
                break
    return table


def has_invisible(text: str) -> bool:
    return _INVISIBLE.search(text) is not None


def write_confusable_table(path: Path) -> None:
    """Regenerate the shipped table (after upgrading confusable-homoglyphs)."""
    table = {chr(code): ascii_form for code, ascii_form in sorted(confusable_table().items())}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def fold_name(name: str) -> str:
    """`name` as matching sees it: NFKC, invisible characters dropped, Latin look-alikes mapped."""
    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", name))
    if folded.isascii():
        return folded
    return folded.translate(_confusable_map())


def looks_disguised(word: str) -> bool:
    """A word that reads as Latin but is not: Latin letters mixed with invisible characters or
    with look-alikes from another script. A word wholly in another script is not disguised."""
    if word.isascii() or not any(ch in _ASCII_ALNUM for ch in word):
        return False
    folded = fold_name(word)
    return folded != word and folded.isascii() and folded.isalnum()


_WORD = re.compile(rf"[\w{INVISIBLE}]+")


def disguised_words(text: str) -> Iterator[re.Match[str]]:
    """The matches of words in `text` that look_disguised."""
    if text.isascii():
        return
    for match in _WORD.finditer(text):
        if not match.group().isascii() and looks_disguised(match.group()):
            yield match


def unmask_lookalikes(text: str) -> str:
    """`text` with the look-alike letters of disguised words mapped to Latin, one character for
    one, so every offset stays (invisible characters, which would shift offsets, stay too)."""
    if text.isascii():
        return text
    chars = None
    for match in disguised_words(text):
        chars = chars if chars is not None else list(text)
        chars[match.start() : match.end()] = list(match.group().translate(_confusable_map()))
    return text if chars is None else "".join(chars)
