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
from itertools import combinations
from typing import Literal

from factcheck.check.context import CheckContext, relations_compatible
from factcheck.check.office import office_contradiction
from factcheck.models import Claim, Qualifier
from factcheck.normalize.compare import ABOUT_FACT, amount_interval, interval, overlaps
from factcheck.registry import Fact


@dataclass
class Verdict:
    state: Literal["supported", "contradicted", "unverified"]
    facts: list[Fact] = field(default_factory=list)
    problem: Literal["amount", "qualifier", "counterparty", "person", "company"] | None = None


def fact_interval(fact: Fact) -> tuple[Decimal, Decimal]:
    """Registry values are exact as curated (trailing zeros are not rounding): the claim's own
    printed precision carries the tolerance."""
    amount = fact.amount
    return interval(amount.value, amount.qualifier, Decimal(0), amount.high, about=ABOUT_FACT)


def verdict(ctx: CheckContext, claim: Claim) -> Verdict:
    if ctx.registry is None:
        return Verdict("unverified")
    if claim.kind == "relation":
        return _relation_verdict(ctx, claim)
    if claim.amount is None or claim.amount.currency_ambiguous:  # an open currency is compared with nothing
        return Verdict("unverified")
    nearby = _nearby_facts(ctx, claim)
    candidates = [f for f in nearby if _comparable(claim, f)]
    about_any_time = [f for f in candidates if _parties_match(ctx, claim, f)]
    about = about_any_time
    if claim.context.temporal == "incremental":  # "another $4 billion": the latest step, not the running total
        about = _latest([f for f in about if not _registry_total(ctx, f)])
    if claim.context.temporal == "prior":  # "by 2021 it was valued at ...": only earlier facts can speak to it
        about = _historical(ctx, about)
    compared = [(f, compare(claim, f)) for f in about]
    # A rate stated without its period ("a $30 billion deal" for $30 billion a year): the figure
    # may be right but cannot be confirmed; a hedge it adds or drops is still wrong.
    compared += [(f, "compatible" if result == "match" else result) for f in _rates(ctx, claim, nearby) if (result := compare(claim, f)) != "amount"]
    supported = [f for f, result in compared if result == "match"]
    wrong = [(f, result) for f, result in compared if result in ("amount", "qualifier")]
    firm = [f for f in supported if f.amount.qualifier not in BOUNDS]
    firm_wrong = [f for f, _ in wrong if f.amount.qualifier not in BOUNDS]
    if firm or (supported and not firm_wrong):
        # A bound ("over $400 billion") supports a figure only when no firm fact on the same
        # parties contradicts it.
        return Verdict("supported", firm or supported)
    if len(claim.subjects) > 1:
        return _combined_verdict(ctx, claim, candidates)
    if ctx.is_total(claim):
        return Verdict("unverified")  # a sum is checked through its parts (FC101, FC103)
    like_for_like = [(f, r) for f, r in wrong if f.amount.qualifier is claim.amount.qualifier or r == "qualifier"]
    compatible = any(result == "compatible" for _, result in compared)
    if wrong and claim.relation is not None and _directed_enough(claim) and (like_for_like or not compatible):
        fact, problem = min(like_for_like or wrong, key=lambda fr: (fr[1] != "qualifier", abs(fr[0].amount.value - claim.amount.value)))
        return Verdict("contradicted", [fact], problem)
    if not about_any_time:  # only then can the figure belong to another company
        swapped = [f for f in _article_facts(ctx, claim) if _is_swap(ctx, claim, f)]
        if swapped:
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
    if mine in (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN) and theirs is Qualifier.ABOUT:
        return "match" if figure else "amount"  # "over $13 billion" restates a reported "about $13 billion"
    return "match" if overlaps(amount_interval(claim.amount), fact_interval(fact)) else "amount"


def _rates(ctx: CheckContext, claim: Claim, nearby: list[Fact]) -> list[Fact]:
    """Facts on the same parties stated as a rate when the claim gives no period
    ("a $30 billion cloud deal" for $30 billion a year): the figure may be that rate."""
    if claim.amount.period:
        return []
    return [
        f
        for f in nearby
        if f.amount and f.amount.period and f.amount.currency == claim.amount.currency
        and relations_compatible(claim.relation, f.relation) and _parties_match(ctx, claim, f)
    ]


BOUNDS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN)


def _series(fact: Fact) -> tuple:
    return fact.subject, fact.relation, fact.object


def _newest_dates(facts: list[Fact]) -> dict[tuple, object]:
    """The date of the newest dated fact of each (subject, relation, object) series."""
    newest: dict[tuple, object] = {}
    for fact in facts:
        key = _series(fact)
        if fact.date and (key not in newest or fact.date > newest[key]):
            newest[key] = fact.date
    return newest


def _latest(facts: list[Fact]) -> list[Fact]:
    """The newest facts of each series (undated facts kept)."""
    newest = _newest_dates(facts)
    return [f for f in facts if not f.date or f.date == newest.get(_series(f))]


def _registry_total(ctx: CheckContext, fact: Fact) -> bool:
    """A fact that adds up others on the same parties (Amazon's $8B = $4B + $4B)."""
    others = [f for f in ctx.registry.facts_between(fact.subject, fact.object) if f.id != fact.id and f.relation == fact.relation and f.amount]
    values = [f.amount.value for f in others if f.amount.currency == fact.amount.currency]
    return any(sum(pair) == fact.amount.value for size in (2, 3) for pair in combinations(values, size))


def _historical(ctx: CheckContext, facts: list[Fact]) -> list[Fact]:
    """Facts superseded by a later one on the same parties and relation."""
    newest = _newest_dates(facts)
    return [f for f in facts if f.date and f.date < newest[_series(f)]]


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
    # Sorted: a set's order changes with each process's hash seed, and the output must not.
    for key in sorted(ctx.closure([*claim.subjects, claim.object, *claim.parties])):
        for fact in ctx.registry.facts_about(key):
            seen.setdefault(fact.id, fact)
    return list(seen.values())


def _article_facts(ctx: CheckContext, claim: Claim) -> list[Fact]:
    """Comparable facts about any party the article names: where a swapped figure belongs."""
    seen: dict[str, Fact] = {}
    for key in sorted(ctx.article_entities):
        for fact in ctx.registry.facts_about(key):
            if _comparable(claim, fact):
                seen.setdefault(fact.id, fact)
    return list(seen.values())


def _comparable(claim: Claim, fact: Fact) -> bool:
    amount = fact.amount
    return (
        amount is not None
        and amount.currency == claim.amount.currency
        and amount.period == claim.amount.period
        # a unit price ("$0.01 per share") meets only a fact of its own kind (an exercise price)
        and (not claim.amount.per or (fact.relation == claim.relation == "other" and (claim.amount.qualifier is Qualifier.EXACT or _same_figure(claim, fact))))
        and relations_compatible(claim.relation, fact.relation)
    )


def _parties_match(ctx: CheckContext, claim: Claim, fact: Fact) -> bool:
    fact_subject = ctx.closure([fact.subject])
    fact_object = ctx.closure([fact.object]) if fact.object else set()
    parties = ctx.closure(claim.parties)
    if claim.subjects:
        subject_ok = bool(ctx.closure(claim.subjects) & (fact_subject | (fact_object if claim.relation == "deal_value" else set())))
    else:
        subject_ok = bool(parties & fact_subject)
    if not fact.object and claim.object and ctx.closure([claim.object]) & fact_subject:
        subject_ok = True  # "OpenAI's $500 billion Stargate plan": spending on what the registry records as the spender
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
        slack += fact.amount.value * ABOUT_FACT
    low, high = claim.amount.value - slack, (claim.amount.high or claim.amount.value) + slack
    return low <= fact.amount.value <= high


def _is_swap(ctx: CheckContext, claim: Claim, fact: Fact) -> bool:
    """Same figure and relation, one party right and the other wrong."""
    if not _same_figure(claim, fact):
        return False
    if not fact.object:
        # "Cirrus, valued at $200 billion" where the registry has that valuation for another
        # company the article names; for spending, the project it is spent on.
        named = claim.object if claim.object and claim.relation == "spends_on" else (claim.subjects[0] if len(claim.subjects) == 1 and not claim.object else None)
        return (
            named in ctx.registry.entities
            and fact.subject not in ctx.closure([named])
            and fact.subject in ctx.article_entities
            and fact.relation == claim.relation
        )
    if not (claim.subjects and claim.object) or not fact.object:
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
    contradiction = office_contradiction(ctx, claim, subjects, objects)
    if contradiction:
        return Verdict("contradicted", [contradiction[0]], contradiction[1])
    return Verdict("unverified")
