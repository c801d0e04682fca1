"""Arithmetic benchmark on the development corpus (read at run time from ../shared/corpus/dev).

For each checkable relation of the gold `arithmetic` lists (consistent, not `plant: false`), one copy
of the article with the relation's last figure multiplied by 1.3. Reports per beat: coverage (gold
relations stated in the text, consistent or not, that the engine reads: one relation it finds joins
two or more of the gold relation's figures), plants caught (a new warning or error on a line the
relation involves), real errors found (known_issues.yaml) and false alarms per clean article
(warnings or errors on lines known_issues does not list).
Each article and its plants run with `--date` set to the article's publication date from the
corpus's INDEX.tsv (the held-out measure does the same), so conversions meet the ECB rate of that
day; a date given only to the month ("2024-12", "c. 2009-10") is read as the month's 15th, and an
article without a readable date runs without `--date` (both listed in the output).
Usage: make bench-arithmetic   (or .venv/bin/python bench/arithmetic.py [CORPUS] [-v] [--details])
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutations import index_dates  # the one reader of INDEX.tsv, shared with bench-mutations

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), "")) if any(not a.startswith("-") for a in sys.argv[1:]) else ROOT.parent / "shared" / "corpus" / "dev"
BEATS = (("ai-deals", lambda n: n < 100 or n >= 140), ("us-business", lambda n: 100 <= n < 120), ("non-usd", lambda n: 120 <= n < 140))
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def beat_of(stem: str) -> str:
    number = int(stem.split("-")[0])
    return next(name for name, test in BEATS if test(number))


def plantable(relation: dict) -> bool:
    return relation.get("consistent") is True and relation.get("checkable") is not False and relation.get("plant") is not False


def plant(lines: list[str], figure: dict) -> list[str] | None:
    """The article's lines with `figure`'s number multiplied by 1.3, at the same printed precision."""
    line = lines[figure["line"] - 1]
    start = figure.get("char_start", line.find(figure["text"]))
    number = NUMBER.search(figure["text"])
    if start < 0 or number is None:
        return None
    digits = number.group().replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    new = f"{float(digits) * 1.3:.{decimals}f}"
    if new == digits:
        new = f"{float(digits) * 2 + 1:.{decimals}f}"
    text = figure["text"]
    changed = list(lines)
    changed[figure["line"] - 1] = line[:start] + text[: number.start()] + new + text[number.end() :] + line[start + len(text) :]
    return changed


def flagged(file: dict | None) -> set[tuple[int, str, str]]:
    return {(f["line"], f["code"], f["message"]) for f in (file or {}).get("findings", []) if f["severity"] in ("warning", "error")}


def stated(relation: dict) -> bool:
    """A relation the text states and the gold decides (consistent or not): what coverage counts."""
    return relation.get("consistent") in (True, False) and relation.get("checkable") is not False


def found_figures(articles: list[Path]) -> dict[str, list[set[tuple[int, int]]]]:
    """Per article, the figures (line, column) of each relation the engine reads."""
    from factcheck.api import Checker
    from factcheck.arithmetic.relations import find_relations
    from factcheck.read import LineIndex

    checker = Checker(None)
    found: dict[str, list[set[tuple[int, int]]]] = {}
    for report in checker.check_paths([str(a) for a in articles]).files:
        lines = LineIndex(report.document.text)
        money = [c for c in report.claims if c.kind == "money" and c.amount is not None]
        relations = find_relations(report.document, money)
        found[Path(report.document.path).stem] = [{lines.position(c.span.start) for c in claims} | {lines.position(c.span.end - 1) for c in claims} for _, claims in relations]
    return found


def covered(relation: dict, found: list[set[tuple[int, int]]], lines: list[str]) -> bool:
    """Some relation found touches two or more of the gold relation's figures."""
    for figures in found:
        touched = 0
        for figure in relation["involves"]:
            start = figure.get("char_start", lines[figure["line"] - 1].find(figure["text"])) + 1
            span = range(start, start + len(figure["text"]))
            touched += any(line == figure["line"] and column in span for line, column in figures)
        if touched >= 2:
            return True
    return False


def run_dated(work: Path, dates: dict) -> dict[str, dict]:
    """factcheck over every text of `work`, one run per publication date (`--date`), JSON by stem."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(work.glob("*.txt")):
        date = dates.get(path.stem.split("--")[0], (None, "none"))[0]
        groups.setdefault(date.isoformat() if date else "", []).append(path)
    files: dict[str, dict] = {}
    for date, paths in groups.items():
        folder = work / (date or "undated")
        folder.mkdir()
        for path in paths:
            path.rename(folder / path.name)
        option = ["--date", date] if date else []
        run = subprocess.run([str(ROOT / ".venv/bin/factcheck"), "--no-config", "--format", "json", "--exit-zero", *option, str(folder)], capture_output=True, text=True, check=True)
        files.update({Path(f["path"]).stem: f for f in json.loads(run.stdout)["files"]})
    return files


def details(variant: str, relation: dict, new: set) -> str:
    """A missed plant: the relation's figures (the planted one last) and what the run said instead."""
    figures = "; ".join(f"l{f['line']} {f['text']!r}" for f in relation["involves"])
    said = "; ".join(f"l{line} {code}" for line, code, _ in sorted(new)) or "nothing new"
    return f"{variant} ({relation['relation']}): {figures} -> {said}"


def main() -> None:
    if not (CORPUS / "gold").is_dir():
        print(f"bench-arithmetic: no development corpus at {CORPUS}; skipped")
        return
    known = yaml.safe_load((CORPUS / "known_issues.yaml").read_text(encoding="utf-8")) or {}
    work = Path(tempfile.mkdtemp())
    plants, stems = [], []
    for gold_path in sorted((CORPUS / "gold").glob("*.yaml")):
        stem = gold_path.stem
        stems.append(stem)
        lines = (CORPUS / "articles" / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
        (work / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
        relations = (yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}).get("arithmetic") or []
        for i, relation in enumerate(relations):
            changed = plant(lines, relation["involves"][-1]) if plantable(relation) else None
            if changed:
                variant = f"{stem}--plant{i}"
                (work / f"{variant}.txt").write_text("\n".join(changed), encoding="utf-8")
                plants.append((variant, stem, relation, {f["line"] for f in relation["involves"]}))
    dates = index_dates(CORPUS, month_middle=True)
    files = run_dated(work, dates)
    guessed = sorted(f"{stem} ({how})" for stem, (_, how) in dates.items() if how != "day" and stem in stems)
    if guessed:
        print("dates read to the month's 15th or left out:", ", ".join(guessed))
    stats = {name: dict(planted=0, caught=0, real=0, real_n=0, alarms=0, articles=0, stated=0, covered=0) for name, _ in BEATS}
    found = found_figures([CORPUS / "articles" / f"{stem}.txt" for stem in stems])
    for stem in stems:
        lines = (CORPUS / "articles" / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
        for relation in (yaml.safe_load((CORPUS / "gold" / f"{stem}.yaml").read_text(encoding="utf-8")) or {}).get("arithmetic") or []:
            if stated(relation):
                stats[beat_of(stem)]["stated"] += 1
                stats[beat_of(stem)]["covered"] += covered(relation, found.get(stem, []), lines)
    missed = []
    for stem in stems:
        s = stats[beat_of(stem)]
        s["articles"] += 1
        lines_flagged = {line for line, _, _ in flagged(files.get(stem))}
        real = set(known.get(stem) or [])
        s["real_n"] += len(real)
        s["real"] += len(lines_flagged & real)
        s["alarms"] += len(lines_flagged - real)
    for variant, stem, relation, lines in plants:
        s = stats[beat_of(stem)]
        s["planted"] += 1
        new = flagged(files.get(variant)) - flagged(files.get(stem))
        caught = any(line in lines for line, _, _ in new)
        s["caught"] += caught
        if not caught:
            missed.append(details(variant, relation, new) if "--details" in sys.argv else f"{variant} ({relation['relation']})")
    print(f"{'beat':<12} {'coverage':>10} {'plants caught':>14} {'real errors':>12} {'FA/article':>11}")
    for name, _ in BEATS:
        s = stats[name]
        print(f"{name:<12} {s['covered']:>5}/{s['stated']:<4} {s['caught']:>8}/{s['planted']:<5} {s['real']:>7}/{s['real_n']:<4} {s['alarms'] / max(s['articles'], 1):>11.2f}")
    if "-v" in sys.argv or "--details" in sys.argv:
        print("missed:", *missed, sep="\n  ")
        alarms = [f"{stem} l{line} {code}" for stem in stems for line, code, _ in sorted(flagged(files.get(stem))) if line not in set(known.get(stem) or [])]
        print("false alarms:", *alarms, sep="\n  ")


if __name__ == "__main__":
    main()
