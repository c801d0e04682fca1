"""Archive scale (issue 18): throughput of 1 process, --jobs 2 and Dask, memory, core-hours.

Writes a mixed archive itself: the development corpus (read at run time from
../shared/corpus/dev/articles, skipped with a message when absent) diluted with texts that name
no money, generated here from a small vocabulary, as in a general news archive where most
articles name no money. Then, on the same archive:

- `factcheck --format jsonl ARCHIVE` in one process, with `--jobs 2`, and `factcheck archive
  ARCHIVE --workers 2` on a local Dask cluster: wall time, CPU time of the whole process tree,
  articles/s and words/s; the outputs must be byte-identical;
- peak RSS of the one-process run and of each Dask worker (sampled with psutil);
- worker start-up (local cluster up and every worker's Checker built), from the command's
  summary line;
- projected core-hours for ten million articles, from the one-process CPU time per article, for
  this mix and for the money-dense corpus alone;
- flat memory: peak RSS of `factcheck --format jsonl` on 10,000 articles against 100 (target
  within 1.2x).

    .venv/bin/python bench/archive.py [--articles 10000] [--money-share 0.1]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
BIN = Path(sys.executable).parent
FACTCHECK = str(BIN / "factcheck")
PROJECTED_ARTICLES = 10_000_000
FLAT_TARGET = 1.2
SMALL = 100

# Words for texts that name no money: no digits, currency, scale or relation word.
NOUNS = ["council", "library", "river", "garden", "school", "bridge", "market", "harbor", "festival", "trail", "museum", "orchestra", "forest", "village", "station", "league", "weather", "choir"]
VERBS = ["opened", "closed", "visited", "painted", "repaired", "praised", "crossed", "welcomed", "planned", "discussed", "celebrated", "cleaned"]
ADJECTIVES = ["quiet", "busy", "old", "new", "wet", "sunny", "local", "small", "famous", "crowded", "green", "northern"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def plain_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        sentences = [
            f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(VERBS)} the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} on {rng.choice(DAYS)}."
            for _ in range(rng.randint(2, 5))
        ]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def write_archive(path: Path, count: int, corpus: list[str], money_share: float) -> int:
    """`count` articles, a `money_share` of them corpus articles in turn; returns the words written."""
    rng = random.Random(18)
    words = 0
    every = max(1, round(1 / money_share)) if money_share > 0 else 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = corpus[(i // every) % len(corpus)] if every and i % every == 0 else plain_text(rng)
            words += len(text.split())
            out.write(json.dumps({"id": f"archive/{i:06d}", "text": text, "date": "2025-11-20"}) + "\n")
    return words


def run(command: list[str]) -> dict:
    """Wall and CPU time of the whole process tree, peak RSS of the command and of each child, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # Output to files, not pipes: a pipe nobody reads while we sample would fill and stall the run.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    process = subprocess.Popen(command, cwd=ROOT, stdout=out_file, stderr=err_file, text=True)
    watched = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    spacy_pids: set[int] = set()
    while process.poll() is None:
        try:
            for proc in [watched, *watched.children(recursive=True)]:
                rss = proc.memory_info().rss
                peaks[proc.pid] = max(peaks.get(proc.pid, 0), rss)
                if proc.pid != process.pid and rss > 150 * 2**20:  # a worker that loaded the model
                    spacy_pids.add(proc.pid)
        except psutil.Error:
            pass
        time.sleep(0.1)
    process.wait()
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({process.returncode}): {err.strip()[-500:]}")
    workers = [peaks[pid] for pid in spacy_pids]
    return {"wall": wall, "cpu": cpu, "rss": peaks.get(process.pid, 0), "worker_rss": max(workers) if workers else 0, "out": out, "err": err}


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f}"


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # rows appear as they are measured
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the mixed archive (default 10,000)")
    parser.add_argument("--money-share", type=float, default=0.1, help="share of corpus (money-dense) articles (default 0.1)")
    parser.add_argument("--partition-size", type=int, default=500)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"bench: skipped: no development corpus at {CORPUS}")
        return
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-archive-"))
    try:
        report(work, corpus, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(work: Path, corpus: list[str], args) -> None:
    archive, small = work / "mixed.jsonl", work / "small.jsonl"
    words = write_archive(archive, args.articles, corpus, args.money_share)
    write_archive(small, SMALL, corpus, args.money_share)
    dense = work / "dense.jsonl"
    dense_words = write_archive(dense, len(corpus), corpus, 1.0)
    n = args.articles
    print(f"mixed archive: {n:,} articles, {words:,} words, {args.money_share:.0%} from the development corpus ({len(corpus)} articles), the rest naming no money")
    one = run([FACTCHECK, "--format", "jsonl", "--exit-zero", str(archive)])
    jobs = run([FACTCHECK, "--format", "jsonl", "--exit-zero", "--jobs", "2", str(archive)])
    out_dir = work / "out"
    dask = run([FACTCHECK, "archive", str(archive), "--workers", "2", "--partition-size", str(args.partition_size), "--output-dir", str(out_dir), "--exit-zero"])
    dask_out = "".join(p.read_text(encoding="utf-8") for p in sorted(out_dir.glob("*.jsonl")))
    ready = re.search(r"workers ready in ([\d.]+) s", dask["out"])
    small_run = run([FACTCHECK, "--format", "jsonl", "--exit-zero", str(small)])
    single = work / "single.jsonl"
    write_archive(single, 1, corpus, 0.0)
    start_up = run([FACTCHECK, "--format", "jsonl", "--exit-zero", str(single)])  # the model load, paid once per process
    dense_run = run([FACTCHECK, "--format", "jsonl", "--exit-zero", str(dense)])

    rows = [("1 process (`--format jsonl`)", one), ("`--jobs 2`", jobs), ("Dask, 2 local workers (`factcheck archive`)", dask)]
    print("\n| run | wall (s) | CPU, all processes (s) | articles/s (wall) | words/s (wall) |")
    print("| --- | --- | --- | --- | --- |")
    for name, result in rows:
        print(f"| {name} | {result['wall']:.1f} | {result['cpu']:.1f} | {n / result['wall']:,.0f} | {words / result['wall']:,.0f} |")
    print("\n| measure | value | target | |")
    print("| --- | --- | --- | --- |")
    same = jobs["out"] == one["out"] and dask_out == one["out"]
    print(f"| output of `--jobs 2` and Dask byte-identical to 1 process | {'yes' if same else 'NO'} | identical | {'pass' if same else 'FAIL'} |")
    print(f"| peak RSS, 1 process (MiB) | {mib(one['rss'])} | | |")
    print(f"| peak RSS per Dask worker (MiB) | {mib(dask['worker_rss'])} | | |")
    print(f"| worker start-up: local cluster of 2 up, each worker's Checker built (s) | {ready.group(1) if ready else '?'} | | |")
    ratio = one["rss"] / small_run["rss"]
    print(f"| peak RSS, `--format jsonl` on {n:,} vs {SMALL} articles (MiB) | {mib(one['rss'])} vs {mib(small_run['rss'])} = {ratio:.2f}x | ≤ {FLAT_TARGET}x | {'pass' if ratio <= FLAT_TARGET else 'FAIL'} |")
    per_article = (one["cpu"] - start_up["cpu"]) / n
    dense_per_article = (dense_run["cpu"] - start_up["cpu"]) / len(corpus)
    print(f"| CPU per article, this mix / the money-dense corpus alone (ms; start-up of {start_up['cpu']:.1f} s taken off) | {per_article * 1000:.1f} / {dense_per_article * 1000:.1f} | | |")
    print(f"| core-hours for {PROJECTED_ARTICLES:,} articles of this mix | {per_article * PROJECTED_ARTICLES / 3600:,.0f} | | |")
    print(f"| core-hours for {PROJECTED_ARTICLES:,} money-dense articles (the corpus alone, {dense_words / len(corpus):,.0f} words each) | {dense_per_article * PROJECTED_ARTICLES / 3600:,.0f} | | |")


if __name__ == "__main__":
    main()
