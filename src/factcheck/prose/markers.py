"""Suppression markers: where an editor tells factcheck to ignore rules on the next paragraph.

- Markdown and HTML: `<!-- factcheck: ignore FC202 -->` (an HTML comment, not rendered).
- Plain text: a line of its own, `[factcheck: ignore FC202]`.

Codes are comma- or space-separated rule codes or names; `ignore` alone means every rule.
The markers are not prose: prose views blank them, so they never become claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODES = r"(?P<codes>[A-Za-z0-9_\-, ]*?)"
COMMENT_MARKER = re.compile(r"<!--\s*factcheck:\s*ignore\b" + _CODES + r"\s*-->", re.IGNORECASE)
TEXT_MARKER = re.compile(r"^[ \t]*\[factcheck:\s*ignore\b" + _CODES + r"\s*\][ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    codes: tuple[str, ...]  # empty: every rule


def find_markers(text: str, fmt: str) -> list[Marker]:
    pattern = TEXT_MARKER if fmt == "text" else COMMENT_MARKER
    return [
        Marker(m.start(), m.end(), tuple(c for c in re.split(r"[,\s]+", m.group("codes")) if c))
        for m in pattern.finditer(text)
    ]


def blank_text_markers(text: str) -> str:
    """Plain text: blank the marker lines (same length)."""
    return TEXT_MARKER.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group(0)), text)
