"""FC102 value-conflict."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from factcheck.check.context import CheckContext, amount_of
from factcheck.extract.time import periods_differ
from factcheck.models import Fix, MoneyClaim, Severity
from factcheck.normalize.compare import amount_interval, overlaps
from factcheck.rules.base import Hit, Rule


class ValueConflict(Rule):
    """The same fact (who, what, to whom) stated with two amounts that cannot both be true.

    Why: when one article gives two figures for one investment, at least one is wrong, and
    readers cannot tell which.

    Flags: "Acme will invest $10 billion in Cirrus." and, later, "Acme's $12 billion
    investment in Cirrus".

    Passes: "Acme will invest $10 billion in Cirrus" and "Acme's roughly $10 billion
    investment in Cirrus"; also an earlier valuation marked as such ("up from its $183 billion
    valuation in September"), and a valuation dated to a year against an undated one (a
    valuation changes over time: "valued at $6 billion in 2024" is not today's); also two
    metrics of one company's results ("revenue of $5 billion ... net income of $1 billion"); also
    two rounds one investor led ("Dynamo led Cirrus's $50 million round" and, later, "a $90 million
    round led by Dynamo"): the figure is the round's, not what the lead paid, and one lead leads
    many rounds.

    Also two figures of one sentence ("plans to invest $500 billion in Cirrus over four years,
    starting with $100 billion"): a whole and its first step, or two steps, not one fact twice.

    Tolerance: each figure within the range its printed digits and hedge allow. Amounts in
    different currencies, rates against lump sums, and figures marked as earlier, additional
    or cumulative, and two figures the registry holds as two facts of the pair, are not compared.

    Fix: use one figure throughout; the suggested replacement is the figure stated first (or
    the one the registry supports).
    """

    code = "FC102"
    name = "value-conflict"
    severity = Severity.ERROR
    summary = "The same fact is stated with two different amounts."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        flagged: set[str] = set()
        for first, second in combinations(ctx.money, 2):
            if not _same_key(ctx, first, second) or overlaps(amount_interval(amount_of(first)), amount_interval(amount_of(second))) or _two_registry_facts(ctx, first, second):
                continue
            wrong, right = _pick_wrong(ctx, first, second)
            if wrong.id in flagged:
                continue
            flagged.add(wrong.id)
            yield Hit(
                span=wrong.span,
                message=f"{ctx.describe(wrong)} contradicts {ctx.describe(right)} for the same fact.",
                claims=(wrong.id, right.id),
                fix=Fix(replacement=right.text),
            )


def _same_key(ctx: CheckContext, a: MoneyClaim, b: MoneyClaim) -> bool:
    # Two figures one sentence gives one pair are a whole and its part, or two steps ("plans to
    # invest $500 billion, starting with $100 billion"; "$5 billion this year and $3 billion next"):
    # a fact stated twice is stated in two places.
    if a.sentence_span == b.sentence_span:
        return False
    return _comparable(a, b) and _same_time(a, b) and _same_parties(ctx, a, b)


def _comparable(a: MoneyClaim, b: MoneyClaim) -> bool:
    """One relation, both with a named payer, amounts of one kind, neither earlier, extra or a total."""
    if a.relation is None or a.relation != b.relation or not a.subjects or not b.subjects:
        return False
    if a.metric != b.metric:  # revenue and net income of one company are two facts
        return False
    if "lead" in (a.subject_role, b.subject_role):  # a round's lead investor: no certain payer of the round's whole figure
        return False
    first, second = amount_of(a), amount_of(b)
    if not first.same_currency(second) or (first.per, first.period) != (second.per, second.period):
        return False
    return not (a.context.temporal or b.context.temporal or a.context.total or b.context.total)


def _same_time(a: MoneyClaim, b: MoneyClaim) -> bool:
    if periods_differ(a.time, b.time):  # a 2016 valuation and a 2018 one are two facts
        return False
    return not (a.relation == "valued_at" and _dated(a) != _dated(b))  # "valued at $6B in 2024" against today's valuation


def _same_parties(ctx: CheckContext, a: MoneyClaim, b: MoneyClaim) -> bool:
    if set(ctx.closure(a.subjects)) != set(ctx.closure(b.subjects)):
        return False
    if a.relation != "valued_at" and (not a.object or not b.object or not ctx.closure([a.object]) & ctx.closure([b.object])):
        return False
    return True


def _two_registry_facts(ctx: CheckContext, a: MoneyClaim, b: MoneyClaim) -> bool:
    """Each figure is a different registry fact of the pair (a first contract and an add-on):
    two facts, not one stated twice."""
    return bool(_matched(ctx, a)) and bool(_matched(ctx, b)) and not _matched(ctx, a) & _matched(ctx, b)


def _matched(ctx: CheckContext, claim: MoneyClaim) -> set[str]:
    """The registry facts a claim states: those that support it, or the one whose figure it gives with another hedge."""
    verdict = ctx.verdicts.get(claim.id)
    if verdict is None or not (verdict.state == "supported" or verdict.problem == "qualifier"):
        return set()
    return {f.id for f in verdict.facts}


def _dated(claim: MoneyClaim) -> bool:
    return claim.time is not None and claim.time.period is not None


def _pick_wrong(ctx: CheckContext, a: MoneyClaim, b: MoneyClaim) -> tuple[MoneyClaim, MoneyClaim]:
    """The one the registry does not support, else the later one."""
    a_ok = ctx.verdicts.get(a.id) and ctx.verdicts[a.id].state == "supported"
    b_ok = ctx.verdicts.get(b.id) and ctx.verdicts[b.id].state == "supported"
    if a_ok and not b_ok:
        return b, a
    if b_ok and not a_ok:
        return a, b
    return b, a
