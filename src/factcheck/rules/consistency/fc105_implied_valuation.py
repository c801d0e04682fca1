"""FC105 implied-valuation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.check.context import CheckContext, amount_of
from factcheck.models import Evidence, MoneyClaim, Severity
from factcheck.normalize.compare import amount_interval, overlaps
from factcheck.normalize.money import format_amount
from factcheck.registry import Fact
from factcheck.rules.base import Hit, Rule
from factcheck.rules.consistency.figures import same_figure

# Stakes are often rounded ("a 49% stake" for 49.4%) and reported figures approximate: allow
# 15% either way before calling a stated valuation contradicted.
TOLERANCE = Decimal("0.15")
STAKE_RELATIONS = {"invests_in", "acquires"}
# A valuation dated to a year or marked as earlier is not the one the stake implies.
_OTHER_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b(?:previous(?:ly)?|earlier|prior|ago|last year|once)\b", re.I)


@dataclass(frozen=True)
class Implied:
    """A valuation implied by an investment for a stake: post-money, and pre-money (post minus the money)."""

    company: str
    investment: Decimal
    stake: Decimal
    currency: str
    source: str  # how the stake is known: "line 7" or a registry fact id
    claim_ids: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    currency_ambiguous: bool = False  # an open currency meets only valuations as open as it

    @property
    def post_money(self) -> Decimal:
        return self.investment * 100 / self.stake

    @property
    def pre_money(self) -> Decimal:
        return self.post_money - self.investment

    def allows(self, stated: tuple[Decimal, Decimal]) -> bool:
        for value in (self.post_money, self.pre_money):
            if overlaps(stated, (value * (1 - TOLERANCE), value * (1 + TOLERANCE))):
                return True
        return False


def implied_valuations(ctx: CheckContext) -> Iterator[Implied]:
    """From the article ("$2 billion for a 10% stake") and from the registry facts its claims match."""
    yield from _stated_stakes(ctx)
    yield from _registry_stakes(ctx)


def _stated_stakes(ctx: CheckContext) -> Iterator[Implied]:
    """The article's own stakes: an investment in a named company for a stated share of it."""
    for claim in ctx.money:
        stake = claim.context.stake_percent
        if stake and 0 < stake < 100 and claim.relation in STAKE_RELATIONS and claim.object:
            amount = amount_of(claim)
            yield Implied(claim.object, amount.value, stake, amount.currency, f"line {ctx.line(claim)}", (claim.id,), currency_ambiguous=amount.currency_ambiguous)


def _registry_stakes(ctx: CheckContext) -> Iterator[Implied]:
    """The stakes of registry facts that support a claim with the fact's own figure, each fact once."""
    seen: set[str] = set()
    for claim in ctx.money:
        verdict = ctx.verdicts.get(claim.id)
        if not verdict or verdict.state != "supported":
            continue
        for fact in verdict.facts:
            if not same_figure(claim, fact):
                continue  # a hedge that merely allows the fact's figure says nothing about its stake
            implied = None if fact.id in seen else _fact_stake(fact, claim.id)
            if implied is not None:
                seen.add(fact.id)
                yield implied


def _fact_stake(fact: Fact, claim_id: str) -> Implied | None:
    """The valuation a registry fact's investment for its stake implies, if it states both."""
    if not fact.stake_percent or not fact.amount or fact.relation not in STAKE_RELATIONS or not fact.object:
        return None
    evidence = tuple(Evidence(publisher=s.publisher, url=s.url, date=s.published.isoformat() if s.published else None, quote=s.quote, fact=fact.id) for s in fact.sources[:1])
    return Implied(fact.object, fact.amount.value, fact.stake_percent, fact.amount.currency, f"registry fact {fact.id}", (claim_id,), evidence)


class ImpliedValuation(Rule):
    """A stated valuation that an investment for a stated stake contradicts.

    Why: "$2 billion for a 10% stake" values the company at $20 billion. A valuation stated
    elsewhere in the story that is far from it means one of the three figures is wrong.

    Flags: "Acme will pay $2 billion for a 10% stake in Cirrus." and "The deal values Cirrus
    at $50 billion.": the stake implies about $20 billion.

    Passes: the same investment with "The deal values Cirrus at $20 billion." (post-money) or
    "$18 billion" (pre-money: before the new money).

    Tolerance: 15% either way around the post-money or the pre-money value, as stakes and
    amounts are often rounded; hedged valuations ("more than $29 billion") by what they allow.
    Earlier valuations ("up from $10 billion in 2024"), valuations in a sentence that names a
    year or says "previously" or "earlier", and other currencies are not compared.
    Stakes also come from registry facts (`stake_percent`) that support a claim in the article.

    Fix: check the stake, the amount and the valuation against the announcement; state which
    valuation (pre- or post-money) is meant.
    """

    code = "FC105"
    name = "implied-valuation"
    severity = Severity.WARNING
    summary = "A stated valuation contradicts the one implied by an investment for a stated stake."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        implied = list(implied_valuations(ctx))
        if not implied:
            return
        for valuation in ctx.money:
            if valuation.relation != "valued_at" or valuation.context.temporal == "prior" or not valuation.subjects:
                continue
            if _OTHER_TIME.search(valuation.sentence):
                continue  # "By 2021, it was valued at $7.3 billion": another time, another valuation
            stated = amount_of(valuation)
            relevant = [i for i in implied if _same_company(ctx, i.company, valuation.subjects) and i.currency == stated.currency and i.currency_ambiguous == stated.currency_ambiguous]
            if not relevant or any(i.allows(amount_interval(stated)) for i in relevant):
                continue
            yield self._hit(ctx, valuation, relevant[0])

    def _hit(self, ctx: CheckContext, valuation: MoneyClaim, implied: Implied) -> Hit:
        money = format_amount(implied.investment, implied.currency)
        post = format_amount(_three_digits(implied.post_money), implied.currency, "about")
        return Hit(
            span=valuation.span,
            message=(
                f"{valuation.text!r} does not fit {money} for a {implied.stake.normalize():f}% stake ({implied.source}), "
                f"which values {ctx.name(implied.company)} at {post} after the investment "
                f"({format_amount(_three_digits(implied.pre_money), implied.currency, 'about')} before it)."
            ),
            claims=(valuation.id, *implied.claim_ids),
            evidence=implied.evidence,
        )


def _three_digits(value: Decimal) -> Decimal:
    """Round for display to three significant digits: an implied value is an estimate."""
    if value <= 0:
        return value
    exponent = value.adjusted() - 2
    return value.quantize(Decimal(f"1E{exponent}")).normalize()


def _same_company(ctx: CheckContext, key: str, subjects: tuple[str, ...]) -> bool:
    """Registry ids by family; unresolved names when one is the other's first words ("Zephyr" / "Zephyr Robotics")."""
    if key in ctx.closure(subjects):
        return True
    if ctx.registry and key in ctx.registry.entities:
        return False
    words = key.casefold().split()
    return any(s.casefold().split()[: len(words)] == words or words[: len(s.split())] == s.casefold().split() for s in subjects)
