"""Speed benchmark (issues 6 and 19): throughput, stages, cold start, --jobs, growth, memory, side by side.

    make bench-speed                 # or: .venv/bin/python bench/speed.py [--runs 3] [--skip SECTION]

Every figure is the median of --runs runs and is printed as a ratio against what a user would
otherwise run: spaCy's own `nlp.pipe` with the same model (all its components) and quantulum3's
`parser.parse`. Throughput is measured on the whole development corpus
(../shared/corpus/dev/articles, read at run time, never copied) and on a mixed archive the bench
writes (every tenth article from the corpus, the rest generated news naming no money); the
--jobs, memory and registry rows use the corpus plus claims/ repeated to 200+ articles. Then the
CPU share of each pipeline component and stage. Targets are the issues'; a missed target is
reported, not hidden. The extraction (money-mention F1, subject/relation/object) and arithmetic
(plants caught, real errors, false alarms per beat) figures on the development gold are printed
too: speed work must leave them unchanged.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "claims" / "anthropic-microsoft-nvidia.txt"
BIN = Path(sys.executable).parent
FACTCHECK = str(BIN / "factcheck")
MIN_ARTICLES = 200
LENGTHS = (1_000, 10_000, 100_000)
GROWTH_WORDS = 20_000  # words checked per run and length
REGISTRY_SIZES = (10, 1_000, 100_000)
FACTS_PER_FILE = 10_000  # registry files stay under the loader's 20 MiB limit per file
TARGET_VS_SPACY = 4.0  # issue 19: end to end, four times a bare nlp.pipe on the development corpus
# bench/extraction.py on the development gold (as it stood) just before issue 19's second round
# (money-mention F1 0.997; subject/relation/object 67 of 266 after the frames work): must not get worse.
ACCURACY_BEFORE = (0.997, 67, 266)

# Run as a child: time and peak RSS of one command, as one JSON line on stderr.
MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)\n"
    "wall = time.perf_counter() - start\n"
    "sys.stdout.buffer.write(done.stdout)\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "cpu = usage.ru_utime + usage.ru_stime\n"
    "sys.stderr.write(json.dumps({'wall': wall, 'cpu': cpu, 'rss_kb': usage.ru_maxrss, 'code': done.returncode}))\n"
)
# The baseline a user would write: load the model, pipe the batch, keep nothing.
BARE_SPACY = (
    "import sys, spacy\n"
    "from pathlib import Path\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "texts = (p.read_text(encoding='utf-8') for p in sorted(Path(sys.argv[2]).glob('*.txt')))\n"
    "for doc in nlp.pipe(texts):\n"
    "    pass\n"
)


CLOCK = {"cpu": time.process_time, "wall": time.perf_counter}
clock = time.process_time  # set by --clock; CPU time is immune to other processes sharing the cores


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def measure(command: list[str], runs: int, seconds: str | None = None) -> tuple[float, int, bytes]:
    """Median seconds (by --clock, or `seconds`: wall or cpu), median peak RSS (KiB) and stdout of a command in a fresh process."""
    key = seconds or ("cpu" if clock is time.process_time else "wall")
    walls, peaks, out = [], [], b""
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, cwd=ROOT)
        stats = json.loads(done.stderr.decode().strip().splitlines()[-1])
        walls.append(stats[key])
        peaks.append(stats["rss_kb"])
        out = done.stdout
    return statistics.median(walls), statistics.median(peaks), out


def words(text: str) -> int:
    return len(text.split())


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(self, measure: str, ours: str, theirs: str, ratio: float | None, target: str, ok: bool | None) -> None:
        verdict = "" if ok is None else ("pass" if ok else "FAIL")
        self.rows.append((measure, ours, theirs, "" if ratio is None else f"{ratio:.2f}x", target, verdict))
        print(f"  measured: {measure}: {ours} vs {theirs}", flush=True)

    def print(self) -> None:
        header = ("measure", "factcheck", "baseline", "ratio", "target", "")
        widths = [max(len(r[i]) for r in [header, *self.rows]) for i in range(6)]
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        print()
        print(line.format(*header))
        print("  ".join("-" * w for w in widths))
        for row in self.rows:
            print(line.format(*row))


# -- the corpus ---------------------------------------------------------------------------
def corpus_paths() -> list[Path]:
    return sorted((CORPUS / "articles").glob("*.txt")) + sorted((ROOT / "claims").glob("*.txt"))


def make_batch(folder: Path) -> list[str]:
    """Copies of the corpus articles under distinct names, repeated to reach MIN_ARTICLES."""
    sources = corpus_paths()
    paths = []
    for i in range(-(-MIN_ARTICLES // len(sources)) * len(sources)):
        source = sources[i % len(sources)]
        target = folder / f"{i:04d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def long_article(n_words: int) -> str:
    """Corpus paragraphs concatenated, in order and repeated, up to n_words words."""
    paragraphs = [line for p in corpus_paths() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    out, count, i = [], 0, 0
    while count < n_words:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        count += words(paragraph)
        i += 1
    return "\n".join(out) + "\n"


def synthetic_registry(folder: Path, n_facts: int) -> Path:
    """The project's entities plus fictional ones, and n_facts generated facts among the fictional ones.

    Every size resolves the articles' names alike (same real entities); only the registry's
    bulk grows: more entities (one per 10 facts) for the entity ruler and fuzzy lookup, more facts.
    """
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "sources" / "entities.yaml", folder / "entities.yaml")
    n_entities = max(2, n_facts // 10)
    entities = [
        {"id": f"synthetic-{i}", "name": f"Quillon Vextra {i} Holdings", "aliases": [f"Quillon{i}"], "kind": "organization"}
        for i in range(n_entities)
    ]
    relations = ("invests_in", "commits_to_purchase", "acquires", "valued_at", "partners_with")
    facts = []
    for i in range(n_facts):
        relation = relations[i % len(relations)]
        fact = {
            "id": f"synthetic-fact-{i}",
            "subject": f"synthetic-{i % n_entities}",
            "relation": relation,
            "object": f"synthetic-{(i * 7 + 1) % n_entities}",
            "sources": [{"url": f"https://example.com/{i}", "publisher": "Example", "quote": "A generated fact."}],
        }
        if relation != "partners_with":
            fact["amount"] = {"value": (i % 97 + 1) * 10**8, "currency": "USD", "qualifier": "exact"}
        facts.append(fact)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    (folder / "synthetic.yaml").write_text(yaml.dump({"entities": entities}, Dumper=dumper, sort_keys=False), encoding="utf-8")
    for part, first in enumerate(range(0, len(facts), FACTS_PER_FILE)):
        text = yaml.dump({"facts": facts[first : first + FACTS_PER_FILE]}, Dumper=dumper, sort_keys=False)
        (folder / f"synthetic-facts-{part:03d}.yaml").write_text(text, encoding="utf-8")
    return folder


# -- accuracy -----------------------------------------------------------------------------
def extraction_accuracy(checker) -> tuple[float, int, int]:
    """Money-mention F1 and (subject, relation, object) hits, scored by bench/extraction.py (one
    definition of a hit: right line, value, currency and qualifier)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extraction import load_gold, run_factcheck, score_factcheck
    from factcheck.resolve import Resolver

    cases = load_gold(CORPUS)
    money, sro, _, _ = score_factcheck(cases, run_factcheck(cases, checker), Resolver(checker.registry))
    return money.f1, sro.tp, sro.tp + sro.fn


# -- the measurements -----------------------------------------------------------------------
def model_name() -> str:
    """The model the tool loads by default (first installed candidate), for the bare-spaCy baselines."""
    import importlib.util

    from factcheck.nlp.pipeline import MODEL_CANDIDATES

    return next(name for name in MODEL_CANDIDATES if importlib.util.find_spec(name) is not None)


def throughput(table: Table, checker, model: str, label: str, texts: list[str], runs: int, target: float | None = None) -> None:
    """factcheck (check, JSON report) against bare nlp.pipe and quantulum3 on the same texts, CPU time, one run."""
    import spacy
    from quantulum3 import parser

    from factcheck.models import Report
    from factcheck.read import make_document
    from factcheck.report import format_json

    total = sum(words(t) for t in texts)
    print(f"{label}: {len(texts)} articles, {total:,} words", flush=True)
    documents = [make_document(f"{i:04d}.txt", text, "text") for i, text in enumerate(texts)]

    def ours() -> None:
        format_json(Report(files=tuple(checker.iter_reports(iter(documents)))))

    bare_nlp = spacy.load(model)  # a fresh instance: the tool's own copy carries its extra components

    def bare() -> None:
        for _ in bare_nlp.pipe(texts):
            pass

    def quantulum() -> None:
        for text in texts:
            parser.parse(text)

    ours(), bare(), parser.parse(texts[0])  # warm up: first calls load lexicons and caches
    ours_wps = total / median_time(ours, runs)
    bare_wps = total / median_time(bare, runs)
    quant_wps = total / median_time(quantulum, runs)
    goal = target or 1.5
    table.add(f"throughput vs nlp.pipe, {label} (words/s)", f"{ours_wps:,.0f}", f"{bare_wps:,.0f}", ours_wps / bare_wps, f">= {goal:g}x", ours_wps / bare_wps >= goal)
    table.add(f"throughput vs quantulum3, {label} (words/s)", f"{ours_wps:,.0f}", f"{quant_wps:,.0f}", ours_wps / quant_wps, ">= 1.5x", ours_wps / quant_wps >= 1.5)


def mixed_archive(n: int = MIN_ARTICLES, money_share: float = 0.1) -> list[str]:
    """A general archive: every tenth article from the development corpus, the rest generated
    local news naming no money (bench/archive.py's generator)."""
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from archive import plain_text

    rng = random.Random(19)
    corpus = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))]
    every = round(1 / money_share)
    return [corpus[(i // every) % len(corpus)] if i % every == 0 else plain_text(rng) for i in range(n)]


def stage_shares(checker, texts: list[str]) -> None:
    """CPU share of each pipeline component and of factcheck's own stages, one pass over `texts`."""
    import factcheck.api as api
    import factcheck.windows as windows
    from factcheck.models import Report
    from factcheck.nlp.entities import RULER_NAME
    from factcheck.read import make_document
    from factcheck.report import format_json

    shares: dict[str, float] = {}

    def timed(name: str, action: Callable[[], object]) -> object:
        start = time.process_time()
        result = action()
        shares[name] = shares.get(name, 0.0) + time.process_time() - start
        return result

    class Timed:  # a component wrapper: spaCy calls pipe() on a batch, __call__ on one Doc
        def __init__(self, name: str, proc) -> None:
            self.name, self.proc = name, proc

        def __getattr__(self, attr: str):
            return getattr(self.proc, attr)

        def __call__(self, doc):
            return timed(self.name, lambda: self.proc(doc))

        def pipe(self, docs, **kwargs):
            docs = list(docs)  # upstream components' time stays theirs
            run = (lambda: list(self.proc.pipe(docs, **kwargs))) if hasattr(self.proc, "pipe") else (lambda: [self.proc(d) for d in docs])
            yield from timed(self.name, run)

    nlp = checker.pipeline.nlp
    saved_components, saved_ruler = list(nlp._components), checker.pipeline._ruler
    patched = [(api, "extract_claims"), (api, "resolve_claims"), (api, "check_claims"), (windows, "claim_possible_in")]
    saved_functions = {(module, name): getattr(module, name) for module, name in patched}
    nlp._components = [(name, Timed(name, proc)) for name, proc in saved_components]
    checker.pipeline._ruler = nlp.get_pipe(RULER_NAME)  # the wrapped ruler, or analyze_many reinstalls it
    for (module, name), function in saved_functions.items():
        setattr(module, name, (lambda f, n: lambda *a, **k: timed(n, lambda: f(*a, **k)))(function, name))
    documents = [make_document(f"{i:04d}.txt", text, "text") for i, text in enumerate(texts)]
    try:
        start = time.process_time()
        format_json(Report(files=tuple(checker.iter_reports(iter(documents)))))
        total = time.process_time() - start
    finally:
        nlp._components = saved_components
        checker.pipeline._ruler = saved_ruler
        for (module, name), function in saved_functions.items():
            setattr(module, name, function)
    shares["other (reading, tokenizer, report, ...)"] = total - sum(shares.values())
    print(f"\nCPU by stage, development corpus once ({total:.2f} s):")
    for name, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<40} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")


def arithmetic_figures() -> None:
    """bench/arithmetic.py's per-beat table (plants caught, real errors, false alarms), printed beside the speed figures."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "arithmetic.py")], capture_output=True, text=True, cwd=ROOT)
    print("\narithmetic on the development gold (bench/arithmetic.py):")
    print("\n".join("  " + line for line in done.stdout.strip().splitlines()))


def cold_start(table: Table, model: str, runs: int) -> None:
    # A first run fills the compiled-expression cache (normalize/regex_cache), as any earlier
    # run on the machine would have: cold start is a second process, not the first ever.
    subprocess.run([FACTCHECK, str(SEED.relative_to(ROOT))], capture_output=True, cwd=ROOT)
    ours, _, _ = measure([FACTCHECK, str(SEED.relative_to(ROOT))], runs)
    bare, _, _ = measure([sys.executable, "-c", f"import spacy; spacy.load({model!r})"], runs)
    table.add("cold start: factcheck ARTICLE (s)", f"{ours:.2f}", f"{bare:.2f}", ours / bare, "<= 1.1x", ours / bare <= 1.1)
    version, _, _ = measure([FACTCHECK, "--version"], runs, seconds="wall")
    helps, _, _ = measure([FACTCHECK, "--help"], runs, seconds="wall")
    probe = (
        "import sys\nfrom factcheck.cli import main\n"
        "for args in (['--version'], ['--help']):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')"
    )
    light = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT).stdout.strip().endswith("NO-SPACY")
    table.add("factcheck --version (s)", f"{version:.3f}", "", None, "<= 0.25 s", version <= 0.25)
    table.add("factcheck --help (s); spaCy not imported", f"{helps:.3f}", "", None, "no spaCy import", light)


def jobs_and_memory(table: Table, model: str, folder: Path, runs: int) -> None:
    command = [FACTCHECK, "check", "--format", "json", "--exit-zero"]
    # Wall time: parallelism shows only there. Other processes on the cores make this row noisy.
    one, rss_one, out_one = measure([*command, "--jobs", "1", str(folder)], runs, seconds="wall")
    two, _, out_two = measure([*command, "--jobs", "2", str(folder)], runs, seconds="wall")
    same = out_one == out_two and len(out_one) > 0
    speedup = one / two
    table.add(f"--jobs 2 vs --jobs 1, {MIN_ARTICLES}+ articles, wall (s)", f"{two:.2f}", f"{one:.2f}", speedup, ">= 1.6x", speedup >= 1.6)
    table.add("--jobs 2 JSON byte-identical to --jobs 1", "yes" if same else "NO", "", None, "identical", same)
    bare, rss_bare, _ = measure([sys.executable, "-c", BARE_SPACY, model, str(folder)], runs, seconds="wall")
    ratio = rss_one / rss_bare
    table.add("peak RSS, batch vs bare spaCy (MiB)", f"{rss_one / 1024:.0f}", f"{rss_bare / 1024:.0f}", ratio, "<= 1.3x", ratio <= 1.3)
    table.add("batch wall time incl. load, vs bare spaCy (s)", f"{one:.2f}", f"{bare:.2f}", bare / one, "(info)", None)


def length_growth(table: Table, checker, runs: int) -> None:
    from factcheck.models import Report
    from factcheck.report import format_json

    per_word = {}
    for n in LENGTHS:
        text = long_article(n)
        repeats = max(1, GROWTH_WORDS // n)  # short articles checked several times per run: less noise

        def check() -> None:
            for _ in range(repeats):
                format_json(Report(files=(checker.check_text(text, path=f"{n}.txt"),)))

        seconds = median_time(check, runs) / repeats
        per_word[n] = seconds / words(text)
        print(f"  {n:,} words: {seconds:.2f} s per article", flush=True)
    growth_rows(table, per_word, "time per word, {n:,} vs {base:,} words (ms)", ".3f")


def registry_growth(table: Table, folder: Path, paths: list[str], runs: int) -> None:
    from factcheck.api import Checker
    from factcheck.registry import load_registry
    from factcheck.report import format_json

    sample = paths[: len(corpus_paths())]  # each corpus article once
    per_article = {}
    for n in REGISTRY_SIZES:
        generated = synthetic_registry(folder / f"registry-{n}", n)
        start = time.perf_counter()
        registry = load_registry(generated)
        loaded = time.perf_counter() - start
        checker = Checker(registry)
        checker.check_paths(sample[:1])
        seconds = median_time(lambda: format_json(checker.check_paths(sample)), runs)
        per_article[n] = seconds / len(sample)
        print(f"  registry of {n:,} facts: loaded in {loaded:.1f} s, {per_article[n] * 1e3:.1f} ms/article", flush=True)
    growth_rows(table, per_article, "time per article, {n:,} vs {base} facts (ms)", ".1f")


def growth_rows(table: Table, seconds: dict[int, float], label: str, digits: str) -> None:
    """One row per size after the smallest: its time as a ratio to the smallest's (target <= 1.3x)."""
    smallest, *others = seconds
    for n in others:
        ratio = seconds[n] / seconds[smallest]
        table.add(label.format(n=n, base=smallest), f"{seconds[n] * 1e3:{digits}}", f"{seconds[smallest] * 1e3:{digits}}", ratio, "<= 1.3x", ratio <= 1.3)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    options.add_argument("--clock", choices=sorted(CLOCK), default="cpu", help="cpu (default: process CPU time, robust on a busy machine) or wall; --jobs and --version always use wall time")
    options.add_argument("--skip", action="append", default=[], choices=["throughput", "stages", "cold", "jobs", "length", "registry", "arithmetic"], help="leave a section out")
    args = options.parse_args()
    global clock
    clock = CLOCK[args.clock]
    if not (CORPUS / "articles").is_dir():
        print(f"bench/speed.py: skipped: development corpus not found at {CORPUS} (see /work/shared/corpus/README.md)")
        return 0
    warnings.filterwarnings("ignore")  # spaCy and quantulum3 warn about optional extras; the table is the output
    if not os.path.exists(FACTCHECK):
        print(f"bench/speed.py: {FACTCHECK} not found; run `make` setup first", file=sys.stderr)
        return 2

    import factcheck
    from factcheck.api import Checker
    from factcheck.registry import load_registry

    # An editable checkout under PYTHONDONTWRITEBYTECODE has no bytecode, so every run would
    # recompile our sources (~0.03 s) while spaCy's installed files have theirs: compile once,
    # as `pip install` does, so both sides start as installed packages.
    compileall.compile_dir(Path(factcheck.__file__).parent, quiet=1)
    model = model_name()
    checker = Checker(load_registry(ROOT / "sources"))
    table = Table()
    print(f"model {model}; median of {args.runs} runs; {args.clock} time; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-speed-") as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        paths = make_batch(folder)
        dev = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))]
        if "throughput" not in args.skip:
            throughput(table, checker, model, "dev corpus", dev, args.runs, target=TARGET_VS_SPACY)
            throughput(table, checker, model, f"mixed archive ({MIN_ARTICLES}, 10% money)", mixed_archive(), args.runs)
        if "stages" not in args.skip:
            stage_shares(checker, dev)
        if "cold" not in args.skip:
            cold_start(table, model, args.runs)
        if "jobs" not in args.skip:
            jobs_and_memory(table, model, folder, args.runs)
        if "length" not in args.skip:
            length_growth(table, checker, args.runs)
        if "registry" not in args.skip:
            registry_growth(table, Path(tmp), paths, args.runs)
    accuracy = extraction_accuracy(checker)
    table.print()
    f1, right, total = accuracy
    unchanged = (round(f1, 3), right, total) == ACCURACY_BEFORE
    print(f"\nextraction on the development gold (bench/extraction.py): money-mention F1 {f1:.3f}, "
          f"subject/relation/object {right}/{total}; before the speed work: F1 {ACCURACY_BEFORE[0]:.3f}, "
          f"{ACCURACY_BEFORE[1]}/{ACCURACY_BEFORE[2]}: {'unchanged' if unchanged else 'CHANGED'}")
    if "arithmetic" not in args.skip:
        arithmetic_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
