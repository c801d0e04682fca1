"""Changes and comparisons stated by their direction alone, without a percentage.

  to-from    "declined to NEW against OLD"; "rose to NEW from OLD"
  from-to    "fell from OLD to NEW"
  new-first  "NEW, up from OLD"; "NEW, down from OLD"
  compared   "A, a price slightly lower than the B"; "A, well above the B"
  expected   "rose to NEW from OLD, falling short of the X analysts expected"; "earned A, or B a share,
             topping the X a share analysts had forecast": the result is the sentence's first figure
             (or its per-share restatement, or the "to" figure of a change), X is named as expected

The words only say which way the figures go ("slightly": by at most SLIGHT of the other figure),
so a relation is inconsistent only when no values inside the two printed intervals go that way.
A percentage anywhere between the words and the figures leaves the change to the percent finders.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from factcheck.arithmetic.intervals import Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON, alternation
from factcheck.arithmetic.percents import read_percents
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim

WORDS: dict = json.loads(Path(__file__).with_name("change_words.json").read_text(encoding="utf-8"))
MAX_GAP = 40  # characters of words between the two figures of one change ("in Q1 2024 from")
SLIGHT = Decimal("0.2")  # "slightly lower": nobody calls a gap of a fifth or more slight


_NOT_A_MOVE = set(WORDS["not_a_move"])
_UP = re.compile(r"\b(?:" + alternation([w for w in LEXICON["change_up"] if w not in _NOT_A_MOVE]) + r")\b", re.I)
_DOWN = re.compile(r"\b(?:" + alternation([w for w in LEXICON["change_down"] if w not in _NOT_A_MOVE]) + r")\b", re.I)
_HEDGE_UP_TO = re.compile(r"^up\s+to\b", re.I)
_NEGATED = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$", re.I)
_OLD = r"(?:" + alternation(WORDS["old_markers"]) + r")"
_TO_GAP = re.compile(r"^\s*(?:[a-z]+ly\s+)?to\s+(?:a\s+(?:record\s+)?)?$", re.I)
_FROM_GAP = re.compile(r"^\s*(?:[a-z]+ly\s+)?from\s+$", re.I)
_OLD_GAP = re.compile(r"^[^;:()\n]*?\b" + _OLD + r"\s+(?:the\s+)?$", re.I)
_NEW_GAP = re.compile(r"^[^;:()\n]*?\bto\s+$", re.I)
_LEAD_GAP = re.compile(r"^\s*,?\s*$")
_UP_FROM_GAP = re.compile(r"^\s+" + _OLD + r"\s+(?:the\s+)?$", re.I)
_SLIGHTLY = r"(?:(?P<slight>" + alternation(WORDS["slightly"]) + r")\s+)?"
_COMPARATIVE = re.compile(
    r"\b" + _SLIGHTLY + r"(?:(?P<up>" + alternation(WORDS["comparatives_up"]) + r")|(?P<down>" + alternation(WORDS["comparatives_down"]) + r"))\s+(?:the\s+|its\s+|a\s+)?$",
    re.I,
)
_COMPARED_LEAD = re.compile(r"^\s*(?:(?:per|a)\s+share\s*)?,\s*(?:a|an|the|its|which is|or)?\s*[a-z ]{0,24}?$", re.I)


@dataclass(frozen=True)
class Direction:
    """NEW goes `sign` (+1 up, -1 down) from OLD, as the word at [start, end) says; `slight` bounds the gap."""

    start: int
    end: int
    word: str
    sign: int
    new: MoneyClaim
    old: MoneyClaim
    slight: bool = False
    compared: bool = False  # a comparison ("lower than"), not a move over time

    def holds(self) -> bool:
        """Some values inside the two intervals go the stated way (and, if slight, by at most SLIGHT)."""
        new, old = of_amount(amount_of(self.new)), of_amount(amount_of(self.old))
        goes = new.high > old.low if self.sign > 0 else new.low < old.high
        if not goes or not self.slight:
            return goes
        return new.meets(Interval(old.low * (1 - SLIGHT), old.high * (1 + SLIGHT)))


def find_directions(document: Document, money: list[MoneyClaim]) -> Iterator[Direction]:
    """Every change or comparison whose two figures and direction word one sentence states."""
    text = document.prose_text
    for (start, end), claims in by_sentence(money).items():
        if len(claims) < 2:
            continue
        ordered = sorted(claims, key=lambda c: c.span.start)
        for pattern, sign in ((_UP, +1), (_DOWN, -1)):
            for match in pattern.finditer(text, start, end):
                found = _moved(text, match, sign, ordered)
                if found is not None and _comparable(found.new, found.old) and not _percent_inside(text, found):
                    yield found
        yield from _comparisons(text, ordered)
    yield from find_expectations(document, money)


def _moved(text: str, match: re.Match, sign: int, ordered: list[MoneyClaim]) -> Direction | None:
    if _blocked(text, match):
        return None
    after = [c for c in ordered if c.span.start >= match.end()]
    before = [c for c in ordered if c.span.end <= match.start()]
    pair = _moved_after(text, match, after) or _moved_around(text, match, before, after)
    if pair is None:
        return None
    new, old = pair
    return Direction(match.start(), match.end(), match.group(), sign, new, old)


def _blocked(text: str, match: re.Match) -> bool:
    """ "up to" before the verb, or a negation just before it: no move is stated."""
    return bool(_HEDGE_UP_TO.match(text, match.start()) or _NEGATED.search(text[max(0, match.start() - 16) : match.start()]))


def _gap(text: str, a: int, b: int) -> str:
    """The text from `a` to `b`, or a character no gap pattern matches when the two are too far apart."""
    return text[a:b] if 0 <= b - a <= MAX_GAP else "\x00"


def _moved_after(text: str, match: re.Match, after: list[MoneyClaim]) -> tuple[MoneyClaim, MoneyClaim] | None:
    """(new, old) of "rose to NEW from OLD" or "rose from OLD to NEW"."""
    if len(after) < 2:
        return None
    lead, middle = _gap(text, match.end(), after[0].span.start), _gap(text, after[0].span.end, after[1].span.start)
    if _TO_GAP.match(lead) and _OLD_GAP.match(middle):
        return after[0], after[1]
    if _FROM_GAP.match(lead) and _NEW_GAP.match(middle):
        return after[1], after[0]
    return None


def _moved_around(text: str, match: re.Match, before: list[MoneyClaim], after: list[MoneyClaim]) -> tuple[MoneyClaim, MoneyClaim] | None:
    """(new, old) of "NEW, up from OLD": the new figure before the verb, the old one after it."""
    if not (before and after):
        return None
    if _LEAD_GAP.match(_gap(text, before[-1].span.end, match.start())) and _UP_FROM_GAP.match(_gap(text, match.end(), after[0].span.start)):
        return before[-1], after[0]
    return None


def _comparisons(text: str, ordered: list[MoneyClaim]) -> Iterator[Direction]:
    """ "A, a price slightly lower than the B": A is compared with B, the next figure after it."""
    for first, second in pairwise(ordered):
        between = text[first.span.end : second.span.start]
        if len(between) > MAX_GAP + 20:  # "per share, a price slightly lower than the"
            continue
        match = _COMPARATIVE.search(between)
        if match is None or not _COMPARED_LEAD.match(between[: match.start()]):
            continue
        if not _comparable(first, second, per_may_differ=True):
            continue
        start = first.span.end + match.start()
        yield Direction(start, first.span.end + match.end(), re.sub(r"\s+(?:the|its|a)$", "", match.group().strip()), +1 if match.group("up") else -1, first, second, bool(match.group("slight")), compared=True)


def _comparable(new: MoneyClaim, old: MoneyClaim, per_may_differ: bool = False) -> bool:
    """One currency, one unit ("$23.28 per share" against a bare "$24.90" close when `per_may_differ`), one series."""
    a, b = amount_of(new), amount_of(old)
    if not a.same_currency(b) or b.value <= 0 or a.value <= 0:
        return False
    if a.per != b.per and not (per_may_differ and None in (a.per, b.per)):
        return False
    return Decimal("0.02") <= a.value / b.value <= 50


def _percent_inside(text: str, found: Direction | Difference) -> bool:
    low = min(found.start, found.new.span.start, found.old.span.start)
    high = max(found.end, found.new.span.end, found.old.span.end)
    return bool(read_percents(text[low:high]))


# -- differences: the move stated by how much ------------------------------------------------
_BY_GAP = re.compile(r"^\s*(?:by\s+)?(?:about\s+|some\s+|roughly\s+)?$", re.I)
_TO_ONLY = re.compile(r"^\s*,?\s*to\s+$", re.I)
_FROM_ONLY = re.compile(r"^\s*,?\s*from\s+$", re.I)
_OLD_ONLY = re.compile(r"^[^;:()\n]{0,24}?\b" + _OLD + r"\s+(?:the\s+)?$", re.I)
_NEW_ONLY = re.compile(r"^[^;:()\n]{0,24}?\bto\s+$", re.I)
_MORE_THAN = re.compile(r"^\s*(?:(?P<up>more|higher|greater|above)|(?P<down>less|lower|below))(?:\s+than)?\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Difference:
    """NEW - OLD = sign * STEP, as the words at [start, end) state ("rose $54m to NEW from OLD")."""

    start: int
    end: int
    word: str
    sign: int
    step: MoneyClaim
    new: MoneyClaim
    old: MoneyClaim

    @property
    def computed(self) -> Interval:
        """NEW - OLD as the printed intervals allow, signed the way the words say."""
        new, old = of_amount(amount_of(self.new)), of_amount(amount_of(self.old))
        low, high = new.low - old.high, new.high - old.low
        return Interval(low, high) if self.sign > 0 else Interval(-high, -low)

    def holds(self) -> bool:
        step = of_amount(amount_of(self.step))
        computed = self.computed
        return step.low <= computed.high and computed.low <= step.high


def find_differences(document: Document, money: list[MoneyClaim]) -> Iterator[Difference]:
    """Moves stated with their size: "rose $54m to NEW from OLD", "fell $2 from OLD to NEW",
    "NEW, up $54m from OLD", "NEW, $54m more than OLD"."""
    text = document.prose_text
    for (start, end), claims in by_sentence(money).items():
        if len(claims) < 3:
            continue
        ordered = sorted(claims, key=lambda c: c.span.start)
        for pattern, sign in ((_UP, +1), (_DOWN, -1)):
            for match in pattern.finditer(text, start, end):
                found = _sized_move(text, match, sign, ordered)
                if found is not None and _all_comparable(found) and not _percent_inside(text, found):
                    yield found
        for found in _sized_comparisons(text, ordered):
            if _all_comparable(found):
                yield found


def _sized_move(text: str, match: re.Match, sign: int, ordered: list[MoneyClaim]) -> Difference | None:
    if _blocked(text, match):
        return None
    after = [c for c in ordered if c.span.start >= match.end()]
    before = [c for c in ordered if c.span.end <= match.start()]
    found = _sized_after(text, match, after) or _sized_around(text, match, before, after)
    if found is None:
        return None
    step, new, old = found
    return Difference(match.start(), match.end(), match.group(), sign, step, new, old)


def _between(text: str, a: MoneyClaim | int, b: MoneyClaim) -> str:
    """The text from `a` (a claim's end or an offset) to claim `b`, or a character no gap pattern matches when they are too far apart."""
    a_end = a if isinstance(a, int) else a.span.end
    return text[a_end : b.span.start] if 0 <= b.span.start - a_end <= MAX_GAP else "\x00"


def _sized_after(text: str, match: re.Match, after: list[MoneyClaim]) -> tuple[MoneyClaim, MoneyClaim, MoneyClaim] | None:
    """(step, new, old) of "rose by STEP to NEW from OLD" or "rose by STEP from OLD to NEW"."""
    if len(after) < 3 or not _BY_GAP.match(_between(text, match.end(), after[0])):
        return None
    step, first, second = after[:3]
    if _TO_ONLY.match(_between(text, step, first)) and _OLD_ONLY.match(_between(text, first, second)):
        return step, first, second
    if _FROM_ONLY.match(_between(text, step, first)) and _NEW_ONLY.match(_between(text, first, second)):
        return step, second, first
    return None


def _sized_around(text: str, match: re.Match, before: list[MoneyClaim], after: list[MoneyClaim]) -> tuple[MoneyClaim, MoneyClaim, MoneyClaim] | None:
    """(step, new, old) of "NEW, up STEP from OLD"."""
    if not before or len(after) < 2 or not _LEAD_GAP.match(text[before[-1].span.end : match.start()]):
        return None
    if _BY_GAP.match(_between(text, match.end(), after[0])) and _UP_FROM_GAP.match(_between(text, after[0], after[1])):
        return after[0], before[-1], after[1]
    return None


def _sized_comparisons(text: str, ordered: list[MoneyClaim]) -> Iterator[Difference]:
    """ "NEW, $54m more than OLD": three figures in a row, the middle one the gap."""
    for new, step, old in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if not re.match(r"^\s*,\s*(?:or\s+|about\s+|some\s+)?$", text[new.span.end : step.span.start]):
            continue
        match = _MORE_THAN.match(text[step.span.end : old.span.start])
        if match:
            yield Difference(step.span.end, step.span.end + match.end(), match.group().strip(), +1 if match.group("up") else -1, step, new, old)


def _all_comparable(found: Difference) -> bool:
    return _comparable(found.new, found.old) and amount_of(found.step).same_currency(amount_of(found.new)) and amount_of(found.step).per == amount_of(found.new).per


# -- results against expectations: "to NEW from OLD, falling short of the X analysts expected" -------
_EXPECT = WORDS["expectations"]
_AGAINST_EXPECTED = re.compile(
    r"^(?P<lead>[^;:()\d$€£¥₹]{0,40}?),\s*(?:(?P<slight>" + alternation(WORDS["slightly"]) + r")\s+|(?:just|well|comfortably|far)\s+)?"
    r"(?:(?P<down>" + alternation(_EXPECT["below"]) + r")|(?P<up>" + alternation(_EXPECT["above"]) + r"))\s+"
    r"(?P<named>(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?P<noun>" + alternation(_EXPECT["nouns"]) + r")\s+(?:of\s+)?)?)$",
    re.I,
)
# "the $15.2 billion analysts expected", "the 5.9p the market had been expecting": who expected it, right after it
_EXPECTED_BY = re.compile(
    r"^(?:\s+(?:a|per)\s+share)?\s+(?:the\s+)?(?:" + alternation(_EXPECT["agents"]) + r")\b(?:\s+[\w'’]+){0,3}?\s+(?:" + alternation(_EXPECT["verbs"]) + r")\b",
    re.I,
)
_OLD_BEFORE = re.compile(r"\b" + _OLD + r"\s+(?:the\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:a\s+(?:record\s+)?)?$", re.I)
_OR_RESTATED = re.compile(r"^\s*,\s*or\s+$", re.I)
EXPECTED_REACH = 40  # characters after the expected figure where "analysts expected" stands


def find_expectations(document: Document, money: list[MoneyClaim]) -> Iterator[Direction]:
    """A result compared with what was expected, the result being the sentence's first figure."""
    text = document.prose_text
    for (_, end), claims in by_sentence(money).items():
        ordered = sorted(claims, key=lambda c: c.span.start)
        for index in range(1, len(ordered)):
            found = _against_expected(text, ordered, index, end)
            if found is not None:
                yield found


def _against_expected(text: str, ordered: list[MoneyClaim], index: int, end: int) -> Direction | None:
    """Figure `index` as the expectation the figure before it (or that figure's "to" partner) is compared with."""
    expected, before = ordered[index], ordered[index - 1]
    words = _AGAINST_EXPECTED.match(text[before.span.end : expected.span.start])
    if words is None or not (words.group("noun") or _EXPECTED_BY.match(text[expected.span.end : min(end, expected.span.end + EXPECTED_REACH)])):
        return None  # X must be named an expectation: "the consensus estimate of X", "the X analysts expected"
    result = _result(text, ordered, index - 1)
    if result is None or not _comparable(result, expected, per_may_differ=True):
        return None
    word = re.sub(r"\s+", " ", text[before.span.end + words.start("slight") if words.group("slight") else before.span.end + words.end("lead") : expected.span.start - len(words.group("named"))].strip(" ,"))
    return Direction(before.span.end + words.end("lead"), expected.span.start, word, +1 if words.group("up") else -1, result, expected, bool(words.group("slight")), compared=True)


def _result(text: str, ordered: list[MoneyClaim], at: int) -> MoneyClaim | None:
    """The result compared: the sentence's first figure, or the "to" figure of "to NEW from OLD" when OLD comes last."""
    if at == 0:
        return ordered[0]
    second, first = ordered[at], ordered[at - 1]
    between = text[first.span.end : second.span.start]
    if at == 1 and _OLD_BEFORE.search(between) and _TO_BEFORE.search(text[first.sentence_span.start : first.span.start]):
        return first  # "to NEW from OLD, falling short of ...": NEW is the result
    if at == 1 and _OR_RESTATED.match(between):
        return second  # "earned $2.1bn, or $1.20 a share, topping ...": the per-share restatement is compared
    return None  # a figure in the middle of the sentence: which one is compared stays open
