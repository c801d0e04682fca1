"""FC202 unverified."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import CheckContext
from factcheck.models import Severity
from factcheck.rules.base import Hit, Rule


class Unverified(Rule):
    """A claim that no registry fact covers: nothing confirms or refutes it.

    Why: an editor should know which figures rest only on the writer's word, so they can be
    sourced before publication.

    Flags: "Acme will spend $2 billion on data centres" with no registry fact about Acme's
    spending.

    Passes: a claim the registry supports, or one another rule already reports.

    Tolerance: mentions with no figure ("billions of dollars") are not reported.

    Fix: add a sourced fact to the registry (`factcheck sources extract` proposes one from a
    press release), or source the sentence.
    """

    code = "FC202"
    name = "unverified"
    severity = Severity.INFO
    summary = "No registry fact covers this claim."
    needs_registry = True
    supersedes = ()

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for claim in ctx.party_claims:  # the claims the engine gave a verdict
            if claim.kind == "money" and claim.amount is None:
                continue
            verdict = ctx.verdicts.get(claim.id)
            if verdict is not None and verdict.state == "unverified":
                what = "money claim" if claim.kind == "money" else f"{claim.relation} relation"
                yield Hit(span=claim.span, message=f"no registry fact covers this {what}: {claim.text!r}.", claims=(claim.id,))
