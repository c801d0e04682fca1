"""FC104 count-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.check.context import CheckContext
from factcheck.models import Fix, Severity
from factcheck.normalize.numbers import written_like
from factcheck.rules.base import Hit, Rule


class CountMismatch(Rule):
    """A stated count ("three providers") that does not match the items listed with it.

    Why: a count and its list are read together; when they disagree, one of them is wrong
    (an item was dropped or added in editing), and readers cannot tell which.

    Flags: "Nimbus runs on four clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud)": three
    items are listed for "four".

    Passes: "Nimbus runs on all three clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud)", and
    "two camps" followed by the headings "The Acme Camp:" and "The Bolt Camp:".

    Tolerance: only the count claims extract finds, lists that are plainly complete: a
    parenthesised or colon list of capitalised names separated by commas, "and", "+" or "&", or
    headings that repeat the counted noun. Lists with "including", "such as", "and others" or
    figures are not compared.

    Fix: correct the count to the number of items, or complete the list.
    """

    code = "FC104"
    name = "count-mismatch"
    severity = Severity.WARNING
    summary = "A stated count does not match the number of items listed with it."

    def check(self, ctx: CheckContext) -> Iterator[Hit]:
        for count in ctx.counts:
            if count.value == len(count.items):
                continue
            # The count as the prose view writes it ("Four", "4"), so the fix keeps its form.
            original = ctx.document.prose_text[count.value_span.start : count.value_span.end]
            listed = ", ".join(count.items)
            yield Hit(
                span=count.value_span,
                message=f"{original!r} {count.noun} announced, but {len(count.items)} are listed ({listed}).",
                fix=Fix(replacement=written_like(original, len(count.items))),
            )
