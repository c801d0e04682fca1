"""FC113 restatement."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.arithmetic.intervals import of_amount, show
from factcheck.arithmetic.named_totals import NamedAgain, find_named_again
from factcheck.arithmetic.restatements import HeadlineRestatement, Restatement, find_headline_restatements, find_restatements
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Severity, Trace
from factcheck.rules.base import Hit, Rule


class RestatedFigure(Rule):
    """The same figure restated in another unit of the same currency, or under its headline, with a different amount.

    Why: "₹4,27,00,000 (₹4.27 crore)" restates one figure in another unit; "₹4,27,00,000 (₹42.7
    crore)" cannot be right: one of the two is ten times off. And "Rs 2,973.91" beside "Rs 2,973.9
    crore" in one paragraph prints the same digits ten million times apart: a unit was dropped.
    And "The total outlay of $X" refers back to the article's "an outlay of $Y": a total named
    again is the same figure.
    A headline's figure is the paragraph under it rounded: "Orbital Signs $9B Deal" over "a cloud
    contract worth as much as $12.2B" cannot both be right.

    Flags: "The grant of ₹3,15,00,000 (₹31.5 crore) was approved." (₹3.15 crore). Its trace:

        trace: ₹3,15,00,000 = 31,500,000..31,500,000; ₹31.5 crore = 314,500,000..315,500,000
               ₹31.5 crore / ₹3,15,00,000 = 10
               consistent: the same amount in both units

    Also the headline "Helix net at Rs 40 cr" over "Helix on Tuesday reported net profit of Rs 52.6
    crore, ..."; and a headline's sum "Rovers sign Vega for £40m + £6m add-ons" over "... the
    club unveils its £52m striker ..." (neither the £46m sum nor the £40m base). And "the budget for
    2029-30 with an outlay of $6.24 billion, up from $5.8 billion this year" ... "The total outlay
    of $12.48 billion for the next fiscal" ... "The total expenditure is estimated at $6,238
    million" (the outlay counted twice: the budget's year is the next fiscal).

    Passes: "The grant of ₹3,15,00,000 (₹3.15 crore) was approved."; "$1.25 billion ($1,250
    million)"; "Orbital Signs $9B Deal" over "a contract worth as much as $9.2B" (the headline
    rounds it, and may drop the hedge: FC103 says so); "£40m + £6m add-ons" over "its £46m
    striker" or "a £40m move" (the sum, or the base alone); "an outlay of $7.4 billion" then "The
    total outlay of $7.36 billion"; "Acme reported revenue of $4 billion. Bolt reported revenue of
    $3 billion. Total revenue was $7 billion." (the total of two others, which disagree); "revenue
    of $4 billion in the quarter" then "Total revenue was $16 billion for the full year" (another
    period); "cloud revenue of $1 billion" then "Total revenue of $4 billion" (a part); "an outlay
    of $6.24 billion, up from $5.8 billion this year" then "The total outlay of $5.8 billion this
    year" (this year's is the comparison base); "revenue of $4.2 billion for fiscal 2030" then "Total
    revenue is estimated at $4.6 billion for the next fiscal" (a company's estimate, not a budget's).

    Tolerance: the two figures must meet within their printed rounding. Same digits at two scales
    are flagged only in one paragraph, with four or more significant digits, when the scales are a
    thousand, a lakh, a million, a crore or a billion apart (a unit slip: the number is right).
    A headline's figure must meet, within its printed rounding and hedge, the body's figure as
    printed (its hedge aside: the headline restates the number). The pair is read only when the
    headline has one figure (or one "A + B"), names its kind (a deal, a takeover, a settlement, a
    package after it, a transfer fee or signing only under "A + B", as one transfer figure may be
    the fee with or without its add-ons; a metric such as "net profit" before it), and the first
    sentence of the paragraph under it has
    exactly one figure of that kind in that currency, not introduced as another occasion ("after a
    ... contract in March"); a body figure more than 1.5 times away (and not a unit slip) is taken
    for another fact. A headline of two figures joined by "+" or "plus" ("£40m + £6m add-ons") is
    one figure, their sum (each end the sum of the two ends), of the kind named after either
    figure or before the first; the body's figure agrees when it meets the sum or the first figure
    alone (the base fee, add-ons aside), and is read only within 1.5 times of one of them.
    A total named again ("The total outlay of", "Total revenue was", arithmetic/named_totals.py)
    must meet, within both figures' rounding and hedges, each other figure stated with a name of
    the same quantity (lexicon `named_totals`: outlay, expenditure and spending are one) and no
    modifier, in another sentence, the same currency and a period that may be the same (none
    named; no two different years, lengths or directions; a budget's named year may be "the next
    fiscal", never "this year" or "last year"; a comparison base's period, "up from Y this year", is not
    the figure's), with no expectation or hypothesis in either sentence (a budget's own estimate,
    "is estimated at", "will be", is its figure; any other quantity's is an expectation) and not
    two companies as their subjects. It is flagged only when it disagrees with all of them and they
    agree among themselves, and no other figure of the article makes up the difference (a part and
    its whole; a figure read as one of the two named again is not another part); of two alone,
    the later.

    Fix: the unit of one of the two figures (under a headline's "A + B", the sum or the figure under
    it); which one, the article must say, so no replacement is suggested.
    """

    code = "FC113"
    name = "restatement"
    severity = Severity.WARNING
    summary = "The same figure restated (in another unit of its currency, under its headline, or named again as its total) with a different amount (often a dropped or wrong unit)."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for restated in find_restatements(ctx.document, ctx.money):
            if restated.bracketed and restated.agrees:
                continue
            yield _hit(restated)
        for headline in find_headline_restatements(ctx.document, ctx.money):
            if not headline.agrees:
                yield _headline_hit(ctx, headline)
        for named in find_named_again(ctx.document, ctx.money):
            yield _named_hit(ctx, named)


def _hit(restated: Restatement) -> Hit:
    first, second = restated.first, restated.second
    factor = restated.factor
    times = f"{restated.slip:,}" if restated.slip else show(factor if factor >= 1 else 1 / factor, 6)
    if restated.bracketed:
        message = f"{second.text} restates {first.text} but is {times} times {'larger' if factor > 1 else 'smaller'}"
        message += ": a unit slip, the digits agree." if restated.slip else "."
    else:
        message = f"{first.text} and {second.text} print the same digits {times} times apart: one of them has the wrong unit, or none."
    trace = Trace(
        figures=(figure(first.text, of_amount(amount_of(first))), figure(second.text, of_amount(amount_of(second)))),
        computation=f"{second.text} / {first.text} = {show(factor, 6)}",
        consistent="the same amount in both units",
    )
    span = second.span if restated.bracketed else first.span
    return Hit(span=span, message=message, claims=(first.id, second.id), trace=trace)


def _headline_hit(ctx: CheckContext, restated: HeadlineRestatement) -> Hit:
    if restated.plus is not None:
        return _headline_sum_hit(ctx, restated)
    headline, body = restated.headline, restated.body
    printed = restated.value_interval
    message = f"The headline's {headline.text} restates {body.text} (line {ctx.line(body)}, the {restated.label}) but does not round to it"
    message += f": a unit slip, the digits agree ({restated.slip:,} times apart)." if restated.slip else "."
    trace = Trace(
        figures=(figure(headline.text, of_amount(amount_of(headline))), figure(body.text, printed)),
        computation=f"{headline.text} against {body.text} as printed: {show(printed.low)}..{show(printed.high)}",
        consistent=f"a headline figure that rounds to {show(printed.low)}..{show(printed.high)}",
    )
    return Hit(span=headline.span, message=message, claims=(headline.id, body.id), trace=trace)


def _headline_sum_hit(ctx: CheckContext, restated: HeadlineRestatement) -> Hit:
    """ "£40m + £5m" in the headline, "£52m" under it: the body's figure is neither the sum nor the base."""
    base, extra, body = restated.headline, restated.plus, restated.body
    assert extra is not None  # a sum headline has its second figure
    total, printed = restated.headline_interval, restated.value_interval
    message = (
        f"{body.text} (the {restated.label}) restates the headline's '{base.text} + {extra.text}' (line {ctx.line(base)}) but is neither their sum, "
        f"{show(total.low)} to {show(total.high)}, nor {base.text} alone."
    )
    trace = Trace(
        figures=(figure(base.text, of_amount(amount_of(base))), figure(extra.text, of_amount(amount_of(extra))), figure(body.text, printed)),
        computation=f"{base.text} + {extra.text} = {show(total.low)}..{show(total.high)}; {body.text} as printed: {show(printed.low)}..{show(printed.high)}",
        consistent=f"a figure that rounds to {show(total.low)}..{show(total.high)} (the sum) or to {base.text} (the base)",
    )
    return Hit(span=body.span, message=message, claims=(body.id, base.id, extra.id), trace=trace)


def _named_hit(ctx: CheckContext, named: NamedAgain) -> Hit:
    """ "The total outlay of $9.6 billion" against the article's "an outlay of $7.4 billion"."""
    odd = named.odd
    given = " and ".join(f"{o.claim.text} (the {o.name}, line {ctx.line(o.claim)})" for o in named.others)
    agreeing = ", which agree with each other" if len(named.others) > 1 else ""
    message = f"{odd.claim.text} (the {odd.name}) names again the figure the article gives as {given}{agreeing}, but does not match: one of them is wrong."
    others = [o.interval for o in named.others]
    low, high = max(i.low for i in others), min(i.high for i in others)
    trace = Trace(
        figures=(figure(odd.claim.text, odd.interval), *(figure(o.claim.text, o.interval) for o in named.others)),
        computation=f"{odd.claim.text} against {' and '.join(o.claim.text for o in named.others)}: the same {odd.quantity}",
        consistent=f"a figure within {show(low)}..{show(high)}" if low <= high else "the same amount",
    )
    return Hit(span=odd.claim.span, message=message, claims=(odd.claim.id, *(o.claim.id for o in named.others)), trace=trace)
