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


# -- hardening (issue 7): hostile and huge registries -------------------------------------------
FACT = (
    "facts:\n  - id: f1\n    subject: acme\n    relation: valued_at\n    date: 2025-01-01\n"
    "    amount: {value: 5, currency: USD}\n"
    "    sources:\n      - url: URL\n        publisher: Acme\n        quote: \"Acme said so.\"\n"
)
HOSTILE = [
    ("python object/new tag", "entities: !!python/object/new:os.system [echo]\n", ":1", "unsupported YAML tag"),
    ("python name tag on a scalar", "entities:\n  - id: !!python/name:os.system\n", ":2", "unsupported YAML tag"),
    ("custom local tag", "entities: !mine [1]\n", ":1", "unsupported YAML tag"),
    ("merge key", "base: &b {kind: organization}\nentities:\n  - <<: *b\n    id: acme\n", ":3", "merge keys"),
    ("duplicate nested key", ENTITY + FACT.replace("{value: 5, currency: USD}", "{value: 5, value: 6, currency: USD}").replace("URL", "https://example.com"), ":10", "duplicate key 'value'"),
    ("duplicate fact id", ENTITY + FACT.replace("URL", "https://example.com") + FACT.replace("URL", "https://example.com").replace("facts:\n", ""), ":15", "duplicate fact id 'f1'"),
    ("unknown parent", ENTITY + "    parent: nobody\n", ":2", "parent 'nobody' is not a known entity id"),
    ("unknown subject", ENTITY + FACT.replace("subject: acme", "subject: ghost").replace("URL", "https://example.com"), ":6", "subject 'ghost' is not a known entity id"),
    ("ftp url", ENTITY + FACT.replace("URL", "ftp://example.com/a"), ":12", "http:// or https://"),
    ("file url", ENTITY + FACT.replace("URL", "file:///etc/passwd"), ":12", "http:// or https://"),
    ("data url", ENTITY + FACT.replace("URL", "data:text/html,<script>alert(1)</script>"), ":12", "http:// or https://"),
    ("billion laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", ":1", "aliases are not supported"),
    ("not utf-8", None, "reg.yaml", "not valid UTF-8"),
]


@pytest.mark.parametrize(("name", "text", "where", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_registry_names_file_and_line(tmp_path: Path, name, text, where, message):
    target = tmp_path / "reg.yaml"
    if text is None:
        target.write_bytes(b"entities:\n  - id: acme\n    name: Acme \xff\n")
    else:
        target.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryProblems) as caught:
        load_registry(tmp_path)
    first = str(caught.value.problems[0])
    assert str(target) in first and where in first and message in first, first


def _many_files(root: Path, count: int) -> None:
    for i in range(count):
        (root / f"e{i:04d}.yaml").write_text(f"entities:\n  - id: org-{i}\n    name: Org {i}\n    kind: organization\n")


def test_three_thousand_files_load_and_one_bad_file_is_named(tmp_path: Path):
    _many_files(tmp_path, 3_000)
    registry = load_registry(tmp_path)
    assert len(registry.entities) == 3_000
    (tmp_path / "e1234.yaml").write_text("entities:\n  - id: org-1234\n    name: Org\n    kind: planet\n")
    with pytest.raises(RegistryProblems) as caught:
        load_registry(tmp_path)
    assert [str(p) for p in caught.value.problems] == [f"{tmp_path / 'e1234.yaml'}:4: E201 entities.0.kind: Input should be 'organization', 'person', 'product' or 'place', not 'planet'"]


def test_a_broken_registry_checks_nothing(tmp_path: Path):
    """No partial registry: the CLI exits 2 with one line on stderr and writes no report."""
    import os
    import subprocess
    import sys

    from typer.testing import CliRunner

    from factcheck.cli import app

    registry = tmp_path / "sources"
    registry.mkdir()
    _many_files(registry, 20)
    (registry / "e0007.yaml").write_text(ENTITY + "    parent: nobody\n")
    article = tmp_path / "a.txt"
    article.write_text("Acme will invest $1 billion in Org 3.\n")
    args = ["--sources", str(registry), "--format", "json", str(article)]
    result = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, env={**os.environ, "NO_COLOR": "1"}, timeout=300)
    assert result.returncode == 2 and result.stdout == b""
    stderr = result.stderr.decode().strip()
    # the error's line, then the offending line of the file
    assert stderr.splitlines()[1:] == ["    2 |   - id: acme"], stderr
    assert "e0007.yaml:2: E221 entity 'acme': parent 'nobody'" in stderr and "Traceback" not in stderr, stderr
    runner = CliRunner()
    in_process = runner.invoke(app, ["check", *args])
    assert in_process.exit_code == 2 and '"files"' not in in_process.output


def test_price_per_unit_amount_loads(tmp_path: Path):
    fact = ENTITY + ("facts:\n  - id: acme-share-price\n    subject: acme\n    relation: other\n"
                     "    amount: {value: 12.5, currency: USD, per: share}\n    date: 2025-01-01\n" + SOURCE)
    (tmp_path / "reg.yaml").write_text(fact, encoding="utf-8")
    registry = load_registry(tmp_path)
    assert registry.facts["acme-share-price"].amount.per == "share"
    (tmp_path / "reg.yaml").write_text(fact.replace("per: share", "per: 'Share!'"), encoding="utf-8")
    with pytest.raises(RegistryProblems, match=r"amount\.per"):
        load_registry(tmp_path)
