"""The entity ids a file declares even when the file fails validation.

One typo in an entity (`kind: organisation`) rejects its file; without this, every fact in
every other file that names one of that file's entities would add a "not a known entity id"
error, hiding the one real problem under a hundred echoes of it. Each problem is reported once,
at its root.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import RegistryError
from factcheck.files import limit_for, read_regular
from factcheck.registry.load import load_yaml


def declared_entity_ids(path: Path) -> set[str]:
    """The string `id`s under `entities:` as written; empty when the file does not even parse."""
    try:  # read as parse_file reads: a FIFO or device is refused, never opened
        data, _ = load_yaml(read_regular(str(path), limit_for("registry"), RegistryError, what="registry file").decode("utf-8-sig"))
    except (RegistryError, OSError, UnicodeDecodeError, RecursionError):
        return set()
    entities = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(entities, list):
        return set()
    return {item["id"] for item in entities if isinstance(item, dict) and isinstance(item.get("id"), str)}
