"""Registry curation: audit a valid registry for what needs a curator's eye, and propose facts
from a primary-source document.

`audit` finds what the schema allows but a curator should fix or re-check: blank quotes,
sources with no `published` date, facts older than a given age. `propose` turns the claims
factcheck extracts from a press release into registry YAML for review, never into the
registry directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from factcheck.models import Claim, FileReport, PartyClaim
from factcheck.registry.index import Registry
from factcheck.registry.load import Positions, parse_file, registry_files
from factcheck.registry.models import MAX_QUOTE_WORDS, Entity, Fact
from factcheck.wording import plural

DEFAULT_MAX_AGE_DAYS = 730


@dataclass(frozen=True)
class Note:
    """One thing a curator should look at: `severity` is "error" or "warning"."""

    severity: str
    kind: str  # blank-quote | undated-source | stale-fact | quote-figure
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


def audit(root: str | Path, max_age_days: int = DEFAULT_MAX_AGE_DAYS, today: dt.date | None = None) -> list[Note]:
    """Notes on a registry that loads cleanly (run `load_registry` first for schema and id errors)."""
    today = today or dt.date.today()
    notes: list[Note] = []
    for path in registry_files(root):
        parsed, positions, problems = parse_file(path)
        if parsed is None or problems:
            continue
        for i, fact in enumerate(parsed.facts):
            notes += _fact_notes(str(path), i, fact, positions, max_age_days, today)
    return notes


def _fact_notes(path: str, index: int, fact: Fact, positions: Positions, max_age_days: int, today: dt.date) -> list[Note]:
    notes = []
    for j, source in enumerate(fact.sources):
        line = positions.get(("facts", index, "sources", j)) or positions.get(("facts", index))
        if not source.quote.strip():
            notes.append(Note("error", "blank-quote", path, positions.get(("facts", index, "sources", j, "quote"), line), f"fact {fact.id!r}: source {j + 1} has an empty quote; quote the source verbatim (at most {MAX_QUOTE_WORDS} words)"))
        if source.published is None:
            notes.append(Note("warning", "undated-source", path, line, f"fact {fact.id!r}: source {source.url} has no `published` date"))
    notes += _quote_figure_notes(path, index, fact, positions)
    if fact.date is not None and _can_go_stale(fact):
        age = (today - fact.date).days
        if age > max_age_days:
            line = positions.get(("facts", index, "date")) or positions.get(("facts", index))
            notes.append(Note("warning", "stale-fact", path, line, f"fact {fact.id!r} dates from {fact.date} ({age} days ago, over {max_age_days}): possibly stale, re-check it"))
    return notes


def _can_go_stale(fact: Fact) -> bool:
    """A figure (an amount, a valuation) goes out of date; a start date ("CEO since 1993") does not."""
    return fact.amount is not None


def _quote_figure_notes(path: str, index: int, fact: Fact, positions: Positions) -> list[Note]:
    from factcheck.registry.quotes import fact_quote_problems

    notes = []
    for j, problem in fact_quote_problems(fact):
        line = positions.get(("facts", index, "sources", j, "quote")) or positions.get(("facts", index, "sources", j)) or positions.get(("facts", index))
        notes.append(Note("warning", "quote-figure", path, line, f"fact {fact.id!r}: source {j + 1} quote {problem}; fix the fact or the quote, or say why in the fact's `note`"))
    return notes


def summary(directory: str, registry: Registry, notes: list[Note]) -> str:
    errors = [n for n in notes if n.severity == "error"]
    warnings = [n for n in notes if n.severity == "warning"]
    kinds: dict[str, int] = {}
    for note in notes:
        kinds[note.kind] = kinds.get(note.kind, 0) + 1
    detail = f" ({', '.join(f'{count} {kind}' for kind, count in sorted(kinds.items()))})" if kinds else ""
    state = "invalid" if errors else "valid"
    return f"{directory}: {len(registry.entities)} entities, {len(registry.facts)} facts: {state}; {plural(len(errors), 'error')}, {plural(len(warnings), 'warning')}{detail}"


# -- proposing facts from a primary source ------------------------------------------------------
VERBS = {
    "invests_in": "invests-in",
    "commits_to_purchase": "buys-from",
    "acquires": "acquires",
    "valued_at": "valuation",
    "raises": "raises-from",
    "revenue": "revenue",
    "spends_on": "spends-on",
    "deal_value": "deal-with",
    "partners_with": "partners-with",
    "available_on": "on",
    "supplies": "supplies",
    "ceo_of": "ceo-of",
    "other": "and",
}


def slug(text: str) -> str:
    """A kebab-case id: "Zephyr Robotics, Inc." -> "zephyr-robotics-inc"."""
    text = re.sub(r"['’]s\b", "", text.casefold())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "entity"


def quote_around(sentence: str, start: int, end: int, max_words: int = MAX_QUOTE_WORDS) -> str:
    """The sentence, or the run of at most `max_words` whole words around [start, end) in it.

    Cut only at the ends, so the quote stays verbatim.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
    if len(words) <= max_words:
        return sentence.strip()
    first = next((i for i, (s, e) in enumerate(words) if e > start), 0)
    last = next((i for i, (s, e) in enumerate(words) if e >= end), len(words) - 1)
    extra = max(0, max_words - (last - first + 1))
    low = max(0, first - extra // 2)
    high = min(len(words) - 1, low + max_words - 1)
    low = max(0, high - max_words + 1)
    return sentence[words[low][0] : words[high][1]]


def publisher_from_url(url: str) -> str:
    host = urlparse(url).hostname or url
    return host.removeprefix("www.")


@dataclass
class Proposal:
    entities: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    known: list[str]  # claims the registry already supports: "line 3: acme-invests-cirrus"
    skipped: list[str]  # claims that cannot become one fact, with the reason


def propose(file: FileReport, registry: Registry | None, url: str, publisher: str | None = None, date: dt.date | None = None) -> Proposal:
    """Registry entries for each claim with a subject and a relation (money, or a relation with an object)."""
    registry = registry or Registry()
    proposer = _Proposer(file, registry, url, publisher or publisher_from_url(url), date or dt.date.today())
    for claim in (c for c in file.claims if isinstance(c, PartyClaim)):  # the kinds a registry fact holds
        if proposer.is_new(claim):
            proposer.add_fact(claim)
    return proposer.proposal


@dataclass
class _Proposer:
    """The proposal being built for one file, and what it has taken so far (entity ids, fact ids,
    the facts already proposed), so each entity and fact is proposed once."""

    file: FileReport
    registry: Registry
    url: str
    publisher: str
    date: dt.date
    proposal: Proposal = field(default_factory=lambda: Proposal([], [], [], []))
    entity_ids: dict[str, str] = field(default_factory=dict)
    seen: set[tuple[object, ...]] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    canonical: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.taken = set(self.registry.facts)
        self.canonical = _canonical_names(self.file.claims, self.registry)

    def is_new(self, claim: PartyClaim) -> bool:
        """A claim that can become a fact the registry lacks; the others are listed as skipped or known."""
        line = self.file.document.text.count("\n", 0, claim.span.start) + 1  # not read.LineIndex: registry sits beside read, not above it
        reason = _unusable(claim)
        if reason:
            if claim.kind == "money":
                self.proposal.skipped.append(f"line {line}: {claim.text!r}: {reason}")
            return False
        if self.file.support.get(claim.id):
            self.proposal.known.append(f"line {line}: {claim.text!r} -> {', '.join(self.file.support[claim.id])}")
            return False
        return True

    def add_fact(self, claim: PartyClaim) -> None:
        """The claim's fact, with new entities for the parties the registry lacks, unless proposed already."""
        assert claim.subject is not None  # _unusable turned away claims without one
        subject = self._entity(claim.subject, person=claim.relation == "ceo_of")
        named_object = claim.object or sentence_counterparty(claim, self.registry)
        obj = self._entity(named_object, person=False) if named_object else None
        key = (subject, claim.relation, obj, claim.amount.model_dump_json() if claim.kind == "money" and claim.amount else None)
        if key in self.seen:
            return
        self.seen.add(key)
        fact = _fact(claim, subject, obj, self.date, self.url, self.publisher, self.taken)
        self.taken.add(fact["id"])
        self.proposal.facts.append(fact)

    def _entity(self, name: str, person: bool) -> str:
        return _entity(self.canonical.get(name, name), person, self.registry, self.entity_ids, self.proposal, self.file.document.text)


# Relations whose fact names a counterparty (DESIGN.md: "raises" is from its object).
COUNTERPARTY_RELATIONS = {"invests_in", "raises", "acquires", "commits_to_purchase", "deal_value", "supplies", "partners_with"}


def sentence_counterparty(claim: PartyClaim, registry: Registry) -> str | None:
    """The one party besides the subject that the claim's own sentence names ("raised $80
    million in a round led by Sarnia Ventures"), when the parse did not attach it: the fact's
    object. None when the sentence names none or several."""
    if claim.relation not in COUNTERPARTY_RELATIONS or claim.subject is None:
        return None
    subject = registry.family(claim.subject) if claim.subject in registry.entities else {claim.subject}
    others = [p for p in claim.parties if p not in subject and _named_in_sentence(p, claim.sentence, registry)]
    return others[0] if len(others) == 1 else None


def _named_in_sentence(party: str, sentence: str, registry: Registry) -> bool:
    names = registry.entities[party].names if party in registry.entities else (party,)
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence) for n in names)


def _canonical_names(claims: Iterable[Claim], registry: Registry) -> dict[str, str]:
    """Unknown names that are the first words of a longer unknown name in the same document
    ("Zephyr" and "Zephyr Robotics") are one entity, under the longer name."""
    names = {n for c in claims if c.kind in ("money", "relation") for n in (c.subject, c.object) if n and n not in registry.entities}
    canonical = {}
    for name in names:
        longer = [o for o in names if o != name and o.split()[: len(name.split())] == name.split()]
        if longer:
            canonical[name] = max(longer, key=len)
    return canonical


def _unusable(claim: PartyClaim) -> str | None:
    if not claim.subject or not claim.relation:
        return "no subject or relation found"
    if len(claim.subjects) > 1:
        return "a combined amount of several parties: propose each party's own fact"
    if claim.kind == "money" and claim.amount is None:
        return "no figure"
    if claim.kind == "relation" and not claim.object:
        return "no object"
    return None


def _entity(name: str, person: bool, registry: Registry, ids: dict[str, str], proposal: Proposal, text: str = "") -> str:
    if name in registry.entities:
        return name
    if name not in ids:
        key = slug(name)
        while key in registry.entities or key in ids.values():
            key += "-new"
        ids[name] = key
        entity = Entity(id=key, name=name, kind="person" if person else "organization", aliases=aliases_in(name, text, person, registry))
        dumped = entity.model_dump(mode="json", exclude_defaults=True)
        proposal.entities.append({"id": key, "name": name, "aliases": list(entity.aliases)} | dumped)  # aliases always shown: the curator completes them
    return ids[name]


LEGAL_SUFFIX = r",?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|plc|PBC|Co\.|Group|Holdings|S\.A\.|AG|SE)"


def aliases_in(name: str, text: str, person: bool, registry: Registry) -> tuple[str, ...]:
    """The other ways the document names the entity, so the checker finds it there: the name
    with a legal suffix ("Brennick Aerospace Corp."), and for a company its first word used on
    its own ("Brennick"), unless that word is a name the registry already has."""
    found = [m.group(0).rstrip(",") for m in re.finditer(rf"(?<!\w){re.escape(name)}{LEGAL_SUFFIX}(?!\w)", text)]
    words = name.split()
    if not person and len(words) > 1:
        first = words[0]
        alone = re.search(rf"(?<!\w){re.escape(first)}(?!\s+{re.escape(' '.join(words[1:]))})(?![\w-])", text)
        if alone and first.casefold() not in {n.casefold() for e in registry.entities.values() for n in e.names}:
            found.append(first)
    return tuple(dict.fromkeys(a for a in found if a != name))


def _fact(claim: PartyClaim, subject: str, obj: str | None, date: dt.date, url: str, publisher: str, taken: set[str]) -> dict[str, Any]:
    assert claim.relation is not None  # _unusable turned away claims without one
    verb = VERBS.get(claim.relation, "") if obj else slug(claim.relation)
    base = "-".join(p for p in (subject, verb, obj, str(date.year)) if p)
    fact_id, n = base, 2
    while fact_id in taken:
        fact_id, n = f"{base}-{n}", n + 1
    start = claim.span.start - claim.sentence_span.start
    quote = quote_around(claim.sentence, start, start + len(claim.text))
    fact: dict[str, Any] = {"id": fact_id, "subject": subject, "relation": claim.relation}
    if obj:
        fact["object"] = obj
    if claim.kind == "money" and claim.amount:  # a relation claim has no amount nor money context
        amount = {"value": _number(claim.amount.value), "currency": claim.amount.currency, "qualifier": claim.amount.qualifier.value}
        if claim.amount.high is not None:
            amount["high"] = _number(claim.amount.high)
        if claim.amount.period:
            amount["period"] = claim.amount.period
        fact["amount"] = amount
    if claim.kind == "money" and claim.context.term_years:
        fact["term_years"] = claim.context.term_years
    if claim.kind == "money" and claim.context.stake_percent:
        fact["stake_percent"] = _number(claim.context.stake_percent)
    fact["date"] = date
    fact["status"] = "primary_source"
    fact["sources"] = [{"url": url, "publisher": publisher, "published": date, "quote": quote}]
    # The proposal must load: validate it against the schema before anyone sees it.
    Fact.model_validate(fact)
    return fact


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def render(proposal: Proposal, document: str) -> str:
    """YAML for a curator: a header saying what to check, then `entities:` and `facts:`."""
    lines = [
        f"# Proposed registry entries from {document}, generated by `factcheck sources extract`.",
        "# Review every entry against the source before adding it to sources/: relation, parties,",
        "# qualifier, date and the quote (verbatim, at most 25 words).",
    ]
    for known in proposal.known:
        lines.append(f"# already in the registry: {known}")
    for skipped in proposal.skipped:
        lines.append(f"# skipped: {skipped}")
    body = {"entities": proposal.entities, "facts": proposal.facts}
    if not proposal.entities:
        del body["entities"]
    dumped = yaml.dump(body, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100) if proposal.facts or proposal.entities else "facts: []\n"
    return "\n".join(lines) + "\n" + dumped


class _PlainDumper(yaml.SafeDumper):
    """Safe YAML without anchors: a curator reads and edits each entry on its own."""

    def ignore_aliases(self, data: object) -> bool:
        return True
