"""Every bad input through the command line: a clear error naming the file (and line), exit 2,
never "internal error" or a traceback; paths normalized and each file checked once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.models import Report
from factcheck.report import FORMATTERS

ARTICLE = "Acme will invest $2 billion in Cirrus, the companies said.\n"


def run(*args: str, cwd: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=cwd, timeout=300)


def assert_clean_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE)
    return tmp_path


def test_sources_at_the_root_is_refused_not_walked(folder: Path):
    (folder / ".factcheck.toml").write_text('sources = "/"\n')
    started = time.monotonic()
    assert_clean_error(run("a.txt", cwd=folder), "not a registry directory")
    assert time.monotonic() - started < 120


def test_the_config_baseline_key_cannot_reach_a_device(folder: Path):
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / ".factcheck.toml").write_text('baseline = "zero.json"\n')
    assert_clean_error(run("a.txt", cwd=folder), "zero.json", "not a regular file")


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "html"])
def test_a_full_stdout_is_no_space_left(folder: Path, fmt):
    with open("/dev/full", "w") as full:
        done = run("--no-config", "-f", fmt, "a.txt", cwd=folder, stdout=full)
    assert_clean_error(done, "no space left on device")


def test_a_closed_stdout_on_check_is_exit_2(folder: Path):
    done = subprocess.run([sys.executable, "-m", "factcheck", "--no-config", "a.txt"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=folder, timeout=300, preexec_fn=lambda: os.close(1))
    assert_clean_error(done, "standard output is closed")


def test_sources_extract_does_not_overwrite_its_press_release(folder: Path):
    done = run("sources", "extract", "a.txt", "--url", "https://example.com/a", "-o", "a.txt", cwd=folder)
    assert_clean_error(done, "also an input")
    assert (folder / "a.txt").read_text() == ARTICLE


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("Acme raised $5 billion.\n".encode("utf-16"), ["a.txt", "UTF-16"]),
        (b"Acme raised \xff$5 billion.\n", ["a.txt", "UTF-8"]),
        (b"Acme\x00 raised.\n", ["a.txt", "NUL"]),
    ],
    ids=["utf-16", "latin-1", "nul"],
)
def test_undecodable_articles_name_the_file(folder: Path, data: bytes, words):
    (folder / "a.txt").write_bytes(data)
    assert_clean_error(run("--no-config", "a.txt", cwd=folder), *words)


@pytest.mark.parametrize(
    ("config", "words"),
    [
        (b"max-bytes = 1e23\n", ["max-bytes", ".factcheck.toml"]),
        (b"max-claims = 99999999999999999999999\n", ["max-claims"]),
        (b'model = "caf\xe9"\n', ["UTF-8"]),
        (b"a = " + b"[" * 5_000 + b"]" * 5_000 + b"\n", [".factcheck.toml"]),
    ],
    ids=["float size", "huge cap", "latin-1", "deep"],
)
def test_bad_config_files_name_the_file(folder: Path, config: bytes, words):
    (folder / ".factcheck.toml").write_bytes(config)
    assert_clean_error(run("a.txt", cwd=folder), *words)


@pytest.mark.parametrize(
    ("yaml", "words"),
    [
        ("  - id: acme\n    name: Acme\n    kind: organization\n    founded: 2025-02-30\n", ["reg.yaml:", "out of range"]),
        ("  - id: acme\n    name: Acme\n    kind: organization\n    aliases: [" + "[" * 3_000 + "]" * 3_000 + "]\n", ["reg.yaml"]),
    ],
    ids=["impossible date", "deep nesting"],
)
def test_bad_registries_name_file_and_line_through_the_cli(folder: Path, yaml: str, words):
    (folder / "sources").mkdir()
    (folder / "sources" / "reg.yaml").write_text("entities:\n" + yaml)
    assert_clean_error(run("--no-config", "--sources", "sources", "a.txt", cwd=folder), *words)


def test_one_file_named_two_ways_is_checked_once_with_one_path(folder: Path):
    (folder / "sub").mkdir()
    done = run("--no-config", "-f", "json", "a.txt", "./a.txt", "sub/../a.txt", str(folder / "a.txt"), cwd=folder)
    assert done.returncode in (0, 1), done.stderr
    files = json.loads(done.stdout)["files"]
    assert [f["path"] for f in files] == ["a.txt"]


def test_json_paths_are_written_like_sarif(folder: Path):
    done = run("--no-config", "-f", "json", "./a.txt", cwd=folder)
    sarif = run("--no-config", "-f", "sarif", "./a.txt", cwd=folder)
    assert json.loads(done.stdout)["files"][0]["path"] == "a.txt"
    assert "./a.txt" not in sarif.stdout and "./a.txt" not in done.stdout


def _seconds(fmt: str, report: Report) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        FORMATTERS[fmt](report)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.fuzz
@pytest.mark.parametrize("fmt", ["html", "text", "json", "sarif", "github", "gitlab"])
def test_reports_take_time_linear_in_claims(fixture_registry, fmt):
    """4x the claims within 8x the time plus 0.5 s (the HTML report was quadratic: 10,000
    claims took minutes). Loose: a shared machine."""
    from factcheck.api import Checker

    checker = Checker(fixture_registry, max_claims=100_000)
    sentence = "Acme will invest ${n} billion in Cirrus, a {n}% stake. "
    small, large = (Report(files=(checker.check_text("".join(sentence.format(n=i % 9 + 1) for i in range(count)) + "\n"),)) for count in (400, 1_600))
    assert _seconds(fmt, large) <= 8 * _seconds(fmt, small) + 0.5
