"""Does a source quote state its fact? The figure within the rounding its digits allow, and the hedge.

A quote is the registry's evidence: a fact marked `up_to` whose quote says a firm "$11.9
billion", or a $5B fact quoting "$10 billion", is a curation slip a reader of the evidence would
catch. A registry `about` records how reports round a figure, so any hedge on the same figure
states it. A quote that states the figure otherwise is accounted for when the fact's `note`
names the figure the quote states ('Reported as "$13 billion", "more than $13 billion"').
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.models import Qualifier
from factcheck.normalize.money import MoneyMention, find_money, format_amount
from factcheck.registry.models import Fact, FactAmount

# Hedges that say the same thing about a figure: "over $29 billion" and "at least $29 billion".
SAME_HEDGE = {
    Qualifier.MORE_THAN: Qualifier.AT_LEAST,
    Qualifier.LESS_THAN: Qualifier.UP_TO,
}


def quote_problem(quote: str, amount: FactAmount, note: str = "") -> str | None:
    """Why `quote` does not state `amount` (None when it does or the note accounts for it)."""
    figures = [m for m in find_money(quote) if m.value is not None and m.currency == amount.currency]
    if not figures:
        return None  # a quote with no figure in the fact's currency backs another part of the fact (its parties, its date)
    same_figure = [m for m in figures if _same_figure(m, amount)]
    if any(_noted(m, note) for m in figures):
        return None
    if not same_figure:
        stated = ", ".join(repr(m.text) for m in figures)
        return f"states {stated}, not the fact's {_describe(amount)}"
    if not any(_same_hedge(m.qualifier, amount.qualifier) for m in same_figure):
        return f"states {same_figure[0].text!r} ({same_figure[0].qualifier}), not the fact's hedge {amount.qualifier.value}"
    return None


def fact_quote_problems(fact: Fact) -> list[tuple[int, str]]:
    """(source index, problem) for each quote of `fact` that does not state its amount; none when a note explains."""
    if fact.amount is None:
        return []
    problems = []
    for index, source in enumerate(fact.sources):
        problem = quote_problem(source.quote, fact.amount, fact.note or "")
        if problem:
            problems.append((index, problem))
    return problems


def _noted(mention: MoneyMention, note: str) -> bool:
    """Does the note name this figure (its digits as printed: "11.9", "13")? Then the curator has seen it."""
    digits = re.search(r"\d[\d,.]*", mention.text)
    return digits is not None and re.search(rf"(?<![\d.]){re.escape(digits.group().rstrip('.,'))}(?![\d])", note) is not None


def _same_figure(mention: MoneyMention, amount: FactAmount) -> bool:
    slack = max(mention.precision, abs(amount.value) * Decimal("0.005"))
    if mention.value is not None and abs(mention.value - amount.value) <= slack:
        return True
    return mention.high is not None and amount.high is not None and abs(mention.high - amount.high) <= slack


def _same_hedge(stated: str, recorded: Qualifier) -> bool:
    stated_q = Qualifier(stated)
    if recorded is Qualifier.ABOUT:
        return True
    return stated_q is recorded or SAME_HEDGE.get(stated_q) is recorded or SAME_HEDGE.get(recorded) is stated_q


def _describe(amount: FactAmount) -> str:
    return format_amount(amount.value, amount.currency, amount.qualifier.value, amount.high)
