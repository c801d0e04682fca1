"""FC201 registry-contradiction."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import CheckContext
from factcheck.models import Fix, PartyClaim, Severity
from factcheck.normalize.money import format_amount
from factcheck.registry import Fact
from factcheck.rules.base import Hit, Rule, evidence_of


class RegistryContradiction(Rule):
    """A claim whose amount, hedge or counterparty disagrees with a fact in the source registry.

    Why: the registry holds what the companies' own announcements say. A figure that differs,
    a dropped "up to", or money sent to the wrong company is an error in the article.

    Flags: "Bolt will invest $10 billion in Cirrus" when Bolt's announcement says "up to $10
    billion"; "Bolt will invest up to $10 billion in Dynamo" when the $10 billion went to
    Cirrus; "Acme CEO John Doe" when the registry names Jane Roe (whether or not it knows John
    Doe); "Bolt CEO Jane Roe" when the registry has Jane Roe heading Acme and no one heading Bolt.

    Passes: "Bolt will invest up to $10 billion in Cirrus", or "about $10 billion" where the
    registry has $10 billion.

    Tolerance: the claim's printed precision and hedge against the registry value's own
    precision; a registry "about" accepts a firm figure in its range. An office holder put in
    the past ("former", "then-", a paragraph dated before the registry's holder took office) or
    named by one of the registry holder's names ("Acme CEO Roe") is not contradicted.

    Fix: the registry's figure with its hedge, or its counterparty; the evidence is the
    source's quote and URL.
    """

    code = "FC201"
    name = "registry-contradiction"
    severity = Severity.ERROR
    summary = "A claim disagrees with a fact in the source registry."
    needs_registry = True

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for claim in ctx.party_claims:  # the claims the engine gave a verdict
            verdict = ctx.verdicts.get(claim.id)
            if verdict is None or verdict.state != "contradicted":
                continue
            fact = verdict.facts[0]
            yield Hit(
                span=claim.span,
                message=_message(ctx, claim, fact, verdict.problem),
                claims=(claim.id,),
                evidence=evidence_of(fact),
                fix=_fix(ctx, claim, fact, verdict.problem),
            )


def _registry_amount(fact: Fact) -> str:
    """The fact's figure with its hedge ("up to $10B"); a fact without one (a relation) by its id."""
    a = fact.amount
    return format_amount(a.value, a.currency, a.qualifier.value, a.high) if a else fact.id


def _message(ctx: CheckContext, claim: PartyClaim, fact: Fact, problem: str | None) -> str:
    who = f"{ctx.name(fact.subject)} → {ctx.name(fact.object)}" if fact.object else ctx.name(fact.subject)
    if problem == "qualifier":
        return f"{claim.text!r} is stated as firm; the registry has {_registry_amount(fact)} ({who}, {fact.id})."
    if problem == "counterparty":
        return f"{claim.text!r} names {ctx.name(claim.object)}; the registry has this {_registry_amount(fact)} as {who} ({fact.id})."
    if problem in ("person", "company"):
        return f"{claim.text!r}: the registry has {ctx.name(fact.subject)} as {fact.relation.replace('_', ' ')} {ctx.name(fact.object)} ({fact.id})."
    return f"{claim.text!r} disagrees with the registry: {_registry_amount(fact)} ({who}, {fact.id})."


def _fix(ctx: CheckContext, claim: PartyClaim, fact: Fact, problem: str | None) -> Fix | None:
    if problem == "counterparty":
        return Fix(replacement=ctx.name(fact.object))
    if problem == "person":
        return Fix(replacement=ctx.name(fact.subject))
    if fact.amount is None:  # "company": the claim's span is the whole phrase, no one-word replacement fits it
        return None
    return Fix(replacement=_registry_amount(fact))
