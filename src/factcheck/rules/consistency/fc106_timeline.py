"""FC106 timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from factcheck.arithmetic.sentences import by_sentence
from factcheck.check.context import CheckContext, named_entities
from factcheck.models import Claim, DurationClaim, Evidence, Fix, Severity, Span
from factcheck.normalize.numbers import written_like
from factcheck.registry import Fact, Registry
from factcheck.rules.base import Hit, Rule, evidence_of
from factcheck.rules.consistency.figures import same_figure

NEWEST_WINDOW_DAYS = 31  # facts announced within a month of the newest one belong to the same news

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# What a vague "weeks after" can mean, in days: generous, since announcement and closing dates differ.
VAGUE_DAYS = {"day": (1, 20), "week": (5, 100), "month": (25, 800), "year": (300, 7300)}


def gap_allows(days: int, unit: str, count: int | None) -> bool:
    """Does a gap of `days` (positive: in the stated direction) fit "N units" or a vague "units"?"""
    if days <= 0:
        return False
    low: float
    high: float
    if count is None:
        low, high = VAGUE_DAYS[unit]
    else:
        size = UNIT_DAYS[unit]
        low, high = max(1, (count - 0.5) * size), (count + 1) * size
    return low <= days <= high


def recent_allows(phrase: str, fact_date: dt.date, article_date: dt.date) -> bool:
    phrase = phrase.lower()
    before = (article_date - fact_date).days
    if phrase == "last week":
        return 1 <= before <= 14
    if phrase == "last month":
        months = (article_date.year - fact_date.year) * 12 + article_date.month - fact_date.month
        return months == 1 or 1 <= before <= 45
    if phrase == "last year":
        return article_date.year - fact_date.year == 1
    return fact_date.year == article_date.year and before >= 0  # "this year", "earlier this year"


def _evidence(facts: Iterable[Fact]) -> tuple[Evidence, ...]:
    return tuple(e for fact in facts for e in evidence_of(fact, limit=1))


class _DatedFact(NamedTuple):
    fact: Fact
    date: dt.date


def _dated(facts: Iterable[Fact]) -> list[_DatedFact]:
    """The facts the registry dates, with their dates (an undated fact says nothing of a timeline)."""
    return [_DatedFact(f, f.date) for f in facts if f.date]


def _supporting(ctx: CheckContext, claim: Claim) -> list[Fact]:
    verdict = ctx.verdicts.get(claim.id)
    return list(verdict.facts) if verdict and verdict.state == "supported" else []


class Timeline(Rule):
    """A deal term or a relative time ("weeks after", "last month") that the registry's dates contradict.

    Why: durations and time words are facts too. "A five-year deal" for a seven-year
    commitment, or "weeks after" an event that came a year earlier, misinforms as much as a
    wrong figure.

    Flags: "Dynamo agreed to buy $30 billion of computing capacity from Cirrus Cloud in a
    five-year deal." when the registry's fact has a seven-year term; "Acme invested $5
    billion in Cirrus, a day after Dynamo's deal with Cirrus Cloud." when the registry dates
    the two deals three weeks apart.

    Passes: "a seven-year deal" for that fact; "weeks after Dynamo's deal with Cirrus Cloud";
    and any time word the registry cannot date.

    Tolerance: a term is compared only with the registry fact that supports the claim. Vague
    gaps are read generously ("weeks" is 5 to 100 days, "months" 25 days to about two years),
    counted gaps within half a unit below to one unit above ("two weeks" is 11 to 21 days).
    "last month", "last year" and "this year" are checked only when the article's date is
    known. Nothing is flagged when the registry lacks a date or a term.

    Fix: state the term or the time the registry's source gives.
    """

    code = "FC106"
    name = "timeline"
    severity = Severity.WARNING
    summary = "A stated term or relative time contradicts the registry's dates and terms."
    needs_registry = True

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        yield from self._terms(ctx)
        if ctx.registry is not None:  # needs_registry: the engine runs the rule only with one
            yield from self._gaps(ctx, ctx.registry)
        if ctx.document.date is not None:
            yield from self._recent(ctx, ctx.document.date)

    # -- "a seven-year deal" ----------------------------------------------------------
    def _terms(self, ctx: CheckContext) -> Iterator[Hit]:
        reported: set[int] = set()
        for claim in ctx.money:
            terms = [(f, int(f.term_years)) for f in _supporting(ctx, claim) if f.term_years and same_figure(claim, f)]
            if not terms:
                continue
            for duration in ctx.durations_within(claim.sentence_span, "term"):
                where = duration.value_span
                if where is None or duration.value is None or where.start in reported or any(term == duration.value for _, term in terms):
                    continue
                reported.add(where.start)
                fact, term = terms[0]
                written = ctx.document.prose_text[where.start : where.end]
                yield Hit(
                    span=where,
                    message=f"the article gives a {duration.value}-year term; the registry has {term} years for {ctx.describe(claim)} ({fact.id}).",
                    claims=(claim.id,),
                    evidence=_evidence([fact]),
                    fix=Fix(replacement=written_like(written, term)),
                )

    # -- "weeks after X's deal" ---------------------------------------------------------
    def _gaps(self, ctx: CheckContext, registry: Registry) -> Iterator[Hit]:
        own = {dated.fact.id: dated for c in ctx.party_claims for dated in _dated(_supporting(ctx, c))}
        for gap in (d for d in ctx.durations if d.role == "gap"):
            theirs = _facts_named_in(ctx, registry, gap.relative_to or "")
            ours = _newest([d for d in own.values() if d.fact.id not in {t.fact.id for t in theirs}])
            if not theirs or not ours:
                continue
            if not _gap_fits(gap, ours, theirs):
                yield _gap_hit(gap, ours, theirs)

    # -- "last month", "last year" --------------------------------------------------------
    def _recent(self, ctx: CheckContext, article_date: dt.date) -> Iterator[Hit]:
        for (start, end), claims in by_sentence(ctx.party_claims).items():
            facts = {d.fact.id: d for c in claims for d in _dated(_supporting(ctx, c))}
            if not facts:
                continue
            for recent in ctx.durations_within(Span(start=start, end=end), "recent"):
                phrase = recent.text
                if any(recent_allows(phrase, d.date, article_date) for d in facts.values()):
                    continue
                fact, date = next(iter(facts.values()))
                yield Hit(
                    span=recent.span,
                    message=f"{phrase!r} in an article of {article_date}, but the registry dates {fact.id} {date}.",
                    claims=tuple(c.id for c in claims),
                    evidence=_evidence([fact]),
                )


def _newest(facts: list[_DatedFact]) -> list[_DatedFact]:
    """The article's own event: its newest registry-backed facts (background facts are older)."""
    if not facts:
        return []
    latest = max(f.date for f in facts)
    return [f for f in facts if (latest - f.date).days <= NEWEST_WINDOW_DAYS]


def _facts_named_in(ctx: CheckContext, registry: Registry, text: str) -> list[_DatedFact]:
    """The dated registry facts about the parties `text` names ("weeks after Acme's deal with
    Bolt"): facts between them when it names two or more, else any fact of the one."""
    named = set(named_entities(registry, text))
    if not named:
        return []
    family = ctx.closure(named)
    facts = [f for key in family for f in registry.facts_about(key)]
    if len(named) >= 2:
        facts = [f for f in facts if f.subject in family and f.object in family]
    return _dated(facts)


def _gap_fits(gap: DurationClaim, ours: list[_DatedFact], theirs: list[_DatedFact]) -> bool:
    """Does any pair of dates (our deal, the one named) fit the stated gap ("two weeks after")?"""
    sign = 1 if gap.direction == "after" else -1
    unit = gap.unit or "day"  # extract gives every gap its unit
    return any(gap_allows(sign * (o.date - t.date).days, unit, gap.value) for o in ours for t in theirs)


def _gap_hit(gap: DurationClaim, ours: list[_DatedFact], theirs: list[_DatedFact]) -> Hit:
    """The finding of a stated gap no pair of dates fits, giving the nearest pair's real gap."""
    mine, other = min(((o, t) for o in ours for t in theirs), key=lambda p: abs((p[0].date - p[1].date).days))
    days = (mine.date - other.date).days
    relation = f"{abs(days)} days {'after' if days > 0 else 'before'}" if days else "on the same day as"
    return Hit(
        span=gap.span,
        message=f"{gap.text!r}: the registry dates this deal ({mine.fact.id}, {mine.date}) {relation} {other.fact.id} ({other.date}).",
        evidence=_evidence([mine.fact, other.fact]),
    )
