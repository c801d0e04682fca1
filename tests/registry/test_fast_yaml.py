"""libyaml (fast) and pure-Python parsing give the same data, lines and error messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.errors import RegistryError
from factcheck.registry import load as registry_load

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "entities:\n  - id: acme\n    name: Acme\n    kind: organization\n",
    "facts: [\n  - id: x\n",  # unclosed flow sequence
    "a: 1\n  b: 2\n",  # bad indentation
    "a: &x 1\nb: *y\n",  # undefined alias
    "key: value\n\tbad: tab\n",
    "",
    "a: !!python/object 1\n",
    "a: 1\na: 2\n",  # duplicate key
]


def parse(text: str, loader, monkeypatch) -> object:
    monkeypatch.setattr(registry_load, "FAST_LOADER", loader)
    try:
        return registry_load.load_yaml(text)
    except RegistryError as exc:
        return (str(exc), exc.line, exc.column)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", TEXTS)
def test_libyaml_matches_pure_python(text, monkeypatch):
    assert parse(text, yaml.CSafeLoader, monkeypatch) == parse(text, yaml.SafeLoader, monkeypatch)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
def test_project_registry_lines_match(monkeypatch):
    for path in sorted((ROOT / "sources").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert parse(text, yaml.CSafeLoader, monkeypatch) == parse(text, yaml.SafeLoader, monkeypatch), path
