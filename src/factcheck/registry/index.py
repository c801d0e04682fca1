"""A loaded registry, indexed by entity and relation so lookups never scan every fact."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from factcheck.registry.declared import declared_entity_ids
from factcheck.registry.graph import graph_problems
from factcheck.registry.load import RegistryProblems, entity_problems, fact_problems, parse_file, registry_files
from factcheck.registry.models import Entity, Fact


@dataclass(frozen=True)
class Located:
    path: str
    line: int | None


@dataclass
class Registry:
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    where: dict[str, Located] = field(default_factory=dict)  # id -> file and line
    root: str | None = None

    def __post_init__(self) -> None:
        self._by_pair: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
        self._by_entity: dict[str, list[Fact]] = defaultdict(list)
        self._children: dict[str, set[str]] = defaultdict(set)
        for fact in self.facts.values():
            self._index(fact)
        for entity in self.entities.values():
            if entity.parent:
                self._children[entity.parent].add(entity.id)

    @classmethod
    def build(cls, entities: Iterable[Entity], facts: Iterable[Fact], root: str | None = None) -> Registry:
        return cls(entities={e.id: e for e in entities}, facts={f.id: f for f in facts}, root=root)

    def _index(self, fact: Fact) -> None:
        self._by_pair[(fact.subject, fact.object)].append(fact)
        self._by_entity[fact.subject].append(fact)
        if fact.object:
            self._by_entity[fact.object].append(fact)

    def facts_between(self, subject: str, object_: str | None) -> list[Fact]:
        return self._by_pair.get((subject, object_), [])

    def facts_about(self, entity_id: str) -> list[Fact]:
        return self._by_entity.get(entity_id, [])

    def children(self, entity_id: str) -> set[str]:
        """Entities whose parent this is (Microsoft -> Azure), from an index, not a scan."""
        return self._children.get(entity_id, set())

    def family(self, entity_id: str) -> set[str]:
        """The entity and its parents: a fact about Azure is also about Microsoft."""
        seen = set()
        while entity_id and entity_id not in seen and entity_id in self.entities:
            seen.add(entity_id)
            entity_id = self.entities[entity_id].parent or ""
        return seen

    @cached_property
    def names_by_first_word(self) -> dict[str, list[tuple[str, str, str]]]:
        """Every name and alias keyed by its first word, longest first: (name, id, kind).
        Finding names in a text then costs per word of the text, not per registry entity."""
        index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for entity in self.entities.values():
            for name in dict.fromkeys(entity.names):
                first = re.match(r"\w+", name)
                if first:
                    index[first.group(0)].append((name, entity.id, entity.kind))
        for names in index.values():
            names.sort(key=lambda item: -len(item[0]))
        return dict(index)


def load_registry(root: str | Path) -> Registry:
    """Load and cross-check every `*.yaml` under `root`; raise `RegistryProblems` listing all problems."""
    problems = []
    entities, facts = [], []
    where: dict[str, Located] = {}
    declared_in_rejected_files: set[str] = set()  # so their entities are reported once, not once per reference
    for path in registry_files(root):
        parsed, positions, file_problems = parse_file(path)
        problems.extend(file_problems)
        if parsed is None:
            declared_in_rejected_files |= declared_entity_ids(path)
            continue
        for i, entity in enumerate(parsed.entities):
            line = positions.get(("entities", i))
            entities.append((entity, str(path), line))
            where.setdefault(entity.id, Located(str(path), line))
        for i, fact in enumerate(parsed.facts):
            line = positions.get(("facts", i))
            facts.append((fact, str(path), line))
            where.setdefault(fact.id, Located(str(path), line))
    problems.extend(entity_problems(entities))
    problems.extend(graph_problems(entities))  # parent cycles, a name on two entities
    problems.extend(fact_problems(facts, {e.id for e, _, _ in entities} | declared_in_rejected_files))
    if problems:
        raise RegistryProblems(problems)
    registry = Registry.build((e for e, _, _ in entities), (f for f, _, _ in facts), root=str(root))
    registry.where = where
    return registry
