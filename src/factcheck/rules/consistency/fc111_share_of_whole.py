"""FC111 share-of-whole."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.arithmetic.intervals import of_amount, show
from factcheck.arithmetic.shares import Share, find_shares
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Severity, Span, Trace
from factcheck.rules.base import Hit, Rule


def share_hit(share: Share, what: str) -> Hit | None:
    """The finding for a share (or margin) whose two figures give another fraction than its words; None when they fit."""
    computed = share.computed
    if computed is None or not computed.bounded or computed.meets(share.stated):
        return None
    low, high = show(computed.low * 100, 3), show(computed.high * 100, 3)
    message = f"'{share.words}' does not fit its figures: {share.part.text} of {share.whole.text} is {low}% to {high}% {what}."
    stated_high = "∞" if not share.stated.bounded else show(share.stated.high * 100, 3)
    trace = Trace(
        figures=(figure(share.part.text, of_amount(amount_of(share.part))), figure(share.whole.text, of_amount(amount_of(share.whole)))),
        computation=f"{share.part.text} / {share.whole.text} = {low}%..{high}%; stated '{share.words}' = {show(share.stated.low * 100, 3)}%..{stated_high}",
        consistent=f"a share of {low}% to {high}%",
    )
    start = min(share.part.span.start, share.whole.span.start)
    end = max(share.part.span.end, share.whole.span.end)
    return Hit(span=Span(start=start, end=end), message=message, claims=(share.part.id, share.whole.id), trace=trace)


class ShareOfWhole(Rule):
    """A share of a whole ("more than half", "about a third", "30% of") that its two figures do not give.

    Why: "more than half of the $4 billion, $1.5 billion" cannot be right: $1.5 billion is 37.5%.
    The fraction, the part or the whole is wrong.

    Flags: "Of the $4 billion raised, $1.5 billion, more than half, came from pension funds." is not
    read (the part comes after the whole), but "$1.5 billion of the $4 billion, more than half, came
    from pension funds." is (37.5%). Also "$1.2 billion, or 45% of the $4 billion raised" (30%).
    Its trace:

        trace: $1.2 billion = 1,150,000,000..1,250,000,000; $4 billion = 3,500,000,000..4,500,000,000
               $1.2 billion / $4 billion = 25.6%..35.7%; stated '45%' = 44.5%..45.5
               consistent: a share of 25.6% to 35.7%

    Passes: "$2.3 billion of the $4 billion, more than half, came from pension funds."; "$1.2
    billion, or 30% of the $4 billion raised".

    Tolerance: every figure within its printed rounding; a bare fraction word ("half", "a third")
    is read as about, within 10%; "more than half" is anything above 50%, "nearly a third" up to
    15% below a third. Only one fraction word or percentage may stand next to the pair.

    Fix: check the fraction against the figures; no replacement is suggested.
    """

    code = "FC111"
    name = "share-of-whole"
    severity = Severity.WARNING
    summary = "A stated share of a whole (a fraction or a percentage of it) that its two figures do not give."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for share in find_shares(ctx.document, ctx.money):
            hit = share_hit(share, "of the whole")
            if hit is not None:
                yield hit
