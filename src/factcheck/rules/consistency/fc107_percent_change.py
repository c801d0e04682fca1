"""FC107 percent-change."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factcheck.arithmetic.changes import Change, StepChange, find_changes, find_multiples, find_step_changes
from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.premiums import find_premiums
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Claim, Severity, Span, Trace
from factcheck.rules.base import Hit, Rule


def _percent(ratio: Decimal) -> str:
    return f"{'+' if ratio >= 1 else '-'}{show(abs(ratio - 1) * 100, 4)}%"


def _stated(words: str, text: str) -> str:
    """"it rose 12%", or the multiple word itself ("'quadrupled', +300%")."""
    return f"it {words} {text}" if any(ch.isdigit() for ch in text) else f"'{text}'"


class PercentChange(Rule):
    """A percent change that the two figures it joins do not give.

    Why: "Revenue rose 2% to $15.11 billion from $18.4 billion" cannot be right: the figures fell
    about 18%. Either the percentage, the direction or one of the figures is wrong.

    Multiples are changes too: "quadrupled to $5.8 billion from $1.5 billion" (+300%, read within
    10%, "nearly fourfold" as up to four times). Also a move stated three ways: "the stock was up $2.40, or 3.2 percent, at $77.40" (2.40 of 75.00).

    Flags: "Sales rose 25% to $5.1 billion from $4.6 billion." (the figures give +10.9%).
    Its trace:

        trace: 25% = 24.5..25.5; $5.1 billion = 5,050,000,000..5,150,000,000; $4.6 billion = 4,550,000,000..4,650,000,000
               $5.1 billion / $4.6 billion = 1.086..1.132; stated +24.5%..+25.5%
               consistent: a change of +8.602% to +13.19%

    Passes: "Sales rose 5.1% to $3.71 billion from $3.53 billion." (+4.81% to +5.39% within the
    rounding of the printed figures contains 5.1).

    Tolerance: every figure stands for the interval its last printed digit allows ("$3.71 billion"
    is 3.705-3.715 billion; "5.1%" is 5.05-5.15%), hedges widen it ("about" 10%, "more than" is
    open-ended). Flagged only when no values inside the intervals give the stated change (statcheck,
    XBRL Calculations 1.1); when they cannot decide, nothing is said.

    Fix: check the percentage against the figures; no replacement is suggested, because any of
    the three may be the wrong one.
    """

    code = "FC107"
    name = "percent-change"
    severity = Severity.WARNING
    summary = "A stated percent change that its two figures do not give, within their printed rounding."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        money: list[Claim] = [*ctx.money]  # the arithmetic's finders read claims of any kind
        for change in [*find_changes(ctx.document, money), *find_multiples(ctx.document, money), *find_premiums(ctx.document, ctx.money)]:
            computed = change.computed
            if computed is None or not computed.bounded or computed.meets(change.stated):
                continue
            yield self._hit(ctx, change, computed)
        for step in find_step_changes(ctx.document, money):
            computed = step.computed
            if computed is not None and computed.bounded and not computed.meets(step.stated):
                yield self._step_hit(step, computed)

    def _step_hit(self, step: StepChange, computed: Interval) -> Hit:
        percent = step.percent
        before = amount_of(step.level).value - step.sign * amount_of(step.step).value
        message = (
            f"'{percent.text}' does not fit its figures: a move of {step.step.text} that ended at {step.level.text} is "
            f"{show(computed.low, 4)}% to {show(computed.high, 4)}% of the level before it (about {show(before, 6)})."
        )
        trace = Trace(
            figures=(figure(percent.text, percent.interval), figure(step.step.text, of_amount(amount_of(step.step))), figure(step.level.text, of_amount(amount_of(step.level)))),
            computation=f"{step.step.text} / ({step.level.text} {'-' if step.sign > 0 else '+'} {step.step.text}) = {show(computed.low, 4)}%..{show(computed.high, 4)}%",
            consistent=f"a change of {show(computed.low, 4)}% to {show(computed.high, 4)}%",
        )
        return Hit(span=Span(start=percent.start, end=percent.end), message=message, claims=(step.step.id, step.level.id), trace=trace)

    def _hit(self, ctx: CheckContext, change: Change, computed: Interval) -> Hit:
        new, old, percent = change.new, change.old, change.percent
        point = amount_of(new).value / amount_of(old).value
        words = "rose" if change.sign > 0 else "fell"
        reversed_note = " (the figures move the other way)" if (point > 1) != (change.sign > 0) and point != 1 else ""
        message = (
            f"'{percent.text}' does not fit its figures: {new.text} against {old.text} is {_percent(point)}{reversed_note}, "
            f"{_percent(computed.low)} to {_percent(computed.high)} within their rounding; the text says {_stated(words, percent.text)}."
        )
        trace = Trace(
            figures=(figure(percent.text, percent.interval), figure(new.text, of_amount(amount_of(new))), figure(old.text, of_amount(amount_of(old)))),
            computation=f"{new.text} / {old.text} = {show(computed.low)}..{show(computed.high)}; stated {_percent(change.stated.low)}..{_percent(change.stated.high)}",
            consistent=f"a change of {_percent(computed.low)} to {_percent(computed.high)}",
        )
        return Hit(span=Span(start=percent.start, end=percent.end), message=message, claims=(new.id, old.id), trace=trace)
