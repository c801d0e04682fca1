"""Count claims: a stated count and the items listed with it ("three clouds (Acme Cloud, Bolt
Cloud and Cirrus Cloud)"; "two camps" followed by one heading per camp).

Only plainly complete lists become claims: a parenthesised or colon list of capitalised names on
the count's line, separated by commas, "and", "+" or "&", or headings that repeat the counted
noun. A list with "including", "such as", "and others" or figures in it is not one, nor is a
count of years, percents or shares (those are figures, not items).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.locate import Locator
from factcheck.models import CountClaim, Span
from factcheck.normalize.numbers import cardinal_words
from factcheck.read import LineIndex

NUMBER_WORDS = cardinal_words(2, 12)  # a count of listed items, "two" to "twelve" (as the digits below)
WORDS_FOR = {n: w for w, n in NUMBER_WORDS.items()}
_COUNT = "|".join(NUMBER_WORDS) + r"|[2-9]|1[0-2]"
_SPACES = r"[^\S\n]+"  # spaces within the line: a count, its noun and the list's opening share one line
# "all three major cloud providers (" / "four companies:" : a count, up to three modifiers, a
# plural noun, then the opening of a list.
_INLINE = re.compile(rf"\b(?P<count>{_COUNT}){_SPACES}(?P<noun>(?:[\w’'-]+{_SPACES}){{0,3}}?[A-Za-z-]+s)[^\S\n]*(?P<open>\(|:)", re.I)
# "two camps" with no inline list: the items may follow as headings ("The Acme Camp:").
_BARE = re.compile(rf"\b(?P<count>{_COUNT}){_SPACES}(?P<noun>(?:[\w’'-]+{_SPACES}){{0,2}}?[A-Za-z]+s)\b(?![^\S\n]*[(:])", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|;|\+|&|\band\b)\s*", re.I)
# Words that make a list partial or the numbers something else: never compare those.
_PARTIAL = re.compile(r"\b(?:including|includes|such as|among them|among others|and others|etc|e\.g|for example|like|other|more)\b", re.I)
_NOT_ITEMS = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|percent|times|billion|million|trillion|gigawatts?|GW|shares?)\b", re.I)
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n")
MAX_ITEM_WORDS = 5
HEADING_WINDOW = 15  # lines after a bare count where its items may be listed as headings


@dataclass(frozen=True)
class StatedCount:
    """A count in the text and the items it announces (offsets into the text)."""

    count: int
    count_span: tuple[int, int]
    noun: str
    noun_end: int
    items: tuple[str, ...]
    items_span: tuple[int, int]


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _split_items(text: str) -> tuple[str, ...] | None:
    """Items of a list such as "Azure, AWS, and Google Cloud"; None when it does not look like one."""
    if _PARTIAL.search(text) or re.search(r"\d", text):
        return None
    text = " ".join(text.split())  # blanked markup leaves runs of spaces inside a name
    items = tuple(i.strip(" .") for i in _SEPARATORS.split(text) if i.strip(" ."))
    if len(items) < 2 or any(len(i.split()) > MAX_ITEM_WORDS for i in items):
        return None
    # Items are names: each starts with a capital or a digit-free proper form ("OpenAI's GPT").
    if not all(i[0].isupper() for i in items):
        return None
    return items


def _list_end(text: str, start: int, opener: str) -> int | None:
    """Where an inline list opened at `start` ends: its ")" on the same line, or the end of the
    sentence or line after a colon; None for a parenthesis left open on its line."""
    if opener == "(":
        close = text.find(")", start)
        newline = text.find("\n", start)
        return None if close < 0 or 0 <= newline < close else close
    stop = _SENTENCE_END.search(text, start)
    return stop.start() if stop else len(text)


def inline_counts(text: str) -> Iterator[StatedCount]:
    """Counts followed by a parenthesised or colon list on the same line."""
    for match in _INLINE.finditer(text):
        if _NOT_ITEMS.search(match.group("noun")):
            continue
        start = match.end()
        end = _list_end(text, start, match.group("open"))
        items = _split_items(text[start:end]) if end is not None else None
        if items and end is not None:
            yield StatedCount(_count_value(match.group("count")), match.span("count"), match.group("noun"), match.end("noun"), items, (start, end))


def heading_counts(text: str) -> Iterator[StatedCount]:
    """"two powerful camps" followed by headings naming each one ("The Acme / Bolt Camp:")."""
    lines = text.split("\n")  # the report's lines (read.LineIndex), not str.splitlines' wider set
    index = LineIndex(text)
    for match in _BARE.finditer(text):
        noun = match.group("noun").split()[-1]
        if _NOT_ITEMS.search(noun) or len(noun) < 4:
            continue
        singular = noun[:-1]
        heading = re.compile(rf"^\s*(?:The\s+)?(?P<name>\S.{{0,60}}?)\s+{re.escape(singular)}\s*:\s*$", re.I)
        line_no = index.position(match.start())[0] - 1
        found = []
        for i in range(line_no + 1, min(len(lines), line_no + 1 + HEADING_WINDOW)):
            if m := heading.match(lines[i]):
                start = index.offset(i + 1)
                found.append((m.group("name"), start, start + len(lines[i])))
        if len(found) >= 2:
            yield StatedCount(
                _count_value(match.group("count")),
                match.span("count"),
                match.group("noun"),
                match.end("noun"),
                tuple(f[0] for f in found),
                (found[0][1], found[-1][2]),
            )


def stated_counts(text: str) -> list[StatedCount]:
    """Every count in the text whose items are listed: inline first, then as headings."""
    inline = list(inline_counts(text))
    taken = {c.count_span for c in inline}
    return inline + [c for c in heading_counts(text) if c.count_span not in taken]


def count_claims(locator: Locator) -> list[CountClaim]:
    """The count claims of the prose (ids are set by the caller)."""
    claims = []
    for stated in stated_counts(locator.prose):
        place = locator.where(stated.count_span[0], stated.noun_end)
        if place is None:
            continue
        claims.append(
            CountClaim(
                id="c0",
                **place,
                value=stated.count,
                noun=" ".join(stated.noun.split()),
                items=stated.items,
                value_span=Span(start=stated.count_span[0], end=stated.count_span[1]),
                items_span=Span(start=stated.items_span[0], end=stated.items_span[1]),
            )
        )
    return claims


__all__ = ["NUMBER_WORDS", "WORDS_FOR", "StatedCount", "count_claims", "stated_counts"]
