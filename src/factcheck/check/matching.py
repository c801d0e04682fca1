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
from factcheck.models import Claim, Qualifier
from factcheck.normalize.compare import ABOUT, amount_interval, implied_precision, interval, overlaps
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
    about_any_time = [f for f in candidates if _parties_match(ctx, claim, f)]
    about = about_any_time
    if claim.context.temporal == "prior":  # "by 2021 it was valued at ...": only earlier facts can speak to it
        about = _historical(ctx, about)
    compared = [(f, compare(claim, f)) for f in about]
    compared += [(f, "compatible") for f in _rates(ctx, claim) if _same_figure(claim, f)]
    supported = [f for f, result in compared if result == "match"]
    if supported:
        return Verdict("supported", supported)
    if len(claim.subjects) > 1:
        return _combined_verdict(ctx, claim, candidates)
    if ctx.is_total(claim):
        return Verdict("unverified")  # a sum is checked through its parts (FC101, FC103)
    wrong = [(f, result) for f, result in compared if result in ("amount", "qualifier")]
    like_for_like = [(f, r) for f, r in wrong if f.amount.qualifier is claim.amount.qualifier or r == "qualifier"]
    compatible = any(result == "compatible" for _, result in compared)
    if wrong and claim.relation is not None and _directed_enough(claim) and (like_for_like or not compatible):
        fact, problem = min(like_for_like or wrong, key=lambda fr: (fr[1] != "qualifier", abs(fr[0].amount.value - claim.amount.value)))
        return Verdict("contradicted", [fact], problem)
    swapped = [f for f in candidates if _is_swap(ctx, claim, f)]
    if swapped and not about_any_time:
        return Verdict("contradicted", swapped[:1], "counterparty")
    return Verdict("unverified")


def compare(claim: Claim, fact: Fact) -> Literal["match", "compatible", "amount", "qualifier"]:
    """How a claim's amount stands to a fact's.

    Like for like (both firm, both "up to" ...), the printed figures must agree within the
    claim's precision. A firm figure where the source says "up to" the same figure drops the
    hedge, and "up to" where the source is firm adds one: both are qualifier errors. A firm
    figure below a source's ceiling may be a part of it ("the first $10 billion of up to
    $100 billion"): compatible, neither support nor contradiction. Otherwise the intervals
    the two statements allow must meet.
    """
    mine, theirs = claim.amount.qualifier, fact.amount.qualifier
    figure = _same_figure(claim, fact)
    if mine is theirs and mine in (Qualifier.EXACT, Qualifier.UP_TO, Qualifier.MORE_THAN, Qualifier.LESS_THAN, Qualifier.AT_LEAST):
        return "match" if figure else "amount"
    if mine is Qualifier.EXACT and theirs is Qualifier.UP_TO:
        return "qualifier" if figure else ("compatible" if claim.amount.value < fact.amount.value else "amount")
    if mine is Qualifier.UP_TO and theirs in (Qualifier.EXACT, Qualifier.ABOUT):
        return "qualifier" if figure else "amount"  # a ceiling the source does not state
    return "match" if overlaps(amount_interval(claim.amount), fact_interval(fact)) else "amount"


def _rates(ctx: CheckContext, claim: Claim) -> list[Fact]:
    """Facts on the same parties stated as a rate when the claim gives no period
    ("a $30 billion cloud deal" for $30 billion a year): the figure may be that rate."""
    if claim.amount.period:
        return []
    return [
        f
        for f in _nearby_facts(ctx, claim)
        if f.amount and f.amount.period and f.amount.currency == claim.amount.currency
        and relations_compatible(claim.relation, f.relation) and _parties_match(ctx, claim, f)
    ]


def _historical(ctx: CheckContext, facts: list[Fact]) -> list[Fact]:
    """Facts superseded by a later one on the same parties and relation."""
    latest: dict[tuple, object] = {}
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object)
        if fact.date and (key not in latest or fact.date > latest[key]):
            latest[key] = fact.date
    return [f for f in facts if f.date and f.date < latest[(f.subject, f.relation, f.object)]]


def _combined_verdict(ctx: CheckContext, claim: Claim, candidates: list[Fact]) -> Verdict:
    """"Acme and Bolt will invest up to $15 billion": checked against the sum of each payer's fact."""
    chosen = []
    for subject in claim.subjects:
        own = [f for f in candidates if f.subject in ctx.closure([subject]) and (not claim.object or f.object in ctx.closure([claim.object]))]
        if len(own) != 1:
            return Verdict("unverified")
        chosen.append(own[0])
    total = sum(f.amount.value for f in chosen)
    hedged = any(f.amount.qualifier in (Qualifier.UP_TO, Qualifier.RANGE) for f in chosen)
    low, high = claim.amount.value - claim.amount.precision, (claim.amount.high or claim.amount.value) + claim.amount.precision
    figure = low <= total <= high
    firm = claim.amount.qualifier is Qualifier.EXACT
    if figure and not (hedged and firm):
        return Verdict("supported", chosen)
    if claim.amount.qualifier in (Qualifier.EXACT, Qualifier.UP_TO) and not claim.context.headline:
        return Verdict("contradicted", chosen, "qualifier" if figure else "amount")
    return Verdict("unverified")  # a headline total is FC101's to explain


def _nearby_facts(ctx: CheckContext, claim: Claim) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for key in ctx.closure([*claim.subjects, claim.object, *claim.parties]):
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


def _same_figure(claim: Claim, fact: Fact) -> bool:
    """The fact's figure is what the claim prints, within its rounding (and 10% for an "about" fact)."""
    slack = claim.amount.precision
    if fact.amount.qualifier is Qualifier.ABOUT:
        slack += fact.amount.value * ABOUT
    low, high = claim.amount.value - slack, (claim.amount.high or claim.amount.value) + slack
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
