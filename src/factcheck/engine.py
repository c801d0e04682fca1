"""Stage 5, check: run the rules over an article's claims; stamp, filter and sort their findings.

The engine sits above the rules, which sit above the analysis they call (`factcheck.check`:
the claims in context, the registry verdicts), so the three import one way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.check.context import CheckContext
from factcheck.check.matching import verdict
from factcheck.models import Claim, Document, Finding, Severity
from factcheck.registry import Registry
from factcheck.rules import ALL_RULES
from factcheck.wording import as_read, in_article_style


@dataclass(frozen=True)
class RuleSettings:
    """Which rules run and at what severity (from config and the command line)."""

    select: frozenset[str] = frozenset()  # empty: all
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)

    def enabled(self, rule) -> bool:
        names = {rule.code, rule.name, *rule.aliases}
        if self.select and not names & self.select:
            return False
        return not names & self.ignore


def check_claims(document: Document, claims: list[Claim], registry: Registry | None, settings: RuleSettings = RuleSettings()) -> tuple[list[Finding], dict[str, tuple[str, ...]]]:
    """Findings of every enabled rule, sorted by position, and the registry support of each claim."""
    ctx = CheckContext(document=document, claims=claims, registry=registry)
    ctx.verdicts = {claim.id: verdict(ctx, claim) for claim in ctx.party_claims}  # percents and quantities: no registry facts yet
    findings: list[Finding] = []
    for rule_class in ALL_RULES:
        if not settings.enabled(rule_class) or (rule_class.needs_registry and registry is None):
            continue
        severity = settings.severity.get(rule_class.code) or settings.severity.get(rule_class.name) or rule_class.severity
        for hit in rule_class().check(ctx):
            findings.append(
                Finding(
                    code=rule_class.code,
                    rule=rule_class.name,
                    severity=severity,
                    span=hit.span,
                    message=as_read(hit.message),
                    claims=hit.claims,
                    evidence=hit.evidence,
                    fix=in_article_style(document.text[hit.span.start : hit.span.end], hit.fix),
                    trace=hit.trace,
                )
            )
    findings = _drop_superseded(findings, {r.code: r.supersedes for r in ALL_RULES})
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.code))
    support = {cid: tuple(f.id for f in v.facts) for cid, v in ctx.verdicts.items() if v.state == "supported"}
    return findings, support


def _drop_superseded(findings: Iterable[Finding], supersedes: dict[str, tuple[str, ...]]) -> list[Finding]:
    """Findings another finding on the same claim makes redundant, as each rule declares
    (`Rule.supersedes`: any finding says more than "unverified"; a total FC101 explains by the
    article's own sums needs no registry figure); a rule never supersedes its own code."""
    findings = list(findings)
    redundant = {(code, f.claims[0]) for f in findings if f.claims for code in supersedes.get(f.code, ()) if code != f.code}
    return [f for f in findings if not (f.claims and (f.code, f.claims[0]) in redundant)]
