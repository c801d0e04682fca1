"""HTML prose view: the article's main text where it stands in the file, everything else blanked.

Two libraries do the two jobs:
- the standard library's `html.parser` walks the file and reports where every tag, text
  run, entity and comment starts, so each piece of text keeps its exact source offset;
- trafilatura (a maintained main-content extractor) decides which text is the article:
  a text block of the page is kept when trafilatura's extraction contains it. When
  trafilatura finds nothing (a fragment, a very short page), every block outside
  boilerplate elements (nav, header, footer, aside, form ...) is kept.

Entities are decoded in place: `&rsquo;` is six characters in the file and one in the
prose, so the decoded character is written at the entity's last offset and the rest is
blank; a claim's columns still point at the entity in the file. Each block ends in a blank
line in the view, so paragraphs are the page's blocks, not its source lines.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIPPED = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "select", "button", "textarea"}
BOILERPLATE = {"nav", "header", "footer", "aside", "form", "menu", "dialog"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MIN_CONTAINED = 12  # a shorter block counts as main text only if it is a whole extracted line
_SPACE = re.compile(r"\s+")


@dataclass
class Block:
    pieces: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, decoded)
    boilerplate: bool = False
    preformatted: bool = False

    def text(self) -> str:
        return _SPACE.sub(" ", "".join(p[2] for p in self.pieces)).strip()


class _Walker(HTMLParser):
    """Collects text blocks with source offsets, and where the block-ending tags are."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.source = text
        self.starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
        self.blocks: list[Block] = [Block()]
        self.breaks: list[int] = []  # offsets of the last character of block-level tags
        self.open: list[str] = []
        # How many of each tag are open: "inside a <script>?" in constant time. Scanning the
        # stack for every text node was quadratic (20,000 nested <div>s: 30 s).
        self.open_count: Counter[str] = Counter()
        self.skipped_open = 0  # open SKIPPED elements
        self.boilerplate_open = 0  # open BOILERPLATE elements

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        end = self.source.find(">", start)
        return len(self.source) if end < 0 else end + 1

    def _new_block(self, at: int) -> None:
        self.breaks.append(at)
        if self.blocks[-1].pieces:
            self.blocks.append(Block())

    def _skipping(self) -> bool:
        return self.skipped_open > 0

    def _push(self, tag: str) -> None:
        self.open.append(tag)
        self.open_count[tag] += 1
        self.skipped_open += tag in SKIPPED
        self.boilerplate_open += tag in BOILERPLATE

    def _pop(self) -> str:
        tag = self.open.pop()
        self.open_count[tag] -= 1
        self.skipped_open -= tag in SKIPPED
        self.boilerplate_open -= tag in BOILERPLATE
        return tag

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        raw = self.get_starttag_text() or ""
        if tag in BLOCKS:
            self._new_block(start + max(len(raw), 1) - 1)
        if tag not in VOID:
            self._push(tag)

    def handle_startendtag(self, tag, attrs):
        start = self._offset()
        if tag in BLOCKS:
            self._new_block(start + max(len(self.get_starttag_text() or ""), 1) - 1)

    def handle_endtag(self, tag):
        start = self._offset()
        if self.open_count[tag] > 0:  # each tag is pushed and popped once: linear overall
            while self.open and self._pop() != tag:
                pass
        if tag in BLOCKS:
            self._new_block(self._tag_end(start) - 1)

    def _add(self, start: int, end: int, decoded: str) -> None:
        if self._skipping():
            return
        block = self.blocks[-1]
        block.boilerplate = block.boilerplate or self.boilerplate_open > 0
        block.preformatted = block.preformatted or self.open_count["pre"] > 0
        block.pieces.append((start, end, decoded))

    def handle_data(self, data):
        start = self._offset()
        self._add(start, start + len(data), data)

    def handle_entityref(self, name):
        self._reference(f"&{name}")

    def handle_charref(self, name):
        self._reference(f"&#{name}")

    def _reference(self, raw: str) -> None:
        start = self._offset()
        end = start + len(raw)
        if self.source.startswith(";", end):
            end += 1
        self._add(start, end, html.unescape(self.source[start:end]))


def html_prose(text: str) -> str:
    walker = _Walker(text)
    walker.feed(text[: _unclosed_comment(text)])  # an unclosed <!-- runs to the end of the file
    if not _unterminated_markup(walker.rawdata):
        walker.close()
    blocks = [b for b in walker.blocks if b.text()]
    kept = _main_blocks(text, blocks)
    chars = [" "] * len(text)
    for block in kept:
        for start, end, decoded in block.pieces:
            _write(chars, start, end, decoded, block.preformatted)
    # A block-level tag ends a paragraph: its last two characters become a blank line.
    for at in walker.breaks:
        if 0 <= at < len(text):
            chars[at] = "\n"
            if at > 0 and chars[at - 1] == " ":
                chars[at - 1] = "\n"
    return "".join(chars)


def _unclosed_comment(text: str) -> int:
    """Where the first `<!--` that no `-->` closes starts (else the length of the text).

    As in browsers, an unclosed comment runs to the end of the file; feeding it to html.parser
    instead made it rescan to the end from every later `<!--` (20,000 of them: 14 s)."""
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return start
        at = end + 3
    return len(text)


def _unterminated_markup(rest: str) -> bool:
    """Whether what `feed` left unparsed is a tag, declaration or comment that the file ends inside.

    `feed` stops at the first construct it cannot finish and keeps it as `rawdata`. Python
    3.11's `close()` then emits it as text up to the next `<` and retries from there, each retry
    scanning to the end of the file for the closing quote or `>`: quadratic (`<a href='x ` 4,000
    times: 8.7 s). As in browsers and in the html.parser of Python >= 3.11.13 (CVE-2025-6069),
    such a construct runs to the end of the file, so it and everything after it is not prose.
    A lone `<` or `</` at the very end stays text, as both versions of `close()` leave it."""
    return rest.startswith("<") and rest not in ("<", "</")


def _write(chars: list[str], start: int, end: int, decoded: str, preformatted: bool) -> None:
    if not preformatted:
        decoded = decoded.replace("\r", " ").replace("\n", " ")
    if end - start == len(decoded):
        chars[start:end] = list(decoded)
    else:  # an entity: the decoded text sits at its end, right before the text that follows
        decoded = decoded.replace("\xa0", " ")[: end - start]
        chars[end - len(decoded) : end] = list(decoded)


def _main_blocks(text: str, blocks: list[Block]) -> list[Block]:
    extracted = _extract_main_text(text)
    if not extracted:
        return [b for b in blocks if not b.boilerplate]
    lines = {_SPACE.sub(" ", line.lstrip("-*• ")).strip() for line in extracted.splitlines()}
    lines.discard("")
    joined = "\n".join(lines)
    kept = []
    for block in blocks:
        body = block.text()
        if body in lines or (len(body) >= MIN_CONTAINED and body in joined):
            kept.append(block)
    return kept or [b for b in blocks if not b.boilerplate]


def _extract_main_text(text: str) -> str | None:
    import trafilatura

    try:
        return trafilatura.extract(text, include_comments=False, include_tables=True, include_links=False, favor_recall=True, deduplicate=False)
    except Exception:  # a page trafilatura cannot parse: fall back to the structural rule
        return None
