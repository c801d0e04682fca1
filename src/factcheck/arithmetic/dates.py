"""The article's date for rate lookups: the document's own (`--date`, config key `date`, an archive
record's date), else the HTML or Markdown metadata, else its dateline.

Metadata: HTML `<meta property="article:published_time" content="2016-03-22T...">` (and the
`date`, `pubdate`, `publish-date`, `dc.date`, `datePublished` names), a `<time datetime=...>` element,
JSON-LD "datePublished"; Markdown front matter `date: 2016-03-22`.

A dateline is a date at the very start of the article that a dateline mark follows ("OTTAWA,
March 22, 2016 --", "SINGAPORE (May 10, 2018):"). A date anywhere else in the text may be any
date the story mentions ("the quarter ended Dec. 31, 2002"), so it is never taken.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.models import Document

DATELINE_LINES = 3  # a headline and a standfirst may stand above the dateline
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DATELINE = re.compile(
    r"^[^\n]{0,40}?\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\)?\s*(?:--|—|–|:|\)|\bSPA\b)",
)


_ISO = r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
_HTML_META = (
    re.compile(r"<meta\b[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']?(?:article:published_time|og:published_time|date|pubdate|publish[-_]?date|dc\.date(?:\.issued)?|datePublished)[\"']?[^>]*?\bcontent\s*=\s*[\"']?" + _ISO, re.I),
    re.compile(r"<meta\b[^>]*?\bcontent\s*=\s*[\"']?" + _ISO + r"[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']?(?:article:published_time|date|pubdate|publish[-_]?date|dc\.date|datePublished)\b", re.I),
    re.compile(r"\"datePublished\"\s*:\s*\"" + _ISO),
    re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']?" + _ISO, re.I),
)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---\s*\n(?P<body>.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.S)
_FRONT_DATE = re.compile(r"^(?:date|published|pubdate|publish_date|publishDate)\s*:\s*[\"']?" + _ISO, re.M | re.I)
METADATA_HEAD = 20000  # metadata sits in the head of a page; a date deep in the body is some other date


def metadata_date(document: Document) -> dt.date | None:
    """The publication date the page's own metadata gives, or None."""
    found = None
    if document.format == "html":
        head = document.text[:METADATA_HEAD]
        found = next((m for pattern in _HTML_META if (m := pattern.search(head))), None)
    elif document.format == "markdown":
        front = _FRONT_MATTER.match(document.text)
        found = _FRONT_DATE.search(front.group("body")) if front else None
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found.group("iso"))
    except ValueError:
        return None


def article_date(document: Document) -> dt.date | None:
    if document.date is not None:
        return document.date
    from_metadata = metadata_date(document)
    if from_metadata is not None:
        return from_metadata
    lines = [line for line in document.prose_text.split("\n") if line.strip()][:DATELINE_LINES]
    match = next((m for line in lines if (m := _DATELINE.match(line.strip()))), None)
    if match is None:
        return None
    try:
        return dt.date(int(match.group("year")), _MONTHS[match.group("month")[:3].lower()], int(match.group("day")))
    except ValueError:
        return None
