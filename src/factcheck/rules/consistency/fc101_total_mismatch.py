"""FC101 total-mismatch."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factcheck.arithmetic.counts import CountSum, find_count_sums, interval_of
from factcheck.arithmetic.differences import LabelledPart, StatedDifference, find_labelled_parts, find_portions, find_stated_differences
from factcheck.arithmetic.intervals import Interval, of_amount, show
from factcheck.arithmetic.sums import PlusIncluding, Sum, find_plus_including, find_sums
from factcheck.arithmetic.trace import figure, restated
from factcheck.check.context import FLOWS, CheckContext, amount_of, relations_compatible
from factcheck.models import Fix, MoneyClaim, Qualifier, Severity, Trace
from factcheck.normalize.money import format_amount
from factcheck.rules.base import Hit, Rule
from factcheck.wording import possessive


class TotalMismatch(Rule):
    """A stated total that the article's own figures do not add up to.

    Why: a headline or summary total is what readers remember. When it adds money flowing
    the other way, or leaves a part out, the story's main number is wrong.

    Two readings. Deal totals: "Acme and Bolt's $35 billion bet on Cirrus" against the
    investments the article gives, in the direction the total claims. And any total stated with
    its parts in the words that join them, whoever pays whom (factcheck.arithmetic.sums):
    "a budget of $9.6 billion consists of ... and ...", "which includes ... and ...", "... and
    ..., a total of ...", "... plus ... of debt, about ...", "It will consist of ... and ..."
    after a sentence that gives the total; a breakdown closed by "the remaining" part, in one
    sentence or over up to three after "They include ..."; a price per unit broken down ("$78 a
    share, of which $52 is in cash and $26 in stock"); "£40m + £5m" against "£40m, including
    £5m"; and a difference the text computes in words between two figures it names by their
    labels ("After deducting the total expenditure from the receipts, a deficit of ...",
    factcheck.arithmetic.differences); and a running total brought to by an instalment the text
    counts ("bringing its total to ..." at "the second closing") when every earlier instalment is
    given ("the first closing ... $7.5 billion"); and a part of a labelled whole ("The share of
    customs duties in revenue receipts is projected at ...") larger than the figure labelled so;
    and a part named by the portion of a split it belongs to ("... in the equity portion of the
    deal" after "a mix of ... in equity and ... in debt") larger than that portion. And counted
    things broken down over the article and closed by "the remaining" (factcheck.arithmetic.counts):
    "about 90,000 accelerators" in the lead, then "roughly 20,000 accelerators" in Ohio, "about
    40,000 accelerators" near Austin and "The remaining 30,000 accelerators" in Finland; or in one
    sentence with words that list the whole ("1,200 jobs, split between 700 jobs in Leeds and 500
    jobs in Hull"; "... and ..., a total of 1,200 jobs").

    Flags: "Acme and Bolt's $35 billion bet on Cirrus" when the article gives Acme's $5
    billion and Bolt's $10 billion investments in Cirrus, and Cirrus's $30 billion purchase
    from Acme: the investments add up to $15 billion, and $35 billion only counts the
    purchase, which flows the other way. And "The city's budget of $9.6 billion consists of
    $6.2 billion for services and $2.1 billion for roads." Its trace:

        trace: $6.2 billion = 6,150,000,000..6,250,000,000; $2.1 billion = 2,050,000,000..2,150,000,000; $9.6 billion = 9,550,000,000..9,650,000,000
               $6.2 billion + $2.1 billion = 8,200,000,000..8,400,000,000; stated $9.6 billion = 9,550,000,000..9,650,000,000
               consistent: a total of 8,200,000,000 to 8,400,000,000

    Also "... with €20 million in bonuses. They include €4 million for ..., with a further €6
    million for .... The remaining €14 million ..." (24, not 20), and, after "The total
    expenditure is estimated at $9.4 billion" and "the total receipts at $8.2 billion", "After
    deducting the total expenditure from the receipts, a deficit of $1.6 billion" (1.2, not 1.6);
    and "about 130,000 accelerators" over the breakdown above (83,998 to 96,002 within its hedges).

    Passes: "Acme and Bolt will invest a combined $15 billion in Cirrus" with the same parts; a
    total that names no payer over money of another kind ("Acme will pay Bolt $5 billion ... Bolt
    will buy $2 billion of servers from Cirrus ... Combined, these firms will invest $90 billion
    in data centres": purchases are no investment's parts; a round's total raised is its
    investments');
    "The package of €12bn includes €3bn for housing and €2bn for hospitals" ("includes" may
    list only some of it); "a net loss of $2 million, including a $3 million charge" (a balance
    is not a sum of the parts it includes); "Acme has committed a total of $20 billion this year"
    over its $8 billion deal with Bolt and $6 billion with Cirrus (a company's total over deals
    with several counterparties: the article may list only some of them); "Kestrel will cut 1,200 jobs in Leeds and 300 jobs in
    Hull; the remaining 400 jobs are safe" (no word opens a breakdown after the first figure, which
    may be a part itself).

    Tolerance: each figure within the range its printed digits allow ("$1.5 billion" is
    1.45-1.55 billion); a hedged figure ("more than $35 billion", "about €5.2bn") is checked as
    the interval it states. A whole listed as ranges under words that list all of it ("a charge of
    $115 million to $135 million, consisting of $80 million to $90 million ... and $35 million to
    $45 million ...") is checked end by end: the low ends add up to the low end and the high ends
    to the high end, each within its rounding. Words that list the whole ("consists of", "split between", "a total
    of") are checked both ways; words that may list only part of it ("including", "of the
    total", "bringing the total to") only when the parts exceed the total; so is one part
    named right after "includes" ("... which includes new programmes worth ..."), or opening the
    sentence before its total ("Along with ... from other funds, the total raised reached ..."),
    unless the total is a balance (profit, loss, income, a change). Running totals ("to
    date", "so far", "since 2019"), amounts inside a valuation, and the two ends of a range are
    never summed, except when the text counts the instalments by ordinals and gives each
    earlier one exactly once. Sums in different currencies are not compared. "the remaining" (or "the rest",
    "the balance of") closes a list, which makes it the whole. A stated difference is checked as
    |B - A| within both figures' rounding; a bare label ("the receipts") names only the figure
    labelled with it unqualified or as "total", and nothing is read when several different
    figures carry the label. A portion ("the debt tranche") names a figure only when that figure
    is one of a split into differently named portions ("in equity and ... in debt"), stands in
    an earlier sentence nearby, and is the only figure so named. A count closed by "the remaining"
    is checked both ways, in one unit ("GPUs", "jobs", "MW"), against the first figure of that unit
    when it stands in the opening paragraph or the breakdown's own, every later figure of the unit
    is a part, and each part is smaller than it; a count stated with its parts in one sentence only
    under words that list the whole ("split between", "a total of"), never "including", and never
    a running total ("since 2020").

    Fix: state the sum of the parts that flow in the claimed direction, or name what the
    total adds up. A stated total is replaced by its parts' sum only when a stated difference
    that fails with the printed total holds with that sum (the total is then the clear culprit).
    """

    code = "FC101"
    name = "total-mismatch"
    severity = Severity.WARNING
    supersedes = ("FC202", "FC201", "FC203")  # a total the article's own sums explain needs no registry figure
    summary = "A stated total does not equal the sum of its parts given in the article."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        flagged: set[str] = set()  # totals already flagged: one hit per total, the deal reading first
        yield from self._deal_total_hits(ctx, flagged)
        yield from _stated_relation_hits(ctx, flagged)
        for counted in find_count_sums(ctx.document, ctx.quantities):
            if counted.inconsistent:
                yield _count_sum_hit(ctx, counted)

    def _deal_total_hits(self, ctx: CheckContext, flagged: set[str]) -> Iterator[Hit]:
        """Deal totals against the investments the article gives; adds each total flagged to `flagged`."""
        for total in ctx.money:
            if (total.context.total or total.context.headline) and _summable(total):
                hit = self._check_total(ctx, total)
                if hit:
                    flagged.add(total.id)
                    yield hit

    def _check_total(self, ctx: CheckContext, total: MoneyClaim) -> Hit | None:
        related = _related(ctx, total)
        if _not_a_sum(ctx, total, related):
            return None
        if _reached_with_its_sentence(ctx, total, related):
            return None  # "Along with $11 billion from others, the total reached $41 billion": a part the flows miss
        directed = [c for c in related if _same_direction(ctx, total, c)]
        if total.subjects or total.object:
            if not directed:
                return None
            if ctx.allows(total, _sum(directed), _slack(directed, total)):
                return None
            if _payer_total_over_several(ctx, total, directed) and _sum(directed) - _slack(directed, total) <= ctx.point(total)[1]:
                return None  # "OpenAI has made $1.4 trillion in commitments" over three of its deals: the others may go unlisted
        elif ctx.allows(total, _sum(related), _slack(related, total)) or ctx.sums_to(total, related):
            return None
        return self._mismatch(ctx, total, directed, related)

    def _mismatch(self, ctx: CheckContext, total: MoneyClaim, directed: list[MoneyClaim], related: list[MoneyClaim]) -> Hit:
        amount = amount_of(total)
        stated = format_amount(amount.value, amount.currency, amount.qualifier.value)
        sentences = [f"{stated} does not add up."]
        evidence_claims = [total.id]
        fix = None
        if directed:
            payers = " and ".join(ctx.name(s) for s in total.subjects) or "The parties"
            flow = f"{possessive(payers)} money" + (f" to {ctx.name(total.object)}" if total.object else "")
            directed_sum = _format_sum(directed)
            sentences.append(f"{flow} sums to {directed_sum}: {' + '.join(ctx.describe(c) for c in directed)}.")
            evidence_claims += [c.id for c in directed]
            fix = Fix(replacement=directed_sum)
        reached = [s for s in ctx.sums_to(total, related, any_relation=True) if not all(c in directed for c in s)]
        if reached:
            subset = reached[0]
            how = "money flowing in opposite directions" if _mixed(ctx, subset) else "other flows"
            sentences.append(f"{stated} is reached only by adding {how}: {' + '.join(ctx.describe(c) for c in subset)}.")
            evidence_claims += [c.id for c in subset if c.id not in evidence_claims]
        sentences.append(f"All the deal's commitments in the article sum to {_format_sum(related)}.")
        return Hit(span=total.span, message=" ".join(sentences), claims=tuple(evidence_claims), fix=fix)


def _stated_relation_hits(ctx: CheckContext, flagged: set[str]) -> Iterator[Hit]:
    """Totals stated with their parts, "plus" against "including", stated differences and labelled parts."""
    sums = list(find_sums(ctx.document, ctx.money))
    broken = {s.total.id: s for s in sums if s.inconsistent}
    differences = [d for d in find_stated_differences(ctx.document, ctx.money) if d.inconsistent]
    # a total that breaks both its parts and a difference the parts' sum would mend is the clear culprit
    culprits = {c.id for d in differences if (c := _culprit(d, broken)) is not None}
    yield from _stated_sum_hits(sums, culprits, flagged)
    for pair in find_plus_including(ctx.document, ctx.money):
        yield _plus_including_hit(ctx, pair)
    for difference in differences:
        yield _difference_hit(ctx, difference, broken)
    for labelled in [*find_labelled_parts(ctx.document, ctx.money), *find_portions(ctx.document, ctx.money)]:
        if labelled.inconsistent and labelled.part.id not in flagged:
            yield _labelled_part_hit(ctx, labelled)


def _stated_sum_hits(sums: list[Sum], culprits: set[str], flagged: set[str]) -> Iterator[Hit]:
    """The stated sums that do not hold, for totals not flagged yet (added to `flagged`)."""
    for stated in sums:
        if stated.inconsistent and stated.total.id not in flagged:
            flagged.add(stated.total.id)
            yield _stated_sum_hit(stated, mend=stated.total.id in culprits)


def _related(ctx: CheckContext, total: MoneyClaim) -> list[MoneyClaim]:
    """The figures that could be the total's parts: same currency, and of its deal where it has one."""
    deal = ctx.involved(total)
    related = [c for c in ctx.components if c.id != total.id and amount_of(c).same_currency(amount_of(total))]
    return [c for c in related if ctx.involved(c) & deal] if deal else related


def _not_a_sum(ctx: CheckContext, total: MoneyClaim, related: list[MoneyClaim]) -> bool:
    # A restatement of one component's figure is not a sum (hedges are FC103's), nor is the
    # round a company raises restated as its lead's investment in it; another
    # mention of the same total is not a component, so it must not exempt the total.
    if any(ctx.same_fact(total, c) or ctx.same_round(total, c) for c in ctx.components if c.id != total.id):
        return True
    if len(related) < 2:
        return True
    if total.time and total.time.running_total:
        return True  # "a total of $90 million to date": not the sum of the rounds the article lists
    return not (total.subjects or total.object) and _unnamed_total_not_a_sum(ctx, total, related)


def _unnamed_total_not_a_sum(ctx: CheckContext, total: MoneyClaim, related: list[MoneyClaim]) -> bool:
    """A total that names no party is a sum only over named payers' money of its own kind."""
    if sum(bool(c.subjects) for c in related) < 2:
        return True  # a total of nobody named, over parts whose payers are not named: no party is certain
    if sum(bool(c.subjects) and _may_add_up(total, c) for c in related) < 2:
        return True  # nobody's investment total over purchases ("Acme pays Bolt ..., Bolt buys from Cirrus ..."): no one deal's parts
    # a headline figure of nobody named over several payers' money (other companies' rounds): not its parts
    return bool(total.context.headline) and _payers(ctx, related) > 1


def _payer_total_over_several(ctx: CheckContext, total: MoneyClaim, parts: list[MoneyClaim]) -> bool:
    """A payer's total with no counterparty over its money to two or more: an article lists some
    of a company's deals, not all, so the parts may fall short of it (never exceed it)."""
    if total.object or not total.subjects:
        return False
    return len({frozenset(ctx.closure([c.object])) for c in parts if c.object}) >= 2


def _may_add_up(total: MoneyClaim, part: MoneyClaim) -> bool:
    """A part of the total's kind of money: a compatible relation, or an investment in a round's total raised."""
    return relations_compatible(total.relation, part.relation) or {total.relation, part.relation} == {"raises", "invests_in"}


def _payers(ctx: CheckContext, claims: list[MoneyClaim]) -> int:
    return len({frozenset(ctx.closure(c.subjects)) for c in claims if c.subjects})


def _summable(claim: MoneyClaim) -> bool:
    amount = amount_of(claim)
    return claim.relation in FLOWS | {None} and not amount.per and not amount.period


def _same_direction(ctx: CheckContext, total: MoneyClaim, part: MoneyClaim) -> bool:
    if part.relation and total.relation and part.relation != total.relation:
        return False
    if total.subjects and not (part.subjects and ctx.closure(part.subjects) <= ctx.closure(total.subjects)):
        return False
    if total.object and part.object and not (ctx.closure([part.object]) & ctx.closure([total.object])):
        return False
    return True


def _mixed(ctx: CheckContext, subset: tuple[MoneyClaim, ...]) -> bool:
    payers = [ctx.closure(c.subjects) for c in subset if c.subjects]
    payees = [ctx.closure([c.object]) for c in subset if c.object]
    return any(p & q for p in payers for q in payees)


def _sum(claims: list[MoneyClaim]) -> Decimal:
    return sum((amount_of(c).value for c in claims), Decimal(0))


def _slack(claims: list[MoneyClaim], total: MoneyClaim) -> Decimal:
    return sum((amount_of(c).precision for c in claims), Decimal(0))


def _format_sum(claims: list[MoneyClaim]) -> str:
    hedged = any(amount_of(c).qualifier in (Qualifier.UP_TO, Qualifier.RANGE) for c in claims)
    return format_amount(_sum(claims), amount_of(claims[0]).currency, "up_to" if hedged else "exact")


def _reached_with_its_sentence(ctx: CheckContext, total: MoneyClaim, related: list[MoneyClaim]) -> bool:
    """The total is reached once the other figures of its own sentence are added: the sentence names the missing part."""
    ids = {c.id for c in related}
    extra = [c for c in ctx.money if c.id not in ids and c.id != total.id and c.sentence_span == total.sentence_span and c.amount is not None and c.amount.same_currency(amount_of(total)) and not c.amount.per]
    return bool(extra) and ctx.allows(total, _sum(related) + _sum(extra), _slack(related + extra, total))


def _sum_trace(stated: Sum) -> Trace:
    computed, total = stated.computed, stated.total
    parts = " + ".join(p.text for p in stated.parts)
    if stated.ends is not None:
        (low, low_stated), (high, high_stated) = stated.ends
        return Trace(
            figures=(*(figure(p.text, of_amount(amount_of(p))) for p in stated.parts), figure(total.text, stated.stated)),
            computation=(
                f"low ends: {show(low.low)}..{show(low.high)}, stated {show(low_stated.low)}..{show(low_stated.high)}; "
                f"high ends: {show(high.low)}..{show(high.high)}, stated {show(high_stated.low)}..{show(high_stated.high)}"
            ),
            consistent=f"a total of {show(low.low)}..{show(low.high)} to {show(high.low)}..{show(high.high)}",
        )
    return Trace(
        figures=(*(figure(p.text, of_amount(amount_of(p))) for p in stated.parts), figure(total.text, stated.stated)),
        computation=f"{parts} = {show(computed.low)}..{show(computed.high)}; stated {total.text} = {show(stated.stated.low)}..{show(stated.stated.high)}",
        consistent=f"a total of {show(computed.low)} to {show(computed.high)}" if stated.exhaustive else f"a total of at least {show(computed.low)}",
    )


def _stated_sum_hit(stated: Sum, mend: bool = False) -> Hit:
    """`mend`: another relation (a stated difference) confirms the parts' sum, so the total is the figure to change."""
    total = stated.total
    parts = " + ".join(p.text for p in stated.parts)
    words = "its parts" if stated.exhaustive else "the parts it includes"
    how = "do not add up to it" if stated.exhaustive else "add up to more than it"
    face = _sum(list(stated.parts))
    written = restated(stated.parts[0].text, amount_of(stated.parts[0]), face) or _format_sum(list(stated.parts))
    if stated.ends is not None:  # ranges: each end summed ("$115 million to $135 million")
        high = sum((amount_of(p).high or Decimal(0) for p in stated.parts), Decimal(0))
        currency = amount_of(total).currency
        written = f"{format_amount(face, currency, 'exact')} to {format_amount(high, currency, 'exact')}"
    message = f"{total.text} does not match {words}: {parts} ('{stated.marker}') {how}, {written} at face value."
    if len(stated.parts) == 1:
        message = f"{total.text} does not match the part it includes: {parts} ('{stated.marker}') is more than the whole it is part of."
    replacement = restated(total.text, amount_of(total), face) if mend else None
    fix = Fix(replacement=replacement) if replacement else None
    return Hit(span=total.span, message=message, claims=(total.id, *(p.id for p in stated.parts)), trace=_sum_trace(stated), fix=fix)


def _plus_including_hit(ctx: CheckContext, pair: PlusIncluding) -> Hit:
    (base, extra), (whole, part) = pair.plus, pair.including
    message = (
        f"'{whole.text}, including {part.text}' counts {part.text} inside {whole.text}, but line {ctx.line(base)} adds it on top "
        f"('{base.text} + {extra.text}', {_format_sum([base, extra])} in all): one of the two is wrong."
    )
    return Hit(span=whole.span, message=message, claims=(whole.id, part.id, base.id, extra.id))


def _difference_hit(ctx: CheckContext, difference: StatedDifference, broken: dict[str, Sum]) -> Hit:
    result, base, minus, computed = difference.result, difference.base, difference.minus, difference.computed
    face = abs(amount_of(base).value - amount_of(minus).value)
    written = restated(result.text, amount_of(result), face) or format_amount(face, amount_of(result).currency, "exact")
    message = (
        f"{result.text} does not match the difference it states ('{difference.words}'): {base.text} (line {ctx.line(base)}) and "
        f"{minus.text} (line {ctx.line(minus)}) are {written} apart."
    )
    culprit = _culprit(difference, broken)
    if culprit is not None:
        message += f" {culprit.text} (line {ctx.line(culprit)}) also misses the sum of its parts, and that sum would make the difference hold."
    trace = Trace(
        figures=(figure(base.text, of_amount(amount_of(base))), figure(minus.text, of_amount(amount_of(minus))), figure(result.text, of_amount(amount_of(result)))),
        computation=f"|{base.text} - {minus.text}| = {show(computed.low)}..{show(computed.high)}; stated {result.text} = {show(of_amount(amount_of(result)).low)}..{show(of_amount(amount_of(result)).high)}",
        consistent=f"a difference of {show(computed.low)} to {show(computed.high)}",
    )
    return Hit(span=result.span, message=message, claims=(result.id, base.id, minus.id), trace=trace)


def _culprit(difference: StatedDifference, broken: dict[str, Sum]) -> MoneyClaim | None:
    """The operand whose own parts disagree with it, when their sum would make the difference hold."""
    for operand, other in ((difference.base, difference.minus), (difference.minus, difference.base)):
        stated = broken.get(operand.id)
        if stated is None or not stated.exhaustive_enough:
            continue
        parts, rest = stated.computed, of_amount(amount_of(other))
        low, high = parts.low - rest.high, parts.high - rest.low
        gap = Interval(min(abs(low), abs(high)) if low * high > 0 else Decimal(0), max(abs(low), abs(high)))
        if gap.meets(of_amount(amount_of(difference.result))):
            return operand
    return None


def _labelled_part_hit(ctx: CheckContext, labelled: LabelledPart) -> Hit:
    part, whole = labelled.part, labelled.whole
    message = f"{part.text} ('{labelled.words}') is more than the whole it is part of: {whole.text} (line {ctx.line(whole)})."
    trace = Trace(
        figures=(figure(part.text, of_amount(amount_of(part))), figure(whole.text, of_amount(amount_of(whole)))),
        computation=f"{part.text} <= {whole.text}: {show(of_amount(amount_of(part)).low)} > {show(of_amount(amount_of(whole)).high)}",
        consistent=f"a part of at most {show(of_amount(amount_of(whole)).high)}",
    )
    return Hit(span=part.span, message=message, claims=(part.id, whole.id), trace=trace)


def _count_sum_hit(ctx: CheckContext, counted: CountSum) -> Hit:
    """ "200,000 GPUs" in the lead, "12,600 GPUs", "104,000 GPUs" and "the remaining 75,000 GPUs" after it."""
    total, computed = counted.total, counted.computed
    parts = " + ".join(p.text for p in counted.parts)
    face = sum((p.value for p in counted.parts), Decimal(0))
    message = (
        f"{total.text} does not match its parts ('{counted.marker}', line {ctx.line(counted.parts[-1])}): "
        f"{parts} add up to {face:,} {total.unit} at face value."
    )
    trace = Trace(
        figures=(*(figure(p.text, interval_of(p)) for p in counted.parts), figure(total.text, counted.stated)),
        computation=f"{parts} = {show(computed.low)}..{show(computed.high)}; stated {total.text} = {show(counted.stated.low)}..{show(counted.stated.high)}",
        consistent=f"a total of {show(computed.low)} to {show(computed.high)}",
    )
    return Hit(span=total.span, message=message, claims=(total.id, *(p.id for p in counted.parts)), trace=trace)
