"""FC101 total-mismatch."""

from __future__ import annotations

from decimal import Decimal

from factcheck.check.context import FLOWS, CheckContext
from factcheck.models import Claim, Fix, Qualifier, Severity
from factcheck.normalize.money import format_amount
from factcheck.rules.base import Hit, Rule
from factcheck.wording import possessive


class TotalMismatch(Rule):
    """A stated total that the article's own figures do not add up to, in the direction it claims.

    Why: a headline or summary total is what readers remember. When it adds money flowing
    the other way, or leaves a part out, the story's main number is wrong.

    Flags: "Acme and Bolt's $35 billion bet on Cirrus" when the article gives Acme's $5
    billion and Bolt's $10 billion investments in Cirrus, and Cirrus's $30 billion purchase
    from Acme: the investments add up to $15 billion, and $35 billion only counts the
    purchase, which flows the other way.

    Passes: "Acme and Bolt will invest a combined $15 billion in Cirrus" with the same parts.

    Tolerance: each figure within the range its printed digits allow ("$1.5 billion" is
    1.45-1.55 billion); a hedged total ("more than $35 billion") is checked as the bound it
    states. Sums in different currencies are not compared.

    Fix: state the sum of the parts that flow in the claimed direction, or name what the
    total adds up.
    """

    code = "FC101"
    name = "total-mismatch"
    severity = Severity.WARNING
    supersedes = ("FC202", "FC201", "FC203")  # a total the article's own sums explain needs no registry figure
    summary = "A stated total does not equal the sum of its parts given in the article."

    def check(self, ctx: CheckContext):
        for total in ctx.money:
            if (total.context.total or total.context.headline) and _summable(total):
                hit = self._check_total(ctx, total)
                if hit:
                    yield hit

    def _check_total(self, ctx: CheckContext, total: Claim) -> Hit | None:
        deal = ctx.involved(total)
        related = [c for c in ctx.components if c.id != total.id and c.amount.same_currency(total.amount)]
        if deal:
            related = [c for c in related if ctx.involved(c) & deal]
        # A restatement of one component's figure is not a sum (hedges are FC103's); another
        # mention of the same total is not a component, so it must not exempt the total.
        if any(ctx.same_fact(total, c) for c in ctx.components if c.id != total.id):
            return None
        if len(related) < 2:
            return None
        if not total.subjects and not total.object and sum(bool(c.subjects) for c in related) < 2:
            return None  # a total of nobody named, over parts whose payers are not named: no party is certain
        directed = [c for c in related if _same_direction(ctx, total, c)]
        if total.subjects or total.object:
            if not directed:
                return None
            if ctx.allows(total, _sum(directed), _slack(directed, total)):
                return None
        elif ctx.allows(total, _sum(related), _slack(related, total)) or ctx.sums_to(total, related):
            return None
        return self._mismatch(ctx, total, directed, related)

    def _mismatch(self, ctx: CheckContext, total: Claim, directed: list[Claim], related: list[Claim]) -> Hit:
        stated = format_amount(total.amount.value, total.amount.currency, total.amount.qualifier.value)
        sentences = [f"{stated} does not add up."]
        evidence_claims = [total.id]
        fix = None
        if directed:
            payers = " and ".join(ctx.name(s) for s in total.subjects) or "The parties"
            flow = f"{possessive(payers)} money" + (f" to {ctx.name(total.object)}" if total.object else "")
            directed_sum = _format_sum(directed)
            sentences.append(f"{flow} sums to {directed_sum}: {' + '.join(ctx.describe(c) for c in directed)}.")
            evidence_claims += [c.id for c in directed]
            fix = Fix(replacement=directed_sum)
        reached = [s for s in ctx.sums_to(total, related, any_relation=True) if not all(c in directed for c in s)]
        if reached:
            subset = reached[0]
            how = "money flowing in opposite directions" if _mixed(ctx, subset) else "other flows"
            sentences.append(f"{stated} is reached only by adding {how}: {' + '.join(ctx.describe(c) for c in subset)}.")
            evidence_claims += [c.id for c in subset if c.id not in evidence_claims]
        sentences.append(f"All the deal's commitments in the article sum to {_format_sum(related)}.")
        return Hit(span=total.span, message=" ".join(sentences), claims=tuple(evidence_claims), fix=fix)


def _summable(claim: Claim) -> bool:
    return claim.relation in FLOWS | {None} and not claim.amount.per and not claim.amount.period


def _same_direction(ctx: CheckContext, total: Claim, part: Claim) -> bool:
    if part.relation and total.relation and part.relation != total.relation:
        return False
    if total.subjects and not (part.subjects and ctx.closure(part.subjects) <= ctx.closure(total.subjects)):
        return False
    if total.object and part.object and not (ctx.closure([part.object]) & ctx.closure([total.object])):
        return False
    return True


def _mixed(ctx: CheckContext, subset: tuple[Claim, ...]) -> bool:
    payers = [ctx.closure(c.subjects) for c in subset if c.subjects]
    payees = [ctx.closure([c.object]) for c in subset if c.object]
    return any(p & q for p in payers for q in payees)


def _sum(claims: list[Claim]) -> Decimal:
    return sum((c.amount.value for c in claims), Decimal(0))


def _slack(claims: list[Claim], total: Claim) -> Decimal:
    return sum((c.amount.precision for c in claims), Decimal(0))


def _format_sum(claims: list[Claim]) -> str:
    hedged = any(c.amount.qualifier in (Qualifier.UP_TO, Qualifier.RANGE) for c in claims)
    return format_amount(_sum(claims), claims[0].amount.currency, "up_to" if hedged else "exact")
