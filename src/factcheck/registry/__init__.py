"""The curated source registry: entities and facts backed by primary sources."""

from factcheck.registry.index import Registry, load_registry
from factcheck.registry.models import Entity, Fact, FactAmount, Quantity, Source

__all__ = ["Entity", "Fact", "FactAmount", "Quantity", "Registry", "Source", "load_registry"]
