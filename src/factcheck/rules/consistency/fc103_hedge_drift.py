"""FC103 hedge-drift."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.arithmetic.per_unit import per_share
from factcheck.check.context import CheckContext, amount_of, hedged
from factcheck.extract.time import periods_differ
from factcheck.models import Fix, MoneyClaim, Qualifier, Severity
from factcheck.normalize.money import format_amount
from factcheck.rules.base import Hit, Rule

HEDGE_WORDS = {Qualifier.UP_TO: "up to", Qualifier.RANGE: "up to"}


class HedgeDrift(Rule):
    """A hedged amount ("up to $10 billion") restated or summed elsewhere as if it were firm.

    Why: "up to" is a ceiling, not a commitment. A headline or total that drops it turns a
    possibility into a fact.

    Flags: "Acme will invest up to $10 billion in Cirrus" and, in the headline, "Acme's $10
    billion investment"; or "up to $10 billion" and "$5 billion" summed as "$15 billion in
    equity".

    Passes: "up to $15 billion in equity", or the restatement "as much as $10 billion".

    Tolerance: figures within their printed precision; a figure with a named payer is not
    compared with one attached to no party or relation, nor summed from parts whose payer is only
    guessed into a total with a named one, nor from parts of which some name a party and some
    none ("$500 billion" over "more than $400 billion of investment" and another company's "up
    to $100 billion": only the numbers join them); an earlier commitment ("the previous
    year it had committed up to $4 billion") summed into a cumulative total is not flagged.

    Fix: carry the hedge: "up to $15B".
    """

    code = "FC103"
    name = "hedge-drift"
    severity = Severity.WARNING
    summary = "A hedged amount is restated or summed as a firm figure."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for claim in ctx.money:
            if amount_of(claim).qualifier is not Qualifier.EXACT or claim.context.temporal == "prior" or amount_of(claim).per or per_share(ctx.document.prose_text, claim):
                continue  # a unit price ("$600 per share", "$1.38 a share") is a price point, not a hedged commitment
            hit = self._restated(ctx, claim) or self._summed(ctx, claim)
            if hit:
                yield hit

    def _restated(self, ctx: CheckContext, claim: MoneyClaim) -> Hit | None:
        for source in hedged(ctx.money):
            if source.id != claim.id and source.context.temporal != "prior" and ctx.same_fact(claim, source) and not periods_differ(claim.time, source.time) and _named_alike(ctx, claim, source) and _attached_alike(claim, source):
                return Hit(
                    span=claim.span,
                    message=f"{claim.text!r} states as firm what line {ctx.line(source)} gives as {source.text!r}.",
                    claims=(claim.id, source.id),
                    fix=Fix(replacement=f"{HEDGE_WORDS[amount_of(source).qualifier]} {claim.text}"),
                )
        return None

    def _summed(self, ctx: CheckContext, claim: MoneyClaim) -> Hit | None:
        parts = [c for c in ctx.components if c.id != claim.id]
        involved = ctx.involved(claim)
        for subset in ctx.sums_to(claim, parts):
            loose = [c for c in subset if amount_of(c).qualifier in HEDGE_WORDS]
            if not loose or (involved and not all(ctx.involved(c) & involved for c in subset)):
                continue
            if not _one_sum(ctx, claim, subset):
                continue
            sources = ", ".join(f"{c.text!r} (line {ctx.line(c)})" for c in loose)
            stated = amount_of(claim)
            replacement = format_amount(stated.value, stated.currency, "up_to")
            return Hit(
                span=claim.span,
                message=f"{claim.text!r} sums {' + '.join(ctx.describe(c) for c in subset)} as firm, but {sources} is only a ceiling.",
                claims=(claim.id, *(c.id for c in subset)),
                fix=Fix(replacement=replacement),
            )
        return None


def _named_alike(ctx: CheckContext, a: MoneyClaim, b: MoneyClaim) -> bool:
    """Restatements need at least one named party in common, or none named on one side."""
    return not (ctx.involved(a) and ctx.involved(b)) or bool(ctx.involved(a) & ctx.involved(b))


def _attached_alike(a: MoneyClaim, b: MoneyClaim) -> bool:
    """A figure the sentence gives a payer is no restatement of one it attaches to no party and
    no relation ("Acme invested $1.5 billion in Bolt" and "Bolt was seeking up to $1 billion
    from investors"): only the number links them, and a number is a guess at the fact."""
    return not any(x.subjects and not (y.subjects or y.object or y.relation) for x, y in ((a, b), (b, a)))


def _payers_guessed(total: MoneyClaim, subset: tuple[MoneyClaim, ...]) -> bool:
    """A total with a named payer, and a part whose payer is only the passage's guess
    (extract/attribution.py): that the part belongs to that total is a guess too (issue 13)."""
    return bool(total.subjects) and any(not c.subjects and c.subject_found in ("paragraph", "article") for c in subset)


def _one_sum(ctx: CheckContext, total: MoneyClaim, subset: tuple[MoneyClaim, ...]) -> bool:
    """The parts certainly belong together and to the total: one direction, payers not guessed, none anonymous among named ones."""
    return _one_direction(ctx, subset) and not _payers_guessed(total, subset) and not _partly_anonymous(subset)


def _partly_anonymous(subset: tuple[MoneyClaim, ...]) -> bool:
    """Parts of which some name a party and some none ("more than $400 billion of investment" and
    "Nvidia's up to $100 billion in OpenAI"): that the anonymous figure is of the named one's
    deal is only a guess from the numbers."""
    named = [bool(c.subjects or c.object) for c in subset]
    return any(named) and not all(named)


def _one_direction(ctx: CheckContext, subset: tuple[MoneyClaim, ...]) -> bool:
    """Parts of one sum share a relation and a receiver: investments in the same company."""
    relations = {c.relation for c in subset if c.relation}
    objects = [ctx.closure([c.object]) for c in subset if c.object]
    return len(relations) <= 1 and all(objects[0] & o for o in objects[1:])
