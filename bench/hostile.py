"""Benchmark: the prose views take linear time on hostile shapes (doubling the input at most
doubles the time, plus noise).

For every shape of factcheck.prose.hostile_shapes, times the prose view at n, 2n and 4n and
prints the seconds and the growth ratio of each doubling (linear: about 2; quadratic: 4).

Then memory: the peak resident memory of one `factcheck` run on a single-line article dense
with money mentions (one per ~38 bytes: the issue's 5 MB had 130,000), at 200 KB, 1 MB and
5 MB, above the run on a 200-byte article (the model and registry), per input byte; once with
the default claim cap and once with the cap lifted (`--max-claims 1000000`: every window is
analysed, so the growth is spaCy's and the claims'). A run passing 8 GB is stopped.

    .venv/bin/python bench/hostile.py [N] [--memory-only | --no-memory]   # N defaults to 20,000
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from factcheck.prose import prose_view
from factcheck.prose.hostile_shapes import SHAPES


def best_time(text: str, fmt: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        prose_view(text, fmt)
        best = min(best, time.perf_counter() - start)
    return best


SENTENCES = ("Acme paid ${n} billion to Bolt. ", "Cirrus raised ${n}.5 million, it said. ", "Dynamo spent ${n}00 million on chips. ")
MEMORY_SIZES = (200_000, 1_000_000, 5_000_000)
RSS_CEILING = 8 * 1024**3


def dense_article(size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(SENTENCES[i % 3].format(n=i % 97 + 1))
        total += len(parts[-1])
        i += 1
    return "".join(parts)[: size - 1] + "\n"


def peak_rss(path: str, *options: str) -> tuple[int, float, bool]:
    """Peak RSS (bytes, process and children), seconds, and whether it finished under the ceiling."""
    import psutil

    command = [sys.executable, "-m", "factcheck", "--no-config", "-f", "json", "-o", os.devnull, *options, path]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process, peak, start = psutil.Process(child.pid), 0, time.perf_counter()
    while child.poll() is None:
        with contextlib.suppress(psutil.Error):  # a child that just ended
            peak = max(peak, sum(p.memory_info().rss for p in (process, *process.children(recursive=True))))
        if peak > RSS_CEILING:
            child.kill()
            child.wait()
            return peak, time.perf_counter() - start, False
        time.sleep(0.05)
    return peak, time.perf_counter() - start, True


def memory_rows() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text(dense_article(200))
        base, _, _ = peak_rss(str(tiny))
        print(f"\npeak RSS of a 200-byte article (model, registry): {base / 2**20:.0f} MB")
        print(f"{'dense single-line article':28} {'bytes':>9} {'peak':>9} {'above base':>11} {'per byte':>9} {'seconds':>8}")
        for label, options in (("default cap (5,000 claims)", ()), ("cap lifted", ("--max-claims", "1000000"))):
            for size in MEMORY_SIZES:
                article = Path(folder) / f"dense-{size}.txt"
                article.write_text(dense_article(size))
                peak, seconds, finished = peak_rss(str(article), *options)
                over = "" if finished else f" (stopped past {RSS_CEILING // 1024**3} GB)"
                print(f"{label:28} {size:9,} {peak / 2**20:7.0f}MB {(peak - base) / 2**20:9.0f}MB {(peak - base) / size:8.0f}B {seconds:8.1f}{over}", flush=True)


def main() -> int:
    flags = {arg for arg in sys.argv[1:] if arg.startswith("--")}
    numbers = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    n = int(numbers[0]) if numbers else 20_000
    if "--memory-only" in flags:
        memory_rows()
        return 0
    print(f"{'shape':28} {'n':>9} {'2n':>9} {'4n':>9}  ratios")
    worst = 0.0
    for name, fmt, make in SHAPES:
        times = [best_time(make(n * k), fmt) for k in (1, 2, 4)]
        ratios = [b / max(a, 1e-4) for a, b in pairwise(times)]
        worst = max(worst, *ratios)
        print(f"{name:28} " + " ".join(f"{t:8.3f}s" for t in times) + "  " + " ".join(f"{r:.1f}" for r in ratios))
    print(f"worst doubling ratio: {worst:.1f} (linear ≈ 2)")
    if "--no-memory" not in flags:
        memory_rows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
