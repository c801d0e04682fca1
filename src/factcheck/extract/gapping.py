"""Gapping: "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion".

The second clause drops its verb; its figure belongs to the party named right after the
conjunction, with the relation and object of the clause before. Without this the parse hangs
the second figure on the first verb, and so on the first payer.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.entities import EntityContext
from factcheck.extract.relations import Frame

CONJUNCTIONS = {"and", "while", "whereas", "but", ";"}


def apply_gapping(spans: list[Span], frames: list[Frame], segment_start: int, context: EntityContext) -> None:
    """Give a verbless conjunct's figure to the party it names (frames are updated in place)."""
    for i in range(1, len(spans)):
        before, money = spans[i - 1], spans[i]
        if before.sent.start != money.sent.start or not frames[i - 1].subjects or not frames[i - 1].relation:
            continue
        gap = money.doc[before.end : money.start]
        conj = next((t for t in reversed(gap) if t.lower_ in CONJUNCTIONS), None)
        if conj is None:
            continue
        tail = money.doc[conj.i + 1 : money.start]
        parties = [m for m in context.between(segment_start + tail.start_char, segment_start + tail.end_char) if m.is_party]
        named = {i for m in parties for i in range(m.start, m.end)}
        # A verb of its own makes an ordinary clause; a name the tagger took for a verb does not.
        if any(t.pos_ in ("VERB", "AUX") and segment_start + t.idx not in named for t in tail):
            continue
        if len(parties) != 1 or (parties[0].entity_id or parties[0].text) in {s.entity_id or s.text for s in frames[i - 1].subjects}:
            continue
        previous = frames[i - 1]
        frames[i].subjects = [parties[0]]
        frames[i].relation = frames[i].relation or previous.relation
        frames[i].object = previous.object if frames[i].relation == previous.relation else frames[i].object
