"""What every rule may read: the article's claims, the registry, and shared reasoning about them.

Pure: no I/O and no spaCy. The pieces here (who a claim involves, which claims are the
same fact, which add up to which) are shared by several rules, so they live in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import combinations

from factcheck.models import Amount, Claim, ClaimBase, CountClaim, Document, DurationClaim, DurationRole, MoneyClaim, PartyClaim, PercentClaim, Qualifier, QuantityClaim, Span
from factcheck.normalize.compare import amount_interval, overlaps
from factcheck.normalize.money import format_amount
from factcheck.normalize.names import normalize_name
from factcheck.normalize.relations import FLOWS, relations_compatible  # re-exported: rules and matching read them here
from factcheck.read import LineIndex
from factcheck.registry import Registry

MAX_SUBSET = 4
# The article's own arithmetic compares claims with each other (pairs, and sums of up to
# MAX_SUBSET parts), so its cost grows with a power of the number of claims. News articles
# have tens of money claims; these caps keep a pathological input (100,000 "$1B" in a row)
# bounded without changing anything below them: the cross-claim rules (FC101-FC103) read the
# first MAX_CROSS_CLAIMS money claims, and a sum is sought among the MAX_SUM_POOL candidate
# parts nearest the total. Registry rules (FC2xx) still check every claim.
MAX_CROSS_CLAIMS = 200
MAX_SUM_POOL = 20


_WORD = re.compile(r"(?<!\w)\w+")  # where a name can start


def amount_of(claim: Claim) -> Amount:
    """The amount of a claim the cross-claim arithmetic compares: `CheckContext.money` keeps only
    money claims that have one, and what is built from them (sums, conversions) keeps those; a
    claim without one reaching here is a bug in the caller."""
    assert claim.kind == "money" and claim.amount is not None, f"claim {claim.id} has no amount: only CheckContext.money claims are compared"
    return claim.amount


def named_entities(registry: Registry, text: str) -> tuple[str, ...]:
    """Registry entities other than people named in `text` (sorted ids)."""
    matches = []
    for word in _WORD.finditer(text):
        for name, entity_id, kind in registry.names_by_first_word.get(word.group(0), ()):
            end = word.start() + len(name)
            if kind != "person" and text.startswith(name, word.start()) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                matches.append((word.start(), end, entity_id))
    taken: list[tuple[int, int]] = []
    found = set()
    for start, end, key in sorted(matches, key=lambda m: m[0] - m[1]):
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.add(key)
    return tuple(sorted(found))


@dataclass
class CheckContext:
    document: Document
    claims: list[Claim]
    registry: Registry | None = None
    verdicts: dict = field(default_factory=dict)  # claim id -> matching.Verdict, filled by the engine
    _closures: dict = field(default_factory=dict, repr=False)
    _named: dict = field(default_factory=dict, repr=False)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.document.text)

    def line(self, claim: ClaimBase) -> int:
        return self.lines.position(claim.span.start)[0]

    @cached_property
    def money(self) -> list[MoneyClaim]:
        """Money claims with an amount: the first MAX_CROSS_CLAIMS, which the cross-claim rules compare."""
        return [c for c in self.claims if isinstance(c, MoneyClaim) and c.amount is not None][:MAX_CROSS_CLAIMS]

    @cached_property
    def party_claims(self) -> list[PartyClaim]:
        """Money and relation claims: the kinds that name parties, which the registry rules read."""
        return [c for c in self.claims if c.kind == "money" or c.kind == "relation"]

    @cached_property
    def percents(self) -> list[PercentClaim]:
        return [c for c in self.claims if c.kind == "percent"]

    @cached_property
    def quantities(self) -> list[QuantityClaim]:
        return [c for c in self.claims if c.kind == "quantity"]

    @cached_property
    def counts(self) -> list[CountClaim]:
        return [c for c in self.claims if c.kind == "count"]

    @cached_property
    def durations(self) -> list[DurationClaim]:
        return [c for c in self.claims if c.kind == "duration"]

    def durations_within(self, span: Span, role: DurationRole) -> list[DurationClaim]:
        """The durations of `role` written inside `span` (a claim's sentence)."""
        return [d for d in self.durations if d.role == role and span.start <= d.span.start and d.span.end <= span.end]

    @cached_property
    def _money_ids(self) -> set[str]:
        return {c.id for c in self.money}

    @cached_property
    def _component_ids(self) -> set[str]:
        return {c.id for c in self.components}

    # -- who a claim involves -------------------------------------------------------------
    def family(self, key: str | None) -> set[str]:
        if not key:
            return set()
        if self.registry and key in self.registry.entities:
            return self.registry.family(key)
        return {key}

    def closure(self, keys: Iterable[str | None]) -> set[str]:
        """Keys with their parents, and the entities whose parent they are (Azure <-> Microsoft)."""
        keys = tuple(keys)
        if keys not in self._closures:  # asked for every claim pair: computed once per key set
            found: set[str] = set()
            for key in keys:
                found |= self.family(key)
            if self.registry:
                found |= {child for key in tuple(found) for child in self.registry.children(key)}
            self._closures[keys] = frozenset(found)
        return set(self._closures[keys])

    @cached_property
    def article_entities(self) -> set[str]:
        """Every party the article names anywhere."""
        found: set[str] = set()
        for claim in self.party_claims:
            found.update(claim.subjects, claim.parties, claim.paragraph_parties)
            if claim.object:
                found.add(claim.object)
        return found

    @cached_property
    def sole_party(self) -> str | None:
        """The one party the article names that has figures of its own in the registry (a fact
        with an amount and no counterparty: a company's results, a state's budget), or None when
        it names none or several (the families of two companies, a company and its unit, count once)."""
        if self.registry is None:
            return None
        registry = self.registry
        named = {key for key in (*self.named_in(self.document.prose_text), *self.article_entities) if key in registry.entities}
        own = {key for key in named if any(f.amount is not None and f.object is None and f.subject == key for f in registry.facts_about(key))}
        families = {frozenset(self.closure([key])) for key in own}
        return min(own) if len(families) == 1 else None

    def named_in(self, text: str) -> tuple[str, ...]:
        """Registry companies and products named in a piece of text (a claim's sentence), by name
        or alias, whole words as written; the longest name wins, so "Cirrus Cloud" is not also
        "Cirrus". Cached: every claim of a sentence asks."""
        if self.registry is None:
            return ()
        if text not in self._named:
            self._named[text] = named_entities(self.registry, text)
        return self._named[text]

    def involved(self, claim: PartyClaim) -> set[str]:
        return self.closure([*claim.subjects, claim.object, *claim.parties])

    def directed(self, claim: PartyClaim) -> bool:
        return bool(claim.subjects) and claim.object is not None

    def describe(self, claim: MoneyClaim) -> str:
        """"up to $10B (Nvidia -> Anthropic, line 14)"."""
        amount = claim.amount
        money = format_amount(amount.value, amount.currency, amount.qualifier.value, amount.high) if amount else claim.text
        parties = ""
        payer = " and ".join(self.name(s) for s in claim.subjects)
        payee = self.name(claim.object) if claim.object else ""
        if payer and payee:
            parties = f"{payer} → {payee}, "
        elif payer or payee:  # one party named: say which side, never a "?" for the other
            parties = f"from {payer}, " if payer else f"to {payee}, "
        return f"{money} ({parties}line {self.line(claim)})"

    def name(self, key: str | None) -> str:
        """A registry entity's everyday name ("Microsoft", not "Microsoft Corporation")."""
        if self.registry and key in self.registry.entities:
            return normalize_name(self.registry.entities[key].name)
        return key or "?"

    # -- the article's own arithmetic -----------------------------------------------------
    @cached_property
    def components(self) -> list[MoneyClaim]:
        """Distinct money flows of the article: one claim per fact, totals left out."""
        distinct = self._distinct_facts([c for c in self.money if _is_flow_part(c)])
        # A combined amount of several payers ("Acme and Bolt will invest $15 billion") is a total, not a part.
        singles = [c for c in distinct if not c.context.total and not c.context.headline and len(c.subjects) <= 1]
        return [c for c in sorted(singles, key=lambda c: c.span.start) if not self.sums_to(c, [o for o in singles if o is not c])]

    def _distinct_facts(self, candidates: list[MoneyClaim]) -> list[MoneyClaim]:
        """One claim per fact, the most informative mention of each (the most parties named)."""
        distinct: list[MoneyClaim] = []
        for claim in sorted(candidates, key=lambda c: -self._informativeness(c)):
            if not any(self.same_fact(claim, kept) for kept in distinct):
                distinct.append(claim)
        return distinct

    def is_total(self, claim: MoneyClaim) -> bool:
        """Signalled as a total, several payers, or the sum of other figures."""
        if claim.context.total or len(claim.subjects) > 1:
            return True
        if claim.id not in self._money_ids:
            return False  # past MAX_CROSS_CLAIMS: not compared with the other claims
        if claim.relation not in FLOWS or claim.id in self._component_ids:
            return False
        parts = [c for c in self.components if c.id != claim.id and self._could_be_part(c, claim)]
        return bool(self.sums_to(claim, parts))

    def _could_be_part(self, part: MoneyClaim, total: MoneyClaim) -> bool:
        """A named payer's total is made of that payer's amounts ("brings Amazon's investment to $8B")."""
        if total.subjects and not (part.subjects and self.closure(part.subjects) <= self.closure(total.subjects)):
            return False
        return not (total.object and part.object) or bool(self.closure([part.object]) & self.closure([total.object]))

    def _informativeness(self, claim: MoneyClaim) -> int:
        return 2 * len(claim.subjects) + (claim.object is not None) + (claim.relation is not None)

    def same_fact(self, a: MoneyClaim, b: MoneyClaim) -> bool:
        """Two mentions of one fact: equal value (within rounding), same currency, compatible parties."""
        if not amount_of(a).same_currency(amount_of(b)) or not relations_compatible(a.relation, b.relation):
            return False
        if not overlaps(self.point(a), self.point(b)):
            return False
        return self.parties_compatible(a, b)

    def same_round(self, a: MoneyClaim, b: MoneyClaim) -> bool:
        """One funding round told from its two sides: "Cirrus raises $500 million" and "a $500
        million round led by Dynamo" (Dynamo -> Cirrus): equal figures, the raiser the investee,
        no two different periods."""
        if {a.relation, b.relation} != {"raises", "invests_in"}:
            return False
        raised, invested = (a, b) if a.relation == "raises" else (b, a)
        company = raised.subjects or (raised.parties if len(raised.parties) == 1 else ())
        if not (company and invested.object and amount_of(a).same_currency(amount_of(b)) and overlaps(self.point(a), self.point(b))):
            return False
        periods = {c.time.period for c in (a, b) if c.time and c.time.period}
        return len(periods) <= 1 and bool(self.closure(list(company)) & self.closure([invested.object]))

    def parties_compatible(self, a: PartyClaim, b: PartyClaim) -> bool:
        if a.relation == b.relation == "deal_value" and a.object and b.object:
            # a deal's two sides in either order: "Meta signs a $14B deal with CoreWeave" and "CoreWeave's deal with Meta"
            sides = sorted((self.closure([*a.subjects, a.object]), self.closure([*b.subjects, b.object])), key=len)
            return sides[0] <= sides[1]
        if a.subjects and b.subjects and not (self.closure(a.subjects) & self.closure(b.subjects)):
            return False
        if a.object and b.object and not (self.family(a.object) & self.closure([b.object])):
            return False
        return not (self.involved(a) and self.involved(b)) or bool(self.involved(a) & self.involved(b))

    def point(self, claim: MoneyClaim) -> tuple[Decimal, Decimal]:
        """The figure as printed, rounding allowed, hedge ignored."""
        amount = amount_of(claim)
        return amount.value - amount.precision, (amount.high or amount.value) + amount.precision

    def sums_to(self, total: MoneyClaim, parts: list[MoneyClaim], min_parts: int = 2, any_relation: bool = False) -> list[tuple[MoneyClaim, ...]]:
        """Subsets of `parts` (same currency, compatible relation) whose sum the total's figure allows."""
        pool = _nearest(total, [p for p in parts if _could_add_up_to(p, total, any_relation)], MAX_SUM_POOL)
        low, high = self.point(total)
        found = []
        for size in range(min_parts, min(MAX_SUBSET, len(pool)) + 1):
            for subset in combinations(pool, size):
                value = sum(amount_of(p).value for p in subset)
                slack = sum(amount_of(p).precision for p in subset)
                if value + slack >= low and value - slack <= high:
                    found.append(subset)
        return found

    def allows(self, total: MoneyClaim, value: Decimal, slack: Decimal = Decimal(0)) -> bool:
        """Does the total's statement allow this sum? A firm total or a ceiling ("up to $15
        billion" in all) must equal the sum of its parts' figures; a bound ("more than $35
        billion") or an estimate must contain it."""
        if amount_of(total).qualifier in (Qualifier.EXACT, Qualifier.UP_TO):
            low, high = self.point(total)
        else:
            low, high = amount_interval(amount_of(total))
        return value + slack >= low and value - slack <= high


def _is_flow_part(claim: MoneyClaim) -> bool:
    """A figure that can be one part of the article's money flows: a flow, once, not a rate or a past figure."""
    amount = amount_of(claim)
    return claim.relation in FLOWS and not amount.per and not amount.period and claim.context.temporal != "prior"


def _could_add_up_to(part: MoneyClaim, total: MoneyClaim, any_relation: bool) -> bool:
    """A part of the total's sum: same currency, a compatible relation, smaller than the total."""
    part_amount, total_amount = amount_of(part), amount_of(total)
    if not part_amount.same_currency(total_amount):
        return False
    if not (any_relation or relations_compatible(total.relation, part.relation)):
        return False
    return part_amount.value < total_amount.value + total_amount.precision


def _nearest(total: MoneyClaim, pool: list[MoneyClaim], limit: int) -> list[MoneyClaim]:
    """The `limit` parts nearest the total in the text, in their order in `pool`."""
    if len(pool) <= limit:
        return pool
    keep = {p.id for p in sorted(pool, key=lambda p: abs(p.span.start - total.span.start))[:limit]}
    return [p for p in pool if p.id in keep]


def hedged(claims: Iterable[MoneyClaim]) -> Iterator[MoneyClaim]:
    return (c for c in claims if c.amount and c.amount.qualifier in (Qualifier.UP_TO, Qualifier.RANGE))
