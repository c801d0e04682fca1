"""Percentages read from the text between money claims.

One small reader, so the relation finders can later read h-claims' PercentClaims instead: it
returns each percentage with its offsets, printed precision and hedge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, of_number
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.models import Qualifier

_HEDGES = {word: Qualifier(q) for q, words in LEXICON["percent_hedges"].items() for word in words}
_PERCENT = re.compile(
    r"(?:\b(?P<hedge>" + "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True)) + r")\s+)?"
    r"(?<![\d.,])(?P<num>\d+(?:\.\d+)?)\s*(?:%|\s?per\s?cent\b|\s?pc\b)",
    re.I,
)


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    text: str
    value: Decimal
    precision: Decimal
    qualifier: Qualifier

    @property
    def interval(self) -> Interval:
        return of_number(self.value, self.precision, self.qualifier)


def read_percents(text: str, offset: int = 0) -> list[Percent]:
    """Every percentage in `text`; offsets are shifted by `offset` (the text's place in the document)."""
    found = []
    for match in _PERCENT.finditer(text):
        number = match.group("num")
        decimals = len(number.split(".")[1]) if "." in number else 0
        hedge = (match.group("hedge") or "").lower()
        found.append(
            Percent(
                start=offset + match.start(),
                end=offset + match.end(),
                text=match.group(),
                value=Decimal(number),
                precision=Decimal(5) / Decimal(10) ** (decimals + 1),
                qualifier=_HEDGES.get(hedge, Qualifier.EXACT),
            )
        )
    return found
