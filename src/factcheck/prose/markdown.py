"""Markdown prose view: markup blanked at the same offsets, so positions point into the file.

markdown-it-py (CommonMark, the parser rich already depends on) finds the blocks: code,
raw HTML, rules, headings and paragraphs, by line. Inline markup inside prose lines is
blanked with patterns: CommonMark's inline grammar is too rich for offsets to survive a
round trip through a renderer, and news copy uses a small part of it.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from factcheck.prose import blank

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?^(?:---|\.\.\.|\+\+\+)[ \t]*\r?$", re.DOTALL | re.MULTILINE)
# Labels and targets stop at the next opening bracket too: a line of 40,000 unclosed "[" or
# "[a](" was quadratic (each "[" scanned to the end of the line); now each scan ends where
# the next one starts, so the total is linear.
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[(?P<label>[^\[\]\n]*)\](?P<target>\([^()\n]*\)|\[[^\[\]\n]*\])")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]+\]")
_AUTOLINK_OR_TAG = re.compile(r"<(?:https?://[^>\s]+|mailto:[^>\s]+|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?)>")
_HEADING = re.compile(r"^(?P<open> {0,3}#{1,6})(?=[ \t]|$)(?P<rest>.*)$", re.MULTILINE)  # closing #s: _closing_hashes
_RULE_LINE = re.compile(r"^ {0,3}(?:[=\-*_][ \t]*){3,}$|^ {0,3}=+[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+", re.MULTILINE)
_EMPHASIS = re.compile(r"\*+|~~|(?<![\w])_+|_+(?![\w])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"\\(?=\r?\n)")
_TABLE_PIPE = re.compile(r"\|")
_TABLE_DELIMITER = re.compile(r"^[ \t|:\-]+$", re.MULTILINE)

_parser = MarkdownIt("commonmark").enable("table")


def markdown_prose(text: str) -> str:
    chars = list(text)
    starts = _line_starts(text)

    def blank_match(pattern: re.Pattern, group: int | str = 0) -> None:
        for match in pattern.finditer("".join(chars)):
            if match.group(group) is not None:
                blank(chars, match.start(group), match.end(group))

    blank_match(_FRONT_MATTER)
    front = "".join(chars)
    blocks = _parser.parse(front)
    tables = _blank_blocks(chars, front, blocks, starts, len(text))
    for start, end in _comments("".join(chars)):
        blank(chars, start, end)
    for start, end in _code_spans("".join(chars)):
        blank(chars, start, end)
    blank_match(_IMAGE)
    for match in _LINK.finditer("".join(chars)):
        blank(chars, match.start(), match.start() + 1)  # "[": the label is prose, the target is not
        blank(chars, match.end("label"), match.end())
    for pattern in (_REFERENCE_DEFINITION, _FOOTNOTE_REF, _AUTOLINK_OR_TAG, _RULE_LINE, _QUOTE, _ESCAPE, _HARD_BREAK, _EMPHASIS):
        blank_match(pattern)
    _blank_heading_marks(chars)
    _blank_table_marks(chars, tables)
    _join_soft_breaks(chars, blocks, starts, len(text))
    return "".join(chars)


def _blank_blocks(chars: list[str], front: str, blocks: list, starts: list[int], length: int) -> list[tuple[int, int]]:
    """Blank code, rules and HTML comment blocks; return the tables' spans (blanked later)."""
    tables = []
    for token in blocks:
        if token.map is None:
            continue
        first, last = token.map
        start, end = starts[first], starts[min(last, len(starts) - 1)] if last < len(starts) else length
        if token.type in ("fence", "code_block", "hr") or (token.type == "html_block" and front[start:end].lstrip().startswith("<!--")):
            blank(chars, start, end)
        elif token.type == "table_open":
            tables.append((start, end))
    return tables


def _blank_heading_marks(chars: list[str]) -> None:
    for match in _HEADING.finditer("".join(chars)):
        blank(chars, match.start("open"), match.end("open"))
        closing = _closing_hashes(match.group("rest"))
        if closing is not None:
            blank(chars, match.start("rest") + closing[0], match.start("rest") + closing[1])


def _blank_table_marks(chars: list[str], tables: list[tuple[int, int]]) -> None:
    for start, end in tables:
        segment = "".join(chars[start:end])
        for pattern in (_TABLE_DELIMITER, _TABLE_PIPE):
            for match in pattern.finditer(segment):
                blank(chars, start + match.start(), start + match.end())
            segment = "".join(chars[start:end])


def _closing_hashes(rest: str) -> tuple[int, int] | None:
    """Where a heading's closing sequence (` ##`, blanks around it) sits in the text after its
    opening #s, found by stripping from the right: a lazy regex backtracked quadratically on a
    heading of 40,000 spaces."""
    stripped = rest.rstrip(" \t")
    hashes = stripped.rstrip("#")
    if hashes == stripped:
        return None
    before = hashes.rstrip(" \t")
    if before == hashes:  # "# C#": the #s belong to the text
        return None
    return len(before), len(stripped)


def _comments(text: str) -> list[tuple[int, int]]:
    """HTML comments `<!-- ... -->` by two finds each: an unclosed `<!--` ends the search
    (no later one can close either), where `<!--.*?-->` rescanned to the end from every opener."""
    found, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        found.append((start, end + 3))
        at = end + 3
    return found


_BACKTICKS = re.compile(r"`+")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """CommonMark code spans: a run of N backticks up to the next run of exactly N (linear:
    each run is looked at once; an opener with no closer is text)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    later: dict[int, list[int]] = {}  # run length -> indexes of runs of that length, last first
    for i in range(len(runs) - 1, -1, -1):
        later.setdefault(runs[i][1] - runs[i][0], []).append(i)
    found, i = [], 0
    while i < len(runs):
        length = runs[i][1] - runs[i][0]
        same = later[length]
        while same and same[-1] <= i:
            same.pop()
        if not same:
            i += 1
            continue
        j = same.pop()
        found.append((runs[i][0], runs[j][1]))
        i = j + 1
    return found


def _join_soft_breaks(chars: list[str], tokens, starts: list[int], length: int) -> None:
    """A paragraph's soft line breaks are spaces: wrapped prose reads as one paragraph."""
    for token in tokens:
        if token.type != "paragraph_open" or token.map is None:
            continue
        first, last = token.map
        end = starts[last] - 1 if last < len(starts) else length
        for i in range(starts[first], end):
            if chars[i] == "\n" or chars[i] == "\r":
                chars[i] = " "


def _line_starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
