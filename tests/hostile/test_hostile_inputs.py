"""Hostile files the tool reads: devices, FIFOs, links, loops, huge or deep or mis-encoded data.

Each case must end in a clear error that names the file (and line where there is one), exit 2
through the command line, never a hang, a traceback or "internal error".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.baseline import load_baseline
from factcheck.config import load_config
from factcheck.errors import ConfigError, FactcheckError, InputError
from factcheck.read import expand_paths, read_document
from factcheck.registry import load_registry
from factcheck.registry.load import RegistryProblems

ROOT = Path(__file__).resolve().parents[2]
ENTITY = "entities:\n  - id: acme\n    name: Acme\n    kind: organization\n"


def fact(amount: str) -> str:
    return (
        "facts:\n  - id: f1\n    subject: acme\n    relation: raises\n"
        f"    amount: {amount}\n    sources:\n      - url: https://example.com\n        publisher: Acme\n        quote: Acme raised money.\n"
    )


def fifo(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    os.mkfifo(path)
    return str(path)


def zero_link(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.symlink_to("/dev/zero")
    return str(path)


@pytest.mark.parametrize("make", [fifo, zero_link], ids=["fifo", "link to /dev/zero"])
@pytest.mark.parametrize(
    ("name", "load", "error"),
    [
        ("factcheck-baseline.json", load_baseline, ConfigError),
        (".factcheck.toml", lambda p: load_config(Path(p)), ConfigError),
        ("article.txt", read_document, InputError),
    ],
    ids=["baseline", "config", "article"],
)
def test_special_files_are_refused_not_read(tmp_path: Path, make, name, load, error):
    path = make(tmp_path, name)
    with pytest.raises(error, match="not a regular file"):
        load(path)


@pytest.mark.parametrize("make", [fifo, zero_link], ids=["fifo", "link to /dev/zero"])
def test_special_registry_file_is_refused(tmp_path: Path, make):
    (tmp_path / "ok.yaml").write_text(ENTITY)
    make(tmp_path, "bad.yaml")
    with pytest.raises(RegistryProblems, match="not a regular file"):
        load_registry(tmp_path)


def test_file_limits_are_configurable(tmp_path: Path, monkeypatch):
    baseline = tmp_path / "b.json"
    baseline.write_text('{"version": 1, "findings": []}')
    monkeypatch.setenv("FACTCHECK_MAX_BASELINE_BYTES", "10")
    with pytest.raises(ConfigError, match="larger than the 10-byte limit"):
        load_baseline(baseline)
    monkeypatch.setenv("FACTCHECK_MAX_REGISTRY_BYTES", "20")
    (tmp_path / "r.yaml").write_text(ENTITY)
    with pytest.raises(RegistryProblems, match="larger than the 20-byte limit"):
        load_registry(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
        ('{"findings": ' * 30_000 + "1" + "}" * 30_000, "nested too deeply"),
        ("\xff\xfe not json", "not valid UTF-8"),
    ],
    ids=["deep list", "deep object", "latin-1"],
)
def test_baseline_shapes_are_clear_errors(tmp_path: Path, text, message):
    path = tmp_path / "b.json"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(ConfigError, match=message):
        load_baseline(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"max-bytes = 1e23\n", "max-bytes"),
        (b"max-bytes = 99999999999999999999999\n", "max-bytes"),
        (b"model = \"caf\xe9\"\n", "not valid UTF-8"),
        (b"a = " + b"[" * 20_000 + b"]" * 20_000 + b"\n", "nested too deeply|invalid TOML"),
    ],
    ids=["float size", "huge size", "latin-1", "deep array"],
)
def test_config_shapes_are_clear_errors(tmp_path: Path, data, message):
    path = tmp_path / ".factcheck.toml"
    path.write_bytes(data)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (ENTITY + fact('{value: "1e999999999", currency: USD}'), "implausibly large", 9),
        (ENTITY + fact("{value: 1e999, currency: USD}"), "implausibly large", 9),
        (ENTITY + fact("{value: -5, currency: USD}"), "greater than zero", 9),
        (ENTITY + fact("{value: 0, currency: USD}"), "greater than zero", 9),
        (ENTITY + fact("{value: .nan, currency: USD}"), "finite", 9),
        (ENTITY + fact("{value: 9000000000, high: 1000000000, currency: USD, qualifier: range}"), "must be above value", 9),
        (ENTITY + "  - id: bolt\n    name: Bolt\n    aliases: [Acme]\n    kind: organization\n", "also on entity 'acme'", 5),
        (ENTITY + "  - id: bolt\n    name: Bolt\n    aliases: ['ACME ']\n    kind: organization\n", "also on entity 'acme'", 5),
        ("entities:\n  - id: acme\n    name: Acme\n    aliases: ['']\n    kind: organization\n", "aliases", 4),
        ("entities:\n  - id: a\n    name: A\n    parent: b\n    kind: organization\n  - id: b\n    name: B\n    parent: a\n    kind: organization\n", "parent chain loops", 2),
        ("entities:\n  - id: a\n    name: A\n    parent: a\n    kind: organization\n", "parent chain loops", 2),
        ("entities:\n  - id: acme\n    name: &n Acme\n    aliases: [*n]\n    kind: organization\n", "aliases are not supported", 3),
        ("entities:\n  - id: acme\n    name: !!str Acme\n    kind: organization\n", "unsupported YAML tag", 3),
        ("entities:\n  - id: acme\n    name: !!binary QWNtZQ==\n    kind: organization\n", "unsupported YAML tag", 3),
        (ENTITY + fact("{value: 5, currency: USD}").replace("    sources:", "    date: !!timestamp 2025-01-01\n    sources:"), "unsupported YAML tag", 10),
        (ENTITY + fact("{value: 5, currency: USD}").replace("    sources:", "    date: 2025-02-30\n    sources:"), "day is out of range", 10),
        (ENTITY + fact("{value: 5, currency: USD}").replace("    sources:", "    term_years: " + "9" * 5000 + "\n    sources:"), "invalid value", 10),
        ("a: " + "[" * 30_000 + "]" * 30_000 + "\n", "nested too deeply", None),
    ],
    ids=[
        "exponent overflow", "1e999", "negative", "zero", "nan", "high below value", "alias on two entities",
        "alias differs in case", "empty alias", "parent cycle", "own parent", "scalar alias", "str tag", "binary tag",
        "timestamp tag", "impossible date", "5000-digit integer", "deep nesting",
    ],
)
def test_registry_bounds_name_file_and_line(tmp_path: Path, text, message, line):
    (tmp_path / "reg.yaml").write_text(text)
    with pytest.raises(RegistryProblems) as caught:
        load_registry(tmp_path)
    problems = caught.value.problems
    assert any(message in p.message for p in problems), [str(p) for p in problems]
    hit = next(p for p in problems if message in p.message)
    assert hit.path.endswith("reg.yaml") and hit.line == line


def test_sources_validate_lists_every_problem(tmp_path: Path):
    (tmp_path / "a.yaml").write_text("entities:\n  - id: a\n    name: A\n    parent: a\n    kind: organization\n")
    (tmp_path / "b.yaml").write_text(ENTITY + fact("{value: -1, currency: USD}"))
    (tmp_path / "c.yaml").write_text("entities:\n  - id: c\n    name: !!str C\n    kind: organization\n")
    done = subprocess.run([sys.executable, "-m", "factcheck", "sources", "validate", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "3 problems" in done.stderr, done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.parametrize("data", ["Acme raised $5 billion.\n".encode(enc) for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32")])
def test_wide_encodings_are_named(tmp_path: Path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"encoded as UTF-(16|32)"):
        read_document(str(path))


def test_symlink_loops_neither_hang_nor_repeat(tmp_path: Path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "sub" / "self").symlink_to(".")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    monkeypatch.chdir(tmp_path)
    assert expand_paths(["**/*.txt"]) == ["sub/a.txt"]
    assert expand_paths(["."]) == ["sub/a.txt"]
    assert expand_paths(["sub/a.txt", "./sub/a.txt", "sub/self/a.txt", "sub"]) == ["sub/a.txt"]
    with pytest.raises(FactcheckError, match="symbolic link loop"):
        read_document("loop.txt")


def test_unreadable_directory_names_the_article(tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("root reads every directory")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x")
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_document(str(locked / "a.txt"))
    finally:
        locked.chmod(0o755)


def test_a_named_symlink_loop_says_so(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("loop.txt").symlink_to("loop.txt")
    with pytest.raises(InputError, match="symbolic link loop"):
        expand_paths(["loop.txt"])
    with pytest.raises(InputError, match="no such file or directory"):
        expand_paths(["missing.txt"])
