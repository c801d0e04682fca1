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
    findings = _drop_redundant_unverified(findings)
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.code))
    support = {cid: tuple(f.id for f in v.facts) for cid, v in ctx.verdicts.items() if v.state == "supported"}
    return findings, support


def _drop_redundant_unverified(findings: Iterable[Finding]) -> list[Finding]:
    """"Unverified" adds nothing on a claim another rule reports, nor a registry amount on a
    total whose mismatch FC101 already explains with the article's own sums."""
    findings = list(findings)
    reported = {f.claims[0] for f in findings if f.code != "FC202" and f.claims}
    totals = {f.claims[0] for f in findings if f.code == "FC101" and f.claims}
    return [
        f
        for f in findings
        if not (f.code == "FC202" and f.claims and f.claims[0] in reported)
        and not (f.code == "FC201" and f.claims and f.claims[0] in totals)
    ]
