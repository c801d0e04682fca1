"""A problem is reported once, at its root: a rejected file's entities do not echo as unknown ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.registry import load_registry
from factcheck.registry.load import RegistryProblems

ENTITIES = "entities:\n  - id: zephyr\n    name: Zephyr\n    kind: {kind}\n  - id: dynamo\n    name: Dynamo\n    kind: organization\n"
FACT = "  - id: f{n}\n    subject: zephyr\n    relation: invests_in\n    object: {object}\n    sources:\n      - url: https://example.com/{n}\n        publisher: Zephyr\n        quote: \"Zephyr said so.\"\n"


def write(tmp_path: Path, kind: str, object_id: str = "dynamo", count: int = 5) -> Path:
    (tmp_path / "entities.yaml").write_text(ENTITIES.format(kind=kind))
    (tmp_path / "facts.yaml").write_text("facts:\n" + "".join(FACT.format(n=n, object=object_id) for n in range(count)))
    return tmp_path


@pytest.mark.parametrize(
    ("kind", "object_id", "expected"),
    [
        ("organisation", "dynamo", ["entities.0.kind"]),  # a typo: one problem, not one per fact
        ("company", "dynamo", ["entities.0.kind"]),
        ("organisation", "nobody", ["entities.0.kind", *["'nobody' is not a known entity id"] * 5]),  # a real unknown id still is one
    ],
)
def test_a_rejected_entity_file_is_one_problem(tmp_path, kind, object_id, expected):
    with pytest.raises(RegistryProblems) as raised:
        load_registry(write(tmp_path, kind, object_id))
    messages = [p.message for p in raised.value.problems]
    assert len(messages) == len(expected), messages
    assert all(fragment in message for fragment, message in zip(expected, messages, strict=True)), messages


def test_a_valid_registry_still_loads(tmp_path):
    assert len(load_registry(write(tmp_path, "organization")).facts) == 5
