"""The period a named figure's sentence gives it ("for 2031-32", "the next fiscal", "in the quarter"),
read so that two statements of one quantity are compared only when they may be the same period.

Each period word is read as what it says: an explicit year (2031-32, FY32 and fiscal 2032 are one
financial year, FY2032; a bare 2031 is the calendar year), a direction ("next", "this", "last"
before a grain; "a year earlier" alone), a grain (a quarter, a half, a year ...) and a label (Q3,
H1, "first half"). Two sentences may be the same period when:
- they name no two different explicit years, no two different labels and no two different grains
  (a named year alone is a year: "2031" is not "the quarter");
- they name no two different directions ("next fiscal" is not "this year"); a direction on one
  side only is the same period only as a named year on the other, only for a budget's quantity
  and only a direction its year may be (lexicon `periods.explicit`: a budget "for 2031-32" is
  "the next fiscal", while "the current fiscal" is the year it follows; a company's "next fiscal"
  is a forecast, not the fiscal 2030 it reported);
- neither or both are totals over the same span ("over the next three years", "the next fiscal
  and the one after", "to date": a total over several periods is no one period's figure);
- neither sentence gives the other's period to its comparison base: in "an outlay of X, up from
  Y this year", "this year" is Y's, so the sentence's X is not this year's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.arithmetic.lexicon import LEXICON, alternation
from factcheck.models import MoneyClaim, Span

_WORDS = LEXICON["named_totals"]["periods"]
_GRAIN_OF = {word: grain for grain, words in _WORDS["grains"].items() for word in words}
_DIRECTION_OF = {word: direction for direction, words in _WORDS["directions"].items() for word in words}
_LABEL_OF = {word: label for label, words in _WORDS["labels"].items() for word in words}
_EXPLICIT_DIRECTIONS = frozenset(_WORDS["explicit"])
_SPANS = _WORDS["spans"]
_COUNT = r"(?:\d+|" + alternation(_SPANS["counts"]) + r")"
_SPAN = (
    # "over the next three years", "a five-year outlay", "the coming years", "to date", "through 2035"
    r"\b(?:(?:" + alternation(_SPANS["relative"]) + r")\s+)?" + _COUNT + r"[-\s]+(?:" + alternation(_SPANS["grains"]) + r")\b"
    r"|\b(?:" + alternation(_SPANS["relative"]) + r")\s+(?:" + alternation(g for g in _SPANS["grains"] if g.endswith("s")) + r")\b"
    r"|\b(?:" + alternation(_SPANS["words"]) + r")\b"
    r"|\b(?:" + alternation(_SPANS["until"]) + r")\s+(?:19|20)\d{2}\b"
)
_PERIOD = re.compile(
    r"(?P<span>" + _SPAN + r")|"
    # a financial year: "fiscal 2032", "FY32", "financial year 2031-32", "2031-32"
    r"\b(?:fiscal(?:\s+year)?|financial\s+year|FY)\s?'?(?P<fy>(?:19|20)?\d{2})(?:\s*[-–/]\s*(?P<fy_end>\d{2,4}))?\b"
    r"|\b(?P<start>(?:19|20)\d{2})\s*[-–/]\s*(?P<end>\d{2,4})\b"
    r"|\b(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<label>Q[1-4]|H[12])\b"
    # "next fiscal" before "previous" alone before "year" alone: "previous quarter", "year-ago"
    r"|\b(?P<direction>" + alternation(_DIRECTION_OF) + r")\s+(?P<grain>" + alternation(_GRAIN_OF) + r")\b"
    r"|\b(?P<previous>" + alternation(_WORDS["previous"]) + r")\b"
    r"|\b(?P<bare>" + alternation(_GRAIN_OF) + r")\b",
    re.I,
)
_BASE = re.compile(r"\b(?:" + alternation(_WORDS["bases"]) + r")\s+$", re.I)
_CLAUSE_END = re.compile(r"[,;]")


@dataclass(frozen=True)
class Period:
    """One period word of a sentence, as what it says; `key` is the same for words that say the same ("current fiscal", "this year")."""

    key: str
    year: str | None = None
    direction: str | None = None
    grain: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Dating:
    """The period words a statement's sentence gives its figure, and those it gives a comparison base."""

    own: tuple[Period, ...]
    bases: tuple[Period, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.own)

    def may_match(self, other: Dating, budget: bool = False) -> bool:
        """The two sentences may speak of the same period; `budget`: of a budget's quantity, whose named year is the next fiscal."""
        if self.keys & frozenset(p.key for p in other.bases) or other.keys & frozenset(p.key for p in self.bases):
            return False  # one dates the other's figure as its comparison base
        return _same_period(self.own, other.own, _EXPLICIT_DIRECTIONS if budget else frozenset())


def dating(sentence: str, offset: int, figure: MoneyClaim, money: list[MoneyClaim]) -> Dating:
    """The period words of `sentence` (which starts at `offset` in the text) for `figure`: those of the
    sentence's comparison bases ("up from Y this year") go to `bases`, those inside a figure are none."""
    others = [c for c in money if c.id != figure.id and offset <= c.span.start < offset + len(sentence)]
    regions = [r for c in others if (r := _base_region(sentence, offset, c, figure)) is not None]
    own: list[Period] = []
    bases: list[Period] = []
    for found in _PERIOD.finditer(sentence):
        at = found.start() + offset
        if any(c.span.start <= at < c.span.end for c in [figure, *others]):
            continue  # "Rs 2,031 crore" holds no year
        (bases if any(r.start <= at < r.end for r in regions) else own).append(_period(found))
    return Dating(tuple(own), tuple(bases))


def _base_region(sentence: str, offset: int, base: MoneyClaim, figure: MoneyClaim) -> Span | None:
    """ "up from Y this year": from the comparison word before Y to the end of its clause (or the next figure)."""
    before = _BASE.search(sentence, 0, base.span.start - offset)
    if before is None:
        return None
    after = base.span.end - offset
    clause = _CLAUSE_END.search(sentence, after)
    end = clause.start() if clause else len(sentence)
    if figure.span.start - offset >= after:
        end = min(end, figure.span.start - offset)
    return Span(start=before.start() + offset, end=end + offset)


def _period(found: re.Match) -> Period:
    groups = found.groupdict()
    if groups["span"]:
        return Period(key="over " + " ".join(groups["span"].lower().split()), grain="span")
    if groups["fy"]:
        year = _financial_year(groups["fy"], groups["fy_end"])
        return Period(key=year, year=year)
    if groups["start"]:
        year = _financial_year(groups["start"], groups["end"])
        return Period(key=year, year=year)
    if groups["year"]:
        return Period(key=groups["year"], year=groups["year"])
    if groups["label"]:
        label = groups["label"].upper()
        return Period(key=label, grain="quarter" if label.startswith("Q") else "half", label=label)
    if groups["previous"]:
        return Period(key="previous", direction="previous")
    grain_word = " ".join((groups["grain"] or groups["bare"]).lower().split())
    grain = _GRAIN_OF[grain_word]
    direction = _DIRECTION_OF[groups["direction"].lower()] if groups["direction"] else None
    label = _LABEL_OF.get(grain_word)
    return Period(key=f"{direction or ''} {label or grain}".strip(), direction=direction, grain=grain, label=label)


def _financial_year(start: str, end: str | None) -> str:
    """ "2031-32", "2031/2032", "FY32", "fiscal 2032": FY2032, the year it ends. "2031-35" stays as printed."""
    if end is None:
        return "FY" + (start if len(start) == 4 else "20" + start)
    first = int(start if len(start) == 4 else "20" + start)
    last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
    if last < first:
        last += 100  # "1999-00"
    return f"FY{last}" if last == first + 1 else f"{first}-{end}"


def _same_period(a: tuple[Period, ...], b: tuple[Period, ...], year_may_be: frozenset[str]) -> bool:
    spans_a, spans_b = _spans(a), _spans(b)
    if spans_a or spans_b:
        return spans_a == spans_b  # a total over several periods is the same only as one over the same span
    if not a or not b or {p.key for p in a} == {p.key for p in b}:
        return True
    years_a, years_b = _named(a, "year"), _named(b, "year")
    if years_a and years_b and years_a != years_b:
        return False
    if _named(a, "label") != _named(b, "label") or _grains(a) != _grains(b):
        return False
    return _same_direction(a, b, year_may_be)


def _same_direction(a: tuple[Period, ...], b: tuple[Period, ...], year_may_be: frozenset[str]) -> bool:
    """No two directions ("next fiscal", "this year"); one on one side only is the other's named year, if that year may be it (`year_may_be`)."""
    directions_a, directions_b = _named(a, "direction"), _named(b, "direction")
    if directions_a and directions_b:
        return directions_a == directions_b
    if not directions_a and not directions_b:
        return True
    undirected = b if directions_a else a
    return bool(_named(undirected, "year")) and (directions_a | directions_b) <= year_may_be


def _spans(periods: tuple[Period, ...]) -> frozenset[str]:
    return frozenset(p.key for p in periods if p.grain == "span")


def _named(periods: tuple[Period, ...], field: str) -> frozenset[str]:
    return frozenset(value for p in periods if (value := getattr(p, field)) is not None)


def _grains(periods: tuple[Period, ...]) -> frozenset[str]:
    """The lengths the words give; a named year alone is a year long."""
    grains = _named(periods, "grain")
    return grains or (frozenset({"year"}) if _named(periods, "year") else frozenset())
