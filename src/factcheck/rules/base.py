"""What a rule is: a code, a slug, a default severity, a summary, an explanation, and `check`."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from factcheck.check.context import CheckContext
from factcheck.models import Evidence, Fix, Severity, Span, Trace
from factcheck.registry import Fact

CODE = re.compile(r"^FC[129]\d\d$")
SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
SECTIONS = ("Why", "Flags", "Passes", "Fix")


@dataclass(frozen=True)
class Hit:
    """What a rule found; the engine stamps code, slug and severity to make it a Finding."""

    span: Span
    message: str
    claims: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    fix: Fix | None = None
    trace: Trace | None = None


class Rule:
    """Subclasses set every class attribute; the docstring is the explanation, with the sections
    Why, Flags (a wrong example), Passes (a right example) and Fix."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    needs_registry: ClassVar[bool] = False
    aliases: ClassVar[tuple[str, ...]] = ()
    # Codes whose findings on the same claim this rule's finding makes redundant: any finding
    # about a claim says more than "unverified"; a total FC101 explains by the article's own
    # sums needs no registry figure too.
    supersedes: ClassVar[tuple[str, ...]] = ("FC202",)

    def check(self, ctx: CheckContext) -> Iterable[Hit]:
        raise NotImplementedError

    @classmethod
    def explanation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")


def evidence_of(fact: Fact, limit: int | None = None) -> tuple[Evidence, ...]:
    """A registry fact's sources as a finding's evidence (the first `limit` of them)."""
    return tuple(
        Evidence(publisher=s.publisher, url=s.url, date=s.published.isoformat() if s.published else None, quote=s.quote, fact=fact.id)
        for s in fact.sources[:limit]
    )
