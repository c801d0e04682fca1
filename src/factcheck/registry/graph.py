"""Registry checks across entities: parent chains that loop, and a name claimed by two entities.

A parent cycle (a → b → a) would make every walk up the ownership chain endless; a name or
alias on two entities makes resolution depend on file order, so a claim could be checked
against the wrong company. Both are load-time problems, listed with the rest.
"""

from __future__ import annotations

from factcheck.errors import Errors, RegistryError
from factcheck.registry.models import Entity

Placed = tuple[Entity, str, int | None]  # entity, file, line


def parent_cycles(entities: list[Placed]) -> list[RegistryError]:
    """One problem per cycle, at the entity of the cycle that comes first by id."""
    parent = {entity.id: entity.parent for entity, _, _ in entities}
    place = {entity.id: (path, line) for entity, path, line in entities}
    reported: set[str] = set()
    problems = []
    for start in sorted(parent):
        chain: list[str] = []
        node: str | None = start
        while node is not None and node in parent and node not in chain and node not in reported:
            chain.append(node)
            node = parent[node]
        if node in chain:
            cycle = chain[chain.index(node):]
            reported.update(cycle)
            first = min(cycle)
            path, line = place[first]
            loop = " → ".join([*cycle[cycle.index(first):], *cycle[: cycle.index(first)], first])
            problems.append(RegistryError(Errors.E224(id=first, loop=loop), path=path, line=line))
        reported.update(chain)
    return problems


def shared_names(entities: list[Placed]) -> list[RegistryError]:
    """A name or alias (case-insensitive) on two entities."""
    owner: dict[str, str] = {}
    problems = []
    for entity, path, line in entities:
        for name in dict.fromkeys(n.strip().casefold() for n in entity.names):
            first = owner.setdefault(name, entity.id)
            if first != entity.id:
                problems.append(RegistryError(Errors.E225(id=entity.id, name=name, other=first), path=path, line=line))
    return problems


def graph_problems(entities: list[Placed]) -> list[RegistryError]:
    return [*parent_cycles(entities), *shared_names(entities)]
