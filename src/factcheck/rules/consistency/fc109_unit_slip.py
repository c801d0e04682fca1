"""FC109 unit-slip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from factcheck.arithmetic.conversions import Conversion, find_conversions, slip_factor
from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.arithmetic.rates import rate_range
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Fix, Severity, Span, Trace
from factcheck.rules.base import Hit, Rule

_UP = {small: large for small, large in LEXICON["scale_steps"]}
_DOWN = {large: small for small, large in LEXICON["scale_steps"]}


def rescaled(text: str, factor: Decimal) -> str | None:
    """The figure with its scale word moved one step of a thousand: "£5.5m" -> "£5.5bn"."""
    steps = _UP if factor < 1 else _DOWN
    if factor not in (Decimal(1000), 1 / Decimal(1000)):
        return None
    match = re.search(r"(?<=[\d\s])(" + "|".join(sorted(map(re.escape, steps), key=len, reverse=True)) + r")\b", text)
    if match is None:
        return None
    return text[: match.start()] + steps[match.group()] + text[match.end() :]


class UnitSlip(Rule):
    """A figure a thousand, a lakh, a million or a crore times off from the figure it converts.

    Why: "€6.4bn (£5.5m)" gives a rate of 0.00086 pounds per euro; no day since 1999 has had a rate
    within ten times of that. The digits are right, the unit is wrong: it should be "£5.5bn".

    Flags: "Orbit will spend €7.2bn (£6.1m) on new plants." (m for bn).
    Its trace:

        trace: €7.2bn = 7,150,000,000..7,250,000,000; £6.1m = 6,050,000..6,150,000
               £6.1m / €7.2bn = 0.0008345..0.0008601 GBP per EUR
               consistent: 4,111,920,000 to 7,045,560,000 GBP at any ECB rate since 1999

    Passes: "Orbit will spend €7.2bn (£6.1bn) on new plants."

    Tolerance: only gross slips: the implied rate (within the printed rounding) is ten times or more
    away from every ECB reference rate of the pair since 1999, and a factor of 1,000, 100,000,
    1,000,000, 10,000,000 or 1,000,000,000 brings it back within the pair's historic range (20% slack).
    Needs no article date.

    Fix: the unit of the converted figure ("£5.5m" -> "£5.5bn"), when the slip is one step of a thousand.
    """

    code = "FC109"
    name = "unit-slip"
    severity = Severity.WARNING
    summary = "A figure a thousand or more times off from the figure it converts: the unit is wrong, not the number."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for conversion in find_conversions(ctx.document, ctx.money):
            history = rate_range(conversion.source_currency, conversion.target_currency)
            rate = conversion.rate
            if history is None or rate is None:
                continue  # no rate on record for the pair, or none implied: no slip to measure
            factor = slip_factor(conversion, history)
            if factor is not None:
                yield self._hit(conversion, rate, factor, history)

    def _hit(self, conversion: Conversion, rate: Interval, factor: Decimal, history: tuple[Decimal, Decimal]) -> Hit:
        source, target = conversion.source, conversion.target
        replacement = rescaled(target.text, factor)
        size = f"{show(1 / factor if factor < 1 else factor)} times too {'small' if factor < 1 else 'large'}"
        message = (
            f"{target.text} as the conversion of {source.text} implies {show(conversion.point)} {conversion.target_currency} per "
            f"{conversion.source_currency}, ten times or more away from every ECB rate since 1999 ({show(history[0])} to {show(history[1])}): "
            f"{target.text} looks {size}; the unit is wrong, not the number."
        )
        consistent = Interval(history[0], history[1]).scaled(amount_of(source).value)
        trace = Trace(
            figures=(figure(source.text, of_amount(amount_of(source))), figure(target.text, of_amount(amount_of(target)))),
            computation=f"{target.text} / {source.text} = {show(rate.low)}..{show(rate.high)} {conversion.target_currency} per {conversion.source_currency}",
            consistent=f"{show(consistent.low)} to {show(consistent.high)} {conversion.target_currency} at any ECB rate since 1999",
        )
        fix = Fix(replacement=replacement) if replacement else None
        return Hit(span=Span(start=target.span.start, end=target.span.end), message=message, claims=(source.id, target.id), fix=fix, trace=trace)
