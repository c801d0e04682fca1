"""FC107 percent-change."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factcheck.arithmetic.carried import find_carried, find_earlier_figures, find_headline_changes
from factcheck.arithmetic.changes import Change, StepChange, find_changes, find_multiples, find_step_changes
from factcheck.arithmetic.directions import SLIGHT, Difference, Direction, find_differences, find_directions
from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.premiums import find_premiums
from factcheck.arithmetic.trace import figure, restated
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Severity, Span, Trace
from factcheck.rules.base import Hit, Rule


def _percent(ratio: Decimal) -> str:
    return f"{'+' if ratio >= 1 else '-'}{show(abs(ratio - 1) * 100, 4)}%"


def _stated(words: str, text: str) -> str:
    """"it rose 12%", or the multiple word itself ("'quadrupled', +300%")."""
    return f"it {words} {text}" if any(ch.isdigit() for ch in text) else f"'{text}'"


class PercentChange(Rule):
    """A change (by a percent, a multiple, a step, or a direction alone) that its figures do not give.

    Why: "Revenue rose 2% to $15.11 billion from $18.4 billion" cannot be right: the figures fell
    about 18%. Either the percentage, the direction or one of the figures is wrong.

    Multiples are changes too: "quadrupled to $5.8 billion from $1.5 billion" (+300%, read within
    10%, "nearly fourfold" as up to four times). Also a move stated three ways: "the stock was up $2.40, or 3.2 percent, at $77.40" (2.40 of 75.00).
    A change may be stated by its size ("rose £54m to £1,156m from £1,002m"; "£12.4bn, £2.1bn more
    than the £10.9bn bid") or its direction alone ("declined to $3.9 billion against $3.1
    billion"; "$23.10 a share, slightly lower than the $31.80 close"), and a result compared with
    what was expected ("rose 4% to $8.20 billion from $7.9 billion, falling short of the $8.35
    billion analysts expected": the result is the "to" figure, or the sentence's first figure or its
    per-share restatement; the expectation is named so, before or right after it). Its percentage may stand
    in another sentence: the sentence before a move stated without one ("Revenue fell 31% in the
    quarter. Its revenues declined from $992.1m to $759.2m."), a headline over the paragraph that
    states the change ("Zephyr net up 51%" over "net profit grew 39% to $160m from $115m"), or a
    forecast or year-ago change given with its new figure only, read against the one earlier figure
    of the same metric the article gives ("expects revenue to grow 5.2% to ¥10 trillion" after
    "sales of ¥7.60 trillion" last year). A figure printed without its scale word ("Rs 2973.91"
    beside "Rs 2303.35 crore") is read at its partner's scale (the slip itself is FC113's).

    Flags: "Sales rose 25% to $5.1 billion from $4.6 billion." (the figures give +10.9%).
    Its trace:

        trace: 25% = 24.5..25.5; $5.1 billion = 5,050,000,000..5,150,000,000; $4.6 billion = 4,550,000,000..4,650,000,000
               $5.1 billion / $4.6 billion = 1.086..1.132; stated +24.5%..+25.5%
               consistent: a change of +8.602% to +13.19%

    Also "profit rose to £980m from £1,040m" (a fall), "rose £54m to £1,156m from £1,002m" (a rise
    of £153m to £155m), "a price slightly lower than the $31.80 close" for $23.10 (27% lower).

    Passes: "Sales rose 5.1% to $3.71 billion from $3.53 billion." (+4.81% to +5.39% within the
    rounding of the printed figures contains 5.1); "revenue slipped to $1.5 billion from $1.52
    billion" ($1.5 billion may be as low as $1.45 billion); "grow 5.2% to ¥8 trillion" from ¥7.60
    trillion ("¥8 trillion" is 7.5-8.5 trillion: not testable).

    Tolerance: every figure stands for the interval its last printed digit allows ("$3.71 billion"
    is 3.705-3.715 billion; "5.1%" is 5.05-5.15%), hedges widen it ("about" 10%, "more than" is
    open-ended). Flagged only when no values inside the intervals give the stated change (statcheck,
    XBRL Calculations 1.1); when they cannot decide, nothing is said. A direction word needs only
    some values that go its way ("falling short of", "beating" the expected figure too); "slightly"
    allows a gap of up to 20%. A percentage read from
    another sentence needs the same metric class on both sides (and the same modifier: "cloud
    revenue" is not "revenue"), one candidate figure, and a ratio within 1.5 times the stated one.

    Fix: check the percentage (or the step, or the direction word) against the figures; no
    replacement is suggested, because any of them may be the wrong one.
    """

    code = "FC107"
    name = "percent-change"
    severity = Severity.WARNING
    summary = "A stated change (percent, multiple, step or direction) that its figures do not give, within their printed rounding."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        stated = [*find_changes(ctx.document, ctx.money), *find_multiples(ctx.document, ctx.money), *find_premiums(ctx.document, ctx.money)]
        carried = [*find_carried(ctx.document, ctx.money), *find_headline_changes(ctx.document, ctx.money), *find_earlier_figures(ctx.document, ctx.money)]
        seen: set[tuple[int, str, str]] = set()
        for change in [*stated, *carried]:
            key = (change.percent.start, change.new.id, change.old.id)
            if key in seen:
                continue
            seen.add(key)
            computed = change.computed
            if computed is None or not computed.bounded or computed.meets(change.stated):
                continue
            yield self._hit(ctx, change, computed)
        for step in find_step_changes(ctx.document, ctx.money):
            computed = step.computed
            if computed is not None and computed.bounded and not computed.meets(step.stated):
                yield self._step_hit(step, computed)
        for moved in find_directions(ctx.document, ctx.money):
            if not moved.holds():
                yield self._direction_hit(moved)
        for difference in find_differences(ctx.document, ctx.money):
            if not difference.holds():
                yield self._difference_hit(difference)

    def _difference_hit(self, difference: Difference) -> Hit:
        new, old, step = of_amount(amount_of(difference.new)), of_amount(amount_of(difference.old)), of_amount(amount_of(difference.step))
        computed = difference.computed
        way = "rise" if difference.sign > 0 else "fall"

        def written(value) -> str:  # in the step's own unit: "£153m", not 153,000,000
            return restated(difference.step.text, amount_of(difference.step), value) or show(value)

        fits = f"{written(computed.low)} to {written(computed.high)}"
        message = (
            f"'{difference.step.text}' does not fit its figures: {difference.new.text} against {difference.old.text} is a {way} of "
            f"{fits} within their rounding, not {difference.step.text}; check the step or one of the figures."
        )
        trace = Trace(
            figures=(figure(difference.step.text, step), figure(difference.new.text, new), figure(difference.old.text, old)),
            computation=f"{difference.new.text} - {difference.old.text} = a {way} of {fits}; stated: a {way} of {difference.step.text}",
            consistent=f"a {way} of {fits}",
        )
        return Hit(span=difference.step.span, message=message, claims=(difference.step.id, difference.new.id, difference.old.id), trace=trace)

    def _direction_hit(self, moved: Direction) -> Hit:
        new, old = of_amount(amount_of(moved.new)), of_amount(amount_of(moved.old))
        point = amount_of(moved.new).value / amount_of(moved.old).value
        way = "rise" if moved.sign > 0 else "fall"
        if moved.slight and ((point > 1) == (moved.sign > 0) or point == 1):
            said = f"'{moved.word}' says {moved.new.text} is within {show(SLIGHT * 100)}% of {moved.old.text}, but it is {_percent(point)} from it"
            consistent = f"{moved.new.text} within {show(old.low * (1 - SLIGHT))}..{show(old.high * (1 + SLIGHT))}"
        else:
            said = f"'{moved.word}' says {moved.new.text} is a {way} from {moved.old.text}, but the figures go the other way ({_percent(point)})"
            consistent = f"{moved.new.text} {'above' if moved.sign > 0 else 'below'} {show(old.low if moved.sign > 0 else old.high)}"
        trace = Trace(
            figures=(figure(moved.new.text, new), figure(moved.old.text, old)),
            computation=f"{moved.new.text} - {moved.old.text} = {show(new.low - old.high)}..{show(new.high - old.low)}; stated: a {way}{' of at most ' + show(SLIGHT * 100) + '%' if moved.slight else ''}",
            consistent=consistent,
        )
        message = f"{said}; check the direction word or one of the figures."
        return Hit(span=Span(start=moved.start, end=moved.end), message=message, claims=(moved.new.id, moved.old.id), trace=trace)

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
        point = amount_of(new).value / amount_of(old).value * change.scale
        words = "rose" if change.sign > 0 else "fell"
        bare = new.text if change.scale > 1 else old.text
        unit_note = f" (reading {bare} in the unit of the other figure, which it omits)" if change.scale != 1 else ""
        reversed_note = " (the figures move the other way)" if (point > 1) != (change.sign > 0) and point != 1 else ""
        message = (
            f"'{percent.text}' does not fit its figures: {new.text} against {old.text}{unit_note} is {_percent(point)}{reversed_note}, "
            f"{_percent(computed.low)} to {_percent(computed.high)} within their rounding; the text says {_stated(words, percent.text)}."
        )
        trace = Trace(
            figures=(figure(percent.text, percent.interval), figure(new.text, of_amount(amount_of(new))), figure(old.text, of_amount(amount_of(old)))),
            computation=f"{new.text} / {old.text} = {show(computed.low)}..{show(computed.high)}; stated {_percent(change.stated.low)}..{_percent(change.stated.high)}",
            consistent=f"a change of {_percent(computed.low)} to {_percent(computed.high)}",
        )
        return Hit(span=Span(start=percent.start, end=percent.end), message=message, claims=(new.id, old.id), trace=trace)
