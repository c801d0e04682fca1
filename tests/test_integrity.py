"""Determinism and integrity: the same input gives the same bytes; a report file is whole or absent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.report.write import write_atomic

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tests" / "fixtures" / "registry"
ARTICLES = {
    "b-bolt.txt": "Bolt will invest up to $10 billion in Cirrus.\nBolt's $10 billion investment in Cirrus closed.\n",
    "a-acme.txt": "Acme will invest $5 billion in Cirrus. Acme's $6 billion investment in Cirrus was announced.\n",
    "c-both.md": "# Acme and Bolt's $20 billion bet on Cirrus\n\nAcme will invest $5 billion in Cirrus.\n",
}
runner = CliRunner()


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in ARTICLES]


def json_report(*paths: str) -> str:
    result = runner.invoke(app, ["check", "--sources", str(REGISTRY), "--format", "json", *paths])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_json_is_byte_identical_across_runs_and_input_order(articles):
    first = json_report(*articles)
    assert json_report(*articles) == first
    assert json_report(*reversed(articles)) == first
    assert json_report(articles[1], articles[2], articles[0]) == first
    paths = [f["path"] for f in json.loads(first)["files"]]
    assert paths == sorted(paths)


def test_json_is_byte_identical_across_processes(articles):
    """Different hash seeds give different set orders: nothing in the report may follow one."""
    seed_article = str(ROOT / "claims" / "anthropic-microsoft-nvidia.txt")
    several_facts = Path(articles[0]).parent / "several-facts.txt"  # claims supported by several registry facts
    several_facts.write_text(
        "Microsoft and Nvidia back Anthropic with up to $15 billion\n\n"
        "Microsoft will invest up to $5 billion in Anthropic, and Nvidia will invest up to $10 billion in the startup.\n"
        "The two investments of up to $5 billion and up to $10 billion come as Anthropic commits $30 billion to Azure.\n"
        "Anthropic, Microsoft and Nvidia announced the $5 billion and $10 billion stakes together.\n"
    )
    articles = [*articles, str(several_facts)]

    def run(seed: str, *paths: str) -> bytes:
        args = [sys.executable, "-m", "factcheck", "--sources", str(ROOT / "sources"), "--format", "json", *paths]
        return subprocess.run(args, capture_output=True, timeout=300, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout

    first = run("1", seed_article, *articles)
    assert b'"support"' in first or b'"claims"' in first
    assert run("2", *reversed(articles), seed_article) == first
    for seed in ("3", "4", "5", "6"):
        assert run(seed, seed_article, *articles) == first


def test_write_atomic_replaces_whole_file(tmp_path: Path):
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_atomic_keeps_usual_permissions(tmp_path: Path):
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    try:
        write_atomic(fresh, "x")
    finally:
        os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640


def test_write_atomic_failing_writer_leaves_old_file_and_no_temporary(tmp_path: Path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):  # the text cannot be encoded: fails mid-write
        write_atomic(target, "half of it\ud800 and the rest")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.json"]

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InputError, match="cannot write: no space left on device"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_atomic_unwritable_directory_is_a_clear_error(tmp_path: Path):
    with pytest.raises(InputError, match="cannot write"):
        write_atomic(tmp_path / "missing" / "out.json", "x")


def test_killed_run_leaves_old_output_or_a_whole_new_one(tmp_path: Path):
    """SIGKILL a run while it writes its report: out.json is the old file or the complete new one."""
    article = tmp_path / "big.txt"
    article.write_text("Acme will invest $1 billion in Cirrus, and Bolt $2 billion in Dynamo.\n" * 600)
    output = tmp_path / "out.json"
    old = '{"old": true}'
    outcomes = set()
    for _attempt in range(2):
        output.write_text(old)
        process = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "--sources", str(REGISTRY), "--format", "json", "--output", str(output), str(article)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 300
        while process.poll() is None and time.monotonic() < deadline:
            if any(name.endswith(".tmp") for name in os.listdir(tmp_path)):
                break  # the temporary report file exists: the run is writing now
            time.sleep(0.001)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        text = output.read_text()
        if text == old:
            outcomes.add("old")
        else:
            assert json.loads(text)["files"][0]["path"] == str(article)  # whole, never partial
            outcomes.add("new")
        for leftover in tmp_path.glob(".out.json.*.tmp"):
            leftover.unlink()  # a killed process cannot clean up; the next run is unaffected
    assert outcomes


def test_max_bytes_error_is_clear(tmp_path: Path):
    article = tmp_path / "long.txt"
    article.write_text("Acme will invest $1 billion in Cirrus.\n" * 10)
    result = runner.invoke(app, ["check", "--sources", str(REGISTRY), "--max-bytes", "100", str(article)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{article}: E106 larger than the 100-byte limit (see --max-bytes)" in result.stderr
    piped = subprocess.run(
        [sys.executable, "-m", "factcheck", "--sources", str(REGISTRY), "--max-bytes", "100", "-"],
        input=article.read_bytes(),
        capture_output=True,
        timeout=300,
    )
    assert piped.returncode == 2 and piped.stdout == b""
    assert piped.stderr.decode().strip() == "factcheck: error: <stdin>: E106 larger than the 100-byte limit (see --max-bytes)"
    exact = runner.invoke(app, ["check", "--sources", str(REGISTRY), "--max-bytes", str(article.stat().st_size), str(article)])
    assert exact.exit_code in (0, 1)


def test_default_limit_is_five_megabytes(tmp_path: Path):
    article = tmp_path / "huge.txt"
    article.write_bytes(b"x" * (5 * 1024 * 1024 + 1))
    result = runner.invoke(app, ["check", "--sources", str(REGISTRY), str(article)])
    assert result.exit_code == 2 and "larger than the 5,242,880-byte limit" in result.stderr
