"""Registry-driven entity ruler patterns: every entity's name and aliases, labelled by kind, with its id."""

from __future__ import annotations

from factcheck.registry import Registry

LABELS = {"organization": "ORG", "person": "PERSON", "product": "PRODUCT", "place": "GPE"}
RULER_NAME = "factcheck_entities"


def ruler_patterns(registry: Registry) -> list[dict]:
    patterns = []
    for entity in registry.entities.values():
        for name in dict.fromkeys(entity.names):
            patterns.append({"label": LABELS[entity.kind], "pattern": name, "id": entity.id})
    return patterns
