"""Stage 4, resolve: surface names in claims to registry entity ids.

Exact alias match first (case-insensitive, after dropping possessives and corporate
suffixes), then rapidfuzz for near misses ("Microsoft Azure cloud", "Nvidias"). Names that
match nothing stay as their normalized surface text.
"""

from __future__ import annotations

from functools import cached_property

from rapidfuzz import fuzz, process, utils

from factcheck.extract.entities import normalize_name
from factcheck.models import Claim
from factcheck.registry import Registry

FUZZY_CUTOFF = 90  # WRatio score; below it two names are different entities
FUZZY_CACHE = 100_000  # names remembered per Resolver; the cache restarts empty beyond that


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
                table.setdefault(normalize_name(name).lower(), entity.id)
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
        key = normalize_name(name).lower()
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
        subjects = tuple(self.name(s) for s in claim.subjects)
        return claim.model_copy(
            update={
                "subjects": subjects,
                "subject": " + ".join(subjects) if subjects else None,
                "object": self.name(claim.object),
                "parties": tuple(dict.fromkeys(self.name(p) for p in claim.parties)),
            }
        )


def resolve_claims(claims: list[Claim], registry: Registry, resolver: Resolver | None = None) -> list[Claim]:
    """Pass a `resolver` built once per registry to reuse its alias table and lookups across articles."""
    resolver = resolver or Resolver(registry)
    return [resolver.resolve(claim) for claim in claims]
