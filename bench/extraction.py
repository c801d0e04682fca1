"""Extraction accuracy on the development corpus, against two peers, in one table.

    python bench/extraction.py [--corpus ../shared/corpus/dev] [--details]

Money mentions: a hit needs the right line, value, currency and qualifier; the gold's vague
mentions ("billions") count as hits when reported with no figure. (subject, relation,
object): right when all three match the gold, for gold mentions with a single subject
(names resolved to registry ids on both sides). Peers, scored on the same gold:
- spaCy's own NER MONEY spans from the same model (span F1: same line, same start, same text);
- quantulum3's currency quantities (value F1: same line and value).
The articles belong to their publishers: they are read from the shared corpus, never copied.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TARGETS = {"money_f1": 0.98, "qualifier": 0.98, "sro": 0.85, "percent_f1": 0.97}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(corpus: Path) -> list[tuple[str, str, list[dict]]]:
    cases = []
    for path in sorted((corpus / "gold").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (corpus / gold["file"]).read_text(encoding="utf-8")
        cases.append((path.stem, text, gold["money_mentions"]))
    return cases


def load_percent_gold(corpus: Path) -> list[tuple[str, str, list[dict]]]:
    """The articles whose gold lists their percentages (files 101 on: `percent_mentions`)."""
    cases = []
    for path in sorted((corpus / "gold").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "percent_mentions" in gold:
            text = (corpus / gold["file"]).read_text(encoding="utf-8")
            cases.append((path.stem, text, gold["percent_mentions"] or []))
    return cases


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def run_factcheck(cases, checker) -> list:
    from factcheck.models import Document

    return checker.check_documents([Document(path=name, text=text) for name, text, _ in cases]).files


def score_factcheck(cases, reports, resolver) -> tuple[Score, Score, tuple[int, int], list[str]]:
    money, qualifier_right, qualifier_seen = Score(), 0, 0
    sro_right, sro_total, sro_misses = 0, 0, []
    for (name, text, mentions), report in zip(cases, reports, strict=True):
        claims = [c for c in report.claims if c.kind == "money"]
        used: set[str] = set()
        for gold in mentions:
            candidates = [c for c in claims if c.id not in used and line_of(text, c.span.start) == gold["line"]]
            hit = next((c for c in candidates if _money_matches(c, gold)), None)
            near = hit or next((c for c in candidates if c.amount and c.amount.value == Decimal(str(gold["value_usd"]))), None)
            if near is not None and near.amount is not None and not gold.get("vague"):
                qualifier_seen += 1
                qualifier_right += near.amount.qualifier.value in (gold["qualifier"], gold.get("qualifier_alt"))
            if hit is None:
                money.fn += 1
                money.misses.append(f"{name}:{gold['line']} missed {gold['text']!r} {gold['value_usd']} {gold['qualifier']}")
                continue
            money.tp += 1
            used.add(hit.id)
            subject = gold.get("subject")
            if isinstance(gold.get("object"), list):  # several objects: scored by score_triples below
                continue
            if isinstance(subject, str) or (subject is None and gold.get("relation")):
                if isinstance(subject, str):
                    sro_total += 1
                    expected = (resolver.name(subject), gold.get("relation"), resolver.name(gold.get("object")))
                    got = (hit.subjects[0] if len(hit.subjects) == 1 else hit.subject, hit.relation, hit.object)
                    if expected == got:
                        sro_right += 1
                    else:
                        sro_misses.append(f"{name}:{gold['line']} {gold['text']!r}: gold {expected} got {got}")
        for claim in claims:
            if claim.id not in used:
                money.fp += 1
                money.misses.append(f"{name}:{line_of(text, claim.span.start)} extra {claim.text!r}")
    return money, Score(tp=sro_right, fn=sro_total - sro_right, misses=sro_misses), (qualifier_right, qualifier_seen), sro_misses


def _money_matches(claim, gold: dict) -> bool:
    if gold.get("vague"):
        return claim.amount is None
    amount = claim.amount
    return (
        amount is not None
        and amount.value == Decimal(str(gold["value_usd"]))
        and amount.currency == gold["currency"]
        and amount.qualifier.value in (gold["qualifier"], gold.get("qualifier_alt"))  # "nearly": about or less_than
    )


def score_spacy(cases, nlp) -> Score:
    score = Score()
    for _name, text, mentions in cases:
        predicted = set()
        for doc, start in _docs_by_line(nlp, text):
            for ent in doc.ents:
                if ent.label_ == "MONEY":
                    predicted.add((start, ent.start_char, ent.text))
        gold = {(m["line"], m["char_start"], m["text"]) for m in mentions}
        score.tp += len(predicted & gold)
        score.fp += len(predicted - gold)
        score.fn += len(gold - predicted)
    return score


def _docs_by_line(nlp, text: str):
    lines = text.split("\n")
    for number, doc in enumerate(nlp.pipe(lines), start=1):
        yield doc, number


def score_quantulum(cases) -> Score | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    score = Score()
    for _name, text, mentions in cases:
        predicted = []
        for number, line in enumerate(text.split("\n"), start=1):
            for quantity in parser.parse(line):
                if quantity.unit.entity.name == "currency":
                    predicted.append((number, Decimal(str(quantity.value)).normalize()))
        gold = [(m["line"], Decimal(str(m["value_usd"])).normalize()) for m in mentions]
        remaining = list(gold)
        for item in predicted:
            if item in remaining:
                remaining.remove(item)
                score.tp += 1
            else:
                score.fp += 1
        score.fn += len(remaining)
    return score


# --- who-pays-whom triples per beat (issue 13), scored the way shared/tools/score_dev.py does ---

BEATS = (("ai-deals", lambda n: n < 100 or n >= 140), ("us-business", lambda n: 100 <= n < 120), ("non-usd", lambda n: 120 <= n < 140))
_SUFFIX = re.compile(r"\b(inc|corp|corporation|co|plc|ltd|limited|group|the|fc|llc|sa|ag)\b\.?")


def beat_of(name: str) -> str:
    return next(beat for beat, within in BEATS if within(int(name.split("-")[0])))


def _norm_name(name) -> str:
    return re.sub(r"\s+", " ", _SUFFIX.sub(" ", re.sub(r"[^\w\s]", " ", str(name).lower()))).strip()


def _same_party(got, gold) -> bool:
    if isinstance(gold, list):
        return (isinstance(got, list) and len(got) == len(gold)) or (got is not None and any(_same_party(got, g) for g in gold))
    if got is None or gold is None:
        return got is None and gold is None
    a, b = _norm_name(got), _norm_name(gold)
    return bool(a) and bool(b) and (a in b or b in a)


def triple_miss_kind(claim: dict | None, gold: dict) -> str | None:
    """None when (subject, relation, object) is right, else which part went wrong first."""
    if claim is None:
        return "money mention not found"
    subject = claim.get("subjects", claim.get("subject")) if isinstance(gold["subject"], list) else claim.get("subject")
    if claim.get("relation") != gold["relation"]:
        return f"relation {claim.get('relation')} for {gold['relation']}"
    if not _same_party(subject, gold["subject"]):
        return "subject missing" if not claim.get("subject") else ("collective subject" if isinstance(gold["subject"], list) else "subject wrong")
    if gold.get("object") is not None and not _same_party(claim.get("object"), gold["object"]):
        return "object missing" if not claim.get("object") else "object wrong"
    return None


def score_triples(corpus: Path, factcheck: Path) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """Per beat [right, total] over gold mentions with a subject and a relation other than `other`,
    and the misses as (construction, beat, where). Runs the CLI as a user does, with the corpus registry."""
    reg = Path(tempfile.mkdtemp())
    (reg / "registry.yaml").write_text((corpus / "registry.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.run([str(factcheck), "--no-config", "--format", "json", "--exit-zero", "--sources", str(reg), str(corpus / "articles")], capture_output=True, text=True, timeout=900)
    files = {Path(f["path"]).stem: f for f in json.loads(run.stdout)["files"]}
    counts = {beat: [0, 0] for beat, _ in BEATS}
    misses = []
    for path in sorted((corpus / "gold").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        claims = [c for c in files.get(path.stem, {}).get("claims", []) if c.get("kind", "money") == "money"]
        beat, used = beat_of(path.stem), set()
        for mention in gold.get("money_mentions") or []:
            start, end = mention["char_start"] + 1, mention["char_start"] + 1 + len(mention["text"])
            hit = next((i for i, c in enumerate(claims) if i not in used and c["line"] == mention["line"] and c["column"] < end and c["end_column"] > start), None)
            if hit is not None:
                used.add(hit)
            if not mention.get("subject") or mention.get("relation") in (None, "other"):
                continue
            counts[beat][1] += 1
            kind = triple_miss_kind(claims[hit] if hit is not None else None, mention)
            if kind is None:
                counts[beat][0] += 1
            else:
                got = claims[hit] if hit is not None else {}
                seen = f"got ({got.get('subject')}, {got.get('relation')}, {got.get('object')}) for ({mention['subject']}, {mention['relation']}, {mention.get('object')})"
                misses.append((kind, beat, f"{path.stem}:{mention['line']} {mention['text']!r}: {seen}"))
    return counts, misses


def print_triples(counts: dict[str, list[int]], misses: list[tuple[str, str, str]], details: bool) -> None:
    print("\n(subject, relation, object) per beat, corpus registry (as score_dev):")
    right, total = (sum(c[i] for c in counts.values()) for i in (0, 1))
    for beat, (r, n) in [*counts.items(), ("overall", (right, total))]:
        print(f"  {beat:<12} {r / n if n else 0:6.3f}  ({r}/{n}; target >= {TARGETS['sro']:.2f})")
    print("misses by construction:")
    for kind, n in Counter(k for k, _, _ in misses).most_common():
        print(f"  {n:4d}  {kind}")
        if details:
            print("\n".join(f"          {beat}: {where}" for k, beat, where in misses if k == kind))


# --- percentages (issue 11): the gold of files 101 on, per beat ---


def _line_start(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


def _gold_span(text: str, mention: dict) -> tuple[int, int]:
    start = _line_start(text, mention["line"]) + mention["char_start"]
    return start, start + len(mention["text"])


def score_percent(cases, reports_by_name: dict) -> Score:
    """A hit: a percent claim over the gold span with the gold value (a range's low or high end)."""
    score = Score()
    for name, text, mentions in cases:
        claims = [c for c in reports_by_name[name].claims if c.kind == "percent"]
        ends_used: set[tuple[str, str]] = set()
        for gold in mentions:
            start, end = _gold_span(text, gold)
            value = Decimal(str(gold["value"]))
            hit = None
            for claim in claims:
                for which, figure in (("low", claim.value), ("high", claim.high)):
                    if (claim.id, which) not in ends_used and figure is not None and figure == value and claim.span.start < end and start < claim.span.end:
                        hit = (claim.id, which)
                        break
                if hit:
                    break
            if hit is None:
                score.fn += 1
                score.misses.append(f"{name}:{gold['line']} missed {gold['text']!r} {gold['value']}")
                continue
            score.tp += 1
            ends_used.add(hit)
        for claim in claims:
            if (claim.id, "low") not in ends_used and (claim.id, "high") not in ends_used:
                score.fp += 1
                score.misses.append(f"{name}:{line_of(text, claim.span.start)} extra {claim.text!r}")
    return score


def score_spacy_percent(cases, nlp) -> Score:
    """spaCy's PERCENT entities: a hit overlaps a gold span on the same line (lenient: no value read)."""
    score = Score()
    for _name, text, mentions in cases:
        predicted = [(number, ent.start_char, ent.end_char) for doc, number in _docs_by_line(nlp, text) for ent in doc.ents if ent.label_ == "PERCENT"]
        gold = [(m["line"], m["char_start"], m["char_start"] + len(m["text"])) for m in mentions]
        _count_overlaps(score, predicted, gold)
    return score


def _count_overlaps(score: Score, predicted: list, gold: list) -> None:
    remaining = list(gold)
    for line, start, end in predicted:
        match = next((g for g in remaining if g[0] == line and g[1] < end and start < g[2]), None)
        if match is None:
            score.fp += 1
        else:
            remaining.remove(match)
            score.tp += 1
    score.fn += len(remaining)


def score_quantulum_percent(cases) -> Score | None:
    """quantulum3's percentage quantities: a hit has the gold's line and value."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    score = Score()
    for _name, text, mentions in cases:
        predicted = [
            (number, Decimal(str(q.value)).normalize())
            for number, line in enumerate(text.split("\n"), start=1)
            for q in parser.parse(line)
            if q.unit.name == "percentage"
        ]
        remaining = [(m["line"], Decimal(str(m["value"])).normalize()) for m in mentions]
        for item in predicted:
            if item in remaining:
                remaining.remove(item)
                score.tp += 1
            else:
                score.fp += 1
        score.fn += len(remaining)
    return score


def by_beat(cases) -> dict[str, list]:
    beats: dict[str, list] = {beat: [] for beat, _ in BEATS}
    for case in cases:
        beats[beat_of(case[0])].append(case)
    return beats


def print_beat_table(title: str, rows: dict[str, dict[str, Score | None]], target: float) -> None:
    """One row per beat, worst factcheck F1 first, then overall: P/R/F1 of factcheck, F1 of each peer."""
    peers = [name for name in next(iter(rows.values())) if name != "factcheck"]
    print(f"\n{title} (target F1 >= {target:.2f}; worst beat first)")
    print(f"  {'beat':<12} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}  " + "  ".join(f"{p + ' F1':>14}" for p in peers))
    beats = sorted((b for b in rows if b != "overall"), key=lambda b: rows[b]["factcheck"].f1)
    for beat in [*beats, "overall"]:
        ours = rows[beat]["factcheck"]
        cells = "  ".join(f"{rows[beat][p].f1:14.3f}" if rows[beat][p] is not None else f"{'n/a':>14}" for p in peers)
        print(f"  {beat:<12} {ours.tp + ours.fn:5d} {ours.precision:6.3f} {ours.recall:6.3f} {ours.f1:6.3f}  {cells}")


def _merged(scores: list[Score | None]) -> Score | None:
    if any(s is None for s in scores):
        return None
    return Score(tp=sum(s.tp for s in scores), fp=sum(s.fp for s in scores), fn=sum(s.fn for s in scores), misses=[m for s in scores for m in s.misses])


def beat_rows(cases, scorers: dict) -> dict[str, dict[str, Score | None]]:
    """Each scorer (cases -> Score) per beat, and the beats merged as overall."""
    rows = {beat: {name: scorer(group) for name, scorer in scorers.items()} for beat, group in by_beat(cases).items() if group}
    rows["overall"] = {name: _merged([rows[b][name] for b in rows]) for name in scorers}
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list every miss and extra")
    parser.add_argument("--no-triples", action="store_true", help="skip the (subject, relation, object) run of the CLI")
    args = parser.parse_args()
    if not (args.corpus / "gold").is_dir():
        print(f"skipped: development corpus not found at {args.corpus}", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from factcheck.api import Checker
    from factcheck.nlp import load_model
    from factcheck.registry import load_registry
    from factcheck.resolve import Resolver

    cases = load_gold(args.corpus)
    registry = load_registry(ROOT / "sources")
    checker = Checker(registry)
    started = time.perf_counter()
    reports = run_factcheck(cases, checker)
    elapsed = time.perf_counter() - started
    reports_by_name = {name: report for (name, _, _), report in zip(cases, reports, strict=True)}
    money, sro, (qualifier_right, qualifier_seen), _ = score_factcheck(cases, reports, Resolver(registry))
    nlp = load_model()
    spacy_score = score_spacy(cases, nlp)
    quantulum = score_quantulum(cases)
    resolver = Resolver(registry)
    money_rows = beat_rows(cases, {
        "factcheck": lambda group: score_factcheck(group, [reports_by_name[n] for n, _, _ in group], resolver)[0],
        "spaCy MONEY": lambda group: score_spacy(group, nlp),
        "quantulum3": score_quantulum,
    })
    percent_cases = load_percent_gold(args.corpus)
    percent_rows = beat_rows(percent_cases, {
        "factcheck": lambda group: score_percent(group, reports_by_name),
        "spaCy PERCENT": lambda group: score_spacy_percent(group, nlp),
        "quantulum3": score_quantulum_percent,
    })

    gold_total = sum(len(m) for _, _, m in cases)
    print(f"Development corpus: {len(cases)} articles, {gold_total} gold money mentions ({elapsed:.1f}s for factcheck)\n")
    rows = [("factcheck (line+value+currency+qualifier)", money)]
    rows.append(("spaCy NER MONEY spans (same model; span F1)", spacy_score))
    if quantulum is not None:
        rows.append(("quantulum3 currency quantities (value F1)", quantulum))
    print(f"{'system':<46} {'P':>6} {'R':>6} {'F1':>6}")
    for label, score in rows:
        print(f"{label:<46} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}")
    if quantulum is None:
        print(f"{'quantulum3':<46} (not installed: pip install quantulum3)")
    qualifier = qualifier_right / qualifier_seen if qualifier_seen else 0.0
    sro_accuracy = sro.tp / (sro.tp + sro.fn) if sro.tp + sro.fn else 0.0
    print()
    checks = [
        ("money-mention F1", money.f1, TARGETS["money_f1"]),
        ("qualifier right on hits", qualifier, TARGETS["qualifier"]),
        (f"(subject, relation, object) right ({sro.tp}/{sro.tp + sro.fn})", sro_accuracy, TARGETS["sro"]),
        ("F1 above spaCy NER", money.f1 - spacy_score.f1, 0.0),
    ]
    if quantulum is not None:
        checks.append(("F1 above quantulum3", money.f1 - quantulum.f1, 0.0))
    print(f"{'target':<46} {'value':>7} {'needs':>7}  ok")
    for label, value, needed in checks:
        print(f"{label:<46} {value:7.3f} {'>=' if needed else '>'}{needed:5.2f}  {'yes' if value >= needed and (needed or value > 0) else 'NO'}")
    print_beat_table("Money mentions per beat (factcheck strict: line, value, currency, qualifier)", money_rows, TARGETS["money_f1"])
    print_beat_table("Percent mentions per beat (factcheck: span and value; spaCy: span overlap; quantulum3: line and value)", percent_rows, TARGETS["percent_f1"])
    factcheck_bin = Path(sys.executable).parent / "factcheck"
    if factcheck_bin.exists() and not args.no_triples:
        print_triples(*score_triples(args.corpus, factcheck_bin), args.details)
    if args.details:
        print("\nMoney misses and extras:")
        print("\n".join("  " + m for m in money.misses) or "  none")
        print("\nPercent misses and extras:")
        print("\n".join("  " + m for m in percent_rows["overall"]["factcheck"].misses) or "  none")
        print("\n(subject, relation, object) misses:")
        print("\n".join("  " + m for m in sro.misses) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
