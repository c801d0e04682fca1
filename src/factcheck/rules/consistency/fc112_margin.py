"""FC112 margin."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.arithmetic.shares import find_margins
from factcheck.check.context import CheckContext
from factcheck.models import Severity
from factcheck.rules.base import Hit, Rule
from factcheck.rules.consistency.fc111_share_of_whole import share_hit


class Margin(Rule):
    """A stated margin that the profit and the revenue given with it do not make.

    Why: a margin is profit over revenue; "a profit of $12 million on sales of $80 million, a margin
    of 25%" is wrong somewhere, because the two figures make 15%.

    Flags: "Lumen made an operating profit of £12m on revenue of £80m, a margin of 25%." Its trace:

        trace: £12m = 11,500,000..12,500,000; £80m = 79,500,000..80,500,000
               £12m / £80m = 14.3%..15.7%; stated '25%' = 24.5%..25.5
               consistent: a share of 14.3% to 15.7%

    Passes: "Lumen made an operating profit of £12m on revenue of £80m, a margin of 15%."

    Tolerance: every figure within its printed rounding. Read only when the sentence says "margin"
    once, with one percentage next to it, one figure labelled profit (income, earnings, EBITDA)
    and one labelled revenue (sales, turnover).

    Fix: check the margin against the figures; no replacement is suggested.
    """

    code = "FC112"
    name = "margin"
    severity = Severity.WARNING
    summary = "A stated margin that the profit and revenue given with it do not make."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for margin in find_margins(ctx.document, ctx.money):
            hit = share_hit(margin, "of revenue")
            if hit is not None:
                yield hit
