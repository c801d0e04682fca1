"""The article's date for rate lookups: the document's own (`--date`, config, metadata) or its dateline.

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


def article_date(document: Document) -> dt.date | None:
    if document.date is not None:
        return document.date
    lines = [line for line in document.prose_text.split("\n") if line.strip()][:DATELINE_LINES]
    match = next((m for line in lines if (m := _DATELINE.match(line.strip()))), None)
    if match is None:
        return None
    try:
        return dt.date(int(match.group("year")), _MONTHS[match.group("month")[:3].lower()], int(match.group("day")))
    except ValueError:
        return None
