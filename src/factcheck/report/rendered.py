"""The article pane of the HTML page shows a Markdown or HTML article as a reader sees it.

The prose view (factcheck.prose) already blanks the markup to spaces at the same offsets, and
decodes entities in place. Shown as is, those blanks would open gaps ("It      ’s", "Some
bold"), and front matter would leave runs of empty lines. So each offset of the text gets
what the reader sees there: a prose character stays, a blank that stood for markup goes, and
each run of white space becomes one space, one line break or one paragraph break. The page
cuts this per-offset rendering at the claims' offsets, so highlights stay where they were.
"""

from __future__ import annotations

import html
import re

from factcheck.models import Document

_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

RENDERED_FORMATS = ("markdown", "html")


def rendered_chars(document: Document) -> list[str] | None:
    """What each offset of the text shows ("" for nothing), or None to show the text as it is
    (plain text is its own rendering; the page shows it with its own spacing)."""
    if document.format not in RENDERED_FORMATS or document.prose is None:
        return None
    text, prose = document.text, document.prose
    shown = [_shown_at(text[i], prose[i]) for i in range(len(text))]
    _decode_entities(text, prose, shown)
    return _collapse_white_space(shown)


def _decode_entities(text: str, prose: str, shown: list[str]) -> None:
    """`&rsquo;` shows as ’: Markdown keeps entities in its prose view, and an HTML view
    decodes `&nbsp;` to a blank that would otherwise read as markup."""
    for match in _ENTITY.finditer(text):
        entity, start, end = match.group(0), match.start(), match.end()
        decoded = html.unescape(entity)
        view = prose[start:end]
        if decoded == entity or not (view == entity or (decoded.isspace() and view.isspace() and "\n" not in view)):
            continue
        shown[start:end] = [" " if decoded.isspace() else decoded] + [""] * (end - start - 1)


def _shown_at(original: str, prose: str) -> str:
    if prose == original or not prose.isspace():
        return prose  # the file's own character, or an entity decoded in place
    if prose == "\n" or original == "\n":
        return prose  # a line break kept, or a soft break made a space
    return ""  # markup blanked to a space: not something a reader sees


def _collapse_white_space(shown: list[str]) -> list[str]:
    """Each run of white space (over any number of offsets) becomes one space, "\\n" or
    "\\n\\n", written at the run's first offset; none at the start of the article."""
    collapsed = list(shown)
    run: list[int] = []
    seen_text = False
    for i, char in enumerate([*shown, "x"]):  # a sentinel ends the last run
        if char == "":
            continue
        if char.isspace():
            run.append(i)
            continue
        if run:
            breaks = sum(shown[j].count("\n") for j in run)
            for j in run:
                collapsed[j] = ""
            if seen_text and i < len(shown):
                collapsed[run[0]] = "\n\n" if breaks >= 2 else "\n" if breaks else " "
            run = []
        seen_text = True
    return collapsed
