"""Quantity mentions in plain text: a count or measure with its unit ("725 jobs", "10 gigawatts").

Pure: text in, `QuantityMention`s out, exact offsets. Precision first: a figure is a quantity
only when a unit noun of the lexicon (`nlp/patterns/quantity.json`) follows it, directly or
after at most a name or model ("200,000 Nvidia GB300 GPUs"), or glued with a hyphen for
measures ("a 30-megawatt site"). A figure with a currency is money, never a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from factcheck.normalize import regex_cache
from factcheck.normalize.money import lexicon as money_lexicon
from factcheck.normalize.wordlists import HS, alternation, pattern_data, word_key

LOOKBACK = 60


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: str = "exact"
    high: Decimal | None = None
    precision: Decimal = Decimal(0)





class _Grammar:
    def __init__(self, lex: dict[str, Any], money: dict[str, Any]):
        unit_forms: dict[str, list[str]] = {**lex["counts"], **lex["measures"]}
        self.unit_of = {word_key(form): unit for unit, forms in unit_forms.items() for form in [unit, *forms]}
        self.scale_of = {word_key(w): Decimal(int(v)) for w, v in money["scale_words"].items()}
        self.scale_of.update({word_key(w): Decimal(int(v)) for w, v in money["scale_abbreviations_spaced"].items()})
        self.attached_of = {w: Decimal(int(v)) for w, v in money["scale_abbreviations_attached"].items() if w in ("k", "m")}
        self.number_words = {w: Decimal(v) for w, v in money["number_words"].items() if w not in ("a", "an")}
        # Atomic groups and possessive runs: a 10,000-digit run or word costs linear time, not cubic.
        number = rf"(?>\d{{1,3}}(?:,\d{{3}})+|\d++)(?:\.\d++)?|(?i:{alternation(self.number_words)})"
        scale = rf"(?:{HS}+(?P<scale>(?i:{alternation(money['scale_words'])}|{alternation(money['scale_abbreviations_spaced'])}))|(?P<attached>[km]))"
        # A name or model between the figure and its unit: capitalized or with a digit ("Nvidia", "GB300").
        modifier = rf"(?:{HS}++(?=[A-Z]|[\w-]*?\d)[\w.&'’-]++){{0,{lex['modifier_words_max']}}}"
        units = alternation(self.unit_of)
        hyphen_forms = [form for form, unit in self.unit_of.items() if unit in lex["hyphen_units"]]
        self.figure = regex_cache.compile(
            rf"(?<![\w.,$€£¥₹#/:-])(?P<number>{number})(?:{scale})?"
            rf"(?:(?P<modifier>{modifier}){HS}+(?P<unit>(?i:{units}))|-(?P<hyphen>(?i:{alternation(hyphen_forms)})))(?![\w-])"
        )
        self.money_before = regex_cache.compile(r"(?:[$€£¥₹]|\b[A-Z]{3})\s*$")
        self.not_count_before = regex_cache.compile(rf"(?<![\w])(?:{alternation(lex['not_counts_before'])}){HS}*$", re.IGNORECASE)
        self.year = regex_cache.compile(r"(?:19|20)\d\d")
        qualifiers = {word_key(w): q for q, words in money["qualifiers"].items() for w in words}
        self.qualifier_of = qualifiers
        self.qualifier_before = regex_cache.compile(rf"(?<![\w])(?i:(?P<q>{alternation(qualifiers)})){HS}+$")


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    return _Grammar(pattern_data("quantity"), money_lexicon())


def find_quantities(text: str) -> list[QuantityMention]:
    """Every count or measure with a unit in `text`, in order."""
    g = grammar()
    found = []
    for match in g.figure.finditer(text):
        mention = _mention(g, text, match)
        if mention is not None:
            found.append(mention)
    return found


def _mention(g: _Grammar, text: str, match: re.Match[str]) -> QuantityMention | None:
    before = text[max(0, match.start() - LOOKBACK) : match.start()]
    if g.money_before.search(before) or g.not_count_before.search(before):
        return None
    raw = match.group("number")
    if g.year.fullmatch(raw) and not match.group("scale"):
        return None  # "in 2025 people": a year, not a count
    value, precision = _number(g, raw)
    if value is None:
        return None
    unit_text = match.group("unit") or match.group("hyphen")
    if match.group("unit") and not raw[0].isdigit() and raw.lower() == "one" and match.group("modifier"):
        return None  # "one Nvidia GPU": too loose a count
    scale = _scale(g, match)
    qualifier, start = "exact", match.start()
    if hedge := g.qualifier_before.search(before):
        qualifier, start = g.qualifier_of[word_key(hedge.group("q"))], match.start() - len(before) + hedge.start()
    return QuantityMention(
        start=start, end=match.end(), text=text[start : match.end()], value=value * scale,
        unit=g.unit_of[word_key(unit_text)], qualifier=qualifier, precision=precision * scale,
    )


def _scale(g: _Grammar, match: re.Match[str]) -> Decimal:
    if match.group("scale"):
        return g.scale_of[word_key(match.group("scale"))]
    if match.group("attached"):
        return g.attached_of.get(match.group("attached"), Decimal(1))
    return Decimal(1)


def _number(g: _Grammar, raw: str) -> tuple[Decimal | None, Decimal]:
    if not raw[0].isdigit():
        value = g.number_words.get(raw.lower())
        return (value, Decimal("0.5")) if value is not None else (None, Decimal(0))
    cleaned = raw.replace(",", "")
    decimals = len(cleaned.split(".")[1]) if "." in cleaned else 0
    return Decimal(cleaned), Decimal(5).scaleb(-decimals - 1)


__all__ = ["QuantityMention", "find_quantities"]
