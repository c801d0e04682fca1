"""Benchmark: the prose views take linear time on hostile shapes (doubling the input at most
doubles the time, plus noise).

For every shape of factcheck.prose.hostile_shapes, times the prose view at n, 2n and 4n and
prints the seconds and the growth ratio of each doubling (linear: about 2; quadratic: 4).

    .venv/bin/python bench/hostile.py [N]      # N defaults to 20,000
"""

from __future__ import annotations

import sys
import time
from itertools import pairwise

from factcheck.prose import prose_view
from factcheck.prose.hostile_shapes import SHAPES


def best_time(text: str, fmt: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        prose_view(text, fmt)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    print(f"{'shape':28} {'n':>9} {'2n':>9} {'4n':>9}  ratios")
    worst = 0.0
    for name, fmt, make in SHAPES:
        times = [best_time(make(n * k), fmt) for k in (1, 2, 4)]
        ratios = [b / max(a, 1e-4) for a, b in pairwise(times)]
        worst = max(worst, *ratios)
        print(f"{name:28} " + " ".join(f"{t:8.3f}s" for t in times) + "  " + " ".join(f"{r:.1f}" for r in ratios))
    print(f"worst doubling ratio: {worst:.1f} (linear ≈ 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
