"""Prose views: an article's text with everything that is not its prose blanked to spaces.

A prose view has the length of the text it comes from, so an offset into it is an offset
into the original file and positions stay exact without any mapping. The nlp stage reads
the view; reports count lines and columns in the original text.

- text: suppression marker lines (`[factcheck: ignore FC202]`) are blanked.
- markdown: front matter, code, HTML comments and tags, link targets, heading, emphasis,
  quote and table markers are blanked; soft line breaks inside a paragraph become spaces.
- html: tags, scripts, styles, comments and the page's boilerplate (navigation, footers,
  anything outside the main text) are blanked; entities are decoded in place.
"""

from __future__ import annotations

import re

from factcheck.prose.markers import blank_text_markers


def prose_view(text: str, fmt: str) -> str | None:
    """The prose view of `text` read as `fmt`, or None when all of it is prose."""
    if fmt == "markdown":
        from factcheck.prose.markdown import markdown_prose

        return markdown_prose(text)
    if fmt == "html":
        from factcheck.prose.html import html_prose

        return html_prose(text)
    view = blank_text_markers(text)
    return None if view == text else view


def blank(chars: list[str], start: int, end: int, keep_newlines: bool = True) -> None:
    """Replace chars[start:end] with spaces in place (newlines kept unless told otherwise)."""
    for i in range(start, end):
        if not (keep_newlines and chars[i] == "\n"):
            chars[i] = " "


_RUNS = re.compile(r"\s+")
_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[.,;:!?)”’])")


def readable(document, start: int, end: int, words: str) -> str:
    """`words` (prose-view text of [start, end)) as a reader sees it, where markup was blanked.

    Where the span is pure prose the words are the file's own and stay untouched; where
    markup, an entity or a soft line break was blanked, the blank runs collapse
    ("$7      billion" from "$7&nbsp;billion" reads "$7 billion").
    """
    if document.prose is None or document.text[start:end] == document.prose[start:end]:
        return words
    return _BEFORE_PUNCTUATION.sub("", _RUNS.sub(" ", words)).strip()


def readable_claims(document, claims: list) -> list:
    """Claims with `text` and `sentence` made readable (see `readable`)."""
    if document.prose is None:
        return claims
    return [
        claim.model_copy(
            update={
                "text": readable(document, claim.span.start, claim.span.end, claim.text),
                "sentence": readable(document, claim.sentence_span.start, claim.sentence_span.end, claim.sentence),
            }
        )
        for claim in claims
    ]


__all__ = ["blank", "prose_view", "readable", "readable_claims"]
