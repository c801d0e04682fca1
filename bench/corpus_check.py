"""Run factcheck over every article in reach and fail on any crash or misplaced claim.

Articles: every .txt, .md, .markdown and .html file of the repository (claims/, tests/,
bench/, the READMEs) and the development corpus in ../shared/corpus/dev/articles (skipped,
with a note, when absent). The command line runs as a user would run it (a subprocess,
`--format json`, the project's sources/). A failure is:

- a traceback on stderr, or an exit code other than 0 or 1;
- output that is not the JSON report;
- a claim whose line/column/end_line/end_column, cut out of the file, is not its `text`
  (in Markdown and HTML, where a soft line break is shown as one space, its `text` with the
  cut's whitespace runs collapsed).

Usage: python bench/corpus_check.py [--corpus DIR] [PATH ...]   (exit 0: clean, 1: failures)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
SUFFIXES = {".txt", ".md", ".markdown", ".html"}
MARKUP = {".md", ".markdown", ".html"}  # claims read as prose: a wrapped line's break is one space
SKIP_DIRS = {".git", ".venv", ".pytest_cache", "__pycache__", "build", "node_modules"}
ARTICLE_SEARCH = ("claims", "tests", "bench", "sources", "README.md")


def repository_articles() -> list[Path]:
    found = []
    for place in ARTICLE_SEARCH:
        path = ROOT / place
        candidates = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for candidate in candidates:
            if candidate.is_file() and candidate.suffix.lower() in SUFFIXES and not SKIP_DIRS & set(candidate.parts):
                found.append(candidate)
    return sorted(found)


def run_factcheck(paths: list[Path]) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "factcheck", "--format", "json", "--exit-zero", "--debug", *map(str, paths)]
    return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=1800, env={**os.environ, "NO_COLOR": "1"})


def article_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def span_problems(report: dict, by_path: dict[str, Path]) -> list[str]:
    """Claims whose reported position does not cut their text out of the file."""
    problems = []
    for file in report["files"]:
        path = by_path[file["path"]]
        lines = article_text(path).split("\n")
        for claim in file["claims"]:
            start_line, start_col, end_line, end_col = claim["line"], claim["column"], claim["end_line"], claim["end_column"]
            if start_line == end_line:
                cut = lines[start_line - 1][start_col - 1 : end_col - 1]
            else:
                cut = "\n".join([lines[start_line - 1][start_col - 1 :], *lines[start_line : end_line - 1], lines[end_line - 1][: end_col - 1]])
            if cut != claim["text"] and not (path.suffix.lower() in MARKUP and " ".join(cut.split()) == claim["text"]):
                problems.append(f"{path}:{start_line}:{start_col}: claim {claim['id']} says {claim['text']!r}, the file has {cut!r}")
    return problems


def check(paths: list[Path]) -> tuple[list[str], int]:
    """Problems found and claims checked; one run for all, then one per file to name a crash."""
    result = run_factcheck(paths)
    crashed = result.returncode not in (0, 1) or "Traceback" in result.stderr.decode("utf-8", "replace")
    if crashed and len(paths) > 1:
        problems, claims = [], 0
        for path in paths:
            found, count = check([path])
            problems += found
            claims += count
        return problems, claims
    if crashed:
        return [f"{paths[0]}: exit {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()[-2000:]}"], 0
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        return [f"{', '.join(map(str, paths))}: output is not JSON ({exc})"], 0
    by_path = {str(p): p for p in paths}
    return span_problems(report, by_path), sum(len(f["claims"]) for f in report["files"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="Articles to check instead of the repository's.")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="Development corpus directory (default: %(default)s).")
    args = parser.parse_args()
    articles = [p.resolve() for p in args.paths] if args.paths else repository_articles()
    if not args.paths:
        if args.corpus.is_dir():
            articles += sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            print(f"note: no development corpus at {args.corpus}; checking the repository's articles only")
    started = time.perf_counter()
    problems, claims = check(articles)
    elapsed = time.perf_counter() - started
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(articles)} articles, {claims} claims checked in {elapsed:.1f}s: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
