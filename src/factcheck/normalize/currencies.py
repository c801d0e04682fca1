"""Currency knowledge for the money grammar, from CLDR (via babel) plus the newsroom forms CLDR lacks.

CLDR gives every current ISO 4217 code, its English name and plural ("Malaysian ringgit",
"Malaysian ringgits"), its symbols in English and in the locales of the territories that use
it ("A$" in English, "$" in Australia), and which territories use it. `money.json` adds what
newspapers write and CLDR does not ("$US", "Rs", "lakh"), and says which short names
("dollars", "pounds") mean one currency by default.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies

# Currencies in use on this date are the ones a news article can name; a fixed date keeps the
# output deterministic whatever the day it runs.
IN_USE_ON = dt.date(2025, 1, 1)
DOLLAR = "$"


@dataclass(frozen=True)
class CurrencyTables:
    codes: frozenset[str]  # ISO 4217 codes in use
    names: dict[str, str]  # lower-case English name or plural -> code
    symbols: dict[str, str]  # symbol as written -> code (only symbols that name one currency)

    @cached_property
    def dollar_countries(self) -> frozenset[str]:
        """Codes whose home locale writes them "$". Reading them loads every English locale
        (~0.06 s of a cold start), so it waits until an article's "$" needs them."""
        return frozenset(_dollar_countries(self.codes))


@lru_cache(maxsize=1)
def currency_tables() -> CurrencyTables:
    english = Locale("en")
    codes = _codes_in_use()
    plurals = english._data["currency_names_plural"]
    names: dict[str, str] = {}
    for code in sorted(codes):
        for name in (english.currencies.get(code), *dict(plurals.get(code, {})).values()):
            if name:
                names[name.lower()] = code
    symbols: dict[str, str] = {}
    for code in sorted(codes):
        symbol = english.currency_symbols.get(code)
        if symbol and symbol != code and not symbol.isalpha() and symbol != DOLLAR:
            symbols.setdefault(symbol, code)
    return CurrencyTables(frozenset(codes), names, symbols)


def short_names(stoplist: frozenset[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The last word of each English name and plural ("ringgit", "dinars"): those that name one
    currency, and those that name several ("dinar": BHD, DZD, IQD, JOD, KWD, ...). Words that are
    also common English ("mark", "real") are left out."""
    english = Locale("en")
    plurals = english._data["currency_names_plural"]
    codes_of: dict[str, set[str]] = {}
    for code in sorted(currency_tables().codes):
        for name in (english.currencies.get(code), *dict(plurals.get(code, {})).values()):
            if name:
                codes_of.setdefault(name.split()[-1].lower(), set()).add(code)
    words = {word: tuple(sorted(codes)) for word, codes in codes_of.items() if word not in stoplist}
    unique = {word: codes[0] for word, codes in words.items() if len(codes) == 1}
    several = {word: codes for word, codes in words.items() if len(codes) > 1}
    return unique, several


def _codes_in_use() -> set[str]:
    found: set[str] = set()
    for territory in get_global("territory_currencies"):
        found.update(get_territory_currencies(territory, IN_USE_ON, tender=True))
    return {code for code in found if re.fullmatch(r"[A-Z]{3}", code)}


def _dollar_countries(codes: frozenset[str]) -> set[str]:
    """Currencies written "$" at home: the ones a bare "$" can mean (USD, AUD, CAD, SGD, ...)."""
    dollars = set()
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, IN_USE_ON, tender=True):
            if code in codes and _home_symbol(territory, code) == DOLLAR:
                dollars.add(code)
    return dollars


def _home_symbol(territory: str, code: str) -> str | None:
    try:
        return Locale.parse(f"en_{territory}").currency_symbols.get(code)
    except Exception:  # babel raises UnknownLocaleError (and ValueError) for territories with no English locale
        return None
