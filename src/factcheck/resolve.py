"""Stage 4, resolve: surface names in claims to registry entity ids.

Exact alias match first (case-insensitive, after dropping possessives and corporate
suffixes), then rapidfuzz for near misses ("Microsoft Azure cloud", "Nvidias"). Names that
match nothing stay as their normalized surface text.
"""

from __future__ import annotations

from functools import cached_property

from rapidfuzz import fuzz, process, utils

from factcheck.models import Claim
from factcheck.normalize.fold import fold_name
from factcheck.normalize.names import normalize_name
from factcheck.normalize.relations import relations_compatible  # one definition of compatible relations
from factcheck.registry import Registry

FUZZY_CUTOFF = 90  # WRatio score; below it two names are different entities
FUZZY_CACHE = 100_000  # names remembered per Resolver; the cache restarts empty beyond that
SYMMETRIC = {"deal_value", "partners_with"}  # the text does not say who pays whom
# A named party alone: a valuation, spending, a raise or a revenue figure is often the
# company's own total, not a flow with one partner.
NO_COUNTERPARTY = {"valued_at", "spends_on", "raises", "revenue"}


def _compatible(relation: str, fact_relation: str) -> bool:
    return fact_relation != "valued_at" and relations_compatible(relation, fact_relation)


Oriented = tuple[tuple[str, ...], str | None]  # (subjects, object)


class Resolver:
    def __init__(self, registry: Registry):
        self.registry = registry
        self._fuzzy: dict[str, str | None] = {}

    @cached_property
    def _aliases(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for entity in self.registry.entities.values():
            table[entity.id] = entity.id
            for name in entity.names:
                table.setdefault(normalize_name(fold_name(name)).lower(), entity.id)
                table.setdefault(name.lower(), entity.id)
        return table

    @cached_property
    def _choices(self) -> list[str]:
        return list(self._aliases)

    @cached_property
    def _processed_choices(self) -> list[str]:
        """The choices through rapidfuzz's default processor once, not once per lookup."""
        return [utils.default_process(choice) for choice in self._choices]

    def entity_id(self, name: str | None) -> str | None:
        """The registry id a name refers to, or None."""
        if not name:
            return None
        if name in self.registry.entities:
            return name
        key = normalize_name(fold_name(name)).lower()  # "Аcme" with a Cyrillic А is Acme (and FC901 says so)
        if key in self._aliases:
            return self._aliases[key]
        if len(key) < 4 or not self._choices:
            return None
        if key not in self._fuzzy:  # names repeat across an archive: one scan of the aliases per name
            if len(self._fuzzy) >= FUZZY_CACHE:
                self._fuzzy.clear()
            self._fuzzy[key] = self._fuzzy_match(key)
        return self._fuzzy[key]

    def _fuzzy_match(self, key: str) -> str | None:
        query = utils.default_process(key)
        match = process.extractOne(query, self._processed_choices, scorer=fuzz.WRatio, processor=None, score_cutoff=FUZZY_CUTOFF)
        if match is None:
            return None
        candidate = self._choices[match[2]]
        # WRatio scores a name inside a longer one highly ("AI" in "OpenAI"): demand similar lengths.
        if min(len(candidate), len(key)) / max(len(candidate), len(key)) < 0.6:
            return None
        return self._aliases[candidate]

    def name(self, name: str | None) -> str | None:
        return self.entity_id(name) or (normalize_name(name) if name else None)

    def resolve(self, claim: Claim) -> Claim:
        if claim.kind not in ("money", "relation"):
            return claim  # percents and quantities name no party
        subjects = tuple(self.name(s) or s for s in claim.subjects)
        obj = self.name(claim.object)
        paragraph = tuple(dict.fromkeys(self.name(p) or p for p in (*claim.paragraph_parties, *claim.parties)))
        roles = _roles(claim, subjects, obj)
        if claim.kind == "money" and claim.relation:
            subjects, obj = self._orient(claim.relation, subjects, obj, paragraph)
        update = {
            "subjects": subjects,
            "subject": " + ".join(subjects) if subjects else None,
            "object": obj,
            "parties": tuple(dict.fromkeys(self.name(p) for p in claim.parties)),
            "paragraph_parties": paragraph,
        }
        if claim.kind == "money":
            update["guessed_subject"] = self.name(claim.guessed_subject)
            if claim.relation:  # each party keeps its place through orienting; one the registry completed has none in the text
                update["subject_role"] = roles.get(subjects[0], "registry") if subjects else None
                update["object_role"] = roles.get(obj, "registry") if obj else None
        return claim.model_copy(update=update)

    def _orient(self, relation: str, subjects: tuple[str, ...], obj: str | None, paragraph: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
        """Complete and orient a deal with the registry's knowledge of who deals with whom.

        "AWS and OpenAI announced a $38 billion partnership" names two parties and no
        direction; "Oracle's $30 billion cloud deal" names one. When the registry links the
        named party to exactly one other party of the paragraph, that one is the counterparty,
        in the registry's direction (buyer first). Only the parties come from the registry,
        never the amount, so a wrong figure is still caught.
        """
        for orient in (self._symmetric_pair, self._named_pair, self._counterparty_of_one, self._pair_of_paragraph):
            found = orient(relation, subjects, obj, paragraph)
            if found is not None:
                return found
        return subjects, obj

    def _known(self, name: str) -> bool:
        return name in self.registry.entities

    def _symmetric_pair(self, relation: str, subjects: tuple[str, ...], obj: str | None, paragraph: tuple[str, ...]) -> Oriented | None:
        """"AWS and OpenAI announced a $38 billion partnership": two known parties, put in the registry's direction."""
        if relation in SYMMETRIC and len(subjects) == 2 and obj is None and all(self._known(s) for s in subjects):
            return self._directed(subjects[0], subjects[1], relation)
        return None

    def _named_pair(self, relation: str, subjects: tuple[str, ...], obj: str | None, paragraph: tuple[str, ...]) -> Oriented | None:
        """"Cirrus secured a $14 billion contract with Bolt": a deal names no direction; both
        sides named, it takes the registry's (buyer first)."""
        if relation in SYMMETRIC and len(subjects) == 1 and obj is not None and self._known(subjects[0]) and self._known(obj):
            return self._directed(subjects[0], obj, relation)
        return None

    def _counterparty_of_one(self, relation: str, subjects: tuple[str, ...], obj: str | None, paragraph: tuple[str, ...]) -> Oriented | None:
        """"Oracle's $30 billion cloud deal": the one party of the paragraph the registry links the named one to."""
        if obj is not None or len(subjects) != 1 or not self._known(subjects[0]) or relation in NO_COUNTERPARTY:
            return None
        partners = self._partners(subjects[0], relation, [p for p in paragraph if self._known(p) and p != subjects[0]])
        if len(partners) != 1:
            return None
        return self._directed(subjects[0], partners[0], relation) if relation in SYMMETRIC else (subjects, partners[0])

    def _pair_of_paragraph(self, relation: str, subjects: tuple[str, ...], obj: str | None, paragraph: tuple[str, ...]) -> Oriented | None:
        """With no party named, only a deal, a purchase or a revenue stream is completed: an
        unnamed investment is often a combined total ("$15B in equity" from two investors),
        never one pair's. "The deal, worth $30 billion a year, was revealed by Oracle" under
        "OpenAI ... Oracle": the one linked pair of the paragraph."""
        if subjects or obj is not None or relation not in SYMMETRIC | {"revenue", "commits_to_purchase"}:
            return None
        known = [p for p in paragraph if self._known(p)]
        pairs = {self._directed(a, b, relation) for a in known for b in self._partners(a, relation, [p for p in known if p != a])}
        return next(iter(pairs)) if len(pairs) == 1 else None

    def _partners(self, entity: str, relation: str, candidates: list[str]) -> list[str]:
        found = []
        for other in candidates:
            facts = self.registry.facts_between(entity, other)
            if relation in SYMMETRIC:
                facts = facts + self.registry.facts_between(other, entity)
            if any(_compatible(relation, f.relation) for f in facts):
                found.append(other)
        return found

    def _directed(self, a: str, b: str, relation: str) -> tuple[tuple[str, ...], str]:
        if not any(_compatible(relation, f.relation) for f in self.registry.facts_between(a, b)) and any(
            _compatible(relation, f.relation) for f in self.registry.facts_between(b, a)
        ):
            return (b,), a
        return (a,), b


def _roles(claim: Claim, subjects: tuple[str, ...], obj: str | None) -> dict[str, str | None]:
    """Each resolved party's place in the sentence (MoneyClaim.subject_role, object_role), by id."""
    if claim.kind != "money":
        return {}
    return {**{s: claim.subject_role for s in subjects}, **({obj: claim.object_role} if obj else {})}


def resolve_claims(claims: list[Claim], registry: Registry, resolver: Resolver | None = None) -> list[Claim]:
    """Pass a `resolver` built once per registry to reuse its alias table and lookups across articles."""
    resolver = resolver or Resolver(registry)
    return [resolver.resolve(claim) for claim in claims]
