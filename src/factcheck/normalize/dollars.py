"""Which currency an article's bare "$" (and "¥", "kr") means: the configured one, what the text says, or unknown.

A bare "$" is the home dollar of some eighteen countries. The reading, for the whole article:

1. `--currency CODE` (or `currency = "CODE"` in the config) decides, when CODE is a dollar
   (for "¥": JPY or CNY; for "kr": SEK, NOK, DKK or ISK; for "dinars", "pesos", "riyals" and
   the other names several currencies share, one of those).
2. An article that marks US dollars ("US$", "$US", "USD", "US dollars") and exactly one other
   dollar ("A$", "$29.4 billion Canadian") writes its bare "$" for that other dollar.
3. An article that marks US dollars and no other, under a dateline of a dollar country
   ("SINGAPORE (May 10):"), writes "$" for that country's dollar.
4. Otherwise, when the text names another dollar or marks US dollars, or has such a dateline,
   the bare "$" is ambiguous: `currency_ambiguous` is true, `currency` is the likeliest reading
   (the dateline's dollar unless the text marks that dollar itself, else USD), and no rule
   compares the amount with one in a currency it could be wrong about.
5. With none of these, "$" is USD, as in almost all English-language news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.numbers import get_territory_currencies

from factcheck.normalize.currencies import IN_USE_ON, currency_tables
from factcheck.normalize.money import MoneyMention, grammar, lexicon

US = "USD"
DATELINE = re.compile(r"^\W*(?P<place>[A-Z][A-Z.'\- ]{2,30}?)(?:,[ A-Za-z.]{2,30})?\s*(?:\([^)\n]{1,40}\))?\s*[-—–:(]")


@dataclass(frozen=True)
class Reading:
    """What one ambiguous marker means in one article."""

    currency: str
    ambiguous: bool = False


@dataclass(frozen=True)
class ArticleCurrencies:
    """The reading of every ambiguous marker of one article."""

    readings: dict[str, Reading]

    def settle(self, mention: MoneyMention) -> Reading:
        if mention.marker is None:
            return Reading(mention.currency)
        return self.readings.get(mention.marker, Reading(mention.currency))


def candidates(marker: str) -> frozenset[str]:
    if marker == "$":
        return currency_tables().dollar_countries
    return frozenset(grammar().ambiguous.get(marker, ()))


def read_article(text: str, mentions: Iterable[MoneyMention], configured: str | None = None) -> ArticleCurrencies:
    mentions = list(mentions)
    named = {m.currency for m in mentions if m.marker is None}
    readings = {"$": _dollar(text, named, configured)}
    for marker, options in grammar().ambiguous.items():
        readings[marker] = _symbol(list(options), named, configured)
    return ArticleCurrencies(readings)


def _dollar(text: str, named: set[str], configured: str | None) -> Reading:
    # Asked only when something can be in them: most articles name no dollar and configure none.
    if configured is not None and configured in candidates("$"):
        return Reading(configured)
    dollars = named & currency_tables().dollar_countries if named else set()
    others = dollars - {US}
    local = dateline_dollar(text)
    if US in dollars and len(others) == 1:
        return Reading(next(iter(others)))
    if US in dollars and not others and local:
        return Reading(local)
    if others or US in dollars or local:
        # A writer who marks the local dollar ("SYDNEY - A$4.1bn ($2.7bn)") keeps "$" for USD.
        likeliest = local if local and local not in others else US
        return Reading(likeliest, ambiguous=True)
    return Reading(US)


def _symbol(options: list[str], named: set[str], configured: str | None) -> Reading:
    """ "¥", "kr" or "dinars": the configured one, else the one the article names, else the first,
    ambiguous when the article names several or none of them and the marker has no usual English
    reading (only "¥" has one: CLDR's English "¥" is the yen)."""
    if configured in options:
        return Reading(configured)
    said = [code for code in options if code in named]
    if len(said) == 1:
        return Reading(said[0])
    usual = options[0] if options[0] == "JPY" else None  # CLDR's English "¥" is the yen
    return Reading(usual or options[0], ambiguous=usual is None or len(said) > 1)


def dateline_dollar(text: str) -> str | None:
    """The dollar of the country a dateline names ("SYDNEY (Reuters) -", "SINGAPORE (May 10):")."""
    first = text.lstrip()[:120]
    match = DATELINE.match(first)
    if not match:
        return None
    return _dateline_places().get(match.group("place").strip().upper())


@lru_cache(maxsize=1)
def _dateline_places() -> dict[str, str]:
    dollars = currency_tables().dollar_countries - {US}
    places = {}
    for territory, name in Locale("en").territories.items():
        if not territory.isalpha():
            continue
        for code in get_territory_currencies(territory, IN_USE_ON, tender=True)[:1]:
            if code in dollars:
                places[name.upper()] = code
    places.update({k: v for k, v in lexicon()["dateline_places"].items() if not k.startswith("_")})
    return places
