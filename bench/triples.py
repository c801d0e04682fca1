"""Who-pays-whom misses on the development corpus, per beat and by construction (issue 13).

    python bench/triples.py [--corpus ../shared/corpus/dev] [--beat us-business] [--kind "subject wrong"]

Scored the way shared/tools/score_dev.py scores triples (the CLI with the corpus registry); each
miss prints gold and ours side by side with the sentence's line, so the biggest class is attacked
first. The articles belong to their publishers: read from the shared corpus, never copied.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import DEFAULT_CORPUS, score_triples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--beat", help="only this beat's misses")
    parser.add_argument("--kind", help="only misses of this construction")
    args = parser.parse_args()
    if not (args.corpus / "gold").is_dir():
        print(f"skipped: development corpus not found at {args.corpus}", file=sys.stderr)
        return 0
    counts, misses = score_triples(args.corpus, Path(sys.executable).parent / "factcheck")
    for beat, (right, total) in counts.items():
        print(f"{beat:<12} {right / total if total else 0:.2f} ({right}/{total})")
    misses = [m for m in misses if (not args.beat or m[1] == args.beat) and (not args.kind or m[0] == args.kind)]
    for kind, n in Counter(k for k, _, _ in misses).most_common():
        print(f"\n{n:3d}  {kind}")
        for _, beat, where in (m for m in misses if m[0] == kind):
            print(f"     {beat:<12} {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
