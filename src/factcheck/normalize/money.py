"""Find and normalize money mentions in plain text: the pure core of the money component.

`find_money(text)` returns every money mention with its character span, value (a `Decimal`
in whole currency units), currency (ISO 4217), qualifier ("up to" -> up_to), range, per-unit
and period. The words of the grammar (currencies, scales, qualifiers, number words) are data
in `nlp/patterns/money.json`; this module only assembles them into expressions.

A mention needs a currency marker (a symbol, code or name) or a money magnitude word
("billions", "multi-billion-dollar"); a bare number is never money, which keeps "Series B",
"7-year", "GPT-5", "B2B", "35%" and years out.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from babel.numbers import format_compact_decimal, get_currency_symbol

from factcheck.normalize import regex_cache
from factcheck.normalize.currencies import currency_tables, short_names
from factcheck.normalize.numbers import cardinal_words, number_words

HS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, NBSP and thin spaces included
GAP = rf"(?:{HS}+|{HS}*\r?\n{HS}*)"  # a run of space with at most one line break
# Figures: Indian grouping ("3,42,18,500"), Western grouping with commas or with (thin, no-break
# or plain) spaces between groups of three ("25 000"), plain digits, and a bare decimal.
NUM = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.])"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
END = r"(?![A-Za-z0-9])"


@dataclass(frozen=True, slots=True)
class MoneyMention:
    start: int
    end: int
    text: str
    value: Decimal | None  # None for a magnitude with no figure ("billions")
    currency: str
    qualifier: str = "exact"
    high: Decimal | None = None
    precision: Decimal = Decimal(0)
    per: str | None = None
    period: str | None = None
    vague_magnitude: Decimal | None = None
    # The ambiguous marker the currency was read from ("$", "¥", "kr"), when nothing in the
    # mention itself named the currency; normalize.dollars settles it for the whole article.
    marker: str | None = None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = resources.files("factcheck.nlp").joinpath("patterns/money.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(data)
    loaded["number_words"] = number_words()  # the one list (nlp/patterns/numbers.json), for every reader of the lexicon
    return loaded


def _alternation(words: Iterable[str], flags_escape: bool = True) -> str:
    """Literal words (a space matches a run of horizontal space), longest first, for expressions
    compiled with re.IGNORECASE (all of this module's are).

    Written as a trie ("dollars?|dinars?" as "d(?:ollar|inar)s?"): the same strings match, in
    the same order of preference, but the expression is a fraction of the flat list's size, so it
    compiles in a fraction of the time (the grammar's compilation was most of a cold start beyond
    loading the model) and each position is tried against a few branches instead of every word.
    Why the order is the same: at a given position only words along one path of the trie can
    match (words that differ at some letter cannot both match there), and along a path the
    longer alternative is tried first, as in the longest-first flat list. Words whose lower case
    changes their length (which would break that argument) get the flat list."""
    if not flags_escape:
        return "|".join(sorted(set(words), key=len, reverse=True))
    unique = set(words)
    if any(len(ch.lower()) != 1 for w in unique for ch in w):
        return "|".join(re.escape(w).replace(r"\ ", rf"{HS}+") for w in sorted(unique, key=len, reverse=True))
    trie: dict[str, Any] = {}
    for word in unique:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word
    return _trie_expression(trie)


def _trie_expression(node: dict[str, Any]) -> str:
    """A trie as a regular expression: branches sorted for a stable text; a word ending inside a
    longer one makes the rest optional (greedy: the longer is tried first)."""
    branches = [(HS + "+" if ch == " " else re.escape(ch)) + _trie_expression(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"


def _dec(number: float | int) -> Decimal:
    return Decimal(repr(number)) if isinstance(number, float) and not number.is_integer() else Decimal(int(number))


def _key(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


# An ISO 4217 code: three capitals, case-sensitive even inside case-insensitive expressions,
# then checked against the codes babel knows ("CEO" and "GPU" are not currencies).
CODE = r"(?-i:[A-Z]{3})"


class _Pieces(NamedTuple):
    """Parts of expressions that several of the grammar's compiled expressions share."""

    prefix: str  # a currency written before the figure: a symbol, a code, "US$"
    suffix: str  # a currency written after it: a name, a code, "€"
    scale: str  # a scale word or letter after the figure; `.format(g=...)` names its groups
    words: str  # a number in words ("twenty-five", "ten")
    after: str  # the currency after a figure, with a magnitude or a trailing scale word
    followers: str  # the words that may follow a bare scaled figure ("if", "more")


class _Grammar:
    """Compiled expressions built once from the lexicon and babel's currency tables."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.lex = lex
        prefixes, suffixes = self._currency_tables(lex)
        self._word_tables(lex)
        pieces = _pieces(lex, prefixes, suffixes)
        self.scale_re = pieces.scale
        self.after = pieces.after
        self._figure_expressions(lex, pieces)
        self._magnitude_expressions(lex, pieces)
        self._context_expressions(lex, pieces)

    def _currency_tables(self, lex: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
        """Which currency each marker names; returns the markers written before and after a figure."""
        tables = currency_tables()
        self.codes = tables.codes - set(lex["code_stoplist"])
        unique_words, shared_words = short_names(frozenset(lex["short_name_stoplist"]) | {_key(k) for k in lex["suffix_currencies"]})
        # Markers whose currency the article settles: "¥", "kr", and names several currencies share ("dinars").
        self.ambiguous = {**{k: tuple(v) for k, v in lex["ambiguous_symbols"].items()}, **shared_words}
        bare = lex["bare_dollars"]
        prefixes = {**tables.symbols, **lex["prefix_currencies"], **{s: "USD" for s in bare["prefix"]}, **{s: v[0] for s, v in lex["ambiguous_symbols"].items()}}
        suffixes = {**unique_words, **tables.names, **lex["suffix_currencies"], **{s: "USD" for s in bare["suffix"]}, **{s: v[0] for s, v in self.ambiguous.items()}}
        self.markers = {*bare["prefix"], *bare["suffix"], *self.ambiguous}
        self.prefix_currency = {k.lower(): v for k, v in prefixes.items()}
        self.suffix_currency = {_key(k): v for k, v in suffixes.items()}
        self.nationality = {_key(k): v for k, v in lex["dollar_nationalities"].items()}
        return prefixes, suffixes

    def _word_tables(self, lex: dict[str, Any]) -> None:
        """The lexicon's words by normalized key: scales, number words, qualifiers, periods, units."""
        self.scales = {_key(k).replace("-", " "): _dec(v) for group in ("scale_words", "scale_abbreviations_spaced", "scale_abbreviations_attached") for k, v in lex[group].items()}
        self.number_words = {_key(k): _dec(v) for k, v in lex["number_words"].items()}
        self.qualifier_of = {_key(w): q for q, words in lex["qualifiers"].items() for w in words}
        self.determined_not_qualifiers = {_key(w) for w in lex["qualifiers_not_after_determiner"]}
        self.determiner_before = re.compile(r"\b(?:the|a|an|its|their|our|his|her|this|that)\s+$", re.IGNORECASE)
        self.periods = {k.lower(): v for k, v in lex["periods"].items()}
        self.minor = {_key(k): v for k, v in lex["minor_units"].items()}
        self.code_magnitudes = {k: _dec(v) for k, v in lex["code_magnitudes"].items()}
        self.not_estimate = {w.lower() for w in lex["estimates"]["not_after"]}
        self.not_pence = set(lex["glued_pence_not_money"])
        self.word_unsafe = {w.lower() for w in lex["word_number_unsafe_names"]}
        self.glued_minor_after = {w.lower() for w in lex["glued_minor_after_words"]}

    def _figure_expressions(self, lex: dict[str, Any], p: _Pieces) -> None:
        """The figures themselves: with a currency before or after, in minor units, and ranges."""
        # "$15 billion", "US$1.4 trillion", "€2bn", "UAH7.10", "$29.4 billion Canadian"
        self.prefixed = regex_cache.compile(
            rf"(?:(?<![\w\-−])(?P<lead>[-−]))?(?<![\w$€£¥₹₩])(?P<cur>{p.prefix}){HS}?(?P<sign>[-−])?(?P<num>{NUM})(?:{p.scale.format(g='s')}|{END})(?:{p.after})?",
            re.IGNORECASE,
        )
        # "15 billion dollars", "ten billion dollars", "35€", "500 crore rupees"
        self.suffixed = regex_cache.compile(
            rf"(?:(?<![\w\-−])(?P<lead>[-−]))?(?<![\w.,$€£¥₹₩])(?P<num>{NUM}|{p.words})(?:{p.scale.format(g='s')}|{END}|(?=\D))(?:{p.after})",
            re.IGNORECASE,
        )
        minor = _alternation([k for k, v in lex["minor_units"].items() if not v.get("glued")])
        glued = _alternation([k for k, v in lex["minor_units"].items() if v.get("glued")])
        # "21 cents", "three cents", "93¢", "310 pence", "4.74p", "75c", "50 paise"
        self.minor_re = regex_cache.compile(
            rf"(?<![\w.,$€£¥₹₩-])(?P<num>{NUM}|{p.words})(?:{HS}*|-(?=[a-z]))(?:(?P<unit>{minor})|(?-i:(?<=\d)(?P<glued>{glued}))){END}",
            re.IGNORECASE,
        )
        self.cents_after = regex_cache.compile(rf"{HS}+(?:and{HS}+)?(?P<num>\d{{1,2}}){HS}+(?P<unit>cents?|pence|paise|sen){END}", re.IGNORECASE)
        self.range_after = regex_cache.compile(
            rf"(?P<sep>{HS}?[-–—]{HS}?|{GAP}(?:to|and){GAP})(?:(?P<cur>{p.prefix}){HS}?)?(?P<num>{NUM})(?:{p.scale.format(g='s')}|{END})(?:{p.after})?",
            re.IGNORECASE,
        )
        self.range_before = regex_cache.compile(rf"(?<![\w.,$€£¥₹₩])(?P<num>{NUM})(?:{p.scale.format(g='s')})?(?P<sep>{HS}?[-–—]{HS}?|{GAP}(?:to|and){GAP})$", re.IGNORECASE)

    def _magnitude_expressions(self, lex: dict[str, Any], p: _Pieces) -> None:
        """Magnitudes without a figure ("billions"), compounds, bare scaled figures and counts."""
        mult = _alternation(lex["vague_multipliers"])
        plurals = _alternation(lex["vague_plurals"])
        self.vague = regex_cache.compile(
            rf"(?<![\w-])(?:(?P<mult>{mult}){HS}+)?(?P<plural>{plurals})"
            rf"(?:{HS}+of{HS}+(?P<vcur>{p.suffix}){END}|(?={HS}+(?:{_alternation(lex['vague_followers'])}){END}|{HS}*[.,;:!?)\]”\"]|{HS}*$))",
            re.IGNORECASE | re.MULTILINE,
        )
        # "multi-billion-dollar" (a magnitude) and "a 300 million-dollar contract" (a figure)
        self.compound = regex_cache.compile(
            rf"(?<![\w-])(?:(?P<num>{NUM}){HS}+)?(?P<multi>multi-?|several-?)?(?P<scale>thousand|million|billion|trillion)(?:[- ])dollar\b",
            re.IGNORECASE,
        )
        # "an additional 5 million if ...", "more than half a trillion.": a scaled figure with no
        # currency and no noun after it; money only when the passage's money gives the currency.
        self.bare_figure = regex_cache.compile(
            rf"(?<![\w.,$€£¥₹₩-])(?P<num>{NUM}|{p.words}){HS}+(?P<sw>million|billion|trillion|crore|lakh|bn|mn){END}"
            rf"(?={HS}*[.,;:!?)]|{HS}+(?:{p.followers}){END})",
            re.IGNORECASE,
        )
        # A count in the sentence ("40 million subscribers"): a bare "2 million" beside it is one too.
        self.count = regex_cache.compile(rf"(?<![\w.,]){NUM}{HS}+(?:million|billion|trillion|crore|lakh|mn|bn){HS}+(?!(?:{p.followers}){END})[a-z]", re.IGNORECASE)

    def _context_expressions(self, lex: dict[str, Any], p: _Pieces) -> None:
        """The words around a figure: qualifiers, range openers, change verbs, signs, per-unit."""
        qual = _alternation(self.qualifier_of)
        fillers = _alternation(lex["fillers"])
        estimates = _alternation(lex["estimates"]["words"])
        self.qualifier_before = regex_cache.compile(
            rf"(?:(?<![\w])(?P<q>{qual})(?:{GAP}(?P<f>{fillers}))?{GAP}|(?<![\w])(?P<h>{lex['hedges_up_to']}){GAP}"
            rf"|(?<![\w])(?:(?P<pre>\w+){GAP})?(?P<est>{estimates}){GAP}|(?P<tilde>~){HS}*|(?<![\w])(?P<f2>{fillers}){GAP})$",
            re.IGNORECASE,
        )
        self.between_before = regex_cache.compile(rf"(?<![\w])(?P<w>between|from){GAP}$", re.IGNORECASE)
        self.change_before = regex_cache.compile(rf"\b(?:{_alternation(lex['change_words'])})\b[^.;]{{0,40}}$", re.IGNORECASE)
        self.to_before = regex_cache.compile(rf"\bto{GAP}$", re.IGNORECASE)
        # An accounting negative: "($45.50)" where a table cell, a colon or a verb introduces it;
        # "$9.7bn ($14.8bn)" after another amount is a conversion, not a loss.
        self.negative_opener = regex_cache.compile(rf"(?:^|[\t|:=]|\b(?:was|were|is|are|of|at|to)){HS}*\($", re.IGNORECASE | re.MULTILINE)
        periods = _alternation(self.periods)
        self.per_after = regex_cache.compile(
            rf"^(?:{HS}*(?:per|a|an|each|every)(?:{HS}+|-)(?P<unit>[A-Za-z][\w-]*)|{HS}*/{HS}*(?P<unit2>[A-Za-z]+)|{HS}+(?P<adv>annually|yearly|monthly|quarterly))",
        )
        self.periods_re = regex_cache.compile(rf"^(?:{periods})$", re.IGNORECASE)


def _pieces(lex: dict[str, Any], prefixes: dict[str, str], suffixes: dict[str, str]) -> _Pieces:
    prefix = rf"{_alternation(prefixes)}|{CODE}"
    suffix = rf"{_alternation(suffixes)}|{CODE}"
    nationality = _alternation(lex["dollar_nationalities"])
    magnitude = "|".join(lex["code_magnitudes"])
    scale = (
        rf"(?:{GAP}?(?P<{{g}}w>(?:{_alternation(lex['scale_words'])}|{_alternation(lex['scale_abbreviations_spaced'])})){END}"
        rf"|(?P<{{g}}a>[kKmMbBtT]){END})"
    )
    tens = "|".join(w for w, v in cardinal_words(20, 90).items() if v % 10 == 0)
    units = "|".join(cardinal_words(1, 9))
    words = rf"(?:(?:{tens})[- ](?:{units})|{_alternation(lex['number_words'])})"
    # A currency after the figure: "5 €", "230USD", "10k$", "12 MUSD", "45 USD million".
    after = (
        rf"(?:{HS}*(?P<mag>(?-i:{magnitude}))?(?P<scur>{suffix})"
        rf"(?:{HS}+(?P<tw>{_alternation(lex['scale_words'])}))?{END}"
        rf"|{HS}+(?P<nat>{nationality}){END}(?!{HS}*\$))"
    )
    return _Pieces(prefix, suffix, scale, words, after, _alternation(lex["bare_figure_followers"]))


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    return _Grammar(lexicon())


def _number(g: _Grammar, raw: str) -> tuple[Decimal, Decimal]:
    """Value and printed precision (half a unit of the last digit) of a figure or number word."""
    words = _key(raw).replace("-", " ")
    if words in g.number_words:
        return g.number_words[words], Decimal(0)
    parts = words.split()
    if len(parts) == 2 and all(p in g.number_words for p in parts):  # "twenty five"
        return g.number_words[parts[0]] + g.number_words[parts[1]], Decimal(0)
    digits = re.sub(r"[,\s\u00a0\u2009\u202f]", "", raw)
    value = Decimal(digits)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value, Decimal(5) * Decimal(10) ** (-decimals - 1)


def _scale_free(match: re.Match[str]) -> bool:
    return not (match.group("sw") or match.group("sa"))


def _is_word(raw: str) -> bool:
    return not any(ch.isdigit() for ch in raw)


def _scale(g: _Grammar, match: re.Match[str], prefix: str = "s") -> Decimal:
    token = match.group(f"{prefix}w") or match.group(f"{prefix}a")
    scale = g.scales[_key(token).replace("-", " ")] if token else Decimal(1)
    if "mag" in match.re.groupindex and match.group("mag"):  # "12 MUSD"
        scale *= g.code_magnitudes[match.group("mag")]
    if "tw" in match.re.groupindex and match.group("tw"):  # "45 USD million"
        scale *= g.scales[_key(match.group("tw"))]
    return scale


def find_money(text: str) -> list[MoneyMention]:
    """Every money mention in `text`, in order, none overlapping."""
    g = grammar()
    candidates: list[MoneyMention] = []
    for regex, kind in ((g.prefixed, "prefixed"), (g.suffixed, "suffixed")):
        for match in regex.finditer(text):
            mention = _figure(g, text, match, kind)
            if mention is not None:
                candidates.append(mention)
    for match in g.minor_re.finditer(text):
        mention = _minor(g, match)
        if mention is not None:
            candidates.append(mention)
    for match in g.vague.finditer(text):
        vague = _vague(g, match)
        if vague is not None:
            candidates.append(vague)
    for match in g.compound.finditer(text):
        candidates.append(_compound(g, match))
    kept = _without_overlaps(candidates)
    return _without_overlaps(kept + _bare_figures(g, text, kept))


def _figure(g: _Grammar, text: str, match: re.Match[str], kind: str) -> MoneyMention | None:
    raw = match.group("num")
    if _not_money(g, text, match, raw):
        return None
    currency, marker = _currency(g, match.group("cur") if kind == "prefixed" else None, match.group("scur"), match.group("nat"))
    if currency is None:
        return None
    number, precision = _number(g, raw)
    reading = _reading(g, text, match, kind, number, precision)
    value, high = reading.value, reading.high
    if _is_accounting_negative(g, text, reading.start, reading.end) or _signed(match, kind):
        value, high = -value, None
    per, period = _per_unit(g, text, reading.end)
    return MoneyMention(
        start=reading.start,
        end=reading.end,
        text=text[reading.start : reading.end],
        value=value,
        high=high,
        currency=currency,
        qualifier=reading.qualifier,
        precision=reading.precision,
        per=per,
        period=period,
        marker=marker,
    )


def _not_money(g: _Grammar, text: str, match: re.Match[str], raw: str) -> bool:
    """A match of the money expressions that is a word, a verb or a weight, not a figure of money."""
    if _is_word(raw) and (match.group("sa") or not text[match.end("num") : match.end("num") + 1].isspace()):
        return True  # "at dollar parity" is not "a" + "t"(rillion), nor "AMZN" "a" + "MZN"
    if _is_word(raw) and not (match.group("sw") or match.group("sa")) and _key(match.group("scur") or "") in g.word_unsafe:
        return True  # "the two won praise", "a three pound cake": a verb and a weight, not money
    # "5 pounds of flour" is a weight
    return _key(match.group("scur") or "") in ("pound", "pounds") and _scale_free(match) and re.match(rf"{HS}+of{END}", text[match.end() :]) is not None


@dataclass(frozen=True, slots=True)
class _Reading:
    """Where a figure's mention starts and ends, and what it states (precision already scaled)."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None
    qualifier: str
    precision: Decimal


def _reading(g: _Grammar, text: str, match: re.Match[str], kind: str, number: Decimal, precision: Decimal) -> _Reading:
    """A range with its other end; else the figure with any cents after it and the qualifier before it."""
    scale = _scale(g, match)
    rng = _range(g, text, match, kind, number, scale)
    if rng is not None:
        start, end, value, high, scale = rng
        return _Reading(start, end, value, high, "range", _clean(precision * scale))
    number, precision, end = _with_cents(g, text, match, number, precision, scale, match.end())
    qualifier, start = _qualifier(g, text, match.start(), "exact")
    return _Reading(start, end, _clean(number * scale), None, qualifier, _clean(precision * scale))


def _range(g: _Grammar, text: str, match: re.Match[str], kind: str, number: Decimal, scale: Decimal) -> tuple[int, int, Decimal, Decimal, Decimal] | None:
    """(start, end, low, high, low scale) when the figure is one end of a range, else None.

    "$10-15 billion", "between $10 and $15 billion", "$115 million to $135 million" and
    "from 15 dollars to 30 dollars" are ranges; "rose from $10 to $20" and "rose $5 to $20" are
    a change (two figures). A range to a target ("cut its forecast to $1.50 to $1.60") is a range.
    """
    if kind == "suffixed":
        found = _range_ending_here(g, text, match, number, scale)
        if found is not None:
            return found
    start, end = match.start(), match.end()
    rng = g.range_after.match(text, end)
    if not rng or (kind == "suffixed" and not rng.group("scur")):
        return None
    if kind == "prefixed" and match.group("scur") and not rng.group("scur"):
        return None  # "5 euros to 10" is not a range of euros
    sep = rng.group("sep").strip().lower()
    opener = g.between_before.search(text, max(0, start - 12), start)
    if not _range_words(g, text, sep, opener, start):
        return None
    range_scale = _scale(g, rng)
    low_scale = scale if scale != 1 else range_scale
    high_scale = range_scale if range_scale != 1 else scale
    high_value, _ = _number(g, rng.group("num"))
    if high_value * high_scale <= number * low_scale:
        return None
    return (opener.start() if opener else start), rng.end(), _clean(number * low_scale), _clean(high_value * high_scale), low_scale


def _range_ending_here(g: _Grammar, text: str, match: re.Match[str], number: Decimal, scale: Decimal) -> tuple[int, int, Decimal, Decimal, Decimal] | None:
    """ "15 to 30 dollars", "between 10 and 15 euros": the low end has no currency of its own."""
    start = match.start()
    before = g.range_before.search(text, max(0, start - 40), start)
    if before is None:
        return None
    opener = g.between_before.search(text, max(0, before.start() - 12), before.start())
    if not _range_words(g, text, before.group("sep").strip().lower(), opener, before.start()):
        return None
    low, _ = _number(g, before.group("num"))
    low_scale = _scale(g, before) if (before.group("sw") or before.group("sa")) else scale
    if low * low_scale >= number * scale:
        return None
    return (opener.start() if opener else before.start()), match.end(), _clean(low * low_scale), _clean(number * scale), low_scale


def _range_words(g: _Grammar, text: str, sep: str, opener: re.Match[str] | None, start: int) -> bool:
    if sep in ("-", "–", "—"):
        return True
    if sep == "and":
        return bool(opener and opener.group("w").lower() == "between")
    return not _is_change(g, text, opener.start() if opener else start)


def _is_change(g: _Grammar, text: str, start: int) -> bool:
    """A change verb governs the figure ("rose from $10", "rose $5"), unless it moves *to* it."""
    window = text[max(0, start - 60) : start]
    return bool(g.change_before.search(window)) and not g.to_before.search(window)


def _with_cents(g: _Grammar, text: str, match: re.Match[str], number: Decimal, precision: Decimal, scale: Decimal, end: int) -> tuple[Decimal, Decimal, int]:
    """ "4 dollars 25 cents", "$4 and 25 cents": the cents belong to the figure."""
    if scale != 1 or "." in match.group("num"):
        return number, precision, end
    cents = g.cents_after.match(text, end)
    if not cents:
        return number, precision, end
    return number + Decimal(cents.group("num")) / 100, Decimal("0.005"), cents.end()


def _qualifier(g: _Grammar, text: str, start: int, qualifier: str) -> tuple[str, int]:
    qual = g.qualifier_before.search(text, max(0, start - 60), start)
    if not qual:
        return qualifier, start
    if qual.group("q"):
        if _key(qual.group("q")) in g.determined_not_qualifiers and g.determiner_before.search(text, max(0, qual.start() - 12), qual.start()):
            return qualifier, start  # "the top $1 million prize": an adjective, not "more than"
        return g.qualifier_of[_key(qual.group("q"))], qual.start()
    if qual.group("h"):  # "possibly rising to £90m", "could expand to $19.4bn"
        return "up_to", qual.start()
    if qual.group("est"):  # "an estimated $2bn" is about; "previously estimated ¥2.4tn" is a past figure
        if qual.group("pre") and qual.group("pre").lower() in g.not_estimate:
            return qualifier, start
        return "about", qual.start("est")
    if qual.group("tilde"):
        return "about", qual.start()
    return qualifier, start


def _signed(match: re.Match[str], kind: str) -> bool:
    """ "-15€", "$-99.99", "−$5 million": a minus sign glued to the figure or its symbol."""
    return bool(match.group("lead") or (kind == "prefixed" and match.group("sign")))


def _is_accounting_negative(g: _Grammar, text: str, start: int, end: int) -> bool:
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    return bool(g.negative_opener.search(text, max(0, start - 20), start))


def _clean(value: Decimal) -> Decimal:
    """Integral values without a trailing ".0", others without trailing zeros."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _currency(g: _Grammar, prefix: str | None, suffix: str | None, nationality: str | None = None) -> tuple[str | None, str | None]:
    """(ISO code, ambiguous marker or None); (None, None) when a code-shaped word is no currency."""
    by_prefix = _currency_of(g, prefix, g.prefix_currency) if prefix else None
    by_suffix = _currency_of(g, suffix, g.suffix_currency) if suffix else None
    if (prefix and by_prefix is None) or (suffix and by_suffix is None):
        return None, None
    if nationality and prefix in g.markers:  # "$29.4 billion Canadian"
        return g.nationality[_key(nationality)], None
    if by_prefix and by_suffix:
        return _marked_twice(g, prefix, suffix, by_prefix, by_suffix)
    written = prefix or suffix
    return by_prefix or by_suffix, _marker(g, written)


def _marked_twice(g: _Grammar, prefix: str | None, suffix: str | None, by_prefix: str, by_suffix: str) -> tuple[str, str | None]:
    """A currency both before and after the figure: the one that settles it wins."""
    if prefix in g.markers and suffix not in g.markers:  # "¥5bn yuan", "$90 billion USD"
        return by_suffix, None
    return by_prefix, (_marker(g, prefix) if prefix in g.markers and suffix in g.markers else None)


def _marker(g: _Grammar, written: str | None) -> str | None:
    """ "$", "dollars" and "dollar" are one marker, "$"; "¥" and "kr" are their own."""
    key = _key(written) if written else None
    if key is None or key not in g.markers:
        return None
    return key if key in g.ambiguous else "$"


def _currency_of(g: _Grammar, written: str, table: dict[str, str]) -> str | None:
    if _key(written) in table:
        return table[_key(written)]
    return written if written in g.codes else None


def _minor(g: _Grammar, match: re.Match[str]) -> MoneyMention | None:
    unit = _key(match.group("unit") or match.group("glued"))
    raw = match.group("num")
    if match.group("glued") and (raw in g.not_pence or ("." in raw and len(raw.split(".")[1]) > 2) or not _money_word_before(g, match)):
        return None  # "1080p" is a screen and "Section 4c" a clause, not pence or cents
    if _is_word(raw) and _key(raw) in ("a", "an"):
        return None  # "not a cent" names no figure
    number, precision = _number(g, raw)
    currency = g.minor[unit].get("currency")
    return MoneyMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=_clean(number / 100),
        currency=currency or "USD",
        precision=_clean(precision / 100),
        marker=None if currency else "$",
    )


def _money_word_before(g: _Grammar, match: re.Match[str]) -> bool:
    """ "fell 75c", "rises to 6.40p": a glued "c" or "p" is money after a word that prices things."""
    before = re.search(r"(\w+)\W*$", match.string[max(0, match.start() - 30) : match.start()])
    return before is not None and before.group(1).lower() in g.glued_minor_after


def _bare_figures(g: _Grammar, text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """Scaled figures with no currency that take the currency of their sentence's money, when a
    hedge or an "additional" introduces them ("an additional 5 million if", "more than half a
    trillion."); "covering 12 million" or "up 2 million" beside a count of subscribers are not."""
    extra = []
    ordered = _Sorted(found)
    for match in g.bare_figure.finditer(text):
        if _is_word(match.group("num")) and _key(match.group("num")) in ("a", "an"):
            continue
        if not _introduced(g, text, match.start()):
            continue
        near = _nearest_money(text, ordered, match.start(), match.end())
        if near is None or _sentence_counts(g, text, match.start(), ordered):
            continue
        number, precision = _number(g, match.group("num"))
        scale = g.scales[_key(match.group("sw"))]
        qualifier, start = _qualifier(g, text, match.start(), "exact")
        extra.append(
            MoneyMention(
                start=start,
                end=match.end(),
                text=text[start : match.end()],
                value=_clean(number * scale),
                currency=near.currency,
                qualifier=qualifier,
                precision=_clean(precision * scale),
                marker=near.marker,
            )
        )
    return extra


def _introduced(g: _Grammar, text: str, start: int) -> bool:
    """A hedge, a filler ("an additional", "a further") or "plus" right before the figure."""
    if re.search(rf"\bplus{GAP}$", text[max(0, start - 12) : start], re.IGNORECASE):
        return True
    found = g.qualifier_before.search(text, max(0, start - 60), start)
    return found is not None and any(found.group(name) for name in ("q", "h", "f", "f2"))


def _sentence_counts(g: _Grammar, text: str, position: int, found: _Sorted) -> bool:
    start, end = _sentence_bounds(text, position, position)
    inside = found.within(start - SENTENCE_REACH, end)
    counts = (m for m in g.count.finditer(text, start, end) if not any(f.start <= m.start() < f.end for f in inside))
    return next(counts, None) is not None


SENTENCE_REACH = 400  # characters looked at either side: bounded work on a hostile one-line text


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    sentence_start = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low)
    sentence_end = min((i for i in (text.find(". ", end, high), text.find("\n", end, high)) if i >= 0), default=high)
    return sentence_start, sentence_end


class _Sorted:
    """Mentions sorted by start, with their starts for bisection."""

    def __init__(self, found: list[MoneyMention]):
        self.found = sorted(found, key=lambda m: m.start)
        self.starts = [m.start for m in self.found]

    def within(self, start: int, end: int) -> list[MoneyMention]:
        """The mentions that begin in [start, end)."""
        return self.found[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


def _nearest_money(text: str, found: _Sorted, start: int, end: int) -> MoneyMention | None:
    """The closest figure with a currency in the same sentence ("... to around 52 million." after a
    sentence of rupees is a count of subscribers, so the sentence before does not count)."""
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    near = [m for m in found.within(sentence_start, sentence_end) if m.value is not None and m.end <= sentence_end and not (m.end > start and m.start < end)]
    return min(near, key=lambda m: min(abs(m.start - end), abs(start - m.end)), default=None)


def _per_unit(g: _Grammar, text: str, end: int) -> tuple[str | None, str | None]:
    match = g.per_after.match(text[end : end + 40])
    if not match:
        return None, None
    unit = (match.group("unit") or match.group("unit2") or match.group("adv") or "").lower()
    if unit in g.periods:
        return None, g.periods[unit]
    if match.group("unit2") or text[end : end + 40].lstrip(" \u00a0").lower().startswith(("per", "each")):
        return unit, None
    return None, None  # "a" + noun that is not a period ("$5 billion a deal") is not a rate


def _vague(g: _Grammar, match: re.Match[str]) -> MoneyMention | None:
    plural = match.group("plural").lower()
    magnitude = _dec(g.lex["vague_plurals"][plural])
    if match.group("mult"):
        magnitude *= _dec(g.lex["vague_multipliers"][re.sub(r"\s+", " ", match.group("mult").lower())])
    currency, marker = _currency(g, None, match.group("vcur")) if match.group("vcur") else ("USD", "$")
    if currency is None:  # "millions of AWS": a word shaped like a code is no currency
        return None
    return MoneyMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=None,
        currency=currency or "USD",
        qualifier="at_least",
        vague_magnitude=magnitude,
        marker=marker,
    )


def _compound(g: _Grammar, match: re.Match[str]) -> MoneyMention:
    magnitude = _dec(g.lex["scale_words"][match.group("scale").lower()])
    if match.group("num") and not match.group("multi"):  # "a 300 million-dollar contract"
        number, precision = _number(g, match.group("num"))
        return MoneyMention(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            value=_clean(number * magnitude),
            currency="USD",
            precision=_clean(precision * magnitude),
            marker="$",
        )
    if match.group("multi"):
        magnitude *= 2
    return MoneyMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=None,
        currency="USD",
        qualifier="at_least",
        vague_magnitude=magnitude,
        marker="$",
    )


def _without_overlaps(candidates: list[MoneyMention]) -> list[MoneyMention]:
    """Keep the longest of overlapping candidates (then the earliest)."""
    kept: list[MoneyMention] = []
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            if (mention.end - mention.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


_HEDGE_WORDS = {"up_to": "up to ", "at_least": "at least ", "more_than": "more than ", "about": "about ", "less_than": "less than "}
_UNITS = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))
FORMAT_LOCALE = "en_US"  # the locale whose currency symbols and compact forms the messages use


def currency_symbol(currency: str) -> str | None:
    """The symbol CLDR (through babel) gives `currency` in English: "$", "€", "CA$", "A$", "CN¥";
    None when it has none but the code itself ("CHF", "SEK"), which is then written after the figure."""
    symbol = get_currency_symbol(currency, locale=FORMAT_LOCALE)
    return None if symbol == currency else symbol


def _compact(value: Decimal, floor: tuple[Decimal, str] | None = None) -> str:
    """ "1.49B", "15T", "600": babel's compact form with as many fraction digits as the value has
    (babel rounds to `fraction_digits`, so they are counted here and no digit is lost). Below a
    million the figure is written out ("500,000"); `floor` forces a unit on a small low end of a range."""
    for size, letter in _UNITS:
        if abs(value) >= size:
            exponent = (value / size).normalize().as_tuple().exponent
            digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            return format_compact_decimal(value, locale=FORMAT_LOCALE, fraction_digits=digits)
        if (size, letter) == floor:  # "0.5M" before "2M": babel would write "500K"
            return f"{(value / size).normalize():f}{letter}"
    return f"{value.normalize():,f}"


def format_amount(value: Decimal, currency: str = "USD", qualifier: str = "exact", high: Decimal | None = None) -> str:
    """Human form of an amount: "up to $15B", "$1.49B", "€500M", "CA$5B", "5B CHF"."""
    if high is None:
        body = _compact(value)
    else:  # a low end with no letter would take the high end's ("$10–15B"): "$0.5M–2M", not "$500,000–2M"
        floor = next((unit for unit in _UNITS if abs(high) >= unit[0]), None) if abs(value) < _UNITS[-1][0] else None
        body = f"{_compact(value, floor)}–{_compact(high)}"
    symbol = currency_symbol(currency)
    money = f"{symbol}{body}" if symbol else f"{body} {currency}"
    return _HEDGE_WORDS.get(qualifier, "") + money
