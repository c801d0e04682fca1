"""Registry loading: every broken file gives one clear error naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.registry import load_registry
from factcheck.registry.load import RegistryProblems

ENTITY = "entities:\n  - id: acme\n    name: Acme\n    kind: organization\n"
SOURCE = "    sources:\n      - url: https://example.com/a\n        publisher: Acme\n        published: 2025-01-01\n        quote: \"Acme said so.\"\n"

BROKEN = [
    ("bad yaml", "facts: [\n  - id: x\n", ":2:3", "invalid YAML"),
    ("python tag", ENTITY + "facts:\n  - !!python/object:os.system {}\n", ":6", "unsupported YAML tag"),
    ("missing field", ENTITY + "facts:\n  - id: acme-fact\n    relation: invests_in\n    date: 2025-01-01\n" + SOURCE, ":6", "facts.0.subject: missing required field"),
    ("unknown field", ENTITY + "    colour: red\n", ":5", "entities.0.colour: unknown field"),
    ("unknown entity", ENTITY + "facts:\n  - id: f1\n    subject: acme\n    relation: invests_in\n    object: nobody\n    date: 2025-01-01\n" + SOURCE, ":6", "object 'nobody' is not a known entity id"),
    ("duplicate entity", ENTITY + "  - id: acme\n    name: Acme again\n    kind: organization\n", ":5", "duplicate entity id 'acme'"),
    ("duplicate key", "entities:\n  - id: acme\n    id: acme2\n    name: Acme\n    kind: organization\n", ":3", "duplicate key 'id'"),
    ("bad relation", ENTITY + "facts:\n  - id: f1\n    subject: acme\n    relation: befriends\n    date: 2025-01-01\n" + SOURCE, ":8", "facts.0.relation"),
    ("long quote", ENTITY + "facts:\n  - id: f1\n    subject: acme\n    relation: valued_at\n    date: 2025-01-01\n    sources:\n      - url: https://example.com\n        publisher: Acme\n        quote: \"" + "word " * 30 + "\"\n", ":13", "at most 25 allowed"),
    ("javascript url", ENTITY + "facts:\n  - id: f1\n    subject: acme\n    relation: valued_at\n    date: 2025-01-01\n    sources:\n      - url: javascript:alert(1)\n        publisher: Acme\n        quote: \"x\"\n", ":11", "http:// or https://"),
    ("not a mapping", "- just\n- a list\n", ":1", "a registry file is a mapping"),
]


@pytest.mark.parametrize(("name", "text", "where", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_registry_names_file_line_and_field(tmp_path: Path, name, text, where, message):
    (tmp_path / "reg.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RegistryProblems) as caught:
        load_registry(tmp_path)
    first = str(caught.value.problems[0])
    assert str(tmp_path / "reg.yaml") in first
    assert where in first, first
    assert message in first, first


def test_python_tag_is_never_executed(tmp_path: Path):
    marker = tmp_path / "executed"
    (tmp_path / "reg.yaml").write_text(f"entities: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(RegistryProblems):
        load_registry(tmp_path)
    assert not marker.exists()


def test_duplicate_ids_across_files(tmp_path: Path):
    (tmp_path / "a.yaml").write_text(ENTITY)
    (tmp_path / "b.yaml").write_text(ENTITY)
    with pytest.raises(RegistryProblems) as caught:
        load_registry(tmp_path)
    assert "duplicate entity id 'acme' (first in" in str(caught.value)


def test_missing_directory_and_empty_directory(tmp_path: Path):
    with pytest.raises(Exception, match="not found"):
        load_registry(tmp_path / "nope")
    with pytest.raises(Exception, match="no registry files"):
        load_registry(tmp_path)


def test_project_registry_is_valid(project_registry):
    assert "nvidia" in project_registry.entities
    assert project_registry.facts_between("nvidia", "anthropic")
