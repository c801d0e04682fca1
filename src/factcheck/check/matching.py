"""Which registry facts a claim is about, and whether they support or contradict it.

A fact is *about* a claim when its relation is compatible and both of its parties are the
claim's (by name, by parent, or by the passage's parties when the sentence names none).
It *supports* the claim when their amounts' intervals meet and the claim does not state as
firm what the fact hedges. A fact with the same figure but another counterparty, when none
supports the claim, is a *swap*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from factcheck.check.context import CheckContext, relations_compatible
from factcheck.models import Claim
from factcheck.normalize.compare import amount_interval, drops_hedge, implied_precision, interval, overlaps
from factcheck.registry import Fact


@dataclass
class Verdict:
    state: Literal["supported", "contradicted", "unverified"]
    facts: list[Fact] = field(default_factory=list)
    problem: Literal["amount", "qualifier", "counterparty", "person"] | None = None


def fact_interval(fact: Fact) -> tuple[Decimal, Decimal]:
    amount = fact.amount
    return interval(amount.value, amount.qualifier, implied_precision(amount.value), amount.high)


def verdict(ctx: CheckContext, claim: Claim) -> Verdict:
    if ctx.registry is None:
        return Verdict("unverified")
    if claim.kind == "relation":
        return _relation_verdict(ctx, claim)
    if claim.amount is None:
        return Verdict("unverified")
    candidates = [f for f in _nearby_facts(ctx, claim) if _comparable(claim, f)]
    about = [f for f in candidates if _parties_match(ctx, claim, f)]
    supported = [f for f in about if _consistent(claim, f)]
    if supported:
        return Verdict("supported", supported)
    if len(claim.subjects) > 1:
        return _combined_verdict(ctx, claim, candidates)
    if ctx.is_total(claim):
        return Verdict("unverified")  # a sum is checked through its parts (FC101, FC103)
    if about and claim.relation is not None and _directed_enough(claim):
        nearest = min(about, key=lambda f: abs(f.amount.value - claim.amount.value))
        problem = "qualifier" if _same_figure(claim, nearest) else "amount"
        return Verdict("contradicted", [nearest], problem)
    swapped = [f for f in candidates if _is_swap(ctx, claim, f)]
    if swapped and not about:
        return Verdict("contradicted", swapped[:1], "counterparty")
    return Verdict("unverified")


def _combined_verdict(ctx: CheckContext, claim: Claim, candidates: list[Fact]) -> Verdict:
    """"Acme and Bolt will invest up to $15 billion": supported when each payer's fact adds up to it."""
    chosen = []
    for subject in claim.subjects:
        own = [f for f in candidates if f.subject in ctx.closure([subject]) and (not claim.object or f.object in ctx.closure([claim.object]))]
        if len(own) != 1:
            return Verdict("unverified")
        chosen.append(own[0])
    low = sum(fact_interval(f)[0] for f in chosen)
    high = sum(fact_interval(f)[1] for f in chosen)
    hedged = any(f.amount.qualifier.value in ("up_to", "range") for f in chosen)
    if overlaps(amount_interval(claim.amount), (low, high)) and not (hedged and claim.amount.qualifier.value == "exact"):
        return Verdict("supported", chosen)
    return Verdict("unverified")


def _nearby_facts(ctx: CheckContext, claim: Claim) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for key in sorted(ctx.closure([*claim.subjects, claim.object, *claim.parties])):  # a set: sorted, or the order varies by process
        for fact in ctx.registry.facts_about(key):
            seen.setdefault(fact.id, fact)
    return list(seen.values())


def _comparable(claim: Claim, fact: Fact) -> bool:
    amount = fact.amount
    return (
        amount is not None
        and amount.currency == claim.amount.currency
        and amount.period == claim.amount.period
        and not claim.amount.per
        and relations_compatible(claim.relation, fact.relation)
    )


def _parties_match(ctx: CheckContext, claim: Claim, fact: Fact) -> bool:
    fact_subject = ctx.closure([fact.subject])
    fact_object = ctx.closure([fact.object]) if fact.object else set()
    parties = ctx.closure(claim.parties)
    if claim.subjects:
        subject_ok = bool(ctx.closure(claim.subjects) & (fact_subject | (fact_object if claim.relation == "deal_value" else set())))
    else:
        subject_ok = bool(parties & fact_subject) or (claim.object is not None and not fact.object and False)
    if not fact.object:
        object_ok = claim.object is None or bool(ctx.closure([claim.object]) & fact_subject)
    elif claim.object:
        object_ok = bool(ctx.closure([claim.object]) & (fact_object | (fact_subject if claim.relation == "deal_value" else set())))
    else:
        object_ok = bool(parties & fact_object)
    return subject_ok and object_ok


def _directed_enough(claim: Claim) -> bool:
    """Contradict only what the article pins down: a named payer, or the passage's parties."""
    return bool(claim.subjects) or bool(claim.parties)


def _consistent(claim: Claim, fact: Fact) -> bool:
    if drops_hedge(claim.amount.qualifier, fact.amount.qualifier) and claim.context.temporal != "prior":
        return False
    return overlaps(amount_interval(claim.amount), fact_interval(fact))


def _same_figure(claim: Claim, fact: Fact) -> bool:
    low, high = claim.amount.value - claim.amount.precision, claim.amount.value + claim.amount.precision
    return low <= fact.amount.value <= high


def _is_swap(ctx: CheckContext, claim: Claim, fact: Fact) -> bool:
    """Same figure and relation, one party right and the other wrong."""
    if not (claim.subjects and claim.object) or not _same_figure(claim, fact) or not fact.object:
        return False
    subject_ok = bool(ctx.closure(claim.subjects) & ctx.closure([fact.subject]))
    object_ok = bool(ctx.closure([claim.object]) & ctx.closure([fact.object]))
    return subject_ok != object_ok


def _relation_verdict(ctx: CheckContext, claim: Claim) -> Verdict:
    subjects = ctx.closure(claim.subjects)
    objects = ctx.closure([claim.object])
    same = [
        f
        for key in subjects | objects
        for f in ctx.registry.facts_about(key)
        if f.relation == claim.relation and f.subject in subjects and (f.object in objects)
    ]
    if claim.relation == "partners_with":  # symmetric
        same += [
            f
            for key in objects
            for f in ctx.registry.facts_about(key)
            if f.relation == "partners_with" and f.subject in objects and f.object in subjects
        ]
    if same:
        return Verdict("supported", list({f.id: f for f in same}.values()))
    if claim.relation == "ceo_of" and claim.object:
        others = [f for f in ctx.registry.facts_about(claim.object) if f.relation == "ceo_of" and f.object in objects]
        if others and claim.subjects and claim.subjects[0] in ctx.registry.entities:
            return Verdict("contradicted", others[:1], "person")
    return Verdict("unverified")
