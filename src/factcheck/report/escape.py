"""Control characters never reach a terminal, a CI log or a browser raw.

Article text, registry quotes and file names are data from people we do not control. Raw,
an ESC starts a terminal escape sequence (`ESC[2J` clears the screen, OSC sets the title),
a CR or LF forges report lines, a bidi override (U+202E) reorders what a reviewer reads
(Trojan Source, CVE-2021-42574), and a line starting with `::` is a GitHub Actions workflow
command (`::error::`, `::add-mask::`). So:

- people's formats (text, github, stderr) show each such character as `\\xNN` / `\\uNNNN`;
- JSON formats (json, sarif, gitlab) keep the exact text but write these characters as JSON
  `\\uNNNN` escapes (the same string to a parser; nothing raw on a terminal);
- the text report never prints a line that starts (after blanks) with `::`.
"""

from __future__ import annotations

import re

# C0 (but tab), DEL, C1, Arabic letter mark, LRM/RLM, bidi embeddings/overrides/isolates,
# line and paragraph separators (line breaks to some terminals and editors).
_UNSAFE = "\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
UNSAFE = re.compile(f"[{_UNSAFE}]")
UNSAFE_WITH_TAB = re.compile(f"[\t{_UNSAFE}]")
UNSAFE_IN_MARKUP = re.compile(f"[{_UNSAFE.replace(chr(10) + '-', chr(14) + '-')}\x0b\x0c]")  # newlines and CR are markup's own
_WORKFLOW_COMMAND = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, tabs: bool = True) -> str:
    """`text` with every unsafe character written as a visible escape (tabs too unless `tabs=False`)."""
    return (UNSAFE_WITH_TAB if tabs else UNSAFE).sub(_shown, text)


def markup_visible(document: str) -> str:
    """An HTML page with unsafe characters shown as text escapes; its own line breaks kept.
    (A numeric reference such as `&#x202e;` would still reorder the text, so it is no escape.)"""
    return UNSAFE_IN_MARKUP.sub(_shown, document)


def json_escaped(document: str) -> str:
    """A JSON document with unsafe characters as `\\uNNNN` escapes (C0 is already escaped by
    the encoder; this covers C1 and bidi, which JSON allows raw). They only occur in strings."""
    return UNSAFE_IN_MARKUP.sub(lambda m: f"\\u{ord(m.group()):04x}", document)  # its own newlines kept


def no_workflow_commands(text: str) -> str:
    """No line starts with `::`: the first colon of such a line is written `\\x3a`."""
    return _WORKFLOW_COMMAND.sub(lambda m: m.group(1) + "\\x3a", text)
