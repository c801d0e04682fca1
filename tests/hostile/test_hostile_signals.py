"""SIGINT and SIGTERM with --jobs 2: the run stops at once, exit 130/143, no worker left, no output."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil", reason="psutil comes with the bench extra")

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Acme will invest ${n} billion in Cirrus over {n} years, the companies said on Monday.",
    "Bolt raised ${n}.5 million from Dynamo, up from ${n} million a year earlier.",
    "Cirrus said its revenue reached ${n}00 million, and it expects more than ${n} billion next year.",
]


def articles(directory: Path, count: int = 40) -> None:
    directory.mkdir()
    for i in range(count):
        lines = [SENTENCES[(i + k) % 3].format(n=(i + k) % 9 + 1) for k in range(150)]
        (directory / f"a{i:03}.txt").write_text("\n\n".join(lines) + "\n")


def wait_for_workers(process: psutil.Process, count: int, timeout: float = 120) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = process.children(recursive=True)
        if len(children) >= count:
            return children
        time.sleep(0.1)
    pytest.fail("the worker processes never started")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"])
def test_signal_stops_workers_at_once_and_writes_nothing(tmp_path: Path, signum, code):
    articles(tmp_path / "in")
    output = tmp_path / "out.json"
    args = [sys.executable, "-m", "factcheck", "--no-config", "--jobs", "2", "-f", "json", "-o", str(output), str(tmp_path / "in")]
    child = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parent = psutil.Process(child.pid)
    workers = wait_for_workers(parent, 2)
    time.sleep(0.5)
    sent = time.monotonic()
    child.send_signal(signum)
    try:
        _, stderr = child.communicate(timeout=20)  # the pipes close: nothing holds them
    except subprocess.TimeoutExpired:
        child.kill()
        for worker in workers:
            worker.kill()
        pytest.fail("the run did not stop within 20 s")
    assert time.monotonic() - sent < 15
    assert child.returncode == code, stderr
    assert b"Traceback" not in stderr
    assert not output.exists()
    assert not list(tmp_path.glob(".out.json.*"))
    _gone, alive = psutil.wait_procs(workers, timeout=5)
    assert not alive, f"workers left running: {alive}"
