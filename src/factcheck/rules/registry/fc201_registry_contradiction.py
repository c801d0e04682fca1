"""FC201 registry-contradiction."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.check.context import CheckContext
from factcheck.models import Fix, PartyClaim, Severity, Span
from factcheck.normalize.money import format_amount
from factcheck.registry import Fact
from factcheck.rules.base import Hit, Rule, evidence_of


class RegistryContradiction(Rule):
    """A claim whose amount, hedge or counterparty disagrees with a fact in the source registry.

    Why: the registry holds what the companies' own announcements say. A figure that differs,
    a dropped "up to", or money sent to the wrong company is an error in the article.

    Flags: "Bolt will invest $10 billion in Cirrus" when Bolt's announcement says "up to $10
    billion"; "Bolt will invest up to $10 billion in Dynamo" when the $10 billion went to
    Cirrus; the registry's figure attributed to a party it does not have it for, on either side
    ("Wren invested $5 billion in Cirrus", "Wren's €300 million fundraise", "valued at $2 billion"
    where the registry has that figure for a company the article names elsewhere, and none for
    Wren; a result its clause states, "Wren reported net income of $90 million" or "..., or $1.20 a
    share", where the registry has that result for another company the article names; a payer
    named with nothing it pays for, "Dynamo forced Wren to fork out €55 million" or "Wren's €55
    million outlay", where the registry has that figure paid by another company the article
    names); "Acme CEO John Doe" when the registry names Jane Roe (whether or not it knows John
    Doe); "Bolt CEO Jane Roe" when the registry has Jane Roe heading Acme and no one heading Bolt.

    Passes: "Bolt will invest up to $10 billion in Cirrus", or "about $10 billion" where the
    registry has $10 billion. A company is called the wrong one only where the clause certainly
    names it (its subject or object, a passive agent, the figure's possessor or preposition, a
    pronoun whose name is in the sentence, the object a verb makes pay, "forced Wren to pay", not
    one it only asks to, "asked Wren to pay"): "Dynamo led Cirrus's $50 million round" where the
    registry has Acme's $50 million in Cirrus is no swap (a lead is not a round's only
    investor), nor a name the parser hangs a relative "which" or a clause above the figure on
    (but for a company's "said" right before its results: "Wren said revenue rose to ...").
    Nor is a figure a swap when a fact on the claim's own pair is firmly about it (the figure is
    then that fact's to match), when the registry has the figure for the party the claim names
    (two parties with one figure: a claim on either passes), when its relation is unset or
    "other" or it is a price per unit (unless it is a result its clause states: a results metric,
    reported, of the company the clause names, against a registry result of its kind; never a
    price per share in a deal), when it is one figure for each of several parties ("each",
    "apiece") or one its sentence says another party has too ("as well", "likewise"), or when
    its sentence also names the company the registry has it for.

    Tolerance: the claim's printed precision and hedge against the registry value's own
    precision; a registry "about" accepts a firm figure in its range. A swap needs the fact's
    currency and period, a hedge of the same kind (an added "up to" is a hedge error, not a
    swap) and no other year. An office holder put in the past ("former", "then-", a paragraph
    dated before the registry's holder took office) or named by one of the registry holder's
    names ("Acme CEO Roe") is not contradicted.

    Fix: the registry's figure with its hedge; for a wrong company, the registry's company in
    place of its name (the finding then sits on the name; none where the sentence names it
    twice, or where two parties of the article have the figure: the message lists both); the
    evidence is the source's quote and URL.
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
            if verdict.problem == "counterparty" and verdict.swapped:
                yield _counterparty_hit(ctx, claim, verdict.facts, *verdict.swapped)
                continue
            yield Hit(
                span=claim.span,
                message=_message(ctx, claim, fact, verdict.problem),
                claims=(claim.id,),
                evidence=evidence_of(fact),
                fix=_fix(ctx, claim, fact, verdict.problem),
            )


# How a message says what the registry has a figure as: (the payer's words, the payee's).
RELATION_WORDS = {
    "invests_in": ("invested by", "in"),
    "raises": ("raised by", "from"),
    "commits_to_purchase": ("committed by", "to"),
    "spends_on": ("spent by", "on"),
    "acquires": ("paid by", "for"),
    "valued_at": ("as the valuation of", ""),
    "revenue": ("as the revenue of", ""),
}


def _counterparty_hit(ctx: CheckContext, claim: PartyClaim, facts: Sequence[Fact], wrong: str, right: str) -> Hit:
    """The wrong company is the error, so the finding sits on its name and the fix replaces
    the name, not the figure; where the sentence names it more than once (or the name cannot
    be found), on the figure without a fix; and no fix where two parties have the figure."""
    name_span = _only_mention(ctx, claim, wrong)
    recorded = " and ".join(f"{_as_recorded(ctx, fact)} ({fact.id})" for fact in facts)
    certain = name_span is not None and len(facts) == 1
    return Hit(
        span=name_span or claim.span,
        message=f"{claim.text!r} names {ctx.name(wrong)}; the registry has {recorded}, and no such figure for {ctx.name(wrong)}.",
        claims=(claim.id,),
        evidence=evidence_of(facts[0]),
        fix=Fix(replacement=ctx.name(right)) if certain else None,
    )


def _as_recorded(ctx: CheckContext, fact: Fact) -> str:
    """"$400M raised by Nubank", "$5B invested by Acme in Cirrus", "$38B as AWS → OpenAI", "$1.04 per share for Acme"."""
    payer, payee = RELATION_WORDS.get(fact.relation or "", ("", ""))
    if fact.relation == "other" and not fact.object:  # one company's own figure: a result ("$1.04 per share for Acme")
        per = f" per {fact.amount.per}" if fact.amount and fact.amount.per else ""
        return f"{_registry_amount(fact)}{per} for {ctx.name(fact.subject)}"
    if not payer:
        return f"{_registry_amount(fact)} as {_parties(ctx, fact)}"
    tail = f" {payee} {ctx.name(fact.object)}" if fact.object and payee else ""
    return f"{_registry_amount(fact)} {payer} {ctx.name(fact.subject)}{tail}"


def _only_mention(ctx: CheckContext, claim: PartyClaim, key: str) -> Span | None:
    """The span of the one mention of registry entity `key` in the claim's sentence, if it has one."""
    if ctx.registry is None or key not in ctx.registry.entities:
        return None
    # The sentence as the prose view has it (markup blanked, offsets kept): claim.sentence collapses
    # whitespace, so offsets into it are not offsets into the document.
    base = claim.sentence_span.start
    sentence = ctx.document.prose_text[base : claim.sentence_span.end]
    found = {
        (match.start(), match.end())
        for name in ctx.registry.entities[key].names
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
    }
    if len({start for start, _ in found}) != 1:
        return None
    start, end = max(found, key=lambda f: f[1])  # the longest name at that offset
    return Span(start=base + start, end=base + end)


def _registry_amount(fact: Fact) -> str:
    """The fact's figure with its hedge ("up to $10B"); a fact without one (a relation) by its id."""
    a = fact.amount
    return format_amount(a.value, a.currency, a.qualifier.value, a.high) if a else fact.id


def _parties(ctx: CheckContext, fact: Fact) -> str:
    """"NVIDIA → OpenAI", or the subject alone for a fact with no object."""
    return f"{ctx.name(fact.subject)} → {ctx.name(fact.object)}" if fact.object else ctx.name(fact.subject)


def _message(ctx: CheckContext, claim: PartyClaim, fact: Fact, problem: str | None) -> str:
    who = _parties(ctx, fact)
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
