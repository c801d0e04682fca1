"""The verdict on a claim: supported, contradicted, unlisted or unverified by the registry.

One step, on the alignment's evidence (alignment.py): keep the facts that are about the claim,
then decide.

- *supported* when any of them agrees: a tranche, the running total of a series, a ceiling;
  a bound ("over $400 billion") only when no firm fact on the same parties contradicts it.
- *contradicted* only when the claim's parties (as parsed: a payer, and a payee where the fact
  has one) and relation are certain and the fact it disagrees with is the one fact of its kind
  (one figure for the pair and relation, or the same figure with another hedge).
- *unlisted* when the parties and relation are certain but the registry has several figures for
  them, none of them this one, or the sentence names the parties without the parse attaching
  them: worth a warning that lists the registry's figures, not an error with a fix. So is a
  total its words call one ("a total of", "so far") that no fact or running total has, for a
  payer and payee the clause certainly names.
- a *counterparty* contradiction (a swap) when no fact is about the claim and a fact with the
  same figure has one of its parties right and the other a different registry company; or, for a
  figure that names only its payer where the grammar certainly puts it ("forced Acme to fork out
  $55 million"), when another payer the article names has that figure paid out.
- *unverified* otherwise, and always for the size of a change ("cut spending by $2 billion"),
  which states no fact's level; results forecast or estimated are compared only with the
  estimates (ranges) the registry lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from typing import Literal

from factcheck.check.alignment import (
    RESULT_METRICS,
    YEAR,
    Aligned,
    PricedClaim,
    PricedFact,
    RegistryContext,
    aligned_facts,
    candidate_facts,
    comparable,
    has_amount,
    has_registry,
    is_priced,
    own_sentence,
    parties_match,
    possessive_subject,
    same_figure,
    same_time,
    sole_payer,
    sole_payer_of,
)
from factcheck.check.context import FLOWS, CheckContext, relations_compatible
from factcheck.check.office import office_contradiction
from factcheck.check.stated_results import of_its_kind, reported_by_subject, stated_result
from factcheck.models import CERTAIN_PLACES, Claim, Qualifier, RelationClaim
from factcheck.normalize.compare import ABOUT_FACT, amount_interval, interval, overlaps
from factcheck.registry import Fact

State = Literal["supported", "contradicted", "unlisted", "unverified"]
ROUNDED_CEILING = Decimal("0.1")  # how far a rounded-up "up to" may sit above the source's ceiling
BOUNDS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN)
LIKE_FOR_LIKE = (Qualifier.EXACT, Qualifier.UP_TO, *BOUNDS)  # hedges whose figures are compared as printed
Comparison = Literal["match", "compatible", "amount", "qualifier"]
Problem = Literal["amount", "qualifier", "counterparty", "person", "company"]
# "Google's stake is about $3 billion": what a holding is worth now (the sum of its rounds, or their
# market value), not one investment; a single round of the registry does not contradict it.
HOLDING = re.compile(r"\b(?:stake|holding)\s+(?:is|was|now|stands at|is now|is worth|is valued at|is now worth)\s+$", re.I)


@dataclass
class Verdict:
    state: State
    facts: Sequence[Fact] = field(default_factory=list)
    problem: Problem | None = None
    swapped: tuple[str, str] | None = None  # a counterparty problem: (the party the claim names, the registry's)


def fact_interval(fact: PricedFact) -> tuple[Decimal, Decimal]:
    """Registry values are exact as curated (trailing zeros are not rounding): the claim's own
    printed precision carries the tolerance."""
    amount = fact.amount
    return interval(amount.value, amount.qualifier, Decimal(0), amount.high, about=ABOUT_FACT)


def verdict(ctx: CheckContext, claim: Claim) -> Verdict:
    if not has_registry(ctx):
        return Verdict("unverified")
    if isinstance(claim, RelationClaim):
        return _relation_verdict(ctx, claim)
    if not is_priced(claim) or claim.amount.currency_ambiguous:  # an open currency is compared with nothing
        return Verdict("unverified")
    return _money_verdict(ctx, claim)


def _money_verdict(ctx: RegistryContext, claim: PricedClaim) -> Verdict:
    candidates = candidate_facts(ctx, claim)
    aligned = aligned_facts(ctx, claim, candidates)
    about = _in_time(ctx, claim, aligned)
    compared = [(a, compare(claim, a.fact)) for a in about] + _rates(ctx, claim)
    found = _support(compared) or _running_total(ctx, claim, aligned)
    if found:
        return found
    if claim.context.change_amount:
        return Verdict("unverified")
    if results_estimate(claim):
        compared = [(a, r) for a, r in compared if a.fact.amount.qualifier is Qualifier.RANGE]
        if not compared:
            return Verdict("unverified")
    if len(claim.subjects) > 1:
        return _combined_verdict(ctx, claim, candidates)
    if _checked_as_total(ctx, claim):
        return _total_disagreement(ctx, claim, compared) or Verdict("unverified")  # a sum is checked through its parts (FC101, FC103)
    return _disagreement(ctx, claim, compared) or _swap(ctx, claim, aligned) or Verdict("unverified")


def _checked_as_total(ctx: RegistryContext, claim: PricedClaim) -> bool:
    """A total is checked through its parts or as a pair's total (_total_disagreement). A
    budget's own figure whose clause names no payer ("the total outlay is estimated at ...") is
    the budget's whole, no sum of tranches: compared as the passage's party's figure
    (sole_payer), never certain enough for an error."""
    return ctx.is_total(claim) and not (claim.context.budget_figure and not claim.subjects)


def compare(claim: PricedClaim, fact: PricedFact) -> Comparison:
    """How a claim's amount stands to a fact's.

    Like for like (both firm, both "up to" ...), the printed figures must agree within the
    claim's precision. A firm figure where the source says "up to" the same figure drops the
    hedge, and "up to" where the source is firm adds one: both are qualifier errors. A firm
    figure below a source's ceiling may be a part of it ("the first $10 billion of up to
    $100 billion"): compatible, neither support nor contradiction. Otherwise the intervals
    the two statements allow must meet.
    """
    mine, theirs = claim.amount.qualifier, fact.amount.qualifier
    if mine is theirs is Qualifier.UP_TO and claim.amount.high is None and rounded_up_ceiling(claim.amount.value, fact.amount.value):
        return "match"  # "up to $20bn" for up to $19.4 billion: still a true ceiling
    by_hedge = _by_hedge(mine, theirs, same_figure(claim, fact), below=claim.amount.value < fact.amount.value)
    return by_hedge or ("match" if overlaps(amount_interval(claim.amount), fact_interval(fact)) else "amount")


def _by_hedge(mine: Qualifier, theirs: Qualifier, figure: bool, below: bool) -> Comparison | None:
    """The comparison the two hedges decide, given whether the figures agree (`figure`) and
    whether the claim's is the lower (`below`); None where only the intervals can tell."""
    if (mine is theirs and mine in LIKE_FOR_LIKE) or (mine in BOUNDS and theirs is Qualifier.ABOUT):
        return "match" if figure else "amount"  # "over $13 billion" restates a reported "about $13 billion"
    if mine is Qualifier.EXACT and theirs is Qualifier.UP_TO:
        return "qualifier" if figure else ("compatible" if below else "amount")
    if mine is Qualifier.UP_TO and theirs in (Qualifier.EXACT, Qualifier.ABOUT):
        return "qualifier" if figure else "amount"  # a ceiling the source does not state
    return None


def rounded_up_ceiling(printed: Decimal, ceiling: Decimal) -> bool:
    """The printed ceiling is the source's ceiling rounded up at the printed figure's last
    significant digit ("up to $20bn" for up to $19.4bn, "up to $100 billion" for up to $96
    billion), and no more than ROUNDED_CEILING above it: a ceiling a reader would not call raised."""
    if not printed > ceiling > 0:
        return False
    exponent = printed.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or infinity: no digit to round at
        return False
    step = Decimal(1).scaleb(exponent)  # 2E+10 -> 1E+10
    return printed - step < ceiling and printed <= ceiling * (1 + ROUNDED_CEILING)


# -- which facts: time ---------------------------------------------------------------------
def _in_time(ctx: RegistryContext, claim: PricedClaim, aligned: list[Aligned]) -> list[Aligned]:
    """"another $4 billion": the latest step, not the running total; "by 2021 it was valued at
    ...": only facts a later one superseded."""
    if claim.context.temporal == "incremental":
        steps = [a for a in aligned if not _registry_total(ctx, a.fact)]
        newest = _newest_dates([a.fact for a in steps])
        return [a for a in steps if not a.fact.date or a.fact.date == newest.get(_series(a.fact))]
    if claim.context.temporal == "prior" and not _own_year(claim):
        newest = _newest_dates([a.fact for a in aligned])
        return [a for a in aligned if (a.fact.date and a.fact.date < newest[_series(a.fact)]) or _undated_in_history(ctx, a.fact)]
    return aligned


def _own_year(claim: PricedClaim) -> bool:
    """The claim gives its own year ("$2 billion in 2023"): that year, not the series' order,
    decides which facts are of its time (alignment's same_time)."""
    return bool(claim.time and claim.time.period and YEAR.search(claim.time.period))


def _undated_in_history(ctx: RegistryContext, fact: PricedFact) -> bool:
    """An undated fact of a series the registry holds several figures of ("from $1.5 billion" where
    it lists $1.5 billion and $5.8 billion for the company): it may be the earlier figure. A lone
    undated figure may be the current one, which an earlier figure does not have to match."""
    return fact.date is None and len({f.amount.value for f in _pair_facts(ctx, fact)}) > 1


def _series(fact: Fact) -> tuple:
    return fact.subject, fact.relation, fact.object


def _newest_dates(facts: list[PricedFact]) -> dict[tuple, dt.date]:
    """The date of the newest dated fact of each (subject, relation, object) series."""
    newest: dict[tuple, dt.date] = {}
    for fact in facts:
        key = _series(fact)
        if fact.date and (key not in newest or fact.date > newest[key]):
            newest[key] = fact.date
    return newest


def _registry_total(ctx: RegistryContext, fact: PricedFact) -> bool:
    """A fact that adds up others on the same parties over time (Amazon's $8B = $4B in 2023 +
    $4B in 2024): the series' running total, not a step of it."""
    return any(not _dated_with(fact, parts) for parts in _sums_to(ctx, fact))


def _round_component(ctx: RegistryContext, fact: PricedFact) -> bool:
    """A part of another fact of the pair dated with it and with the other parts (a round's
    $7.5B of equity and $12.5B of debt in its $20B): the round is the step, its parts are not
    steps beside it."""
    return any(fact in parts and _dated_with(total, parts) for total in _pair_facts(ctx, fact) if total.id != fact.id for parts in _sums_to(ctx, total))


def _dated_with(total: PricedFact, parts: tuple[PricedFact, ...]) -> bool:
    return total.date is not None and all(part.date == total.date for part in parts)


def _sums_to(ctx: RegistryContext, fact: PricedFact) -> list[tuple[PricedFact, ...]]:
    """The sets of two or three other facts of the pair and relation that add up to the fact."""
    amount = fact.amount
    others = [f for f in _pair_facts(ctx, fact) if f.id != fact.id and f.amount.currency == amount.currency]
    return [parts for size in (2, 3) for parts in combinations(others, size) if sum(f.amount.value for f in parts) == amount.value]


def _rates(ctx: RegistryContext, claim: PricedClaim) -> list[tuple[Aligned, str]]:
    """Facts on the same parties stated as a rate when the claim gives no period ("a $30
    billion cloud deal" for $30 billion a year): the figure may be that rate, so it is at best
    compatible; a hedge it adds or drops is still wrong."""
    if claim.amount.period:
        return []
    found = []
    for key in sorted(ctx.closure([*claim.subjects, claim.object, *claim.parties])):
        for fact in ctx.registry.facts_about(key):
            if has_amount(fact) and _is_rate_for(ctx, claim, fact) and (result := compare(claim, fact)) != "amount":
                found.append((Aligned(fact, "clause", True, True), "compatible" if result == "match" else result))
    return list({a.fact.id: (a, r) for a, r in found}.values())


def _is_rate_for(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    amount = fact.amount
    return bool(amount and amount.period) and amount.currency == claim.amount.currency and relations_compatible(claim.relation, fact.relation) and parties_match(ctx, claim, fact)


# -- support -------------------------------------------------------------------------------
def _support(compared: list[tuple[Aligned, str]]) -> Verdict | None:
    supported = [a.fact for a, result in compared if result == "match"]
    if not supported:
        return None
    firm = [f for f in supported if f.amount.qualifier not in BOUNDS]
    firm_wrong = [a.fact for a, result in compared if result in ("amount", "qualifier") and a.fact.amount.qualifier not in BOUNDS]
    if firm or not firm_wrong:
        return Verdict("supported", firm or supported)
    return None


def _running_total(ctx: RegistryContext, claim: PricedClaim, about: list[Aligned]) -> Verdict | None:
    """A figure that is a series' running total: the sum of its first steps in date order
    ("$8 billion in all" for $4 billion in 2023 and $4 billion in 2024), when the registry does
    not list the total itself, and when the claim's words say it is a total. Ceilings are not
    steps."""
    if claim.relation not in FLOWS and claim.relation is not None:
        return None
    if not _own_words_total(claim):
        return None  # only a figure its words call a total ("so far", "in all") is a running total
    for steps in _series_steps(ctx, about).values():
        for end in range(2, len(steps) + 1):
            parts = steps[:end]
            if _sum_agrees(claim, parts):
                return Verdict("supported", parts)
    return None


def _series_steps(ctx: RegistryContext, about: list[Aligned]) -> dict[tuple, list[PricedFact]]:
    series: dict[tuple, list[PricedFact]] = {}
    for a in about:
        # steps are firm amounts: a ceiling ("up to $100 billion") holds its tranches, it does not add to them
        if a.fact.relation in FLOWS and a.fact.date and a.fact.amount.qualifier in (Qualifier.EXACT, Qualifier.ABOUT) and not _registry_total(ctx, a.fact) and not _round_component(ctx, a.fact):
            series.setdefault(_series(a.fact), []).append(a.fact)
    return {key: sorted({f.id: f for f in facts}.values(), key=lambda f: f.date or dt.date.min) for key, facts in series.items()}


def _sum_agrees(claim: PricedClaim, parts: list[PricedFact]) -> bool:
    total = sum(f.amount.value for f in parts)
    low, high = claim.amount.value - claim.amount.precision, (claim.amount.high or claim.amount.value) + claim.amount.precision
    hedged = any(f.amount.qualifier in (Qualifier.UP_TO, Qualifier.RANGE) for f in parts)
    return low <= total <= high and not (hedged and claim.amount.qualifier is Qualifier.EXACT)


def _combined_verdict(ctx: RegistryContext, claim: PricedClaim, candidates: list[PricedFact]) -> Verdict:
    """"Acme and Bolt will invest up to $15 billion": checked against the sum of each payer's fact."""
    chosen = []
    for subject in claim.subjects:
        own = [f for f in candidates if f.subject in ctx.closure([subject]) and (not claim.object or f.object in ctx.closure([claim.object]))]
        if len(own) != 1:
            return Verdict("unverified")
        chosen.append(own[0])
    total = sum(f.amount.value for f in chosen)
    low, high = claim.amount.value - claim.amount.precision, (claim.amount.high or claim.amount.value) + claim.amount.precision
    figure = low <= total <= high
    if _sum_agrees(claim, chosen):
        return Verdict("supported", chosen)
    if claim.amount.qualifier in (Qualifier.EXACT, Qualifier.UP_TO) and not claim.context.headline:
        return Verdict("contradicted", chosen, "qualifier" if figure else "amount")
    return Verdict("unverified")  # a headline total is FC101's to explain


# -- disagreement --------------------------------------------------------------------------
def results_estimate(claim: PricedClaim) -> bool:
    """A company's results as forecast or estimated ("expects revenue of $5 billion", "estimated
    earnings of $3.85 to $3.90 a share"): the registry's point figures are results reported, which
    an estimate does not have to match; only an estimate the registry lists (a range) can disagree
    with it. Results are reported as single figures, so a results range is an estimate too."""
    if claim.metric not in RESULT_METRICS or claim.relation not in (None, "other", "revenue"):
        return False  # "is expected to invest up to $10 billion" is the commitment itself
    return claim.context.forecast or claim.amount.qualifier is Qualifier.RANGE


def _disagreement(ctx: RegistryContext, claim: PricedClaim, compared: list[tuple[Aligned, str]]) -> Verdict | None:
    """Contradicted or unlisted: facts about the claim, at its time, disagree and none agrees."""
    if claim.relation is None or not (claim.subjects or claim.parties or sole_payer(ctx, claim)):
        return None  # contradict only what the article pins down: a relation, and a named payer or the passage's parties
    if HOLDING.search(ctx.document.prose_text[max(claim.sentence_span.start, claim.span.start - 40) : claim.span.start]):
        return None
    wrong, like_for_like = _disagreeing(claim, compared)
    if not (claim.subjects or claim.object):  # the parties are the passage's: a guess for another figure
        wrong, like_for_like = _named_in_sentence(ctx, claim, wrong), _named_in_sentence(ctx, claim, like_for_like)
    if not wrong or (not like_for_like and any(r == "compatible" for _, r in compared)):
        return None  # a firm part of a ceiling ("the first $10 billion of up to $100 billion") is no contradiction
    chosen, problem = min(like_for_like or wrong, key=lambda ar: (ar[1] != "qualifier", abs(ar[0].fact.amount.value - claim.amount.value)))
    if _one_fact_of_its_kind(ctx, claim, chosen, problem, wrong):
        return Verdict("contradicted", [chosen.fact], problem)
    return Verdict("unlisted", _figures_listed(ctx, [a.fact for a, _ in wrong]), "amount")


def _total_disagreement(ctx: RegistryContext, claim: PricedClaim, compared: list[tuple[Aligned, str]]) -> Verdict | None:
    """A total its words call one ("a total of $4.2 billion", "so far"), of one payer the clause
    certainly names to a payee it certainly names (or to nobody, against facts with no payee),
    that no fact of the pair and no running total of its steps has: unlisted, the registry's
    figures beside it. Never an error on its amount: a total is no one tranche. A total the
    article's own figures add up to is checked through them (FC101, and each part's verdict)."""
    if not (_own_words_total(claim) and _certain_pair(claim)) or ctx.sums_to(claim, [c for c in ctx.money if c.id != claim.id]):
        return None
    found = _disagreement(ctx, claim, compared)
    if found is None or (claim.object is None and any(f.object for f in found.facts)):
        return None
    return found if found.problem == "qualifier" else Verdict("unlisted", _figures_listed(ctx, [f for f in found.facts if has_amount(f)]), "amount")


def _certain_pair(claim: PricedClaim) -> bool:
    """One payer, and the payee if any, where the clause certainly puts them."""
    return len(claim.subjects) == 1 and certain_place(claim, claim.subjects[0]) and (claim.object is None or certain_place(claim, claim.object))


def _own_words_total(claim: PricedClaim) -> bool:
    return bool(claim.context.total or claim.context.temporal == "cumulative" or (claim.time and claim.time.running_total))


def _disagreeing(claim: PricedClaim, compared: list[tuple[Aligned, str]]) -> tuple[list, list]:
    """The facts that count against the claim (at its time, on evidence that can contradict),
    and among them those stated like for like (the same hedge, or the same figure)."""
    wrong = [(a, r) for a, r in compared if r in ("amount", "qualifier") and a.same_time and a.can_contradict]
    like_for_like = [(a, r) for a, r in wrong if a.fact.amount.qualifier is claim.amount.qualifier or r == "qualifier"]
    return wrong, like_for_like


def _named_in_sentence(ctx: RegistryContext, claim: PricedClaim, wrong: list[tuple[Aligned, str]]) -> list[tuple[Aligned, str]]:
    """Of the disagreeing facts, those the claim's own sentence names the parties of, or that
    state the same figure with another hedge. "The round mixes $7.5 billion in equity and ..."
    after a paragraph naming Nvidia and xAI is not Nvidia's figure: the passage's parties are
    a guess, and a guess contradicts nothing."""
    named = ctx.closure(ctx.named_in(own_sentence(claim)))
    return [(a, r) for a, r in wrong if r == "qualifier" or sole_payer_of(ctx, claim, a.fact) or all(ctx.closure([p]) & named for p in (a.fact.subject, a.fact.object) if p)]


def _one_fact_of_its_kind(ctx: RegistryContext, claim: PricedClaim, chosen: Aligned, problem: str, wrong: list[tuple[Aligned, str]]) -> bool:
    """An error needs the parsed parties (not only the sentence's names) and no doubt which fact
    the figure states: the same figure with another hedge, or the only figure for the pair."""
    if problem == "qualifier":
        return True  # the same figure: no doubt which fact, only about its hedge
    if chosen.evidence != "clause" or any(a.evidence != "clause" for a, _ in wrong):
        return False
    if not claim.subjects or (chosen.fact.object and not claim.object):
        return False  # a side the parse did not attach was the passage's or the sentence's names: a guess
    figures = {f.amount.value for f in _pair_facts(ctx, chosen.fact) if comparable(claim, f)}
    return len(figures) <= 1


def _pair_facts(ctx: RegistryContext, fact: Fact) -> list[PricedFact]:
    return [f for f in ctx.registry.facts_between(fact.subject, fact.object) if f.relation == fact.relation and has_amount(f)]


def _figures_listed(ctx: RegistryContext, wrong: list[PricedFact]) -> list[PricedFact]:
    """Every figure the registry has for the pairs the claim disagrees with, in date order."""
    listed: dict[str, PricedFact] = {}
    for fact in wrong:
        for f in _pair_facts(ctx, fact):
            if f.amount.currency == fact.amount.currency and f.amount.period == fact.amount.period:
                listed.setdefault(f.id, f)
    return sorted(listed.values(), key=lambda f: (f.subject, f.object or "", str(f.date or ""), f.amount.value))


# -- swaps ---------------------------------------------------------------------------------
# "A, B and C raised $X each", "each raised $X": one figure for several parties, none of them wrong.
EACH_AFTER = re.compile(r"^\W*(?:each|apiece|a piece)\b", re.I)
# The relations whose subject pays the figure out: a payer and nothing it pays for is a payer of these.
PAYER_RELATIONS = frozenset({"invests_in", "commits_to_purchase", "spends_on", "deal_value", "acquires"})
EACH_BEFORE = re.compile(r"\beach\b(?:\s+\S+){0,3}\s*$", re.I)
# "Acme paid $55 million too", "likewise paid", "the same sum, $55 million": the clause says another
# party has the figure as well, and a registry that lists only the other's has not shown this one
# wrong. Only right beside the figure: "Bolt led Acme's $200 million round too" says Bolt led
# another round, not that the figure is shared.
SHARED_AFTER = re.compile(r"^\W*(?:too|as well)\b", re.I)
SHARED_BEFORE = re.compile(r"\b(?:likewise|similarly|the same (?:amount|sum|figure|fee|price)|a matching)\b", re.I)


def _swap(ctx: RegistryContext, claim: PricedClaim, aligned: list[Aligned]) -> Verdict | None:
    """No fact is firmly about the claim: the figure may belong to another company the article
    names. The registry's figure, attributed on one side to a party it does not have it for:
    a swap, when the party the claim names has no fact with that figure. Where two parties of
    the article have it (the same $250 million raised by two startups), the verdict lists both
    facts and FC201 fixes nothing: which one the claim means is a guess. A fact firmly about the
    claim (its own pair, on evidence that can contradict) makes the figure that fact's to match,
    not another party's: then there is no swap to look for."""
    if any(a.can_contradict for a in aligned) or not _swap_comparable(ctx, claim):
        return None
    found = [(fact, swapped) for fact, swapped in _swap_candidates(ctx, claim) if not _has_figure(ctx, claim, swapped[0])]
    if not found or len({wrong for _, (wrong, _) in found}) != 1:
        return None  # no candidate, or one on each side: which side is wrong is a guess
    return Verdict("contradicted", [fact for fact, _ in found], "counterparty", found[0][1])


def _swap_comparable(ctx: RegistryContext, claim: PricedClaim) -> bool:
    """A figure whose relation the clause sets (not "other") and not a price per unit, or a result
    its clause states (stated_results.py: "Pelican reported net income of ...", "..., or £1.38 a
    share"); and not one figure for each of several parties, or one its sentence says another
    party has too."""
    if not (stated_result(claim) or (claim.relation not in (None, "other") and not claim.amount.per)):
        return False
    text = ctx.document.text
    after, before = text[claim.span.end : claim.span.end + 20], text[max(claim.sentence_span.start, claim.span.start - 40) : claim.span.start]
    return not any(pattern.search(after) for pattern in (EACH_AFTER, SHARED_AFTER)) and not any(pattern.search(before) for pattern in (EACH_BEFORE, SHARED_BEFORE))


def _swap_candidates(ctx: RegistryContext, claim: PricedClaim) -> list[tuple[PricedFact, tuple[str, str]]]:
    """The facts about the article's parties with the claim's figure, hedge class and time, one of
    whose parties the claim names and the other of which it names differently."""
    found: dict[str, tuple[PricedFact, tuple[str, str]]] = {}
    for key in sorted(ctx.article_entities):
        for fact in ctx.registry.facts_about(key):
            if fact.id in found or not (has_amount(fact) and _swap_comparable_fact(claim, fact) and _same_hedge(claim, fact) and same_time(claim, fact)):
                continue
            swapped = _swapped_party(ctx, claim, fact)
            if swapped:
                found[fact.id] = (fact, swapped)
    return list(found.values())


def _swap_comparable_fact(claim: PricedClaim, fact: PricedFact) -> bool:
    """The fact states a figure of the claim's kind; money a payer pays out with nothing named
    ("forced Acme to fork out $55 million") is of the kind of any payment of its payer (an
    investment, a purchase, an acquisition), whichever of them the fact records."""
    if claim.relation == "spends_on" and claim.object is None and fact.object is not None and fact.relation in PAYER_RELATIONS:
        return comparable(claim.model_copy(update={"relation": fact.relation}), fact)
    return comparable(claim, fact)


def _same_hedge(claim: PricedClaim, fact: PricedFact) -> bool:
    """The claim states the fact's figure with a hedge of its kind ("over $13 billion" for about
    $13 billion; not "up to" for a firm figure: that is a hedge error, not a swap). A headline
    drops hedges: its firm "$100B" is the figure of a fact "up to $100 billion"."""
    result = compare(claim, fact)
    return result == "match" or (result == "qualifier" and claim.context.headline and claim.amount.qualifier is Qualifier.EXACT)


def _has_figure(ctx: RegistryContext, claim: PricedClaim, party: str) -> bool:
    """The registry has the claim's figure for the party the claim names, in any relation: then
    the claim may be right about it, whatever else the registry has."""
    return any(has_amount(f) and f.amount.currency == claim.amount.currency and same_figure(claim, f) for key in sorted(ctx.closure([party])) for f in ctx.registry.facts_about(key))


def _swapped_party(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> tuple[str, str] | None:
    """Same figure and relation, one party right and the other a different registry company:
    (the party the claim names, the fact's), or None. A deal's two sides come in either order."""
    if not same_figure(claim, fact):
        return None
    if not fact.object:
        named = _valuation_swap(ctx, claim, fact)
        return (named, fact.subject) if named else None
    if claim.relation in (None, "other"):
        return None  # a stated result is one company's: a fact with two sides is no result of it
    if claim.object is None:
        named = _payer_swap(ctx, claim, fact)
        return (named, fact.subject) if named else None
    return _pair_swap(ctx, claim, fact)


def _pair_swap(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> tuple[str, str] | None:
    """A claim naming both sides against a fact with both: one side right, the other not."""
    if not (claim.subjects and claim.object and fact.object) or ctx.closure(claim.subjects) & ctx.closure([claim.object]):
        return None  # one side named twice (Microsoft and its Azure): the other side is unknown
    payer, payee = fact.subject, fact.object
    if claim.relation == "deal_value" and (ctx.closure([claim.object]) & ctx.closure([payer]) or ctx.closure(claim.subjects) & ctx.closure([payee])):
        payer, payee = payee, payer  # a deal's sides in the other order: "Cirrus's deal with Bolt" for Acme's deal with Cirrus
    subject_ok = bool(ctx.closure(claim.subjects) & ctx.closure([payer]))
    object_ok = bool(ctx.closure([claim.object]) & ctx.closure([payee]))
    if subject_ok == object_ok:
        return None
    wrong, right = (claim.object, payee) if subject_ok else (claim.subjects[0], payer)
    return (wrong, right) if _pinned(claim, wrong, subject_ok) and _named_there(ctx, wrong, claim.sentence) else None


def _payer_swap(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> str | None:
    """"Dynamo forced Acme to pay $55 million", "Acme's $55 million bid", naming a payer and
    nothing it pays for, where the registry has that figure paid by another company the article
    names (to a payee the claim does not name either): the payer the claim wrongly names, or None.
    As for a valuation, the payer must sit where the grammar certainly puts it and be named there,
    and the sentence must not name the fact's payer too (then the parse's pick may be the slip)."""
    named = claim.subjects[0] if len(claim.subjects) == 1 else None
    swapped = (
        claim.relation in PAYER_RELATIONS
        and fact.relation in PAYER_RELATIONS
        and claim.purpose is None  # "spent $55 million on servers": spending of its own, perhaps no fact's
        and certain_place(claim, named)
        and _named_there(ctx, named, claim.subject_text or "")
        and not ctx.closure([named]) & ctx.closure([fact.subject, fact.object])
        and not ctx.closure([fact.subject]) & ctx.closure(ctx.named_in(claim.sentence))
        and fact.subject in ctx.article_entities
    )
    return named if swapped else None


def _pinned(claim: PricedClaim, wrong: str | None, subject_ok: bool) -> bool:
    """The wrong side sits where the grammar certainly puts it, and the right side is the text's,
    not one the registry completed: a guess on either side swaps nothing."""
    kept = claim.subject_role if subject_ok else claim.object_role
    return kept != "registry" and certain_place(claim, wrong)


def certain_place(claim: PricedClaim, party: str | None) -> bool:
    """The party sits where the claim's own clause certainly puts it (models.CERTAIN_PLACES: the
    clause's own subject or object, a passive agent, the figure's possessor or preposition ...). A
    party taken from a "led by" phrase, a clause above the figure, a relative pronoun, a pronoun
    whose name is in another sentence, an apposition or a name inside another noun phrase is the
    parse's guess, and a guess is never called swapped."""
    if party is None:
        return False
    if party == claim.object:
        return claim.object_role in CERTAIN_PLACES
    return bool(claim.subjects) and party == claim.subjects[0] and claim.subject_role in CERTAIN_PLACES


def _named_there(ctx: RegistryContext, party: str | None, text: str) -> bool:
    """A registry company the text names by name or alias: a party the parse took from a
    pronoun ("It raised ...") or an earlier sentence is a guess, and a guess swaps nothing."""
    return party is not None and party in ctx.registry.entities and bool(ctx.closure([party]) & ctx.closure(ctx.named_in(text)))


def _valuation_swap(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> str | None:
    """"Cirrus, valued at $200 billion" where the registry has that valuation for another
    company the article names; for spending, the project it is spent on; for a result its clause
    states ("Pelican reported net income of £545 million"), the company it names, against a fact
    of the result's kind (stated_results.py): the party the claim wrongly names, or None."""
    named = claim.object if claim.object and claim.relation == "spends_on" else (claim.subjects[0] if len(claim.subjects) == 1 and not claim.object else None)
    swapped = (
        _own_figure_placed(claim, fact, named)
        and _named_there(ctx, named, (claim.subject_text or "") if named in claim.subjects else claim.sentence)
        and fact.subject not in ctx.closure([named])
        # the sentence naming the fact's company too ("invested in Scale AI, valuing it at ...",
        # "Wren raised €300 million, Pella said"): the parse's pick may be the slip, or both may
        # have the figure; unless the grammar pins the figure on the claim's company ("Dynamo's valuation")
        and not (ctx.closure([fact.subject]) & ctx.closure(ctx.named_in(claim.sentence)) and not possessive_subject(claim))
        and fact.subject in ctx.article_entities
    )
    return named if swapped else None


def _own_figure_placed(claim: PricedClaim, fact: PricedFact, named: str | None) -> bool:
    """The named party sits where the grammar certainly puts it (for a stated result, also as the
    subject of "said" right before the results noun), and the fact is a figure of the claim's
    kind: its relation, and for a result, per share exactly when the claim is."""
    if stated_result(claim):
        return (certain_place(claim, named) or reported_by_subject(claim)) and of_its_kind(claim, fact)
    return certain_place(claim, named) and fact.relation == claim.relation


# -- relations -----------------------------------------------------------------------------
def _relation_verdict(ctx: RegistryContext, claim: RelationClaim) -> Verdict:
    subjects = ctx.closure(claim.subjects)
    objects = ctx.closure([claim.object])
    same = [f for f in _relation_facts(ctx, claim.relation, subjects | objects) if f.subject in subjects and f.object in objects]
    if claim.relation == "partners_with":  # symmetric
        same += [f for f in _relation_facts(ctx, claim.relation, objects) if f.subject in objects and f.object in subjects]
    if same:
        return Verdict("supported", list({f.id: f for f in same}.values()))
    contradiction = office_contradiction(ctx, claim, subjects, objects)
    if contradiction:
        return Verdict("contradicted", [contradiction[0]], contradiction[1])
    return Verdict("unverified")


def _relation_facts(ctx: RegistryContext, relation: str | None, keys: set[str]) -> list[Fact]:
    return [f for key in sorted(keys) for f in ctx.registry.facts_about(key) if f.relation == relation]
