"""FC114 outside-range."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.arithmetic.intervals import of_amount, show
from factcheck.arithmetic.ranges import RangeCentre, find_range_centres
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Severity, Trace
from factcheck.rules.base import Hit, Rule


class OutsideRange(Rule):
    """An average (mean, median, consensus) that lies outside the range of the values it averages.

    Why: "Forecasts ranged from $2.10 to $2.30 per share, with a mean estimate of $2.45" cannot be
    right: an average of values between 2.10 and 2.30 is between them. One of the three figures is
    wrong, or the average is of other values.

    Flags: "Forecasts for Vega ranged from $2.10 to $2.30 per share, with a mean estimate of $2.45
    per share." Its trace:

        trace: from $2.10 to $2.30 = 2.095..2.305; $2.45 = 2.445..2.455
               $2.45 inside from $2.10 to $2.30
               consistent: an average of 2.095 to 2.305

    Passes: "Bids varied between £40m and £55m, with a median of £47m."; "Shares traded between $10
    and $12, with the average analyst target at $15." (a target is not a traded price).

    Tolerance: the range and the average each within their printed rounding (and the average's
    hedge); flagged only when no value of the average's interval lies inside the range's. Read only
    when the average follows the range in its sentence (", with an average ... of", ", averaging")
    and a spread word ("ranged", "varied") or an estimate word on both sides ("brokers expect ...
    to ..., with a consensus estimate of") makes the range the spread of the values averaged; in one
    currency and unit.

    Fix: check the three figures against the source; no replacement is suggested.
    """

    code = "FC114"
    name = "outside-range"
    severity = Severity.WARNING
    summary = "An average, mean, median or consensus that lies outside the range of the values it averages."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for centred in find_range_centres(ctx.document, ctx.money):
            if centred.inconsistent:
                yield _hit(centred)


def _hit(centred: RangeCentre) -> Hit:
    spread, centre = centred.range, centred.centre
    limits = centred.spread
    message = f"{centre.text} (the {centred.words}) lies outside the range it is the {centred.words} of: {spread.text}."
    trace = Trace(
        figures=(figure(spread.text, limits), figure(centre.text, of_amount(amount_of(centre)))),
        computation=f"{centre.text} inside {spread.text}",
        consistent=f"an {'average' if centred.words == 'averaging' else centred.words} of {show(limits.low)} to {show(limits.high)}",
    )
    return Hit(span=centre.span, message=message, claims=(spread.id, centre.id), trace=trace)
