"""Collective totals: "Acme puts $3 million into Beta, and Bolt $2 million, a combined $5 million".

A figure introduced by a collective word ("a combined", "a total of", "together",
"altogether") after other figures of its sentence is the sum of their payers' money, not the
last payer's. The parse (or gapping) hangs it on the nearest subject; left there, FC101 would
compare the whole with one payer's part and "fix" a correct total.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from factcheck.extract.lexicon import relation_lexicon
from factcheck.extract.relations import Frame

LOOKBACK_TOKENS = 4  # "a combined", "for a total of", "together some"


def apply_collective_totals(spans: list[Span], frames: list[Frame]) -> None:
    """Give a collective total the payers of the figures before it in its sentence (in place)."""
    words = frozenset(relation_lexicon()["collective_total_words"])
    for i, money in enumerate(spans):
        if not _introduced_by(money, words):
            continue
        parts = [frames[j] for j in range(i) if spans[j].sent.start == money.sent.start and frames[j].subjects]
        payers = _distinct_payers(parts)
        if len(payers) >= 2:  # one payer's figures: its own total, as the parse has it
            frames[i] = _total_of(frames[i], parts, payers)


def _total_of(own: Frame, parts: list[Frame], payers: list) -> Frame:
    """A new frame (an appositive total may share its frame object with the figure before it):
    the payers of the parts, their one shared receiver, the parts' relation where it has none."""
    objects = {(f.object.entity_id or f.object.text) for f in parts if f.object}
    shared = next(f.object for f in parts if f.object) if len(objects) == 1 else None
    return replace(own, subjects=payers, object=own.object or shared, relation=own.relation or next((f.relation for f in parts if f.relation), None))


def _introduced_by(money: Span, words: frozenset[str]) -> bool:
    start = max(money.sent.start, money.start - LOOKBACK_TOKENS)
    return any(token.lower_ in words for token in money.doc[start : money.start])


def _distinct_payers(parts: list[Frame]) -> list:
    seen: dict[str, object] = {}
    for frame in parts:
        for mention in frame.subjects:
            seen.setdefault(mention.entity_id or mention.text, mention)
    return list(seen.values())
