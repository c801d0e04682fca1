"""Percent mentions in plain text: value, range, hedge, printed precision and what the words say they are.

Pure: text in, `PercentMention`s out, exact character offsets, no spaCy. The words of the grammar
(units, change verbs, share and rate nouns) are data (`nlp/patterns/percent.json`); hedges and
number words are the money grammar's (`money.json`), so "up to 5%" and "up to $5" read alike.

A mention's span covers its hedge and both ends of a range ("more than 40 percent", "20-30%",
"between 3% and 5%"), as a money mention's does. Its role is read only from the words right next
to it ("rose 14%", "a 14% rise" -> change; "a 49% stake", "40% of its revenue" -> share; "an
interest rate of 5%" -> rate); where they say nothing the role is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from factcheck.models import DIRECTIONS, Direction, PercentRole, one_of
from factcheck.normalize import regex_cache
from factcheck.normalize.money import lexicon as money_lexicon
from factcheck.normalize.wordlists import HS, alternation, pattern_data, word_key

LOOKBACK = 48  # characters read before a figure for its hedge and its verb ("was up by as much as roughly")


@dataclass(frozen=True)
class PercentMention:
    start: int
    end: int
    text: str
    value: Decimal
    high: Decimal | None = None
    qualifier: str = "exact"
    precision: Decimal = Decimal(0)
    points: bool = False
    role: PercentRole | None = None
    direction: Direction | None = None  # for a change whose words say which way
    of: str | None = None  # what a share is of ("40% of its revenue" -> "its revenue")



class _Grammar:
    def __init__(self, lex: dict[str, Any], money: dict[str, Any]):
        self.number_words = {w: Decimal(v) for w, v in money["number_words"].items()}
        self.figure = _figure_expression(lex, money)
        # Every unit and points word of the lexicon holds one of these: a cheap test first.
        self.any_unit = regex_cache.compile(r"%|per[ -]?cent|pct|\dpc|\dpp", re.IGNORECASE)
        self.opener_before = regex_cache.compile(rf"(?i:(?<![\w])(?P<opener>{alternation(lex['range_openers'])})){HS}+$")
        qualifiers = {word_key(w): q for q, words in money["qualifiers"].items() for w in words}
        self.qualifier_of = qualifiers
        self.qualifier_before = regex_cache.compile(rf"(?<![\w])(?i:(?P<q>{alternation(qualifiers)})){HS}*(?:by{HS}+)?$")
        self._change_expressions(lex)
        self._share_and_rate_expressions(lex, qualifiers)

    def _change_expressions(self, lex: dict[str, Any]) -> None:
        """The words that make a figure a change, and which way: "rose 14%", "a 14% rise"."""
        self.direction_of_verb = {word_key(w): d for d, words in lex["change_words_before"].items() for w in words}
        between = alternation(lex["change_between"])
        self.verb_before = regex_cache.compile(
            rf"(?<![\w])(?i:(?P<verb>{alternation(self.direction_of_verb)}))(?:{HS}+(?i:{between}))*{HS}*,?{HS}*$"
        )
        # "makes up 40% of revenue": "up" of a phrasal verb is no change
        self.phrasal_before = regex_cache.compile(rf"(?<![\w])(?i:{alternation(lex['not_change_phrasal'])})(?:{HS}+(?i:{between}))*{HS}*,?{HS}*$")
        self.direction_of_noun = {word_key(w): d for d, words in lex["change_nouns_after"].items() for w in words}
        self.change_after = regex_cache.compile(rf"^{HS}*(?:-{HS}*)?(?i:(?P<noun>{alternation(self.direction_of_noun)}))(?![\w-])")

    def _share_and_rate_expressions(self, lex: dict[str, Any], qualifiers: dict[str, str]) -> None:
        """The words that make a figure a share ("a 49% stake", "40% of its revenue") or a rate."""
        self.share_after = regex_cache.compile(rf"^{HS}*(?:-{HS}*)?(?i:{alternation(lex['share_nouns_after'])})(?![\w-])")
        self.rate_after = regex_cache.compile(rf"^{HS}*(?:-{HS}*)?(?i:{alternation(lex['rate_nouns_after'])})(?![\w-])")
        self.rate_before = regex_cache.compile(rf"(?<![\w])(?i:{alternation(lex['rate_words_before'])}){HS}+(?:(?i:{alternation(qualifiers)}){HS}+)?$")
        stop = alternation(lex["share_of_stop_words"])
        self.of_after = regex_cache.compile(rf"^{HS}+of{HS}+(?P<of>(?:(?!(?i:{stop})(?!\w))[\w'’&.-]+{HS}*){{1,{lex['share_of_max_words']}}})")
        joiners = alternation(w for w in lex["list_joiners"])
        self.list_before = regex_cache.compile(rf"(?:{joiners})[ \t]*(?:[A-Za-z][\w&'’ -]{{0,40}},{HS}*)?$")


def _figure_expression(lex: dict[str, Any], money: dict[str, Any]) -> re.Pattern[str]:
    """A figure (digits or number words), an optional other end of a range, and its unit."""
    number_words = [w for w in money["number_words"] if w not in ("a", "an")]
    number = rf"(?:[-+−]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|[-+−]?\.\d+|(?i:{alternation(number_words)})(?:[- ](?i:{alternation(number_words)}))?)"
    spaced_units = [u for u in lex["units"] if u not in lex["glued_only_units"]]
    spaced_points = [p for p in lex["points"] if p not in lex["glued_only_points"]]
    # A unit after the figure: "%", " percent", "per cent" (printed glued too), "5pc", "2pp".
    unit = (
        rf"(?:(?P<pts{{n}}>{HS}*(?i:{alternation(spaced_points)})|(?i:{alternation(lex['glued_only_points'])}))"
        rf"|{HS}*(?:%|(?i:{alternation(u for u in spaced_units if u != '%')}))|(?i:{alternation(lex['glued_only_units'])}))(?![\w%])"
    )
    separators = alternation(w for w in lex["range_separators"] if w.isalpha())
    dashes = "".join(re.escape(w) for w in lex["range_separators"] if not w.isalpha())
    return regex_cache.compile(
        rf"(?<![\w.,%$€£¥₹])(?P<low>{number})(?P<lowunit>{unit.format(n=1)})?"
        rf"(?:(?P<sep>{HS}*[{dashes}]{HS}*|{HS}+(?:{separators}){HS}+)(?P<high>{number}))?"
        rf"(?P<unit>{unit.format(n=2)})"
    )


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    return _Grammar(pattern_data("percent"), money_lexicon())


def find_percents(text: str) -> list[PercentMention]:
    """Every percent mention in `text`, in order, with exact offsets."""
    g = grammar()
    if not g.any_unit.search(text):  # most paragraphs print no percent: skip the full grammar
        return []
    found: list[PercentMention] = []
    for match in g.figure.finditer(text):
        found.extend(_mentions(g, text, match))
    return _with_list_roles(g, text, found)


def _mentions(g: _Grammar, text: str, match: re.Match[str]) -> list[PercentMention]:
    """One mention, a range, or the two figures of a pair that is not a range."""
    if match.group("high") is None:
        single = _single(g, text, match, match.start(), match.end(), "low", "pts2")
        return [single] if single else []
    low, low_precision = _number(g, match.group("low"))
    high, high_precision = _number(g, match.group("high"))
    if low is None or high is None:
        return []
    opener = g.opener_before.search(text, max(0, match.start() - 12), match.start())
    opened = opener.group("opener").lower() if opener else None
    if opened == "from" or not _is_range(match, low, high, opened):
        # "rose from 10% to 12%" is a change between two figures; "9% and 5%" are two figures
        pair = [_single(g, text, match, match.start(), match.end("lowunit"), "low", "pts1")] if match.group("lowunit") or opened == "from" else []
        return [m for m in [*pair, _single(g, text, match, match.start("high"), match.end(), "high", "pts2")] if m]
    start = opener.start() if opener else match.start()
    role, direction, of = _role(g, text, start, match.end())
    return [
        PercentMention(
            start=start, end=match.end(), text=text[start : match.end()], value=low, high=high, qualifier="range",
            precision=min(low_precision, high_precision), points=bool(match.group("pts2")), role=role, direction=direction, of=of,
        )
    ]


def _single(g: _Grammar, text: str, match: re.Match[str], start: int, end: int, group: str, points: str) -> PercentMention | None:
    value, precision = _number(g, match.group(group))
    if value is None:
        return None
    role, direction, of = _role(g, text, start, end)
    qualifier, hedged_start = _hedge(g, text, start)
    return PercentMention(
        start=hedged_start, end=end, text=text[hedged_start:end], value=value, qualifier=qualifier, precision=precision,
        points=bool(match.group(points)), role=role, direction=direction, of=of,
    )


def _is_range(match: re.Match[str], low: Decimal, high: Decimal, opener: str | None) -> bool:
    """"20-30%", "3 to 5 percent", "between 3% and 5%" are ranges; "9% and 5%", "2024-25%" are not."""
    sep = match.group("sep").strip().lower()
    if sep == "and":
        return opener == "between" and low < high
    if sep != "to" and match.group("lowunit") is None and len(match.group("low")) == 4 and match.group("low").isdigit():
        return False  # a year before the dash
    return low < high


def _number(g: _Grammar, raw: str | None) -> tuple[Decimal | None, Decimal]:
    """The printed value and half the step of its last digit ("4.6" -> 0.05)."""
    if raw is None:
        return None, Decimal(0)
    cleaned = raw.replace(",", "").replace("−", "-")
    if not re.search(r"\d", cleaned):
        return _word_number(g, cleaned), Decimal("0.5")
    value = Decimal(cleaned)
    decimals = len(cleaned.split(".")[1]) if "." in cleaned else 0
    return value, Decimal(5).scaleb(-decimals - 1)


def _word_number(g: _Grammar, words: str) -> Decimal | None:
    total = Decimal(0)
    for word in re.split(r"[- ]", words.lower()):
        if word not in g.number_words:
            return None
        total += g.number_words[word]
    return total


def _hedge(g: _Grammar, text: str, start: int) -> tuple[str, int]:
    hedge = g.qualifier_before.search(text, max(0, start - LOOKBACK), start)
    if hedge is None:
        return "exact", start
    return g.qualifier_of[word_key(hedge.group("q"))], hedge.start()


def _role(g: _Grammar, text: str, start: int, end: int) -> tuple[PercentRole | None, Direction | None, str | None]:
    """(role, direction, of) from the words right after the figure, then right before it."""
    after = text[end : end + LOOKBACK]
    before = text[max(0, start - LOOKBACK) : start]
    if change := g.change_after.match(after):
        return "change", _direction(g.direction_of_noun[word_key(change.group("noun"))]), None
    if g.share_after.match(after):
        return "share", None, None
    if g.rate_after.match(after) or g.rate_before.search(before):
        return "rate", None, None
    if (verb := g.verb_before.search(before)) and not g.phrasal_before.search(before):
        return "change", _direction(g.direction_of_verb[word_key(verb.group("verb"))]), None
    if of := g.of_after.match(after):
        return "share", None, of.group("of").strip()
    return None, None, None


def _direction(direction: str) -> Direction | None:
    """The lexicon's way of a change ("up", "down"), or None for its "none" (words that say no way)."""
    return None if direction == "none" else one_of(DIRECTIONS, direction)


def _with_list_roles(g: _Grammar, text: str, found: list[PercentMention]) -> list[PercentMention]:
    """"fell 0.5% in Europe and 2.5% in Asia", "safety, 9.8%; health care, 9.0%": a figure listed
    after a change in the same sentence, with no words of its own, is a change the same way."""
    out: list[PercentMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if mention.role is None and previous is not None and previous.role == "change" and _listed_after(g, text, previous, mention):
            mention = replace(mention, role="change", direction=previous.direction)
        out.append(mention)
    return out


def _listed_after(g: _Grammar, text: str, previous: PercentMention, mention: PercentMention) -> bool:
    between = text[previous.end : mention.start]
    if len(between) > 60 or re.search(r"[.!?]\s|\n", between):
        return False
    return g.list_before.search(between) is not None


__all__ = ["PercentMention", "find_percents"]
