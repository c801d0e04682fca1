"""The report writer on hostile targets: devices, FIFOs, symlinks, full disks, its own inputs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.report.write import write_atomic

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "Acme will invest $2 billion in Cirrus, the companies said.\n"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_dev_null_is_written_through_not_replaced():
    before = os.stat("/dev/null")
    write_atomic("/dev/null", "report\n")
    after = os.stat("/dev/null")
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_dev_full_is_no_space_left_on_device():
    with pytest.raises(InputError, match="no space left on device"):
        write_atomic("/dev/full", "report\n" * 10_000)


def test_fifo_is_written_through(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "through the pipe\n")
    reader.join(timeout=10)
    assert received == ["through the pipe\n"]
    assert fifo.is_fifo()


@pytest.mark.parametrize("chain", [1, 2])
def test_symlink_target_is_written_and_link_kept(tmp_path: Path, chain: int):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = target
    for n in range(chain):
        nxt = tmp_path / f"link{n}.json"
        nxt.symlink_to(link)
        link = nxt
    write_atomic(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_symlink_loop_is_a_clear_error(tmp_path: Path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="cannot write"):
        write_atomic(loop, "x")


@pytest.mark.parametrize("spelling", ["a.txt", "./a.txt", "sub/../a.txt", "hard.txt", "soft.txt"])
def test_an_input_is_never_the_output(tmp_path: Path, spelling: str, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(article)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="output is also an input"):
        write_atomic(spelling, "{}", inputs=["a.txt"])
    assert article.read_text() == ARTICLE


def test_cli_refuses_to_overwrite_its_article_and_reports_a_full_disk(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    same = run("--no-config", "-f", "json", "-o", str(article), str(article))
    assert same.returncode == 2, same.stderr
    assert "output is also an input" in same.stderr and "internal error" not in same.stderr
    assert article.read_text() == ARTICLE
    full = run("--no-config", "-f", "json", "-o", "/dev/full", str(article))
    assert full.returncode == 2
    assert "no space left on device" in full.stderr
    assert os.stat("/dev/full").st_rdev != 0  # still the device


def test_closed_stdout_is_exit_2_with_one_line(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
