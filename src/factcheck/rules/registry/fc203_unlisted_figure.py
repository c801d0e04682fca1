"""FC203 unlisted-figure."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import CheckContext
from factcheck.models import Severity
from factcheck.normalize.money import format_amount
from factcheck.registry import Fact
from factcheck.rules.base import Hit, Rule, evidence_of


class UnlistedFigure(Rule):
    """A figure for a pair of parties and a relation the registry knows, that none of its facts has.

    Why: when the article names who pays whom and the registry holds that deal, a figure that
    matches no tranche, no running total and no ceiling of it is most likely wrong; but the
    registry may lack a step of the deal, so the figure is questioned with the registry's own
    figures beside it rather than "corrected" to one of them.

    Flags: "Acme put $4.2 billion into Beta" when the registry has $2 billion (2023) and $3
    billion (2024) for Acme → Beta; "Acme and Beta: a $9 billion deal" when the sentence names
    both parties but the parse did not attach them to the figure, and the registry has $10
    billion.

    Passes: "Acme put $3 billion into Beta", or "$5 billion in all" (the running total).

    Tolerance: the claim's printed precision against each fact, as for FC201; a fact dated in
    another year than the one the claim gives does not count against it. When the figure
    disagrees with the pair's one fact and the parse attached the parties, FC201 reports it. A
    total the article's own figures add up to is checked through them, not here; an earlier
    figure meets an undated fact only when the registry lists several for the series (a lone one
    may be the current figure). The sentence's names count only for money going the way the
    fact goes: "$6 billion allocated for Beta" is not Beta's own spending.

    Fix: check the figure against the listed sources; if it is a step the registry lacks, add
    a sourced fact (`factcheck sources extract`).
    """

    code = "FC203"
    name = "unlisted-figure"
    severity = Severity.WARNING
    summary = "A figure for a known pair and relation that none of the registry's facts has."
    needs_registry = True

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for claim in ctx.party_claims:  # the claims the engine gave a verdict
            verdict = ctx.verdicts.get(claim.id)
            if verdict is None or verdict.state != "unlisted":
                continue
            yield Hit(
                span=claim.span,
                message=f"the registry has {_listing(ctx, verdict.facts)}; not {claim.text!r}.",
                claims=(claim.id,),
                evidence=tuple(e for fact in verdict.facts for e in evidence_of(fact, limit=1)),
            )


def _listing(ctx: CheckContext, facts: list[Fact]) -> str:
    """"$2B (2023), $3B (2024) and $5B (2024) for Acme → Beta; ..." per pair."""
    pairs: dict[tuple[str, str | None], list[str]] = {}
    for fact in facts:
        a = fact.amount
        if a is None:  # an unlisted figure is weighed against the facts with one
            continue
        figure = format_amount(a.value, a.currency, a.qualifier.value, a.high)
        pairs.setdefault((fact.subject, fact.object), []).append(f"{figure} ({fact.date.year})" if fact.date else figure)
    return "; ".join(f"{_and(figures)} for {_who(ctx, subject, obj)}" for (subject, obj), figures in pairs.items())


def _who(ctx: CheckContext, subject: str, obj: str | None) -> str:
    return f"{ctx.name(subject)} → {ctx.name(obj)}" if obj else ctx.name(subject)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
