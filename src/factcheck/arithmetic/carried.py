"""Percent changes whose percentage and figures stand in different sentences or paragraphs.

  carried    "Revenue fell 23.5% in the quarter. Its revenues declined from OLD to NEW."
             (a percentage with no figure, then, in the next sentence of the paragraph, a move
             stated by direction alone about the same metric)
  headline   "Lupin net up 39%" over a paragraph that states the change with its figures
             ("net profit grew 39% to NEW from OLD"): the headline's percentage must fit them too
  earlier    "an operating profit of NEW for next year, up 73.2% from the previous year" (or
             "expects revenue to grow 5.2% to NEW") with the earlier figure of the same metric
             given elsewhere ("booked an operating profit of OLD for the year ended March")

Each is read only when the words pin the pairing down: the same metric class on both sides (and
the same modifier: "cloud revenue" is not "revenue"), one candidate figure, the same direction,
and, for an earlier figure, a forecast or year-ago phrase beside the percentage and a past-result
word beside the figure. An earlier figure whose ratio is further than PLAUSIBLE from the stated
change is taken for another series and not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from factcheck.arithmetic.changes import Change, direction, find_changes, find_multiples
from factcheck.arithmetic.directions import WORDS, alternation, find_directions
from factcheck.arithmetic.intervals import amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.arithmetic.percents import Percent, read_percents
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim

PLAUSIBLE = Decimal("1.5")  # an earlier figure whose ratio misses the stated one by more is another series
METRIC_REACH = 40  # characters before an earlier figure where its metric is named ("an operating profit of")
HEADLINE_WORDS = 14

_CLASS_OF = {word: name for name, words in WORDS["metrics"].items() if not name.startswith("_") for word in words}
_METRIC = re.compile(r"\b(?:" + alternation(list(_CLASS_OF)) + r")\b", re.I)
_FORECAST = re.compile(r"\b(?:" + alternation(WORDS["forecast_words"]) + r")\b", re.I)
_PAST = re.compile(r"\b(?:" + alternation(WORDS["past_words"]) + r")\b", re.I)
_YEAR_AGO = re.compile(r"^\W*(?:" + alternation(WORDS["year_ago"]) + r")\b", re.I)
_NOT_A_MODIFIER = set(WORDS["not_a_modifier"])
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"‘(])|\n")
_POINTS = re.compile(r"^\s*(?:percentage\s+)?points?\b", re.I)
_TO_NEW = re.compile(r"^\s*to\s+(?:a\s+(?:record\s+)?)?$", re.I)
_MOVE_AT_END = re.compile(r"\b(?:" + alternation([*LEXICON["change_up"], *LEXICON["change_down"]]) + r")\b\s*(?:by\s+)?$", re.I)
_NEW_THEN = re.compile(r"^[^;:()]*?,\s*$")  # "NEW for the year to March, up 73.2%"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start() + 1))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def metrics(text: str) -> set[str]:
    return {_CLASS_OF[m.group().lower()] for m in _METRIC.finditer(text)}


def metric_before(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The metric named last in text[start:end], with the word that modifies it ("cloud" revenue), if any."""
    found = list(_METRIC.finditer(text, start, end))
    if not found:
        return None
    last = found[-1]
    before = re.search(r"([\w'’]+)\s+$", text[max(start, last.start() - 24) : last.start()])
    word = before.group(1).lower() if before else None
    if word is not None and (word in _NOT_A_MODIFIER or word.endswith(("'s", "’s")) or not word.isalpha()):
        word = None
    return _CLASS_OF[last.group().lower()], word


def _is_change(text: str, percent: Percent, start: int, end: int) -> int:
    if _POINTS.match(text, percent.end):
        return 0
    return direction(text[start:end], percent, start)


def find_carried(document: Document, money: list[MoneyClaim]) -> Iterator[Change]:
    """A percentage alone in a sentence, carried to the move the next sentence states with figures."""
    text = document.prose_text
    spans = sentence_spans(text)
    starts = [c.span.start for c in money]
    for moved in find_directions(document, money):
        if moved.compared:
            continue
        index = next((i for i, (a, b) in enumerate(spans) if a <= moved.start < b), None)
        if not index:
            continue
        (s1, e1), (s2, e2) = spans[index - 1], spans[index]
        if "\n" in text[e1:s2] or any(s1 <= start < e1 for start in starts):
            continue
        percents = read_percents(text[s1:e1], s1)
        if len(percents) != 1 or _is_change(text, percents[0], s1, e1) != moved.sign:
            continue
        classes = metrics(text[s1:e1])
        if len(classes) == 1 and classes == metrics(text[s2:e2]):
            yield Change(percents[0], moved.sign, moved.new, moved.old)


def paragraph_lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def is_headline(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and stripped[-1] not in '.!?:;,"”' and len(stripped.split()) <= HEADLINE_WORDS


def find_headline_changes(document: Document, money: list[MoneyClaim]) -> Iterator[Change]:
    """A headline's percent change, read against the change the next paragraph states with figures."""
    text = document.prose_text
    lines = paragraph_lines(text)
    changes = [*find_changes(document, money), *find_multiples(document, money)]
    for (start, end), (next_start, next_end) in pairwise(lines):
        if not is_headline(text[start:end]):
            continue
        percents = read_percents(text[start:end], start)
        classes = metrics(text[start:end])
        if len(percents) != 1 or len(classes) != 1:
            continue
        sign = _is_change(text, percents[0], start, end)
        body = [c for c in changes if next_start <= c.percent.start < next_end and c.sign == sign and _class_before(text, c) in classes]
        if sign and len(body) == 1:
            yield Change(percents[0], sign, body[0].new, body[0].old)


def _class_before(text: str, change: Change) -> str | None:
    found = metric_before(text, change.new.sentence_span.start, change.percent.start)
    return found[0] if found else None


def find_earlier_figures(document: Document, money: list[MoneyClaim]) -> Iterator[Change]:
    """A change stated with its new figure only, read against the one earlier figure of its metric."""
    text = document.prose_text
    paired = {c.percent.start for c in [*find_changes(document, money), *find_multiples(document, money)]}
    ordered = sorted(money, key=lambda c: c.span.start)
    for claim_group in by_sentence(ordered).values():
        start, end = claim_group[0].sentence_span.start, claim_group[0].sentence_span.end
        for percent in read_percents(text[start:end], start):
            sign = _is_change(text, percent, start, end)
            if not sign or percent.start in paired:
                continue
            new = _new_figure(text, percent, claim_group)
            if new is None or not (_FORECAST.search(text, start, end) or _YEAR_AGO.match(text[percent.end : percent.end + 40])):
                continue
            metric = metric_before(text, start, min(new.span.start, percent.start))
            old = _earlier(text, ordered, new, metric) if metric else None
            if old is not None:
                change = Change(percent, sign, new, old)
                if _plausible(change):
                    yield change


def _new_figure(text: str, percent: Percent, claims: list[MoneyClaim]) -> MoneyClaim | None:
    """ "grow 5.2% to NEW", or "NEW ..., up 73.2%": the figure the change ends at, alone in the sentence's change."""
    after = [c for c in claims if c.span.start >= percent.end]
    if after and _TO_NEW.match(text[percent.end : after[0].span.start]):
        return after[0] if len(after) == 1 else None
    before = [c for c in claims if c.span.end <= percent.start]
    if len(before) == 1 and not after:
        gap = text[before[0].span.end : percent.start]
        words = _MOVE_AT_END.sub("", gap)
        if len(gap) <= 60 and _NEW_THEN.match(words):
            return before[0]
    return None


def _earlier(text: str, ordered: list[MoneyClaim], new: MoneyClaim, metric: tuple[str, str | None]) -> MoneyClaim | None:
    candidates = []
    for claim in ordered:
        if claim.sentence_span == new.sentence_span or not amount_of(claim).same_currency(amount_of(new)) or amount_of(claim).per != amount_of(new).per:
            continue
        if metric_before(text, max(claim.sentence_span.start, claim.span.start - METRIC_REACH), claim.span.start) != metric:
            continue
        if _PAST.search(text, claim.sentence_span.start, claim.sentence_span.end):
            candidates.append(claim)
    values = {amount_of(c).value for c in candidates}
    return candidates[0] if len(values) == 1 else None


def _plausible(change: Change) -> bool:
    new, old = of_amount(change.new.amount), of_amount(change.old.amount)  # type: ignore[union-attr, arg-type]  # Change holds money claims
    if old.low <= 0:
        return False
    computed = (new.low + new.high) / (old.low + old.high)
    stated = (change.stated.low + change.stated.high) / 2
    if stated <= 0:
        return False
    return max(computed, stated) / min(computed, stated) <= PLAUSIBLE
