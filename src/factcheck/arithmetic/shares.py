"""Shares of a whole stated with both figures, and margins (profit over revenue).

  fraction   "more than half of the $4 billion, $2.3 billion, went to ..."; "$14bn of the £18.5bn,
             about three quarters"; the fraction word or percentage sits next to the pair.
  percent-of "$1.2 billion, or 30% of the $4 billion raised"
  margin     "a profit of $12 million on sales of $80 million, a margin of 15%"
Bare fraction words are loose ("half" for 48%): read as about, within 10%; "more than half" is
above 0.5, "nearly a third" just below a third.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, amount_of, of_amount, of_number
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.arithmetic.percents import Percent, read_percents
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

_FRACTIONS = {k: Decimal(v) for k, v in LEXICON["fractions"].items() if not k.startswith("_")}
_HEDGES = {word: Qualifier(q) for q, words in LEXICON["percent_hedges"].items() for word in words}
_FRACTION = re.compile(
    r"(?:\b(?P<hedge>" + "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True)) + r")\s+)?"
    r"\b(?P<word>" + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True)) + r")\b",
    re.I,
)
_OF_THE = re.compile(r"^\s+of\s+(?:the|its|their|this|that|a|an)?\s*$", re.I)  # "$14bn of the £18.5bn"
_OR_PERCENT_OF = re.compile(r"^\s*,?\s*(?:or|about|some|roughly|nearly|almost)?\s*$", re.I)
_PERCENT_OF = re.compile(r"^\s*of\s+(?:the|its|their|this|that|a|an)?\s*(?:[\w-]+\s+){0,3}?$", re.I)
_OF_SOMETHING = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Za-z]", re.I)  # "a third of the managers": a share of something else
NEAR = 40  # characters between the fraction words and the pair they describe
_PROFIT = re.compile(r"\b(?:" + "|".join(LEXICON["margin_profit_words"]) + r")\b", re.I)
_REVENUE = re.compile(r"\b(?:" + "|".join(LEXICON["margin_revenue_words"]) + r")\b", re.I)
_MARGIN = re.compile(r"\bmargins?\b", re.I)
LABEL_REACH = 36  # "net profit of ... $12 million": the label stands this close before the figure


@dataclass(frozen=True)
class Share:
    part: MoneyClaim
    whole: MoneyClaim
    stated: Interval  # the fraction (0..1) the words give
    words: str
    kind: str  # "share" or "margin"

    @property
    def computed(self) -> Interval | None:
        return of_amount(amount_of(self.part)).divided_by(of_amount(amount_of(self.whole)))


def _fraction_interval(word: str, hedge: str) -> Interval:
    value = _FRACTIONS[word.lower()]
    qualifier = _HEDGES.get(hedge.lower(), Qualifier.ABOUT) if hedge else Qualifier.ABOUT
    return of_number(value, Decimal("0.0001"), qualifier)


def _percent_interval(percent: Percent) -> Interval:
    p = percent.interval
    return Interval(p.low / 100, p.high / 100 if p.bounded else p.high)


def _sentences(money: list[MoneyClaim]) -> dict[tuple[int, int], list[MoneyClaim]]:
    return by_sentence(sorted((c for c in money if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per), key=lambda c: c.span.start))


def find_shares(document: Document, money: list[MoneyClaim]) -> Iterator[Share]:
    text = document.prose_text
    for (start, end), claims in _sentences(money).items():
        sentence = text[start:end]
        for part, whole in itertools.pairwise(claims):
            if not amount_of(part).same_currency(amount_of(whole)):
                continue
            found = _fraction_share(text, sentence, start, part, whole) or _percent_of_share(text, start, sentence, part, whole)
            if found is not None:
                yield found


def _fraction_share(text: str, sentence: str, start: int, part: MoneyClaim, whole: MoneyClaim) -> Share | None:
    """"$14bn of the $18.5bn" with one fraction word or percentage next to the pair."""
    if not _OF_THE.match(text[part.span.end : whole.span.start]):
        return None
    window = (max(start, part.span.start - NEAR), min(start + len(sentence), whole.span.end + NEAR))
    clause = text[window[0] : window[1]]
    if ";" in clause:  # another clause's fraction is not this pair's
        return None
    fractions = [m for m in _FRACTION.finditer(text, *window) if not _OF_SOMETHING.match(text, m.end())]
    percents = [p for p in read_percents(text[window[0] : window[1]], window[0])]
    if len(fractions) + len(percents) != 1:
        return None  # none, or several that could each be the one
    if fractions:
        m = fractions[0]
        return Share(part, whole, _fraction_interval(m.group("word"), m.group("hedge") or ""), m.group(), "share")
    return Share(part, whole, _percent_interval(percents[0]), percents[0].text, "share")


def _percent_of_share(text: str, start: int, sentence: str, part: MoneyClaim, whole: MoneyClaim) -> Share | None:
    """"$1.2 billion, or 30% of the $4 billion": the percentage stands between the pair."""
    between = read_percents(text[part.span.end : whole.span.start], part.span.end)
    if len(between) != 1:
        return None
    percent = between[0]
    if not _OR_PERCENT_OF.match(_strip_hedge(text[part.span.end : percent.start])) or not _PERCENT_OF.match(text[percent.end : whole.span.start]):
        return None
    return Share(part, whole, _percent_interval(percent), percent.text, "share")


def _strip_hedge(gap: str) -> str:
    return re.sub(r"\b(?:" + "|".join(map(re.escape, _HEDGES)) + r")\s*$", "", gap, flags=re.I)


def find_margins(document: Document, money: list[MoneyClaim]) -> Iterator[Share]:
    """A margin stated with the profit and the revenue it is of, all in one sentence."""
    text = document.prose_text
    for (start, end), claims in _sentences(money).items():
        sentence = text[start:end]
        margins = list(_MARGIN.finditer(sentence))
        if len(margins) != 1:
            continue
        percents = [p for p in read_percents(sentence, start) if abs(p.start - (start + margins[0].start())) <= 24]
        profits = [c for c in claims if _label(text, c, _PROFIT) and not _label(text, c, _REVENUE)]
        revenues = [c for c in claims if _label(text, c, _REVENUE) and not _label(text, c, _PROFIT)]
        if len(percents) == 1 and len(profits) == 1 and len(revenues) == 1 and amount_of(profits[0]).same_currency(amount_of(revenues[0])):
            yield Share(profits[0], revenues[0], _percent_interval(percents[0]), percents[0].text, "margin")


def _label(text: str, claim: MoneyClaim, words: re.Pattern) -> bool:
    before = text[max(claim.sentence_span.start, claim.span.start - LABEL_REACH) : claim.span.start]
    cut = re.split(r"[$€£¥₹]|\d|\band\b|,", before)
    return words.search(cut[-1]) is not None
