"""`factcheck archive` on Dask: the same bytes as one process and --jobs 2, and resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = "tests/fixtures/registry"

# Fictional news, mixed as an archive is: some money-dense, most naming no money.
MONEY = [
    "Acme and Bolt to invest $16 billion in Cirrus\n\nAcme will invest $5 billion in Cirrus Labs.\nBolt will invest up to $10 billion in Cirrus.",
    "Dynamo AI agreed to buy $30 billion of capacity on Cirrus Cloud over seven years.",
    "Bolt Systems said it raised about $2.5 billion.\nThe company is valued at more than $60 billion.",
    "Cirrus signed a partnership with Acme. Acme will pay roughly $700 million a year.",
]
PLAIN = [
    "Rain is expected on Tuesday, with clear skies by evening.",
    "The library opens a new reading room for children next month.",
    "Volunteers planted oaks along the river path over the weekend.",
]


def write_archive(path: Path, count: int) -> str:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = MONEY[i % len(MONEY)] if i % 3 == 0 else PLAIN[i % len(PLAIN)]
            record = {"id": f"news/{i:04d}", "text": text}
            if i % 2:
                record["date"] = f"2025-0{1 + i % 9}-1{i % 10}"
            out.write(json.dumps(record) + "\n")
    return str(path)


def factcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", "--sources", REGISTRY, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def partitions_text(directory: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.jsonl")))


def test_without_dask_the_command_says_how_to_install_it(tmp_path):
    archive = write_archive(tmp_path / "a.jsonl", 2)
    blocked = "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; from factcheck.cli import main; main(sys.argv[1:])"
    run = subprocess.run([sys.executable, "-c", blocked, "archive", archive, "--output-dir", str(tmp_path / "out"), "--sources", REGISTRY], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "pip install 'factcheck[archive]'" in run.stderr and "Traceback" not in run.stderr


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return Path(write_archive(tmp_path_factory.mktemp("archive") / "news.jsonl", 12))


@pytest.fixture(scope="module")
def one_process(archive) -> str:
    run = factcheck("--format", "jsonl", str(archive))
    assert run.returncode in (0, 1), run.stderr
    return run.stdout


def test_jobs_2_gives_the_bytes_of_one_process(archive, one_process):
    assert factcheck("--format", "jsonl", "--jobs", "2", str(archive)).stdout == one_process


@pytest.mark.parametrize("workers", [1, 2])
def test_dask_gives_the_bytes_of_one_process(archive, one_process, fixture_registry, tmp_path, workers):
    pytest.importorskip("distributed", reason="Dask is the archive extra: pip install 'factcheck[archive]'")
    from factcheck.archive.run import run_archive

    # In-process workers (processes=False) start in milliseconds; the partitions still go
    # through Dask's scheduler, the worker plugin and the task, and come back in any order.
    totals = run_archive([str(archive)], str(tmp_path), fixture_registry, workers=workers, partition_size=5, processes=False)
    assert partitions_text(tmp_path) == one_process
    assert (totals.partitions, totals.files) == (3, 12)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["summary"]
    assert summary["files"] == 12 and summary["claims"] == sum(len(json.loads(line)["claims"]) for line in one_process.splitlines())


def test_a_rerun_with_other_settings_does_not_mix_into_the_directory(archive, fixture_registry, tmp_path):
    pytest.importorskip("distributed", reason="Dask is the archive extra: pip install 'factcheck[archive]'")
    from factcheck.archive.run import run_archive
    from factcheck.errors import ConfigError

    run_archive([str(archive)], str(tmp_path), fixture_registry, workers=1, partition_size=6, processes=False)
    with pytest.raises(ConfigError, match="other archives or settings"):
        run_archive([str(archive)], str(tmp_path), fixture_registry, workers=1, partition_size=4, processes=False)


def test_a_killed_run_resumes_without_redoing_finished_partitions(tmp_path):
    """The real command, worker processes and all, killed once its first partition is written."""
    pytest.importorskip("distributed", reason="Dask is the archive extra: pip install 'factcheck[archive]'")
    archive = write_archive(tmp_path / "news.jsonl", 24)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "factcheck", "archive", archive, "--sources", REGISTRY, "--workers", "1", "--partition-size", "2", "--output-dir", str(out)]
    job = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not list(out.glob("*.jsonl")) and time.monotonic() < deadline and job.poll() is None:
            time.sleep(0.05)
    finally:
        os.killpg(job.pid, signal.SIGKILL)  # the command and its Dask workers: a machine going down
        job.wait(timeout=60)
    finished = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    assert 0 < len(finished) < 12, "the run should have been killed between partitions"
    for path in out.glob("*.jsonl"):  # a partition is whole or absent
        assert len([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]) == 2

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode in (0, 1), rerun.stderr
    assert f"({len(finished)} done before)" in rerun.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl") if p.name in finished} == finished  # not redone
    assert len(list(out.glob("*.jsonl"))) == 12
    assert partitions_text(out) == factcheck("--format", "jsonl", archive).stdout


@pytest.mark.parametrize("name", ["article.txt", "notes.md"])
def test_archive_refuses_what_is_not_an_archive(tmp_path, name):
    (tmp_path / name).write_text("Acme will invest $5 billion in Cirrus.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factcheck", "archive", str(tmp_path / name), "--output-dir", str(tmp_path / "out"), "--sources", REGISTRY], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "not an archive" in run.stderr and "Traceback" not in run.stderr
