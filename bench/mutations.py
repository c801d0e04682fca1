"""Mutation benchmark: plant one error per article variant and measure what factcheck catches.

Reads the development corpus (`../shared/corpus/dev` seen from the repository root: articles,
gold money mentions, INDEX.tsv) and, by default, the corpus's own registry of the deals its
articles report (`dev/registry.yaml`; `--sources sources` for the project's). For every gold
mention it plants one error per variant:

- figure:  the figure scaled by 0.9, 1.1, 2 or 10, written in the mention's own format;
- hedge:   "up to" dropped from a hedged figure, or added to a firm one;
- swap:    the counterparty's name (each mention of it in that line) replaced by another
           registry company;
- total:   a component of a stated total scaled by 1.2 or 2, so the total no longer adds up;
- count:   a count with a listed set of items (where FC104 applies) raised by one; the
           project's seed article in claims/ is searched too, as the dev corpus has few lists.

All variants and the clean articles go through ONE Checker.check_documents call. A variant
counts as detected when a finding of severity warning or above appears on the planted line
(or on the line of a restatement of the planted figure, of the total it is part of, or of
that total's parts: where FC101-FC103 report a pair that disagrees) that the clean article does not have
(compared by code and line; on a line with a known real error, a finding of the same code
counts when its message, planted words put back, differs from the clean one). False alarms are findings of warning or above on the clean
articles, minus the known real errors listed in KNOWN_ERRORS.

The targets apply to *checkable* mutations: the original fact is in the registry with the
article's figure, or the article restates it or states its total elsewhere (decided from the
gold annotations, not from factcheck's output).

With `--built-registry` the bench does what the held-out measure does for the beats whose deals
the corpus registry lacks (US business, non-USD): at run time, into a temp dir, it adds one fact
per gold money mention of those articles (parties from the gold subject/object, amount and
qualifier from the gold; source: the article's URL from INDEX.tsv and its date; quote: the figure's
own words, never an article sentence).

Results are reported per beat (the corpus README's: AI deals, US business, non-USD) and in all.

Run: `make bench-mutations` or `.venv/bin/python bench/mutations.py [--verbose] [--sources DIR]`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED_ARTICLES = ROOT / "claims"

FIGURE_FACTORS = (Decimal("0.9"), Decimal("1.1"), Decimal(2), Decimal(10))
TOTAL_FACTORS = (Decimal("1.2"), Decimal(2))
HEDGE_PREFIX = re.compile(r"^(?:up to|as much as|could reach|a maximum of)\s+", re.I)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
TARGETS = {"figure": 0.90, "hedge": 0.90, "total": 0.90, "swap": 0.80, "count": 0.80}
FALSE_ALARM_TARGET = 0.1
# The corpus README's beats, by the number that starts an article's file name.
BEATS = (("ai-deals", lambda n: n < 100 or n >= 140), ("us-business", lambda n: 100 <= n < 120), ("non-usd", lambda n: 120 <= n < 140))


def beat_of(stem: str) -> str:
    number = re.match(r"\d+", stem)
    return next((name for name, within in BEATS if within(int(number.group(0)))), "seed") if number else "seed"

# Real errors in the corpus articles (see the corpus README): findings on these lines are
# correct catches, not false alarms. Keyed by (article stem, line).
KNOWN_ERRORS = {
    ("10-thenews-nvidia-openai-100b", 1): "headline '$100B' drops the 'up to' of line 2 and of the announcement",
    ("12-morethanmoore-amd-openai", 4): "'$90 billion' potential sales value is the author's own estimate",
}


@dataclass
class Mention:
    line: int
    start: int
    text: str
    value: Decimal
    currency: str
    qualifier: str
    subjects: tuple[str, ...]
    relation: str | None
    object: str | None
    vague: bool
    period: str | None
    per: str | None


@dataclass
class Article:
    stem: str
    text: str
    mentions: list[Mention]
    date: dt.date | None = None
    gold: bool = True

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class Variant:
    kind: str
    article: Article
    text: str
    line: int
    description: str
    checkable: bool
    target_lines: set[int] = field(default_factory=set)
    probe: str = ""  # the mention whose claim a miss is explained by
    change: tuple[str, str] = ("", "")  # (original words, planted words)

    @property
    def path(self) -> str:
        return f"{self.article.stem}#{self.kind}@{self.line}:{self.description}"


# -- loading ------------------------------------------------------------------------------
MONTH = re.compile(r"(\d{4})-(\d{2})")


def index_dates(corpus: Path, month_middle: bool = False) -> dict[str, tuple[dt.date | None, str]]:
    """Each article's publication date from the corpus's INDEX.tsv, with how it was read: "day"
    (2025-11-19), "mid-month" ("2024-12" or "c. 2009-10" read as the 15th, only with
    `month_middle`) or "none" (no date, or a month when `month_middle` is off)."""
    dates: dict[str, tuple[dt.date | None, str]] = {}
    index = corpus / "articles" / "INDEX.tsv"
    if not index.exists():
        return dates
    with index.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            raw = row.get("date") or ""
            if not any(ch.isdigit() for ch in raw):  # "c.<TAB>2009-10": the date spilled into the next column
                raw = f"{raw} {(row.get('topic') or '').split(' ')[0]}"
            dates[Path(row["file"]).stem] = _index_date(raw, month_middle)
    return dates


def _index_date(raw: str, month_middle: bool) -> tuple[dt.date | None, str]:
    try:
        return dt.date.fromisoformat(raw.strip()), "day"
    except ValueError:
        pass
    month = MONTH.search(raw)
    if month_middle and month and 1 <= int(month.group(2)) <= 12:
        return dt.date(int(month.group(1)), int(month.group(2)), 15), "mid-month"
    return None, "none"


def load_articles(corpus: Path) -> list[Article]:
    dates = {stem: date for stem, (date, _) in index_dates(corpus).items()}  # "2024-12": the day is unknown
    articles = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        gold_path = corpus / "gold" / f"{path.stem}.yaml"
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        mentions = [_mention(m) for m in gold.get("money_mentions") or []]
        articles.append(Article(path.stem, path.read_text(encoding="utf-8"), mentions, dates.get(path.stem)))
    return articles


def _single(value):
    """The gold may list several objects ("to A and B"); the bench follows one party, so only a lone one."""
    if isinstance(value, list):
        return value[0] if len(value) == 1 else None
    return value


def _mention(raw: dict) -> Mention:
    subject = raw.get("subject")
    subjects = tuple(subject) if isinstance(subject, list) else ((subject,) if subject else ())
    return Mention(
        line=raw["line"],
        start=raw["char_start"],
        text=raw["text"],
        value=Decimal(str(raw["value_usd"])),
        currency=raw.get("currency", "USD"),
        qualifier=raw.get("qualifier", "exact"),
        subjects=subjects,
        relation=raw.get("relation"),
        object=_single(raw.get("object")),
        vague=bool(raw.get("vague")),
        period=raw.get("period"),
        per=raw.get("per"),
    )


def known_issues(corpus: Path) -> dict[tuple[str, int], str]:
    """The corpus's hand-checked real errors (known_issues.yaml: stem -> lines): findings there are right."""
    path = corpus / "known_issues.yaml"
    listed = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    return {(stem, line): "known_issues.yaml" for stem, lines in listed.items() for line in lines or ()}


# -- a registry of each article's own deals, built from the gold at run time ------------------
BUILT_BEATS = ("us-business", "non-usd")  # beats whose deals the corpus registry lacks
RELATIONS = {"invests_in", "commits_to_purchase", "acquires", "valued_at", "raises", "revenue", "spends_on", "deal_value", "supplies", "other"}
QUALIFIERS = {"exact", "up_to", "at_least", "more_than", "about", "less_than", "range"}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x"


def build_registry(corpus: Path, articles: list[Article], into: Path) -> Path:
    """Write the corpus registry plus, for the articles of BUILT_BEATS, one fact per gold money
    mention (parties from the gold subject/object, amount and qualifier from the gold) into `into`.
    Each source is the article's URL (INDEX.tsv) and date; its quote is the figure's own words only,
    so no article sentence is copied. This is what the held-out measure does for every article."""
    urls = {}
    with (corpus / "articles" / "INDEX.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            urls[Path(row["file"]).stem] = (row["url"], row["publisher"] or "publisher")
    base = yaml.safe_load((corpus / "registry.yaml").read_text(encoding="utf-8"))
    known = {n.casefold(): e["id"] for e in base.get("entities") or () for n in (e["id"], e["name"], *(e.get("aliases") or ()))}
    entities: dict[str, dict] = {}
    facts: list[dict] = []

    def entity(name: str | None) -> str | None:
        if not name:
            return None
        if name.casefold() in known:
            return known[name.casefold()]
        ident = "built-" + _slug(name)
        entities.setdefault(ident, {"id": ident, "name": name, "kind": "organization"})
        return ident

    for article in articles:
        if beat_of(article.stem) not in BUILT_BEATS or article.stem not in urls:
            continue
        url, publisher = urls[article.stem]
        for n, m in enumerate(article.mentions):
            subject = entity(m.subjects[0]) if len(m.subjects) == 1 else None
            if subject is None or m.vague or m.relation not in RELATIONS or m.qualifier not in QUALIFIERS or m.value <= 0:
                continue
            amount: dict = {"value": float(m.value) if m.value != m.value.to_integral() else int(m.value), "currency": m.currency, "qualifier": m.qualifier}
            if m.period in ("annual", "monthly", "quarterly"):
                amount["period"] = m.period
            if m.per and re.fullmatch(r"[a-z][a-z -]*", m.per):
                amount["per"] = m.per
            if m.qualifier == "range":
                continue  # the gold's high end is not kept by Mention
            fact = {"id": f"built-{_slug(article.stem)}-{n}", "subject": subject, "relation": m.relation, "amount": amount,
                    "sources": [{"url": url, "publisher": publisher, "published": article.date.isoformat() if article.date else None, "quote": m.text}]}
            obj = entity(m.object)
            if obj:
                fact["object"] = obj
            if fact["sources"][0]["published"] is None:
                del fact["sources"][0]["published"]
            facts.append(fact)
    into.mkdir(parents=True, exist_ok=True)
    (into / "corpus.yaml").write_text(yaml.safe_dump(base, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (into / "built.yaml").write_text(yaml.safe_dump({"entities": list(entities.values()), "facts": facts}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return into


# -- the gold annotations against the registry ---------------------------------------------
class Names:
    """Gold names ("NVIDIA", "Microsoft Azure") to registry ids, and families as the checker sees them."""

    def __init__(self, registry):
        self.registry = registry
        self.ids: dict[str, str] = {}
        for entity in registry.entities.values():
            for name in (entity.id, *entity.names):
                self.ids.setdefault(name.casefold(), entity.id)

    def id(self, name: str | None) -> str | None:
        return self.ids.get(name.casefold()) if name else None

    def closure(self, keys) -> set[str]:
        found: set[str] = set()
        for key in keys:
            if key:
                found |= self.registry.family(key)
        return found | {e.id for e in self.registry.entities.values() if e.parent in found}


def _close(a: Decimal, b: Decimal, tolerance: Decimal = Decimal("0.01")) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def registry_fact_for(m: Mention, names: Names):
    """The registry fact that states this mention's figure for its parties, if any."""
    from factcheck.check.context import relations_compatible

    subjects = names.closure(names.id(s) for s in m.subjects)
    objects = names.closure([names.id(m.object)])
    if not subjects:
        return None
    for fact in names.registry.facts.values():
        amount = fact.amount
        if amount is None or amount.currency != m.currency or amount.period != m.period or not relations_compatible(m.relation, fact.relation):
            continue
        if fact.subject not in subjects and not (fact.object in subjects and fact.subject in objects):
            continue
        if m.object and fact.object and fact.object not in objects and fact.subject not in objects:
            continue
        if _close(amount.value, m.value):
            return fact
    return None


def totals_of(article: Article) -> dict[int, list[int]]:
    """Index of each stated total -> indexes of the gold mentions that add up to it."""
    figures = [i for i, m in enumerate(article.mentions) if not m.vague and not m.per]
    found: dict[int, list[int]] = {}
    for t in figures:
        total = article.mentions[t]
        parts = [
            i
            for i in figures
            if i != t
            and article.mentions[i].currency == total.currency
            and article.mentions[i].relation == total.relation
            and article.mentions[i].object == total.object
            and set(article.mentions[i].subjects) <= set(total.subjects)
            and article.mentions[i].value < total.value
            # a part within the sum's tolerance of zero ("Rs 2973.91" beside "Rs 2973.9 crore")
            # would make any figure near the total look like its sum
            and not _close(total.value - article.mentions[i].value, total.value)
        ]
        for size in (2, 3):
            from itertools import combinations

            for subset in combinations(parts, size):
                if _close(sum(article.mentions[i].value for i in subset), total.value):
                    found[t] = list(subset)
                    break
            if t in found:
                break
    return found


def restated(article: Article, index: int) -> bool:
    return bool(restatements(article, index))


def restatements(article: Article, index: int) -> list[int]:
    """The other gold mentions that state the same fact (relation, parties and figure)."""
    m = article.mentions[index]
    if m.relation in (None, "other") or m.per:
        return []  # "other" names no fact, and per-share prices are not restatements of one
    return [
        j
        for j, o in enumerate(article.mentions)
        if j != index and o.relation == m.relation and o.subjects == m.subjects and o.object == m.object and _close(o.value, m.value)
    ]


def partner_lines(article: Article, totals: dict[int, list[int]]) -> dict[int, set[int]]:
    """For each mention, the lines where a finding also catches an error planted in it: its own
    line, its restatements' (two figures for one fact: which is wrong, the text cannot say, and
    FC102/FC103 report the pair where the second one stands), and for a total or a part of one
    the total's and the parts' lines (FC101 reports the total)."""
    lines = {i: {m.line} | {article.mentions[j].line for j in restatements(article, i)} for i, m in enumerate(article.mentions)}
    for total, parts in totals.items():
        group = {article.mentions[i].line for i in (total, *parts)}
        for i in (total, *parts):
            lines[i] |= group
    return lines


# -- planting one error ---------------------------------------------------------------------
def replace_in_line(article: Article, line: int, start: int, old: str, new: str) -> str | None:
    lines = article.lines
    text = lines[line - 1]
    if text[start : start + len(old)] != old:
        start = text.find(old)
        if start < 0:
            return None
    lines[line - 1] = text[:start] + new + text[start + len(old) :]
    return "\n".join(lines)


def scaled_text(text: str, factor: Decimal) -> str | None:
    """The mention's text with its figure scaled, in the same format ("US$38 billion" -> "US$41.8 billion").

    Every number of the mention is scaled, so a range stays a range ("$80 million to $90
    million" -> "$96 million to $108 million", not a low end above its high end), and digit
    groups keep their style (Indian "4,88,902.84" stays grouped in twos)."""
    matches = list(NUMBER.finditer(text))
    if not matches:
        return None  # a spelled-out figure ("ten billion dollars"): left alone
    pieces, end = [], 0
    for match in matches:
        pieces += [text[end : match.start()], _scaled_number(match.group(0), factor)]
        end = match.end()
    scaled = "".join(pieces) + text[end:]
    return None if scaled == text else scaled


def _scaled_number(raw: str, factor: Decimal) -> str:
    value = Decimal(raw.replace(",", "")) * factor
    if "," not in raw:
        return f"{value:.3f}".rstrip("0").rstrip(".")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    written = f"{value:,.{decimals}f}" if value != int(value) or decimals else f"{int(value):,}"
    return _indian_grouping(written) if INDIAN_GROUPS.fullmatch(raw) else written


def _indian_grouping(western: str) -> str:
    """"537,793.12" -> "5,37,793.12": the last three digits, then groups of two."""
    whole, dot, fraction = western.replace(",", "").partition(".")
    head, tail = whole[:-3], whole[-3:]
    pairs = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([*pairs, tail]) + dot + fraction


def figure_variants(article: Article, checkable: dict[int, bool], partners: dict[int, set[int]]) -> list[Variant]:
    variants = []
    for i, m in enumerate(article.mentions):
        if m.vague:
            continue
        for factor in FIGURE_FACTORS:
            new = scaled_text(m.text, factor)
            text = new and replace_in_line(article, m.line, m.start, m.text, new)
            if text:
                variants.append(Variant("figure", article, text, m.line, f"{m.text!r} -> {new!r}", checkable[i], partners[i], new, (m.text, new)))
    return variants


def hedge_variants(article: Article, checkable: dict[int, bool], partners: dict[int, set[int]]) -> list[Variant]:
    variants = []
    for i, m in enumerate(article.mentions):
        if m.vague or m.qualifier not in ("up_to", "exact"):
            continue
        if m.qualifier == "up_to":
            new = HEDGE_PREFIX.sub("", m.text)
            if new == m.text:
                continue
        else:
            at_start = m.start == 0 or article.lines[m.line - 1][: m.start].rstrip().endswith((".", ":"))
            new = ("Up to " if at_start else "up to ") + m.text
        text = replace_in_line(article, m.line, m.start, m.text, new)
        if text:
            variants.append(Variant("hedge", article, text, m.line, f"{m.text!r} -> {new!r}", checkable[i], partners[i], new, (m.text, new)))
    return variants


def swap_variants(article: Article, names: Names) -> list[Variant]:
    """Replace the object's (else the subject's) name nearest the mention with another registry
    company: one the article does not involve and the registry links to no remaining party, so
    the swapped sentence is false."""
    involved = names.closure(names.id(n) for m in article.mentions for n in (*m.subjects, m.object))
    companies = [
        e for e in sorted(names.registry.entities.values(), key=lambda e: e.id) if e.kind == "organization" and e.id not in involved and not e.parent
    ]
    variants = []
    for m in article.mentions:
        if m.vague:
            continue
        for party in ([m.object] if m.object else []) + (list(m.subjects) if len(m.subjects) == 1 else []):
            key = names.id(party)
            if key is None:
                continue
            found = _nearest_name(article.lines[m.line - 1], m.start, key, party, names)
            remaining = names.closure(names.id(n) for n in (*m.subjects, m.object) if n != party)
            others = [c for c in companies if not _linked(names, c.id, remaining)]
            if found is None or not others:
                continue
            _, surface = found
            new_name = _everyday_name(others[len(variants) % len(others)])
            text = replace_everywhere_in_line(article, m.line, key, surface, new_name, names)
            if text:
                checkable = registry_fact_for(m, names) is not None
                variants.append(Variant("swap", article, text, m.line, f"{surface!r} -> {new_name!r} near {m.text!r}", checkable, {m.line}, m.text, (surface, new_name)))
            break
    return variants


def replace_everywhere_in_line(article: Article, line: int, key: str, surface: str, new: str, names: Names) -> str | None:
    """The line with every mention of the company (by any of its names) replaced: a swap that
    left "Amazon Web Services (AWS)" half changed would still name the right company."""
    lines = article.lines
    alternatives = "|".join(re.escape(n) for n in sorted({surface, *names.registry.entities[key].names}, key=len, reverse=True))
    changed = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", lambda _: new, lines[line - 1])
    if changed == lines[line - 1]:
        return None
    lines[line - 1] = changed
    return "\n".join(lines)


def _linked(names: Names, company: str, parties: set[str]) -> bool:
    family = names.closure([company])
    return any(f.subject in parties or f.object in parties for key in family for f in names.registry.facts_about(key))


def _nearest_name(line: str, at: int, key: str, surface: str, names: Names) -> tuple[int, str] | None:
    entity = names.registry.entities[key]
    candidates = []
    for name in sorted({surface, *entity.names}, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", line):
            if not any(s <= match.start() < s + len(n) for s, n in candidates):
                candidates.append((match.start(), name))
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c[0] - at))


def _everyday_name(entity) -> str:
    """The shortest capitalised name a newspaper would use ("Amazon", "AMD", "Meta")."""
    from factcheck.extract.entities import normalize_name

    plain = [n for n in (normalize_name(entity.name), *entity.aliases) if re.fullmatch(r"[A-Z][A-Za-z ]+", n) and not n.isupper()]
    return min(plain, key=len) if plain else normalize_name(entity.name)


def total_variants(article: Article) -> list[Variant]:
    variants = []
    for total, parts in totals_of(article).items():
        total_lines = {m.line for m in article.mentions if _close(m.value, article.mentions[total].value) and m.relation == article.mentions[total].relation}
        for part in parts:
            m = article.mentions[part]
            for factor in TOTAL_FACTORS:
                new = scaled_text(m.text, factor)
                text = new and replace_in_line(article, m.line, m.start, m.text, new)
                if text:
                    variants.append(Variant("total", article, text, m.line, f"{m.text!r} -> {new!r} (total {article.mentions[total].text!r})", True, {m.line, *total_lines}, new, (m.text, new)))
    return variants


def count_variants(article: Article) -> list[Variant]:
    from factcheck.extract.counts import WORDS_FOR, stated_counts

    variants = []
    for stated in stated_counts(article.text):
        start, end = stated.count_span
        original = article.text[start:end]
        raised = stated.count + 1
        new = str(raised) if original.isdigit() else WORDS_FOR.get(raised, str(raised))
        if original[0].isupper():
            new = new.capitalize()
        text = article.text[:start] + new + article.text[end:]
        line = article.text.count("\n", 0, start) + 1
        variants.append(Variant("count", article, text, line, f"{original!r} -> {new!r} {stated.noun}", True, {line}, change=(original, new)))
    return variants


def plant(articles: list[Article], names: Names) -> list[Variant]:
    variants: list[Variant] = []
    for article in articles:
        if article.gold:
            totals = totals_of(article)
            in_total = {i for t, parts in totals.items() for i in (t, *parts)}
            checkable = {
                i: (registry_fact_for(m, names) is not None or restated(article, i) or i in in_total)
                for i, m in enumerate(article.mentions)
            }
            partners = partner_lines(article, totals)
            variants += figure_variants(article, checkable, partners)
            variants += hedge_variants(article, checkable, partners)
            variants += swap_variants(article, names)
            variants += total_variants(article)
        variants += count_variants(article)
    return variants


# -- scoring ------------------------------------------------------------------------------
def serious(file_report) -> list:
    from factcheck.models import Severity

    return [f for f in file_report.findings if f.severity.rank >= Severity.WARNING.rank]


def line_of(file_report, finding) -> int:
    return file_report.document.text.count("\n", 0, finding.span.start) + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="Development corpus folder (articles/, gold/).")
    parser.add_argument("--sources", type=Path, default=None, help="Registry directory or file (default: the corpus's registry.yaml).")
    parser.add_argument("--verbose", action="store_true", help="Also list the detected mutations.")
    parser.add_argument("--built-registry", action="store_true", help="Add, for the beats the corpus registry lacks, a registry built from each article's gold deals (temp dir).")
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        print(f"skip: development corpus not found at {args.corpus} (expected articles/ and gold/)")
        return 0

    from factcheck.api import Checker
    from factcheck.models import Document
    from factcheck.registry import load_registry

    KNOWN_ERRORS.update(known_issues(args.corpus))
    articles = load_articles(args.corpus)
    if args.built_registry:
        import tempfile

        registry = load_registry(build_registry(args.corpus, articles, Path(tempfile.mkdtemp(prefix="fc-built-registry-"))))
    else:
        registry = load_registry(args.sources or args.corpus / "registry.yaml")
    names = Names(registry)
    seeds = [Article(p.stem, p.read_text(encoding="utf-8"), [], gold=False) for p in sorted(SEED_ARTICLES.glob("*.txt"))]
    variants = plant(articles + seeds, names)

    documents = [Document(path=f"{a.stem}#clean", text=a.text, date=a.date) for a in articles + seeds]
    documents += [Document(path=v.path, text=v.text, date=v.article.date) for v in variants]
    started = time.perf_counter()
    report = Checker(registry).check_documents(documents)
    elapsed = time.perf_counter() - started
    by_path = {f.document.path: f for f in report.files}

    clean_keys, clean_messages = {}, {}
    for article in articles + seeds:
        clean = by_path[f"{article.stem}#clean"]
        clean_keys[article.stem] = {(f.code, line_of(clean, f)) for f in serious(clean)}
        clean_messages[article.stem] = {(f.code, line_of(clean, f), f.message) for f in serious(clean)}

    def is_new(variant: Variant, file, finding) -> bool:
        """A finding the clean article lacks. On a line with a known real error, a finding of the
        same code is new when its message differs (planted words put back) from the clean one."""
        line = line_of(file, finding)
        if line not in variant.target_lines:
            return False
        if (finding.code, line) not in clean_keys[variant.article.stem]:
            return True
        if (variant.article.stem, line) not in KNOWN_ERRORS:
            return False
        old, new = variant.change
        message = finding.message.replace(new, old) if new else finding.message
        return (finding.code, line, message) not in clean_messages[variant.article.stem]

    results: dict[str, list[tuple[Variant, bool, list[str]]]] = defaultdict(list)
    for variant in variants:
        file = by_path[variant.path]
        new = [f"{f.code}@{line_of(file, f)}" for f in serious(file) if is_new(variant, file, f)]
        results[variant.kind].append((variant, bool(new), new or _diagnose(variant, file)))

    false_alarms = []
    for article in articles:
        clean = by_path[f"{article.stem}#clean"]
        for f in serious(clean):
            line = line_of(clean, f)
            if (article.stem, line) not in KNOWN_ERRORS:
                false_alarms.append((article.stem, line, f))

    print(f"Mutation benchmark: {len(documents)} documents ({len(articles)} clean dev articles + seed + variants) checked in one run, {elapsed:.1f}s")
    for beat in (*(name for name, _ in BEATS), "all"):
        chosen = [a for a in articles if beat in ("all", beat_of(a.stem))]
        if not chosen:
            continue
        stems = {a.stem for a in chosen} | ({a.stem for a in seeds} if beat == "all" else set())
        rows = {kind: [r for r in found if r[0].article.stem in stems] for kind, found in results.items()}
        print(f"\n== {beat} ({len(chosen)} articles)")
        print_table(rows, [fa for fa in false_alarms if fa[0] in stems], len(chosen))
    print_lists(results, false_alarms, args.verbose)
    return 0


def _diagnose(variant: Variant, file) -> list[str]:
    """Why a mutation was missed: how the planted mention was extracted and matched."""
    notes = []
    for claim in file.claims:
        line = line_of(file, claim)
        if line != variant.line or not variant.probe or not (variant.probe in claim.text or claim.text in variant.probe):
            continue
        parties = f"{'+'.join(claim.subjects) or '?'} -{claim.relation or '?'}-> {claim.object or '?'}"
        support = ", ".join(file.support.get(claim.id, ())) or "no registry support"
        notes.append(f"claim {claim.text!r}: {parties}; {support}")
    found = sorted({f"{f.code}@{line_of(file, f)}" for f in file.findings})
    return (notes or ["planted mention not extracted as a claim"]) + ([f"findings: {', '.join(found)}"] if found else [])


def print_table(results, false_alarms, clean_articles: int) -> None:
    header = f"{'kind':<8} {'variants':>8} {'checkable':>9} {'detected':>9} {'share':>7} {'target':>7} {'met':>4}   {'all variants':>12}"
    print(header)
    print("-" * len(header))
    for kind in ("figure", "hedge", "swap", "total", "count"):
        rows = results.get(kind, [])
        checkable = [r for r in rows if r[0].checkable]
        detected = sum(1 for r in checkable if r[1])
        share = detected / len(checkable) if checkable else None
        overall = sum(1 for r in rows if r[1])
        shown = f"{share:.0%}" if share is not None else "n/a"
        met = "n/a" if share is None else ("yes" if share >= TARGETS[kind] else "NO")
        print(f"{kind:<8} {len(rows):>8} {len(checkable):>9} {detected:>9} {shown:>7} {TARGETS[kind]:>7.0%} {met:>4}   {overall:>5}/{len(rows):<6}")
    rate = len(false_alarms) / clean_articles if clean_articles else 0
    print(f"\nfalse alarms: {len(false_alarms)} on {clean_articles} clean articles = {rate:.2f} per article (target <= {FALSE_ALARM_TARGET}) {'yes' if rate <= FALSE_ALARM_TARGET else 'NO'}")
    print(f"known real errors not counted: {len(KNOWN_ERRORS)}")


def print_lists(results, false_alarms, verbose: bool) -> None:
    print("\nMissed checkable mutations:")
    for kind, rows in results.items():
        for variant, detected, why in rows:
            if variant.checkable and not detected:
                print(f"  {kind:<6} {variant.article.stem}:{variant.line}  {variant.description}")
                print(f"         {' | '.join(why)}")
    print("\nMissed mutations the gold marks as not checkable (no registry fact, restatement or total):")
    for kind, rows in results.items():
        for variant, detected, _ in rows:
            if not variant.checkable and not detected:
                print(f"  {kind:<6} {variant.article.stem}:{variant.line}  {variant.description}")
    print("\nFalse alarms (warning or above on clean articles):")
    for stem, line, finding in false_alarms:
        print(f"  {stem}:{line}  {finding.code} {finding.severity.value}: {finding.message}")
    if verbose:
        print("\nDetected:")
        for kind, rows in results.items():
            for variant, detected, found in rows:
                if detected:
                    print(f"  {kind:<6} {variant.article.stem}:{variant.line}  {variant.description}  -> {', '.join(found)}")


if __name__ == "__main__":
    sys.exit(main())
