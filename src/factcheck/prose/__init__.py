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


__all__ = ["blank", "prose_view"]
