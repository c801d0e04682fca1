"""Paragraphs of an article's prose: one per line, hard-wrapped lines joined, long ones cut.

Plain text, no spaCy: the nlp stage runs the pipeline over these spans, and the check stage
(suppression markers) binds each marker to the same paragraphs the checker saw.
"""

from __future__ import annotations

import re

MAX_SEGMENT_CHARS = 20_000  # long paragraphs are cut at sentence ends, never past spaCy's max_length
_TERMINAL = tuple('.!?:;"”’)')
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–]|\d+[.)]|#+)\s")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs: one per line, hard-wrapped lines joined.

    A line continues the previous one when that line does not end a sentence and this one
    starts in lower case and is not a list item, so wrapped prose stays one sentence.
    """
    spans: list[list[int]] = []
    offset = 0
    previous_open = False
    for line in text.split("\n"):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        end = offset + len(line.rstrip())
        offset += len(line) + 1
        if not stripped:
            previous_open = False
            continue
        if previous_open and stripped[0].islower() and not _BULLET.match(line):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        previous_open = not stripped.endswith(_TERMINAL)
    result: list[tuple[int, int]] = []
    for start, end in spans:
        result.extend(_cut_long(text, start, end))
    return result


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SEGMENT_CHARS:
        window = text[start : start + MAX_SEGMENT_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SEGMENT_CHARS - 1
        pieces.append((start, start + cut + 1))
        start = start + cut + 1
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces
