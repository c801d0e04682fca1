"""Gapping: "Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion".

The second clause drops its verb; its figure belongs to the party named right after the
conjunction, with the relation and object of the clause before. Without this the parse hangs
the second figure on the first verb, and so on the first payer. After a double-object verb the
remnant mirrors the indirect object: "Acme will pay Bolt $2 billion and Cirrus $1 billion" pays
Cirrus, the payer stays Acme.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from factcheck.extract.entities import EntityContext, Mention
from factcheck.extract.relations import Frame, receives_indirectly

CONJUNCTIONS = {"and", "while", "whereas", "but", ";"}


def apply_gapping(spans: list[Span], frames: list[Frame], segment_start: int, context: EntityContext) -> None:
    """Give a verbless conjunct's figure to the party it names (frames are updated in place)."""
    for i in range(1, len(spans)):
        previous = frames[i - 1]
        if spans[i - 1].sent.start != spans[i].sent.start or not previous.subjects or not previous.relation:
            continue
        party = _gapped_party(spans[i - 1], spans[i], segment_start, context)
        if party is None or _key(party) in {_key(s) for s in previous.subjects}:
            continue
        frame = frames[i]
        if receives_indirectly(previous, spans[i - 1], segment_start):  # "pay Bolt $2 billion and Cirrus $1 billion"
            frame.subjects, frame.relation, frame.object = list(previous.subjects), previous.relation, replace(party, via="gapped")
            continue
        frame.subjects = [replace(party, via="gapped")]  # the remnant is the elided clause's subject
        frame.relation = frame.relation or previous.relation
        frame.object = previous.object if frame.relation == previous.relation else frame.object


def _key(mention: Mention) -> str:
    return mention.entity_id or mention.text


def _gapped_party(before: Span, money: Span, segment_start: int, context: EntityContext) -> Mention | None:
    """The one party between a conjunction after `before` and `money`, when no verb of its own
    stands there ("..., and Microsoft up to $5 billion")."""
    gap = money.doc[before.end : money.start]
    conj = next((t for t in reversed(gap) if t.lower_ in CONJUNCTIONS), None)
    if conj is None:
        return None
    tail = money.doc[conj.i + 1 : money.start]
    parties = [m for m in context.between(segment_start + tail.start_char, segment_start + tail.end_char) if m.is_party]
    named = {i for m in parties for i in range(m.start, m.end)}
    # A verb of its own makes an ordinary clause; a name the tagger took for a verb does not.
    if any(t.pos_ in ("VERB", "AUX") and segment_start + t.idx not in named for t in tail):
        return None
    return parties[0] if len(parties) == 1 else None
