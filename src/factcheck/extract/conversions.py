"""A figure restated in another currency: "$US9.7bn ($A14.8bn)", "€95 million (£82m)",
"$14.3 billion, or £10.55 billion". The restatement says what the figure it glosses says, so it
takes that figure's frame.

A gloss is told from a part by its currency: "$5bn ($3bn of it in cash)" names a part of the
$5bn, in the same currency, and keeps its own frame. The gloss is either the parse's apposition
with nothing but the figure in it, or the figure alone in brackets right after the other (which
the parse does not always attach).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from factcheck.extract.relations import Frame
from factcheck.normalize.money import MoneyMention

_OPEN = re.compile(r"\s*[(\[]\s*")  # between the figure and its restatement
_CLOSE = re.compile(r"\s*[)\]]")  # right after the restatement


def share_with_conversions(spans: list[Span], frames: list[Frame]) -> None:
    """Give each restatement the frame of the figure it restates (one frame, shared)."""
    for i, span in enumerate(spans):
        j = _glossed(spans, i)
        if j is not None and _other_currency(spans[j], span):
            frames[i] = frames[j]


def _glossed(spans: list[Span], i: int) -> int | None:
    """The index of the figure that `spans[i]` restates, if it is a gloss of one."""
    span = spans[i]
    if i > 0 and _bracketed_after(spans[i - 1], span):
        return i - 1
    root = span.root
    if root.dep_ != "appos" or not _figure_only(root, span):
        return None
    return next((j for j, other in enumerate(spans) if j != i and other.start <= root.head.i < other.end), None)


def _bracketed_after(first: Span, second: Span) -> bool:
    """"$US9.7bn ($A14.8bn)": the second figure alone in brackets right after the first."""
    a, b = first._.fc_money, second._.fc_money
    text = first.doc.text
    return _OPEN.fullmatch(text, a.end, b.start) is not None and _CLOSE.match(text, b.end) is not None


def _figure_only(root, span: Span) -> bool:
    """An appositive with nothing but the figure (and punctuation) in it: not "$3bn of it in cash"."""
    return all(span.start <= t.i < span.end or t.is_punct or t.lower_ in ("or", "about", "around", "roughly", "some") for t in root.subtree)


def _other_currency(first: Span, second: Span) -> bool:
    """The two figures are in different currencies, or written with different signs ("US$" and a bare "$")."""
    a: MoneyMention = first._.fc_money
    b: MoneyMention = second._.fc_money
    return (a.currency, a.marker) != (b.currency, b.marker)
