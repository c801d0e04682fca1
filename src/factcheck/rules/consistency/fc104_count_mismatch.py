"""FC104 count-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.check.context import CheckContext
from factcheck.models import Fix, Severity, Span
from factcheck.normalize.numbers import cardinal_words
from factcheck.read import LineIndex
from factcheck.rules.base import Hit, Rule

NUMBER_WORDS = cardinal_words(2, 12)  # a count of listed items, "two" to "twelve" (as the digits below)
WORDS_FOR = {n: w for w, n in NUMBER_WORDS.items()}
_COUNT = "|".join(NUMBER_WORDS) + r"|[2-9]|1[0-2]"
# "all three major cloud providers (" / "four companies:" : a count, up to three modifiers, a
# plural noun, then the opening of a list.
_INLINE = re.compile(rf"\b(?P<count>{_COUNT})\s+(?P<noun>(?:[\w’'-]+\s+){{0,3}}?[A-Za-z-]+s)\s*(?P<open>\(|:)", re.I)
# "two camps" with no inline list: the items may follow as headings ("The Acme Camp:").
_BARE = re.compile(rf"\b(?P<count>{_COUNT})\s+(?P<noun>(?:[\w’'-]+\s+){{0,2}}?[A-Za-z]+s)\b(?!\s*[(:])", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|;|\+|&|\band\b)\s*", re.I)
# Words that make a list partial or the numbers something else: never compare those.
_PARTIAL = re.compile(r"\b(?:including|includes|such as|among them|among others|and others|etc|e\.g|for example|like|other|more)\b", re.I)
_NOT_ITEMS = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|percent|times|billion|million|trillion|gigawatts?|GW|shares?)\b", re.I)
MAX_ITEM_WORDS = 5
HEADING_WINDOW = 15  # lines after a bare count where its items may be listed as headings


@dataclass(frozen=True)
class StatedCount:
    """A count in the text and the items it announces."""

    count: int
    count_span: tuple[int, int]
    noun: str
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


def inline_counts(text: str) -> Iterator[StatedCount]:
    """Counts followed by a parenthesised or colon list on the same line."""
    for match in _INLINE.finditer(text):
        if _NOT_ITEMS.search(match.group("noun")):
            continue
        start = match.end()
        if match.group("open") == "(":
            close = text.find(")", start)
            newline = text.find("\n", start)
            if close < 0 or (0 <= newline < close):
                continue
            end = close
        else:
            stop = re.compile(r"\.(?:\s|$)|\n").search(text, start)
            end = stop.start() if stop else len(text)
        items = _split_items(text[start:end])
        if items:
            yield StatedCount(_count_value(match.group("count")), match.span("count"), match.group("noun"), items, (start, end))


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
                tuple(f[0] for f in found),
                (found[0][1], found[-1][2]),
            )


def stated_counts(text: str) -> list[StatedCount]:
    """Every count in the text whose items are listed: inline first, then as headings."""
    inline = list(inline_counts(text))
    taken = {c.count_span for c in inline}
    return inline + [c for c in heading_counts(text) if c.count_span not in taken]


def _spell_like(original: str, number: int) -> str:
    if original.isdigit() or number not in WORDS_FOR:
        return str(number)
    word = WORDS_FOR[number]
    return word.capitalize() if original[0].isupper() else word


class CountMismatch(Rule):
    """A stated count ("three providers") that does not match the items listed with it.

    Why: a count and its list are read together; when they disagree, one of them is wrong
    (an item was dropped or added in editing), and readers cannot tell which.

    Flags: "Nimbus runs on four clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud)": three
    items are listed for "four".

    Passes: "Nimbus runs on all three clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud)", and
    "two camps" followed by the headings "The Acme Camp:" and "The Bolt Camp:".

    Tolerance: only lists that are plainly complete: a parenthesised or colon list of
    capitalised names separated by commas, "and", "+" or "&", or headings that repeat the
    counted noun. Lists with "including", "such as", "and others" or figures are not compared.

    Fix: correct the count to the number of items, or complete the list.
    """

    code = "FC104"
    name = "count-mismatch"
    severity = Severity.WARNING
    summary = "A stated count does not match the number of items listed with it."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        # The prose view (markup blanked, offsets kept): "(*Acme*, [Bolt](url) and Cirrus)"
        # lists three names, as its reader sees them.
        text = ctx.document.prose_text
        for stated in stated_counts(text):
            if stated.count == len(stated.items):
                continue
            original = text[stated.count_span[0] : stated.count_span[1]]
            listed = ", ".join(stated.items)
            yield Hit(
                span=Span(start=stated.count_span[0], end=stated.count_span[1]),
                message=f"{original!r} {stated.noun} announced, but {len(stated.items)} are listed ({listed}).",
                fix=Fix(replacement=_spell_like(original, len(stated.items))),
            )
