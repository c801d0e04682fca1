"""Who holds an office: a chief executive named for a company the registry gives another one.

An office has one holder at a time, so a registry `ceo_of` fact for the company contradicts
another named person ("Acme CEO John Doe" where the registry has Jane Roe), and a registry
person who heads another company contradicts the company named when the registry has no
chief executive for it ("Beta CEO Jane Roe" where Jane Roe heads Acme). A name that shares a
word with the registry's holder ("Acme CEO Roe") may be the same person, and a holder put in
the past ("former Acme CEO", "then-CEO", a paragraph dated before the registry's holder took
office) is history: no verdict.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

from factcheck.models import PartyClaim
from factcheck.registry import Fact

OFFICES = ("ceo_of",)
OfficeProblem = Literal["person", "company"]  # which side of the office the registry has otherwise


def office_contradiction(ctx, claim: PartyClaim, subjects: set[str], objects: set[str]) -> tuple[Fact, OfficeProblem] | None:
    """(the registry fact, "person" or "company") that the claim's office holder contradicts, or None."""
    if claim.relation not in OFFICES or not claim.object or len(claim.subjects) != 1 or _in_the_past(ctx, claim):
        return None
    holders = [f for f in ctx.registry.facts_about(claim.object) if f.relation == claim.relation and f.object in objects]
    found = _other_person(ctx, claim.subjects[0], holders) if holders else _other_company(ctx, claim, subjects)
    if found and _paragraph_predates(ctx, claim, found[0]):
        return None
    return found


@lru_cache(maxsize=1)
def past_office_words() -> frozenset[str]:
    data = json.loads(resources.files("factcheck.check").joinpath("data/past_office.json").read_text(encoding="utf-8"))
    return frozenset(data["words"])


def _in_the_past(ctx, claim: PartyClaim) -> bool:
    """A past-office word inside the phrase or among the three words before it ("former Acme CEO Jane Roe")."""
    text = ctx.document.text
    before = text[max(0, claim.span.start - 40) : claim.span.start]
    words = _words(" ".join(before.split()[-3:])) | _words(text[claim.span.start : claim.span.end])
    return bool(words & past_office_words())


def _paragraph_predates(ctx, claim: PartyClaim, fact: Fact) -> bool:
    """A year in the claim's paragraph before the registry holder's start date: the article tells history."""
    if fact.date is None:
        return False
    text = ctx.document.text
    start = text.rfind("\n\n", 0, claim.span.start) + 1
    end = text.find("\n\n", claim.span.end)
    paragraph = text[start : end if end != -1 else len(text)]
    return any(int(year) < fact.date.year for year in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", paragraph))


def _other_person(ctx, named: str, holders: list[Fact]) -> tuple[Fact, OfficeProblem] | None:
    if named in ctx.registry.entities:
        return holders[0], "person"
    if any(_words(named) & _holder_words(ctx, f.subject) for f in holders):
        return None  # a surname or first name of the registry's holder: the same person, said short
    return holders[0], "person"


def _other_company(ctx, claim: PartyClaim, subjects: set[str]) -> tuple[Fact, OfficeProblem] | None:
    """Only for a company the registry knows, and never its parent or unit (the holder's company's family)."""
    if claim.object not in ctx.registry.entities:
        return None
    family = ctx.closure([claim.object])
    offices = [
        f
        for key in subjects
        for f in ctx.registry.facts_about(key)
        if f.relation == claim.relation and f.subject in subjects and f.object not in family and claim.object not in ctx.closure([f.object])
    ]
    return (offices[0], "company") if offices else None


def _holder_words(ctx, entity_id: str) -> set[str]:
    entity = ctx.registry.entities.get(entity_id)
    names = entity.names if entity is not None else (ctx.name(entity_id),)
    return set().union(*(_words(n) for n in names))


def _words(name: str) -> set[str]:
    """Words, casefolded; a hyphenated one both whole and in parts ("one-time", "then-CEO")."""
    whole = {w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]", name)}
    return whole | {part for w in whole for part in w.split("-") if part}
