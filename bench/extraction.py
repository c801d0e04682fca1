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
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TARGETS = {"money_f1": 0.98, "qualifier": 0.98, "sro": 0.85}


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


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def score_factcheck(cases, checker, resolver) -> tuple[Score, Score, tuple[int, int], list[str]]:
    from factcheck.models import Document

    reports = checker.check_documents([Document(path=name, text=text) for name, text, _ in cases]).files
    money, qualifier_right, qualifier_seen = Score(), 0, 0
    sro_right, sro_total, sro_misses = 0, 0, []
    for (name, text, mentions), report in zip(cases, reports):
        claims = [c for c in report.claims if c.kind == "money"]
        used: set[str] = set()
        for gold in mentions:
            candidates = [c for c in claims if c.id not in used and line_of(text, c.span.start) == gold["line"]]
            hit = next((c for c in candidates if _money_matches(c, gold)), None)
            near = hit or next((c for c in candidates if c.amount and c.amount.value == Decimal(str(gold["value_usd"]))), None)
            if near is not None and near.amount is not None and not gold.get("vague"):
                qualifier_seen += 1
                qualifier_right += near.amount.qualifier.value == gold["qualifier"]
            if hit is None:
                money.fn += 1
                money.misses.append(f"{name}:{gold['line']} missed {gold['text']!r} {gold['value_usd']} {gold['qualifier']}")
                continue
            money.tp += 1
            used.add(hit.id)
            subject = gold.get("subject")
            if isinstance(subject, str) or subject is None and gold.get("relation"):
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
        and amount.qualifier.value == gold["qualifier"]
    )


def score_spacy(cases, nlp) -> Score:
    score = Score()
    for name, text, mentions in cases:
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
    for name, text, mentions in cases:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--details", action="store_true", help="list every miss and extra")
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
    money, sro, (qualifier_right, qualifier_seen), _ = score_factcheck(cases, checker, Resolver(registry))
    elapsed = time.perf_counter() - started
    spacy_score = score_spacy(cases, load_model())
    quantulum = score_quantulum(cases)

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
    if args.details:
        print("\nMoney misses and extras:")
        print("\n".join("  " + m for m in money.misses) or "  none")
        print("\n(subject, relation, object) misses:")
        print("\n".join("  " + m for m in sro.misses) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
