"""What the words around a money mention say about its role: a total, a prior figure, a term, a stake."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TypedDict

from factcheck.extract.lexicon import relation_lexicon
from factcheck.models import ClaimContext, Temporal
from factcheck.normalize.money import MoneyMention, lexicon

_YEAR = re.compile(r"\b(?:in|by|since|back in|as of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b", re.I)
# "rose 4% to $4.1 billion from $3.9 billion": the figure after "from" is the earlier one
_CHANGE_FROM = re.compile(r"\bto\s+\S*\d[^,;]*?\bfrom\s*$", re.I)
# "Out of the total budget, ...": the whole a part is taken from (_part_of_whole).
_OF_THE_WHOLE = re.compile(r"\b(?:out\s+)?of\s+(?:the|its|their|this|that)\s+$", re.I)
FORECAST_WINDOW = 80  # how far before a figure, within its clause, "expects", "estimated" ... still govern it
_STAKE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:equity\s+)?stake", re.I)


def _words(key: str) -> re.Pattern:
    words = sorted(relation_lexicon()[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


class _Patterns(TypedDict):
    """The context words' expressions, and the number words a term may be written in ("five-year")."""

    total: re.Pattern[str]
    cumulative: re.Pattern[str]
    incremental: re.Pattern[str]
    prior: re.Pattern[str]
    compared: re.Pattern[str]
    change_amount: re.Pattern[str]
    forecast: re.Pattern[str]
    term: re.Pattern[str]
    number_words: dict[str, int | float]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    number_words: dict[str, int | float] = {k: v for k, v in lexicon()["number_words"].items() if " " not in k and k not in ("a", "an")}
    alternatives = "|".join(sorted(number_words, key=len, reverse=True))
    return {
        "total": _words("total_words"),
        "cumulative": _words("cumulative_words"),
        "incremental": _words("incremental_words"),
        "prior": _words("prior_words"),
        "compared": re.compile(_words("comparison_words").pattern + r"\s+(?:[^\s,;\d]+\s+){0,4}of\s*$", re.I),
        "change_amount": re.compile(_words("change_amount_words").pattern + r"\s*$", re.I),
        "forecast": _words("forecast_words"),
        "term": re.compile(rf"\b(\d+|{alternatives})[- ]years?\b", re.I),
        "number_words": number_words,
    }


def _part_of_whole(match: re.Match[str], mention_at: int) -> bool:
    """"Out of the total budget, Rs 500 crore ...": the total word names the whole the figure
    is a part of (the phrase ends before the figure, at a comma). "of the combined $9 billion"
    calls the figure itself the whole."""
    return bool(_OF_THE_WHOLE.search(match.string[: match.start()])) and "," in match.string[match.end() : mention_at]


def _total_word(p: _Patterns, text: str, before: str, near_before: str) -> str | None:
    """The word that makes the figure a total ("a total of", "combined"), if any."""
    if (match := p["total"].search(near_before + " " + text)) or (match := p["total"].search(before)):
        return None if _part_of_whole(match, len(before) if match.string == before else len(near_before)) else match.group(0).lower()
    return None


def _temporal(p: _Patterns, text: str, before: str, near_before: str, after: str) -> Temporal | None:
    """An earlier figure, a running total, or one more of the same, as the words around it say."""
    if p["prior"].search(before) or p["compared"].search(before) or _YEAR.search(after) or _YEAR.search(before[-30:]) or _CHANGE_FROM.search(before):
        return "prior"
    if (re.search(r"\bto\s*$", near_before, re.I) and p["cumulative"].search(before)) or p["cumulative"].search(near_before):
        return "cumulative"
    if p["incremental"].search(near_before[-20:] + " " + text):
        return "incremental"
    return None


def claim_context(mention: MoneyMention, sentence: str, offset_in_sentence: int, headline: bool) -> ClaimContext:
    """Read the sentence around the mention (`offset_in_sentence` is the mention's start in it)."""
    p = _patterns()
    before = sentence[max(0, offset_in_sentence - 60) : offset_in_sentence]
    near_before = sentence[max(0, offset_in_sentence - 30) : offset_in_sentence]
    end = offset_in_sentence + len(mention.text)
    after = sentence[end : end + 40]
    total = _total_word(p, mention.text, before, near_before)
    temporal = _temporal(p, mention.text, before, near_before, after)
    term = None
    if match := p["term"].search(sentence):
        raw = match.group(1).lower()
        term = int(raw) if raw.isdigit() else int(p["number_words"].get(raw, 0)) or None
    stake = None
    if match := _STAKE.search(sentence):
        stake = Decimal(match.group(1))
    clause = re.split(r"[;:]", sentence[max(0, offset_in_sentence - FORECAST_WINDOW) : offset_in_sentence])[-1]
    return ClaimContext(
        change_amount=bool(p["change_amount"].search(near_before)),
        forecast=bool(p["forecast"].search(clause)),
        total=total,
        headline=headline,
        temporal=temporal,
        term_years=term,
        stake_percent=stake,
        vague_magnitude=mention.vague_magnitude,
    )
