"""Claim–fact alignment: on what evidence a registry fact is about a money claim.

Each comparable fact (currency, period, compatible relation) is scored on how the article
names its parties:

- "clause": the claim's own parties as parsed (its subject and object, or the passage's
  parties when the sentence names none) are the fact's;
- "sentence": the claim's sentence names both of the fact's parties (one, for a fact with no
  object), although the parse did not attach them to the figure;
- "mention": a fact about one company (its valuation, its revenue) whose company the sentence
  names among others, or a fact one of whose sides the claim names, naming no party the fact
  lacks: enough to support the figure, not to contradict it;
- None: not about the claim.

A fact with no counterparty (a company's total spending) does not contradict a deal's value,
which has one: "a $38 billion agreement" is not a wrong figure for a company's $1.4 trillion of
commitments.

and on time: a fact dated in another year than the one the claim gives ("in 2023") cannot
contradict it, though it may still support it (a deal announced one year, closed the next).
The verdict (matching.py) reads these scores; nothing here decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeGuard

from factcheck.check.context import CheckContext, relations_compatible
from factcheck.extract.metrics import metrics_named
from factcheck.extract.time import period_length
from factcheck.models import Amount, Claim, MoneyClaim, Qualifier
from factcheck.registry import Fact, FactAmount, Registry

if TYPE_CHECKING:
    # What the verdict knows once it has checked them, spelled out for mypy (no runtime
    # classes: the guards below narrow the models the pipeline made).

    class PricedClaim(MoneyClaim):
        """A money claim whose amount was read."""

        amount: Amount

    class PricedFact(Fact):
        """A registry fact with an amount."""

        amount: FactAmount

    class RegistryContext(CheckContext):
        """A check context with a registry."""

        registry: Registry
else:
    PricedClaim, PricedFact, RegistryContext = MoneyClaim, Fact, CheckContext


def is_priced(claim: Claim) -> TypeGuard[PricedClaim]:
    return isinstance(claim, MoneyClaim) and claim.amount is not None


def has_amount(fact: Fact) -> TypeGuard[PricedFact]:
    return fact.amount is not None


def has_registry(ctx: CheckContext) -> TypeGuard[RegistryContext]:
    return ctx.registry is not None

Evidence = Literal["clause", "sentence", "mention"]
# Relations a fact states of one company alone: a sentence naming only that company and giving
# such a figure is about it, whatever the parse attached.
SINGLE_PARTY = {"valued_at", "revenue"}
HEADLINE_ROUNDING = Decimal("0.05")
# The figures of a company's results (extract/metrics.py); "guidance" is left out: its words also
# introduce commitments ("is expected to invest").
RESULT_METRICS = ("revenue", "net_income", "operating_profit", "eps", "costs", "dividend")
# A sentence end inside a claim's sentence text: ". " before a capital, not inside "U.S. Steel".
SENTENCE_END = re.compile(r"(?<!\.[A-Z])[.!?][\"”’)]?\s+(?=[A-Z“\"])")
PER_SHARE_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b", re.I)  # "$1.04 a diluted share"
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
PURPOSE_WORD = re.compile(r"[a-z][a-z-]+")
PURPOSE_WORD_LENGTH = 4  # "roads", "schools", "defence": words that say what is bought, not "its", "new"
# How far from its article a fact per period may be dated and still be the article's period's.
PERIOD_DAYS = {"annual": 366, "quarterly": 92, "monthly": 31}
MONTH = re.compile(r"(?:^|(?:19|20)\d\d|-)-(\d\d)$")  # "2025-08" or "--08": a period that names its month


@dataclass(frozen=True)
class Aligned:
    """A fact with the evidence that it is about the claim."""

    fact: PricedFact
    evidence: Evidence
    same_time: bool  # False when the claim's year and the fact's date disagree
    can_contradict: bool  # the evidence is strong enough for a disagreement to count


def aligned_facts(ctx: RegistryContext, claim: PricedClaim, candidates: list[PricedFact]) -> list[Aligned]:
    """The candidates that are about the claim, each with its strongest evidence."""
    found = []
    for fact in candidates:
        evidence = _evidence(ctx, claim, fact)
        if evidence:
            firm = evidence != "mention" and (fact.object is not None or fact.relation == claim.relation or claim.relation != "deal_value")
            found.append(Aligned(fact, evidence, same_time(claim, fact) and of_article_time(ctx, claim, fact), firm))
    return found


def of_article_time(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """A party's figure per period (a year's results, a budget year's outlay) that the claim
    gives no year of its own is of the article's time: a fact dated more than a period's length
    from the article's date is another period's figure, which the claim cannot contradict (an
    article of 2024 on "operating profit of £2.1bn" says nothing against the registry's profit
    of 2030). With no article date or no fact date nothing says the periods differ."""
    published = ctx.document.date
    if not fact.amount.period or fact.object is not None or fact.date is None or published is None or _claim_year(claim) is not None:
        return True
    return abs((published - fact.date).days) <= PERIOD_DAYS[fact.amount.period]


def _claim_year(claim: PricedClaim) -> int | None:
    time = getattr(claim, "time", None)
    year = YEAR.search(time.period) if time and time.period else None
    return int(year.group(1)) if year else None


def candidate_facts(ctx: RegistryContext, claim: PricedClaim) -> list[PricedFact]:
    """Comparable facts on any party the claim or its sentence names (sorted keys: the order
    of a set changes with each process's hash seed, and the output must not)."""
    keys = ctx.closure([*claim.subjects, claim.object, *claim.parties, *ctx.named_in(claim.sentence), sole_payer(ctx, claim)])
    seen: dict[str, PricedFact] = {}
    for key in sorted(keys):
        for fact in ctx.registry.facts_about(key):
            if has_amount(fact) and comparable(claim, fact):
                seen.setdefault(fact.id, fact)
    return list(seen.values())


def comparable(claim: PricedClaim, fact: PricedFact) -> bool:
    amount = fact.amount
    return (
        amount.currency == claim.amount.currency
        and periods_fit(claim, fact)
        and _unit_price_fits(claim, fact)
        and relations_compatible(claim.relation, fact.relation)
        and _metric_fits(claim, fact)
        and _purpose_fits(claim, fact)
    )


def _purpose_fits(claim: PricedClaim, fact: PricedFact) -> bool:
    """Spending on something ("Rs 900 crore on rural roads in the next fiscal") is a part of a
    party's spending for its period, not the whole: it meets a party's own fact per period (no
    counterparty) only when the fact's quotes name what it is spent on."""
    purpose = getattr(claim, "purpose", None)
    if not purpose or fact.object is not None or fact.amount.period is None:
        return True
    words = {w for w in PURPOSE_WORD.findall(purpose.lower()) if len(w) >= PURPOSE_WORD_LENGTH}
    quoted = _quoted(fact).lower()
    return any(re.search(rf"\b{re.escape(w)}", quoted) for w in words)


def _metric_fits(claim: PricedClaim, fact: PricedFact) -> bool:
    """A results figure meets a party's own fact only when the fact's quotes name its metric, if
    they name any: "a $112 million impairment charge" is no figure of the registry's "net income
    was $73 million", though both are the company's and of relation other. A quote of the figure
    alone says nothing against it."""
    if claim.metric not in RESULT_METRICS or fact.object is not None:
        return True
    named = metrics_named(_quoted(fact))
    return not named or claim.metric in named


def _quoted(fact: PricedFact) -> str:
    """The fact's source quotes, one text ("; " between them: no phrase runs from one into the next)."""
    return " ; ".join(source.quote for source in fact.sources)


def periods_fit(claim: PricedClaim, fact: PricedFact) -> bool:
    """The claim's figure is of the fact's period: the same rate ("$30 billion a year"), or
    one period's figure where the fact gives a party's own figure per period (a year's results,
    a budget year's outlay: `period: annual` with no counterparty). A figure with no rate words
    of its own is one period's when its time anchor names a period of the fact's length ("in
    2011", "fiscal 2016", "last year" for an annual fact; "Q3 2008" for a quarterly one), or,
    with no such anchor, when it is a reported result (revenue, profit, earnings per share: a
    period's by nature) or a budget's own figure ("the outlay is estimated at ...": its budget
    year's, extract/budget.py). A deal's value over years is no year's figure: a fact with a
    counterparty, or a claim with a term ("over five years") or a running total, keeps to its
    own rate (`_rates` in matching.py finds it compatible at best)."""
    mine, theirs = claim.amount.period, fact.amount.period
    if mine == theirs:
        return True
    if mine is not None or theirs is None or fact.object is not None or claim.context.term_years or (claim.time and claim.time.running_total):
        return False
    length = period_length(claim.time.period if claim.time else None)
    if length is not None:
        return length == theirs
    return (claim.metric in RESULT_METRICS or claim.context.budget_figure) and theirs != "monthly" and not claim.context.forecast


def _unit_price_fits(claim: PricedClaim, fact: PricedFact) -> bool:
    """A unit price ("$0.01 per share") meets only a fact of its own kind (an exercise price). A
    figure its words put per share ("$1.04 a share") meets only a fact per share, and a fact per
    share no figure the words call another result: earnings per share is no figure of net income."""
    if (fact.amount.per == "share" and not _not_another_result(claim)) or (per_share(claim) and fact.amount.per != "share"):
        return False
    if not claim.amount.per:
        return True
    return fact.relation == claim.relation == "other" and (claim.amount.qualifier is Qualifier.EXACT or same_figure(claim, fact))


def per_share(claim: PricedClaim) -> bool:
    """The figure's own words make it one per share: "$1.04 per share" (the amount's unit), "$1.04 a share"."""
    after = claim.sentence[max(0, claim.span.end - claim.sentence_span.start) :][:24]
    return claim.amount.per == "share" or PER_SHARE_AFTER.match(after) is not None


def _not_another_result(claim: PricedClaim) -> bool:
    """Not a result of another kind: a figure the words call net income or revenue is never per
    share, but a figure of no metric may be ("up from 98 cents" after earnings per share)."""
    return claim.metric in (None, "eps") or per_share(claim)


def maybe_per_share(claim: PricedClaim) -> bool:
    """Per share by its own words, or by its metric ("EPS of $1.04"; the metric may also come from a
    price per share earlier in the clause: "a $94 per share bid that valued it at $5.2 billion")."""
    return per_share(claim) or claim.metric == "eps"


def same_figure(claim: PricedClaim, fact: PricedFact) -> bool:
    """The fact's figure is what the claim prints, within its rounding (and 10% for an "about" fact)."""
    from factcheck.normalize.compare import ABOUT_FACT

    slack = claim.amount.precision
    if claim.context.headline:  # a headline rounds ("up to $20bn" for up to $19.4 billion)
        slack = max(slack, claim.amount.value * HEADLINE_ROUNDING)
    if fact.amount.qualifier is Qualifier.ABOUT:
        slack += fact.amount.value * ABOUT_FACT
    low, high = claim.amount.value - slack, (claim.amount.high or claim.amount.value) + slack
    return low <= fact.amount.value <= high


def _evidence(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> Evidence | None:
    if _one_family_unnamed(ctx, claim, fact):
        return None
    if parties_match(ctx, claim, fact):
        return "mention" if _payer_guessed(ctx, claim, fact) else "clause"
    if claim.relation is None:
        return None
    if _names_one_side_only(ctx, claim, fact):
        return "mention"
    return _sentence_evidence(ctx, claim, fact)


def _sentence_evidence(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> Evidence | None:
    """The claim's parse does not match the fact's parties: what its sentence names decides."""
    named = ctx.closure(ctx.named_in(claim.sentence))
    subject = ctx.closure([fact.subject])
    if not subject & named or _other_payee(ctx, claim, fact) or _sides_reversed(ctx, claim, fact) or _paid_in_sentence(ctx, claim, fact):
        return None
    if fact.object:
        return "sentence" if ctx.closure([fact.object]) & named and _payer_fits(ctx, claim, fact) else None
    if fact.relation not in SINGLE_PARTY or fact.relation != claim.relation or (possessive_subject(claim) and not ctx.closure(claim.subjects) & subject):
        return None  # "pushing Dynamo's valuation to ...": about Dynamo, whoever else the sentence names
    return "sentence" if named <= subject else "mention"


def _payer_guessed(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The parse attached no payer and a pronoun or the passage's salience stood in for one
    (subject_found "paragraph" or "article", extract/attribution.py), from outside the claim's
    own sentence, or named there only as what another figure goes to: the payer is a guess,
    enough to support the figure, never to contradict it (issue 13). A headline "Acme Signs $14B
    Deal With Cirrus" names its payer, parse or not."""
    if claim.kind != "money" or claim.subjects or claim.subject_found not in ("paragraph", "article", "group") or sole_payer_of(ctx, claim, fact):
        return False
    return not ctx.closure([fact.subject]) & ctx.closure(ctx.named_in(own_sentence(claim))) or _paid_in_sentence(ctx, claim, fact)


def sole_payer(ctx: RegistryContext, claim: PricedClaim) -> str | None:
    """The article's sole party with figures of its own (CheckContext.sole_party: the state of
    a budget story, the company of a deal story) as the payer of a figure whose clause names
    none: no subject, no group, no payee, no purpose (spending on something is a part of the
    party's year), a relation, no guess of another payer (_may_pay), and an own sentence naming
    no other registry party (a payee it names, "new schemes worth Rs 900 crore", may be the
    figure's: the payment, not the party's own total), unless another figure of the sentence has
    it in its own purpose ("... includes new schemes worth Rs 900 crore"). "The outlay is Rs 5
    lakh crore" in a story of one state's budget is that state's; it compares with that party's
    own figures only (sole_payer_of), and as the passage's party, never certain enough for an
    error. A results figure (a metric: revenue, profit, guidance) is left to the reporter of a
    results story (extract/reporter.py), which tells the company's whole results from a part
    ("Subscription revenue was $9 billion")."""
    if claim.subjects or claim.object or claim.relation is None or claim.subject_group or ctx.sole_party is None:
        return None
    if claim.metric is not None:
        return None  # a results figure's company, and whether it is the whole's, is the reporter's to say (extract/reporter.py)
    if claim.purpose:
        return None  # "Rs 900 crore on rural roads", "new schemes worth Rs 300 crore": a part of the party's year, not its own total
    sole = ctx.closure([ctx.sole_party])
    if claim.guessed_subject and not ctx.closure([claim.guessed_subject]) & sole and _may_pay(ctx, claim.guessed_subject):
        return None  # the passage is about another payer
    return ctx.sole_party if set(ctx.named_in(own_sentence(claim))) <= sole | _paid_by_other_figures(ctx, claim) else None


def _paid_by_other_figures(ctx: RegistryContext, claim: PricedClaim) -> set[str]:
    """The registry parties the sentence names only inside other figures' own purposes
    ("includes Valdoria Rail schemes worth Rs 300 crore": that figure's, not this one's): payees
    of the other figures, no payer of this one. Named once more elsewhere in the sentence ("a
    grant to Valdoria Rail"), a party may be this figure's."""
    purposes = [o.purpose for o in ctx.money if o.id != claim.id and o.sentence_span == claim.sentence_span and o.purpose]
    sentence = own_sentence(claim)
    return {key for key in ctx.named_in(" ; ".join(purposes)) if _times_named(ctx, key, sentence) == sum(_times_named(ctx, key, p) for p in purposes)}


def _times_named(ctx: RegistryContext, key: str, text: str) -> int:
    """How often `text` names the registry party `key`, by any of its names (the longest at one place)."""
    return len({start for start, _, found in _named_positions(ctx, text, exclude=set()) if found == key})


def _may_pay(ctx: RegistryContext, key: str) -> bool:
    """A name the registry does not know, or a registry party that pays in some fact: a payer
    the figure may be about. A registry party only ever paid (a budget's schemes, a bought
    company) is not."""
    return key not in ctx.registry.entities or any(f.subject in ctx.closure([key]) for f in ctx.registry.facts_about(key))


def sole_payer_of(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The fact is a figure of the article's sole party's own (no counterparty), and the claim's payer is that party."""
    sole = sole_payer(ctx, claim) if fact.object is None else None
    return sole is not None and bool(ctx.closure([sole]) & ctx.closure([fact.subject]))


def _one_family_unnamed(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """A fact between a company and its own subsidiary (Meta acquiring WhatsApp) is about a claim
    only when the claim or its sentence names both sides themselves: the family closure that lets
    "Meta" stand for WhatsApp elsewhere would make every Meta figure that fact's."""
    if not fact.object or not ctx.closure([fact.subject]) & ctx.closure([fact.object]):
        return False
    named = {*claim.subjects, claim.object, *claim.parties, *ctx.named_in(claim.sentence)}
    return not {fact.subject, fact.object} <= named


def _payer_fits(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """A payer other than the parsed one counts only as the company named last before the
    figure: in "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5
    billion" the $5 billion is Microsoft's, though the parse may give it to Nvidia; in "Acme
    ... $10 billion ..., and Bolt $5 billion" the $10 billion stays Acme's. When the figure's
    own sentence names no company before it, the payer is the first named after it ("This
    follows a $6 billion commitment by Bolt")."""
    if not claim.subjects or ctx.closure(claim.subjects) & ctx.closure([fact.subject]):
        return True
    sentence = own_sentence(claim)
    start, end = claim.span.start - claim.sentence_span.start, claim.span.end - claim.sentence_span.start
    payee = ctx.closure([fact.object])
    payer = last_named(ctx, sentence[: max(0, start)], exclude=payee) or first_named(ctx, sentence[max(0, end) :], exclude=payee)
    return payer is not None and bool(ctx.closure([payer]) & ctx.closure([fact.subject]))


def possessive_subject(claim: PricedClaim) -> bool:
    """The claim's company is written as the possessor before the figure ("Dynamo's valuation
    rose to $200 billion"): the figure is that company's, as certain as the grammar makes it."""
    if not claim.subject_text or len(claim.subjects) != 1:
        return False
    before = own_sentence(claim)[: max(0, claim.span.start - claim.sentence_span.start)]
    return re.search(rf"(?<!\w){re.escape(claim.subject_text)}(?:'s|’s|'|’)(?!\w)", before) is not None


def own_sentence(claim: PricedClaim) -> str:
    """The claim's sentence from its last sentence end before the figure: a text the splitter
    glued at "$22.4B. This follows ..." must not hand the figure to a company of the sentence
    before (a guess, not gapping). Offsets into it stay those of `claim.sentence`."""
    before = claim.sentence[: max(0, claim.span.start - claim.sentence_span.start)]
    ends = list(SENTENCE_END.finditer(before))
    return " " * ends[-1].end() + claim.sentence[ends[-1].end() :] if ends else claim.sentence


def last_named(ctx: RegistryContext, text: str, exclude: set[str]) -> str | None:
    """The registry company named last in `text`, leaving out `exclude` (the payee)."""
    found = _named_positions(ctx, text, exclude)
    return max(found, key=lambda f: (f[0], len(f[1])))[2] if found else None


def first_named(ctx: RegistryContext, text: str, exclude: set[str]) -> str | None:
    """The registry company named first in `text`, leaving out `exclude` (the payee)."""
    found = _named_positions(ctx, text, exclude)
    return min(found, key=lambda f: (f[0], -len(f[1])))[2] if found else None


def _named_positions(ctx: RegistryContext, text: str, exclude: set[str]) -> list[tuple[int, str, str]]:
    """(offset, name, entity id) of each registry name in `text`, leaving out `exclude`: the
    longer name wins at one offset ("Microsoft Azure" over "Microsoft")."""
    from factcheck.check.context import named_entities

    registry = ctx.registry
    if registry is None:
        return []
    return [
        (match.start(), name, key)
        for key in named_entities(registry, text)
        if key not in exclude
        for name in registry.entities[key].names
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]


def _other_payee(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The parse attached a registry company as the payee that the fact does not have: the
    sentence naming the fact's parties elsewhere does not outweigh it. (A payer the parse got
    wrong is common in gapped clauses, "Nvidia will invest up to $10 billion, and Microsoft up
    to $5 billion", where the payee is shared.)"""
    if not claim.object or claim.object not in ctx.registry.entities:
        return False
    return not ctx.closure([claim.object]) & ctx.closure([fact.subject, fact.object])


def _paid_in_sentence(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The fact's payer receives another figure of the same kind in the same sentence ("$6 billion
    has been allocated for Dynamo and $2 billion for Cirrus"): named as a receiver of the parallel
    figure, it is no payer of this one. (A company that raises a round and is valued by it is both.)"""
    subject = ctx.closure([fact.subject])
    return any(
        other.id != claim.id
        and other.sentence_span == claim.sentence_span
        and other.relation == claim.relation
        and other.object
        and ctx.closure([other.object]) & subject
        and not ctx.closure(other.subjects) & subject
        for other in ctx.money
    )


def _sides_reversed(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The parse has the money go to the fact's payer ("$6 billion has been allocated for Dynamo"
    beside Dynamo's own purchase from Cirrus): the sentence naming both sides is then no evidence
    that the figure is that fact's. A deal's value has no direction. (A payer the parse got wrong
    is weighed by _payer_fits: "Juniper's ... commitment by Moss".)"""
    if claim.relation == "deal_value" or fact.object is None or claim.object is None:
        return False
    payee = ctx.closure([claim.object])
    return bool(payee & ctx.closure([fact.subject])) and not payee & ctx.closure([fact.object])


def _names_one_side_only(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The claim names one of the fact's parties and no party the fact lacks ("Microsoft's $30
    billion Azure deal" for the customer's deal with Azure): it may support, never contradict.
    A swapped counterparty names a party the fact lacks, so it is not hidden here; a claim
    whose parties name both sides (attached the wrong way round: "Juniper's $3 billion
    commitment by Moss" parsed as Juniper's) is weighed on its sentence instead."""
    named = {key for key in ctx.closure([*claim.subjects, claim.object, *claim.parties]) if key in ctx.registry.entities}
    sides = ctx.closure([fact.subject, fact.object])
    both = fact.object is not None and bool(named & ctx.closure([fact.subject])) and bool(named & ctx.closure([fact.object]))
    return bool(named) and named <= sides and not both


def same_time(claim: PricedClaim, fact: PricedFact) -> bool:
    time = getattr(claim, "time", None)
    month = MONTH.search(time.period) if time and time.period else None
    if fact.date is not None and month is not None and int(month.group(1)) != fact.date.month:
        return False  # "from $5 billion in August" is not the figure the registry dates October
    year = _claim_year(claim)
    return year is None or fact.date is None or year == fact.date.year


def parties_match(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    """The claim's parsed parties are the fact's: the payer and the payee (for a deal's value,
    the two sides in either order), by name, family or the passage's parties."""
    if claim.relation == "deal_value" and fact.object:
        named = ctx.closure([*claim.subjects, claim.object] if claim.subjects and claim.object else [*claim.subjects, claim.object, *claim.parties])
        return bool(named & ctx.closure([fact.subject])) and bool(named & ctx.closure([fact.object]))
    return _subject_ok(ctx, claim, fact) and _object_ok(ctx, claim, fact)


def _subject_ok(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    fact_subject = ctx.closure([fact.subject])
    if not fact.object and claim.object and ctx.closure([claim.object]) & fact_subject:
        return True  # "OpenAI's $500 billion Stargate plan": spending on what the registry records as the spender
    if not claim.subjects:
        return bool(ctx.closure(claim.parties) & fact_subject) or sole_payer_of(ctx, claim, fact)
    return bool(ctx.closure(claim.subjects) & fact_subject)


def _object_ok(ctx: RegistryContext, claim: PricedClaim, fact: PricedFact) -> bool:
    fact_subject = ctx.closure([fact.subject])
    if not fact.object:
        return claim.object is None or bool(ctx.closure([claim.object]) & fact_subject)
    fact_object = ctx.closure([fact.object])
    if not claim.object:
        return bool(ctx.closure(claim.parties) & fact_object)
    return bool(ctx.closure([claim.object]) & fact_object)
