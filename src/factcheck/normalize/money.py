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

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

HS = r"[ \t\u00a0\u2009\u202f]"  # horizontal space, NBSP and thin spaces included
GAP = rf"(?:{HS}+|{HS}*\r?\n{HS}*)"  # a run of space with at most one line break
NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
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


@lru_cache(maxsize=1)
def lexicon() -> dict:
    data = resources.files("factcheck.nlp").joinpath("patterns/money.json").read_text(encoding="utf-8")
    return json.loads(data)


def _alternation(words, flags_escape=True) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", rf"{HS}+") if flags_escape else w for w in ordered)


def _dec(number: float | int) -> Decimal:
    return Decimal(repr(number)) if isinstance(number, float) and not number.is_integer() else Decimal(int(number))


class _Grammar:
    """Compiled expressions built once from the lexicon."""

    def __init__(self, lex: dict):
        self.lex = lex
        self.prefix_currency = {k.lower(): v for k, v in lex["prefix_currencies"].items()}
        self.suffix_currency = {k.lower(): v for k, v in lex["suffix_currencies"].items()}
        self.scales = {k.lower(): _dec(v) for group in ("scale_words", "scale_abbreviations_spaced", "scale_abbreviations_attached") for k, v in lex[group].items()}
        self.number_words = {re.sub(r"\s+", " ", k.lower()): _dec(v) for k, v in lex["number_words"].items()}
        self.qualifier_of = {re.sub(r"\s+", " ", w.lower()): q for q, words in lex["qualifiers"].items() for w in words}
        self.periods = {k.lower(): v for k, v in lex["periods"].items()}

        prefix = _alternation(lex["prefix_currencies"])
        suffix = _alternation(lex["suffix_currencies"])
        scale = (
            rf"(?:{GAP}?(?P<{{g}}w>(?:{_alternation(lex['scale_words'])}|{_alternation(lex['scale_abbreviations_spaced'])})){END}"
            rf"|(?P<{{g}}a>[kKmMbBtT]){END})"
        )
        tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        units = "one|two|three|four|five|six|seven|eight|nine"
        words = rf"(?:(?:{tens})[- ](?:{units})|{_alternation(lex['number_words'])})"
        self.scale_re = scale
        # "$15 billion", "US$1.4 trillion", "€2bn", "$90 billion USD"
        self.prefixed = re.compile(
            rf"(?<![\w$€£¥₹₩])(?P<cur>{prefix}){HS}?(?P<num>{NUM})(?:{scale.format(g='s')}|{END})"
            rf"(?:{HS}+(?P<scur>{suffix}){END})?",
            re.IGNORECASE,
        )
        # "15 billion dollars", "ten billion dollars", "half a billion euros", "500 crore rupees"
        self.suffixed = re.compile(
            rf"(?<![\w.,$€£¥₹₩])(?P<num>{NUM}|{words})(?:{scale.format(g='s')}|{END}){HS}+(?P<scur>{suffix}){END}",
            re.IGNORECASE,
        )
        mult = _alternation(lex["vague_multipliers"])
        plurals = _alternation(lex["vague_plurals"])
        self.vague = re.compile(
            rf"(?<![\w-])(?:(?P<mult>{mult}){HS}+)?(?P<plural>{plurals})"
            rf"(?:{HS}+of{HS}+(?P<vcur>{suffix}){END}|(?={HS}+(?:{_alternation(lex['vague_followers'])}){END}|{HS}*[.,;:!?)\]”\"]|{HS}*$))",
            re.IGNORECASE | re.MULTILINE,
        )
        self.compound = re.compile(
            r"(?<![\w-])(?P<multi>multi-?|several-?)?(?P<scale>thousand|million|billion|trillion)(?:[- ])dollar\b",
            re.IGNORECASE,
        )
        qual = _alternation(self.qualifier_of)
        fillers = _alternation(lex["fillers"])
        self.qualifier_before = re.compile(
            rf"(?:(?<![\w])(?P<q>{qual})(?:{GAP}(?P<f>{fillers}))?{GAP}|(?P<tilde>~){HS}*|(?<![\w])(?P<f2>{fillers}){GAP})$",
            re.IGNORECASE,
        )
        self.between_before = re.compile(rf"(?<![\w])(?P<w>between|from){GAP}$", re.IGNORECASE)
        self.range_after = re.compile(
            rf"(?P<sep>{HS}?[-–—]{HS}?|{GAP}(?:to|and){GAP})(?:(?P<cur>{prefix}){HS}?)?(?P<num>{NUM})(?:{scale.format(g='s')}|{END})",
            re.IGNORECASE,
        )
        self.change_before = re.compile(rf"\b(?:{_alternation(lex['change_words'])})\b[^.;]{{0,40}}$", re.IGNORECASE)
        periods = _alternation(self.periods)
        self.per_after = re.compile(
            rf"^(?:{HS}*(?:per|a|an|each|every)(?:{HS}+|-)(?P<unit>[A-Za-z][\w-]*)|{HS}*/{HS}*(?P<unit2>[A-Za-z]+)|{HS}+(?P<adv>annually|yearly|monthly|quarterly))",
        )
        self.periods_re = re.compile(rf"^(?:{periods})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    return _Grammar(lexicon())


def _number(g: _Grammar, raw: str) -> tuple[Decimal, Decimal]:
    """Value and printed precision (half a unit of the last digit) of a figure or number word."""
    words = re.sub(r"\s+", " ", raw.lower()).replace("-", " ")
    if words in g.number_words:
        return g.number_words[words], Decimal(0)
    parts = words.split()
    if len(parts) == 2 and all(p in g.number_words for p in parts):  # "twenty five"
        return g.number_words[parts[0]] + g.number_words[parts[1]], Decimal(0)
    digits = raw.replace(",", "")
    value = Decimal(digits)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value, Decimal(5) * Decimal(10) ** (-decimals - 1)


def _scale(g: _Grammar, match: re.Match, prefix: str = "s") -> Decimal:
    token = match.group(f"{prefix}w") or match.group(f"{prefix}a")
    if not token:
        return Decimal(1)
    return g.scales[re.sub(r"\s+", " ", token.lower())]


def find_money(text: str) -> list[MoneyMention]:
    """Every money mention in `text`, in order, none overlapping."""
    g = grammar()
    candidates: list[MoneyMention] = []
    for regex, kind in ((g.prefixed, "prefixed"), (g.suffixed, "suffixed")):
        for match in regex.finditer(text):
            mention = _figure(g, text, match, kind)
            if mention is not None:
                candidates.append(mention)
    for match in g.vague.finditer(text):
        candidates.append(_vague(g, match))
    for match in g.compound.finditer(text):
        candidates.append(_compound(g, match))
    return _without_overlaps(candidates)


def _figure(g: _Grammar, text: str, match: re.Match, kind: str) -> MoneyMention | None:
    number, precision = _number(g, match.group("num"))
    scale = _scale(g, match)
    currency = _currency(g, match.group("cur") if kind == "prefixed" else None, match.group("scur"))
    start, end = match.start(), match.end()
    qualifier, high = "exact", None

    rng = g.range_after.match(text, end) if kind == "prefixed" else None
    if rng and not (rng.group("sep").strip().lower() == "and" and not g.between_before.search(text, 0, start)):
        range_scale = _scale(g, rng)
        sep = rng.group("sep").strip().lower()
        both_scaled = scale != 1 and range_scale != 1
        opener = g.between_before.search(text, max(0, start - 12), start)
        is_range = sep in "-–—" or not both_scaled or (opener and not g.change_before.search(text, max(0, start - 60), start))
        if is_range:
            low_scale = scale if scale != 1 else range_scale
            high_scale = range_scale if range_scale != 1 else scale
            high_value, _ = _number(g, rng.group("num"))
            if high_value * high_scale > number * low_scale:
                scale, high = low_scale, _clean(high_value * high_scale)
                qualifier = "range"
                end = rng.end()
                if opener:
                    start = opener.start()
    value = _clean(number * scale)
    if qualifier != "range":
        qual = g.qualifier_before.search(text, max(0, start - 48), start)
        if qual:
            if qual.group("q"):
                qualifier = g.qualifier_of[re.sub(r"\s+", " ", qual.group("q").lower())]
                start = qual.start()
            elif qual.group("tilde"):
                qualifier = "about"
                start = qual.start()
    per, period = _per_unit(g, text, end)
    return MoneyMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        high=high,
        currency=currency,
        qualifier=qualifier,
        precision=_clean(precision * scale),
        per=per,
        period=period,
    )


def _clean(value: Decimal) -> Decimal:
    """Integral values without a trailing ".0", others without trailing zeros."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _currency(g: _Grammar, prefix: str | None, suffix: str | None) -> str:
    by_prefix = g.prefix_currency.get(prefix.lower()) if prefix else None
    by_suffix = g.suffix_currency.get(re.sub(r"\s+", " ", suffix.lower())) if suffix else None
    if by_prefix and by_suffix and prefix in ("¥",):  # "¥" serves both yen and yuan
        return by_suffix
    return by_prefix or by_suffix or "USD"


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


def _vague(g: _Grammar, match: re.Match) -> MoneyMention:
    plural = match.group("plural").lower()
    magnitude = _dec(g.lex["vague_plurals"][plural])
    if match.group("mult"):
        magnitude *= _dec(g.lex["vague_multipliers"][re.sub(r"\s+", " ", match.group("mult").lower())])
    currency = _currency(g, None, match.group("vcur")) if match.group("vcur") else "USD"
    return MoneyMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=None,
        currency=currency,
        qualifier="at_least",
        vague_magnitude=magnitude,
    )


def _compound(g: _Grammar, match: re.Match) -> MoneyMention:
    magnitude = _dec(g.lex["scale_words"][match.group("scale").lower()])
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


def format_amount(value: Decimal, currency: str = "USD", qualifier: str = "exact", high: Decimal | None = None) -> str:
    """Human form of an amount: "up to $15B", "$1.49B", "€500M"."""
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}.get(currency)
    words = {"up_to": "up to ", "at_least": "at least ", "more_than": "more than ", "about": "about ", "less_than": "less than "}

    units = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))

    def short(v: Decimal, floor: tuple[Decimal, str] | None = None) -> str:
        for size, letter in units:
            if abs(v) >= size or (size, letter) == floor:
                scaled = (v / size).normalize()
                text = f"{scaled:f}"
                return f"{text}{letter}"
        return f"{v.normalize():,f}"

    if high is None:
        body = short(value)
    else:  # a low end with no letter would take the high end's ("$10–15B"): "$0.5M–2M", not "$500,000–2M"
        floor = next((unit for unit in units if abs(high) >= unit[0]), None) if abs(value) < units[-1][0] else None
        body = f"{short(value, floor)}–{short(high)}"
    money = f"{symbol}{body}" if symbol else f"{body} {currency}"
    return words.get(qualifier, "") + money
