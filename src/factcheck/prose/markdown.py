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
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[(?P<label>[^\]\n]*)\](?P<target>\([^)\n]*\)|\[[^\]\n]*\])")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]+\]")
_AUTOLINK_OR_TAG = re.compile(r"<(?:https?://[^>\s]+|mailto:[^>\s]+|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?)>")
_HEADING = re.compile(r"^(?P<open> {0,3}#{1,6})(?=[ \t]|$)(?:.*?(?P<close>[ \t]+#+)?[ \t]*)$", re.MULTILINE)
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
    tables = []
    blocks = _parser.parse(front)
    for token in blocks:
        if token.map is None:
            continue
        first, last = token.map
        start, end = starts[first], starts[min(last, len(starts) - 1)] if last < len(starts) else len(text)
        if token.type in ("fence", "code_block", "hr"):
            blank(chars, start, end)
        elif token.type == "html_block" and front[start:end].lstrip().startswith("<!--"):
            blank(chars, start, end)
        elif token.type == "table_open":
            tables.append((start, end))
    blank_match(_COMMENT)
    blank_match(_CODE_SPAN)
    blank_match(_IMAGE)
    for match in _LINK.finditer("".join(chars)):
        blank(chars, match.start(), match.start() + 1)  # "[": the label is prose, the target is not
        blank(chars, match.end("label"), match.end())
    for pattern in (_REFERENCE_DEFINITION, _FOOTNOTE_REF, _AUTOLINK_OR_TAG, _RULE_LINE, _QUOTE, _ESCAPE, _HARD_BREAK, _EMPHASIS):
        blank_match(pattern)
    for match in _HEADING.finditer("".join(chars)):
        blank(chars, match.start("open"), match.end("open"))
        if match.group("close"):
            blank(chars, match.start("close"), match.end("close"))
    for start, end in tables:
        segment = "".join(chars[start:end])
        for pattern in (_TABLE_DELIMITER, _TABLE_PIPE):
            for match in pattern.finditer(segment):
                blank(chars, start + match.start(), start + match.end())
            segment = "".join(chars[start:end])
    _join_soft_breaks(chars, blocks, starts, len(text))
    return "".join(chars)


def _join_soft_breaks(chars: list[str], tokens, starts: list[int], length: int) -> None:
    """A paragraph's soft line breaks are spaces: wrapped prose reads as one paragraph."""
    for token in tokens:
        if token.type != "paragraph_open" or token.map is None:
            continue
        first, last = token.map
        end = starts[last] - 1 if last < len(starts) else length
        for i in range(starts[first], end):
            if chars[i] == "\n":
                chars[i] = " "
            elif chars[i] == "\r":
                chars[i] = " "


def _line_starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
