""""another $4 billion": a figure that continues the one before it in the passage.

"Acme will invest $5 billion in Cirrus. It will add another $4 billion next year." The second
figure names neither payer nor relation; "another" (or "an additional", "a further") says it is
one more of the same, so it takes the payer, relation and object of the passage's previous figure.

"Sales rose to $4 billion, with the company targeting $5 billion next year": a figure a "with"
clause's target verb takes, after a figure of its sentence, is a target for the same figure
(apply_targets): it takes that figure's payer, relation and object. Only results take targets.

"Acme invested another $2 billion in Bolt, bringing its total commitment to $5 billion": a running
total after a figure of its sentence is the total of that figure's money, whatever noun it is
told with (apply_running_totals); the time anchor marks it cumulative, so it is compared with no
single round.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import relation_lexicon
from factcheck.extract.relations import Frame

CONTINUING = {"another", "additional", "further"}
RUNNING_VERBS = {"bring", "take", "lift", "push"}  # "bringing its total investment to $X"
RUNNING_RELATIONS = {"invests_in", "raises", "spends_on", "commits_to_purchase"}
# Results are what a "with" clause sets targets for; "with analysts expecting $3 billion more" after
# an investment is no one's commitment, so no payer is lent to it.
TARGETED_RELATIONS = {"revenue", "other"}
MAX_CLIMB = 6
MAX_SENTENCES_BACK = 2  # the figure continued is in this sentence or the one or two before


def apply_continuation(spans: list[Span], frames: list[Frame]) -> list[int]:
    """Fill frames of continuing figures in place; returns the indexes filled."""
    filled = []
    for i in range(1, len(spans)):
        span, frame = spans[i], frames[i]
        if frame.subjects or (frame.relation and frame.object) or not _continues(span) or _names_own_subject(span):
            continue
        previous = frames[i - 1]
        if not previous.subjects or not previous.relation or not _near(spans[i - 1], span):
            continue
        if frame.relation and frame.relation != previous.relation:
            continue
        frame.subjects, frame.relation, frame.object = list(previous.subjects), previous.relation, frame.object or previous.object
        filled.append(i)
    return filled


def _names_own_subject(span: Span) -> bool:
    """"Bolt will add another $4 billion": a clause whose verb has a named subject of its own is
    that subject's, not the previous payer's (which verb "add" means is for the frame to say)."""
    verb = span.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    named = ("ORG", "PERSON", "PRODUCT", "GPE", "NORP")
    return any(c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end and (c.ent_type_ in named or c.pos_ == "PROPN") for c in verb.children)


def _continues(span: Span) -> bool:
    before = [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]]
    return bool(before) and before[-1] in CONTINUING


def _near(first: Span, second: Span) -> bool:
    sentences = list(second.doc.sents)
    index = {s.start: n for n, s in enumerate(sentences)}
    return 0 <= index.get(second.sent.start, 0) - index.get(first.sent.start, 0) <= MAX_SENTENCES_BACK


def apply_targets(spans: list[Span], frames: list[Frame]) -> list[int]:
    """Fill the frames of targets set in a "with" clause ("..., with management targeting $9
    billion by year-end") in place from the sentence's previous figure; returns the indexes filled."""
    filled = []
    for i in range(1, len(spans)):
        previous, span, frame = spans[i - 1], spans[i], frames[i]
        if previous.sent.start != span.sent.start or frame.subjects or frame.relation or frames[i - 1].relation not in TARGETED_RELATIONS:
            continue
        verb = _target_verb(span)
        if verb is None or verb.i < previous.end:
            continue
        frame.subjects, frame.relation, frame.object = list(frames[i - 1].subjects), frames[i - 1].relation, frames[i - 1].object
        filled.append(i)
    return filled


def _target_verb(span: Span):
    """The target verb of "with management targeting $X" / "with the company aiming for $X" that
    takes the figure, when its own subject names no party (a named one sets its own target)."""
    token = span.root.head
    if token.pos_ == "ADP":  # "aiming for $X"
        token = token.head
    if token.pos_ != "VERB" or token.lemma_.lower() not in relation_lexicon()["target_verbs"]:
        return None
    if token.dep_ != "pcomp" or token.head.lower_ != "with":
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return None if any(c.pos_ == "PROPN" or c.ent_type_ for c in subjects) else token


def apply_running_totals(spans: list[Span], frames: list[Frame]) -> list[int]:
    """Fill the frames of running totals in place ("..., bringing its total to $5 billion");
    returns the indexes filled."""
    filled = []
    for i in range(1, len(spans)):
        previous, span = spans[i - 1], spans[i]
        if previous.sent.start != span.sent.start or frames[i - 1].relation not in RUNNING_RELATIONS or not frames[i - 1].subjects:
            continue
        verb = _running_verb(span)
        if verb is None or verb.i < previous.end:
            continue  # the verb must come after the figure it totals
        frames[i].subjects, frames[i].relation, frames[i].object = list(frames[i - 1].subjects), frames[i - 1].relation, frames[i - 1].object
        filled.append(i)
    return filled


def _running_verb(span: Span):
    """The verb of "bringing its total commitment to $X" above the figure, if any: a verb of
    change whose object is a total ("total" said of it, or the noun "total" itself)."""
    token = span.root
    for _ in range(MAX_CLIMB):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in RUNNING_VERBS:
            objects = [c for c in token.children if c.dep_ == "dobj"]
            return token if any(o.lemma_.lower() == "total" or any(c.lower_ == "total" for c in o.children) for o in objects) else None
    return None
