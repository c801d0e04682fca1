"""FC901 disguised-name."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import CheckContext
from factcheck.models import Fix, Severity, Span
from factcheck.normalize.fold import disguised_words, fold_name
from factcheck.rules.base import Hit, Rule


class DisguisedName(Rule):
    """A word that reads as Latin but hides look-alike letters or invisible characters.

    Why: "Аcme" with a Cyrillic "А", or "Ac\u200bme" with a zero-width space, reads as "Acme"
    to an editor but matches no name: a claim about it would escape the registry's check.
    factcheck folds such names before matching (so the claim is still checked) and reports
    the spelling, which search engines, archives and readers' tools will also miss.

    Flags: "Аcme will invest $5 billion" where the first letter is Cyrillic; "Acme" with a
    zero-width space or a bidi control inside it.

    Passes: words wholly in another script ("Москва"), accented Latin ("Zürich", "café"),
    full-width text.

    Tolerance: only words that contain Latin letters and fold to plain ASCII letters and
    digits are reported.

    Fix: retype the word in plain Latin letters (the suggested replacement).
    """

    code = "FC901"
    name = "disguised-name"
    severity = Severity.WARNING
    summary = "A word mixes Latin letters with look-alike or invisible characters."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        prose = ctx.document.prose
        for match in disguised_words(ctx.document.text):
            if prose is not None and not prose[match.start() : match.end()].strip():
                continue  # markup (a tag, a link target), not prose
            word = match.group()
            folded = fold_name(word)
            shown = word.encode("unicode_escape").decode("ascii")
            yield Hit(
                span=Span(start=match.start(), end=match.end()),
                message=f"'{folded}' is spelled with look-alike or invisible characters ({shown}); it was matched as '{folded}'.",
                fix=Fix(replacement=folded),
            )
