"""Percent changes stated with both figures: "rose 12% to $4.2 billion from $3.75 billion".

Strategies, tried in turn on each percentage that carries a direction word:
  to-from   "rose 12% to NEW from OLD"
  from-to   "fell 8% from OLD to NEW"
  new-first "NEW, up 12% from OLD"; "NEW, 12% higher than OLD"
  pair-then "NEW against OLD a year earlier, up 12%"
Figures must share a currency and a unit (per share or not), and no other figure may stand
between the parts; anything else is not read as a change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON, word_pattern
from factcheck.arithmetic.percents import Percent, read_percents
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

MAX_GAP = 48  # characters between two parts of one change; beyond it the words are about something else
NEAR_PERCENT = 28  # a direction word this close before the percentage ("rose 12%", "up by 12%")


def _words(key: str) -> re.Pattern:
    return word_pattern(LEXICON[key])


_UP, _DOWN, _OLD, _NEW, _NOT = (_words(k) for k in ("change_up", "change_down", "old_markers", "new_markers", "not_a_change"))


@dataclass(frozen=True)
class Change:
    percent: Percent
    sign: int  # +1 up, -1 down
    new: MoneyClaim
    old: MoneyClaim
    # A bare figure ("Rs 2973.91") read at the scale its partner prints ("Rs 2303.35 crore"): the
    # factor new is multiplied by (or old, when below 1); 1 when both print their scale.
    scale: Decimal = Decimal(1)

    @property
    def stated(self) -> Interval:
        """The ratio new / old the words allow."""
        p = self.percent.interval
        if self.sign > 0:
            return Interval(1 + p.low / 100, 1 + p.high / 100)
        return Interval(1 - p.high / 100, 1 - p.low / 100)

    @property
    def computed(self) -> Interval | None:
        quotient = of_amount(amount_of(self.new)).divided_by(of_amount(amount_of(self.old)))
        return quotient.scaled(self.scale) if quotient is not None else None


def direction(text: str, percent: Percent, sentence_start: int) -> int:
    """+1 or -1 from the direction word nearest the percentage (just before it, or just after it)."""
    before = text[max(0, percent.start - sentence_start - NEAR_PERCENT) : percent.start - sentence_start]
    after = text[percent.end - sentence_start : percent.end - sentence_start + 14]
    if _NOT.match(after.strip()):
        return 0
    hits = [(m.end(), +1) for m in _UP.finditer(before)] + [(m.end(), -1) for m in _DOWN.finditer(before)]
    if hits:
        return max(hits)[1]
    head = after.strip()
    if _UP.match(head):
        return +1
    if _DOWN.match(head):
        return -1
    return 0


def find_changes(document: Document, money: Sequence[MoneyClaim]) -> Iterator[Change]:
    """Every percent change whose two figures the sentence states."""
    text = document.prose_text
    for (start, end), claims in by_sentence(money).items():
        if len(claims) < 2:
            continue
        sentence = text[start:end]
        percents = read_percents(sentence, start)
        for percent in percents:
            sign = direction(sentence, percent, start)
            if sign:
                change = _pair(text, percent, sign, sorted(claims, key=lambda c: c.span.start), percents)
                if change is not None:
                    yield change


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z“\"‘(]")  # one the splitter glued: the figures beyond are another sentence's


def _gap(text: str, a_end: int, b_start: int) -> str | None:
    gap = text[a_end:b_start]
    return gap if 0 <= b_start - a_end <= MAX_GAP and not _SENTENCE_END.search(gap) else None


def _pair(text: str, percent: Percent, sign: int, claims: list[MoneyClaim], percents: list[Percent]) -> Change | None:
    after = [c for c in claims if c.span.start >= percent.end]
    before = [c for c in claims if c.span.end <= percent.start]
    for strategy in (_to_from, _from_to, _new_first, _pair_then):
        found = strategy(text, percent, before, after)
        if found is None:
            continue
        new, old = found
        if _other_percent_between(percents, percent, new, old):
            return None
        if _comparable(new, old):
            return Change(percent, sign, new, old)
        scale = unit_dropped(new, old)
        return Change(percent, sign, new, old, scale) if scale is not None else None
    return None


_BARE = re.compile(r"^\D*\d[\d,]*(?:\.\d+)?$")  # "Rs 2973.91", "$45": no scale word
_PRINTED = re.compile(r"\d[\d,]*(?:\.\d+)?")


def unit_dropped(new: MoneyClaim, old: MoneyClaim) -> Decimal | None:
    """The factor that reads a bare figure at its partner's scale ("Rs 2973.91" against "Rs 2303.35
    crore": 10^7), when the two are one series only that way; None otherwise. The slip itself is
    FC113's; the change is still checked at the only reading that makes it a change."""
    a, b = amount_of(new), amount_of(old)
    if a.currency != b.currency or a.per != b.per or a.value <= 0 or b.value <= 0:
        return None
    for bare, scaled, sign in ((new, old, 1), (old, new, -1)):
        printed = _PRINTED.search(scaled.text)
        if not _BARE.match(bare.text.strip()) or _BARE.match(scaled.text.strip()) or printed is None:
            continue
        factor = amount_of(scaled).value / Decimal(printed.group().replace(",", ""))
        if factor >= 1000 and Decimal("0.02") <= (a.value / b.value) * factor**sign <= 50:
            return factor**sign
    return None


_WEAK_OLD = re.compile(r"^\s*\b(?:on|over)\b", re.I)  # "up 35% on 2010's 4.75p", not "down 2%, on sales of"


def _marked(gap: str | None, marker: re.Pattern) -> bool:
    if gap is None:
        return False
    found = marker.search(gap)
    if found is None:
        return False
    if marker is _OLD and found.group().lower() in ("on", "over"):
        return _WEAK_OLD.match(gap) is not None
    return True


def _to_from(text, percent, before, after):
    if len(after) >= 2 and _marked(_gap(text, percent.end, after[0].span.start), _NEW) and _marked(_gap(text, after[0].span.end, after[1].span.start), _OLD):
        return after[0], after[1]
    return None


def _from_to(text, percent, before, after):
    if len(after) >= 2 and re.search(r"\bfrom\b", _gap(text, percent.end, after[0].span.start) or "", re.I) and _marked(_gap(text, after[0].span.end, after[1].span.start), _NEW):
        return after[1], after[0]
    return None


def _new_first(text, percent, before, after):
    if before and after and _gap(text, before[-1].span.end, percent.start) is not None and _marked(_gap(text, percent.end, after[0].span.start), _OLD):
        return before[-1], after[0]
    return None


def _pair_then(text, percent, before, after):
    if len(before) >= 2 and _marked(_gap(text, before[-2].span.end, before[-1].span.start), _OLD) and _gap(text, before[-1].span.end, percent.start) is not None:
        return before[-2], before[-1]
    return None


def _comparable(new: MoneyClaim, old: MoneyClaim) -> bool:
    a, b = amount_of(new), amount_of(old)
    if a.currency != b.currency or a.per != b.per or b.value <= 0:
        return False
    return Decimal("0.02") <= a.value / b.value <= 50  # further apart, the two are not one series


def _other_percent_between(percents: list[Percent], percent: Percent, new: MoneyClaim, old: MoneyClaim) -> bool:
    low, high = min(new.span.start, old.span.start, percent.start), max(new.span.end, old.span.end, percent.end)
    return any(p is not percent and low <= p.start < high for p in percents)


# "was up $2.40, or 3.2 percent, at $77.40"; "closed at Rs 845, down by 2.2% or Rs 19"
_OR = re.compile(r"^\s*,?\s*(?:or|and)\s*(?:by\s*)?$", re.I)


@dataclass(frozen=True)
class StepChange:
    """A change stated three ways: by how much (`step`), by what percent, and the level it ended at."""

    percent: Percent
    sign: int
    step: MoneyClaim
    level: MoneyClaim

    @property
    def stated(self) -> Interval:
        return self.percent.interval

    @property
    def computed(self) -> Interval | None:
        """step / (level - sign * step) as a percentage: the change over the level before it."""
        step, level = of_amount(amount_of(self.step)), of_amount(amount_of(self.level))
        before = Interval(level.low - self.sign * (step.high if self.sign > 0 else step.low), level.high - self.sign * (step.low if self.sign > 0 else step.high))
        if before.low <= 0:
            return None
        quotient = step.divided_by(before)
        return quotient.scaled(Decimal(100)) if quotient is not None else None


def find_step_changes(document: Document, money: list[MoneyClaim]) -> Iterator[StepChange]:
    text = document.prose_text
    ordered = sorted(money, key=lambda c: c.span.start)
    for claim in ordered:
        sentence = text[claim.sentence_span.start : claim.sentence_span.end]
        for percent in read_percents(sentence, claim.sentence_span.start):
            sign = direction(sentence, percent, claim.sentence_span.start)
            if not sign or not _OR.match(_between(text, claim, percent)):
                continue
            level = _level(text, ordered, claim, percent)
            if level is not None and amount_of(level).currency == amount_of(claim).currency and amount_of(level).per == amount_of(claim).per:
                yield StepChange(percent, sign, claim, level)


def _between(text: str, claim: MoneyClaim, percent: Percent) -> str:
    if claim.span.end <= percent.start:
        return text[claim.span.end : percent.start]
    if percent.end <= claim.span.start:
        return text[percent.end : claim.span.start]
    return "x"


def _level(text: str, ordered: list[MoneyClaim], step: MoneyClaim, percent: Percent) -> MoneyClaim | None:
    """The level the change ended at: "..., at $77.40" after the pair, or "closed at Rs 845, down ..." before it."""
    first, last = min(step.span.start, percent.start), max(step.span.end, percent.end)
    after = [c for c in ordered if c.span.start >= last and c.sentence_span == step.sentence_span]
    if after and re.match(r"^\s*,?\s*(?:at|to)\s*$", text[last : after[0].span.start], re.I):
        return after[0]
    before = [c for c in ordered if c.span.end <= first and c.sentence_span == step.sentence_span]
    if before and re.match(r"^\s*,\s*$", text[before[-1].span.end : first][: -len(_direction_words(text, first))] or "x"):
        return before[-1]
    return None


def _direction_words(text: str, first: int) -> str:
    """The direction words just before the pair ("down by "), which may stand between level and pair."""
    match = re.search(r"(?:\b[A-Za-z]+\s+){1,2}$", text[max(0, first - NEAR_PERCENT) : first])
    return match.group() if match else ""


_MULTIPLES = LEXICON["multiples"]
_MULTIPLE = re.compile(r"\b(?:" + "|".join(sorted(_MULTIPLES, key=len, reverse=True)) + r")\b", re.I)
_MULTIPLE_HEDGES = [(re.compile(r"\b(?:" + "|".join(words) + r")\b(?:\s+\w+)?\s*$", re.I), Qualifier(q)) for q, words in LEXICON["multiple_hedges"].items()]
# A multiple word is loose ("quadrupled" for 3.9 times): read as about, within 10%.
MULTIPLE_QUALIFIER = Qualifier.ABOUT


def find_multiples(document: Document, money: Sequence[MoneyClaim]) -> Iterator[Change]:
    """"quadrupled to $5.8 billion from $1.5 billion": a change of +300%, within 10%; "nearly" reads as below."""
    text = document.prose_text
    for (start, end), claims in by_sentence(money).items():
        sentence = text[start:end]
        percents = read_percents(sentence, start)
        for match in _MULTIPLE.finditer(sentence):
            word = match.group().lower()
            before = sentence[max(0, match.start() - 24) : match.start()]
            qualifier = next((q for pattern, q in _MULTIPLE_HEDGES if pattern.search(before)), MULTIPLE_QUALIFIER)
            times = Decimal(_MULTIPLES[word])
            multiple = Percent(start + match.start(), start + match.end(), match.group(), (times - 1) * 100, Decimal(0), qualifier)
            change = _pair(text, multiple, +1, sorted(claims, key=lambda c: c.span.start), percents)
            if change is not None:
                yield change
