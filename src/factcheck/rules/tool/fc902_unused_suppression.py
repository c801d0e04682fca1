"""FC902 unused-suppression."""

from __future__ import annotations

from factcheck.check.context import CheckContext
from factcheck.models import Severity
from factcheck.rules.base import Hit, Rule


class UnusedSuppression(Rule):
    """A suppression marker that silences no finding (as ruff's RUF100).

    Why: a marker left behind after the sentence was fixed would silently hide the next mistake
    written there; one that names the wrong code hides nothing and misleads the reader.

    Flags: `[factcheck: ignore FC201]` above a paragraph with no FC201 finding, or
    `<!-- factcheck: off -->` ... `<!-- factcheck: on -->` around text with no finding.

    Passes: a marker that silences at least one finding; a marker naming a rule that did not
    run (turned off by --select or --ignore, or a registry rule with no registry).

    Tolerance: none; it is a note (info) by default, raise it in the config to enforce it.

    Fix: delete the marker, or correct the code it names.
    """

    code = "FC902"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "A suppression marker silences no finding."

    def check(self, ctx: CheckContext) -> tuple[Hit, ...]:
        """Nothing here: markers are matched to findings after every rule has run
        (`factcheck.suppress.apply_suppressions` reports this code)."""
        return ()
