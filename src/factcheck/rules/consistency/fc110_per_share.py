"""FC110 per-share."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.per_unit import EarningsPair, OfferPair, Product, find_earnings_pairs, find_offer_pairs, find_products
from factcheck.arithmetic.trace import figure
from factcheck.check.context import CheckContext, amount_of
from factcheck.models import MoneyClaim, Severity, Trace
from factcheck.rules.base import Hit, Rule

# A company's share count moves with buybacks and new issues, seldom by more than this in a year.
SHARE_COUNT_DRIFT = Decimal("0.15")


class PerShare(Rule):
    """A price per share and a number of shares that do not give the total stated with them.

    Why: "$90 a share" for "55 million shares" is $4.95 billion; a total of "$6.5 billion" in the
    same sentence means one of the three figures is wrong. Earnings stated per share check each
    other the same way: "$545 million, or $1.38 a share" implies about 395 million shares, and the
    year-ago "$394 million, or 99 cents a share" implies about 398 million; a year-ago figure that
    implied 305 million shares would be a slip in the amount or in the per-share figure.

    Flags: "Orion bought 40 million shares at $25 a share, for a total of $1.4 billion." (40 million
    x $25 is $1 billion). Its trace:

        trace: 40 million shares = 40,000,000..40,000,000; $25 = 24.5..25.5; $1.4 billion = 1,350,000,000..1,450,000,000
               40 million shares x $25 = 980,000,000..1,020,000,000
               consistent: a total of 980,000,000 to 1,020,000,000

    Also "Kestrel earned $600 million, or $2.00 a share, up from $450 million, or $0.90 a share"
    (300 million shares against 500 million).

    And two offers for one company: "Acme agreed to buy Bolt for $3 billion." + "Bolt shareholders will
    receive $60 per share." and later "a $66 per share bid that valued Bolt at $5.5 billion" (50
    million shares against 83 million).

    Passes: "Orion bought 40 million shares at $25 a share, for a total of $1 billion."; "Kestrel
    earned $600 million, or $2.00 a share, up from $450 million, or $1.52 a share" (300 against 296
    million shares); the same offers with "valued Bolt at $3.3 billion" (50 million both times).

    Tolerance: every figure within its printed rounding; a product must meet the stated total.
    Two earnings pairs may imply share counts up to 15% apart (buybacks, new shares) before they
    are flagged; so may two offers for the company extract names as the one bought or valued
    (a total "including debt" is not a price of the shares and is never read).

    Fix: check the three figures against each other; no replacement is suggested, because any of
    them may be the wrong one.
    """

    code = "FC110"
    name = "per-share"
    severity = Severity.WARNING
    summary = "A price per share and a share count (or two earnings-per-share pairs) that do not give the stated total."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for product in find_products(ctx.document, ctx.money):
            stated = of_amount(amount_of(product.total))
            if product.computed.bounded and not product.computed.meets(stated):
                yield _product_hit(product, stated)
        for current, earlier in find_earnings_pairs(ctx.document, ctx.money):
            hit = _pairs_hit(current, earlier)
            if hit is not None:
                yield hit
        offers = find_offer_pairs(ctx.document, ctx.money)
        for index, later in enumerate(offers):
            earlier_offer = next((o for o in reversed(offers[:index]) if o.target == later.target), None)
            if earlier_offer is not None:
                hit = _offers_hit(ctx, earlier_offer, later)
                if hit is not None:
                    yield hit


def _product_hit(product: Product, stated: Interval) -> Hit:
    computed, count, price, total = product.computed, product.count, product.price, product.total
    message = (
        f"{total.text} does not fit {count.text} at {price.text} a share: that is {show(computed.low)} to "
        f"{show(computed.high)} within their rounding."
    )
    trace = Trace(
        figures=(figure(count.text, count.interval), figure(price.text, of_amount(amount_of(price))), figure(total.text, stated)),
        computation=f"{count.text} x {price.text} = {show(computed.low)}..{show(computed.high)}",
        consistent=f"a total of {show(computed.low)} to {show(computed.high)}",
    )
    return Hit(span=total.span, message=message, claims=(price.id, total.id), trace=trace)


def _pairs_hit(current: EarningsPair, earlier: EarningsPair) -> Hit | None:
    now, then = current.shares, earlier.shares
    if now is None or then is None or not now.bounded or not then.bounded:
        return None
    if now.widened(SHARE_COUNT_DRIFT).meets(then):
        return None
    message = (
        f"{earlier.amount.text}, or {earlier.price.text} a share, implies {show(then.low)} to {show(then.high)} shares, but "
        f"{current.amount.text}, or {current.price.text} a share, implies {show(now.low)} to {show(now.high)}: more than "
        f"{int(SHARE_COUNT_DRIFT * 100)}% apart, so one amount or per-share figure is off."
    )
    trace = _share_counts_trace((current.amount, current.price, now), (earlier.amount, earlier.price, then))
    return Hit(span=earlier.price.span, message=message, claims=(current.amount.id, current.price.id, earlier.amount.id, earlier.price.id), trace=trace)


def _offers_hit(ctx: CheckContext, first: OfferPair, second: OfferPair) -> Hit | None:
    """Two offers for one company: each implies its share count, which does not move by more than SHARE_COUNT_DRIFT."""
    a, b = first.shares, second.shares
    if a is None or b is None or not a.bounded or not b.bounded or a.widened(SHARE_COUNT_DRIFT).meets(b):
        return None
    message = (
        f"{second.total.text} at {second.price.text} a share implies {show(b.low)} to {show(b.high)} shares, but {first.total.text} at "
        f"{first.price.text} a share (line {ctx.line(first.price)}) implies {show(a.low)} to {show(a.high)} for the same company: more than "
        f"{int(SHARE_COUNT_DRIFT * 100)}% apart, so one total or price is off."
    )
    trace = _share_counts_trace((first.total, first.price, a), (second.total, second.price, b))
    return Hit(span=second.total.span, message=message, claims=(first.total.id, first.price.id, second.total.id, second.price.id), trace=trace)


def _share_counts_trace(*readings: tuple[MoneyClaim, MoneyClaim, Interval]) -> Trace:
    """The trace of share counts compared: each (amount, price per share, the count they imply)."""
    return Trace(
        figures=tuple(figure(c.text, of_amount(amount_of(c))) for amount, price, _ in readings for c in (amount, price)),
        computation="; ".join(f"{amount.text} / {price.text} = {show(count.low)}..{show(count.high)} shares" for amount, price, count in readings),
        consistent=f"share counts within {int(SHARE_COUNT_DRIFT * 100)}% of each other",
    )
