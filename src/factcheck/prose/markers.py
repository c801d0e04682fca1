"""Suppression markers: where an editor tells factcheck to ignore rules.

- Markdown and HTML: `<!-- factcheck: ignore FC202 -->` (an HTML comment, not rendered).
- Plain text: `[factcheck: ignore FC202]`.

Verbs: `ignore` on a line of its own silences the next paragraph; `ignore` after text on the
same line silences that line; `off` ... `on` silences a range; `ignore-file` the whole article.
Codes are comma- or space-separated rule codes or names; none means every rule.
The markers are not prose: prose views blank them, so they never become claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_BODY = r"factcheck:\s*(?P<verb>ignore-file|ignore|off|on)(?![\w-])(?P<codes>[A-Za-z0-9_\-, ]*?)\s*"
COMMENT_MARKER = re.compile(r"<!--\s*" + _BODY + r"-->", re.IGNORECASE)
TEXT_MARKER = re.compile(r"\[" + _BODY + r"\]", re.IGNORECASE)
Verb = Literal["ignore", "ignore-file", "off", "on"]


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    codes: tuple[str, ...]  # empty: every rule
    verb: Verb = "ignore"
    inline: bool = False  # text before it on its line: `ignore` then means this line


def find_markers(text: str, fmt: str) -> list[Marker]:
    pattern = TEXT_MARKER if fmt == "text" else COMMENT_MARKER
    return [_marker(text, m) for m in pattern.finditer(text)]


def _marker(text: str, match: re.Match) -> Marker:
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start : match.start()]
    codes = tuple(c for c in re.split(r"[,\s]+", match.group("codes")) if c)
    return Marker(match.start(), match.end(), codes, match.group("verb").lower(), inline=bool(before.strip()))


def blank_text_markers(text: str) -> str:
    """Plain text: blank the markers (same length)."""
    return TEXT_MARKER.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group(0)), text)
