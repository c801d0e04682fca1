"""Who pays whom for what: the (subject, relation, object) of a money mention, read off the parse.

From the money's syntactic head we look for the *frame*: the word that says what the money
is (a trigger of the relation lexicon: "invest", "valuation", "deal" ...), first among the
head's own modifiers ("$15B in equity investment", "$350 billion valuation"), then up its
chain of heads, looking through verbs of change ("pushing its valuation to $350 billion").
The frame's grammatical roles give the parties: active subject, passive agent, possessor,
compound, the prepositions the lexicon names, an appositive head, or a list label
("Nvidia's Stake: Up to $10 Billion ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from factcheck.extract.entities import EntityContext, Mention, phrase_mention, token_mention, with_conjuncts
from factcheck.extract.lexicon import relation_lexicon

MAX_CLIMB = 7


@dataclass
class Frame:
    relation: str | None = None
    trigger: Token | None = None
    subjects: list[Mention] = field(default_factory=list)
    object: Mention | None = None


def _trigger(token: Token) -> dict | None:
    triggers = relation_lexicon()["money_triggers"]
    if token.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ"):
        return None
    return triggers.get(token.lemma_.lower()) or triggers.get(token.lower_)


def find_frame_token(head: Token, money: Span) -> Token | None:
    lex = relation_lexicon()
    inside = set(range(money.start, money.end))
    for child in head.children:  # "$15B in direct equity investment"
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _trigger(pobj) and pobj.i not in inside:
                    return pobj
    token = head
    for _ in range(MAX_CLIMB):
        if token.head is token:
            break
        token = token.head
        if token.i in inside:
            continue
        entry = _trigger(token)
        if entry and not (entry.get("requires_prep") and not _has_prep(token, entry["object_preps"])):
            return token
        if token.pos_ in ("VERB", "AUX"):
            nouns = [
                child
                for child in token.children
                if child.dep_ in ("nsubj", "nsubjpass", "dobj")
                and child.i not in inside
                and _trigger(child)
                and (token.lemma_.lower() in lex["change_verbs"] or child.dep_ != "dobj")
            ]
            if nouns:  # prefer the noun that names its owner ("Anthropic's valuation"), then the nearest
                return min(nouns, key=lambda n: (not any(c.dep_ == "poss" for c in n.children), abs(n.i - token.i)))
    return None


def _has_prep(token: Token, preps: list[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


def money_frame(money: Span, offset: int, context: EntityContext, label: Mention | None) -> Frame:
    head = money.root
    frame_token = find_frame_token(head, money)
    if frame_token is None:
        return Frame(subjects=[label] if label else [])
    entry = _trigger(frame_token) or {}
    relation = entry.get("relation")
    subjects = _subjects(frame_token, head, entry, relation, offset, context)
    if not subjects and label:
        subjects = [label]
    exclude = {m.entity_id or m.text for m in subjects}
    obj = None if relation == "valued_at" else _object(frame_token, head, entry, relation, offset, context, exclude)
    if obj is None and relation == "invests_in":
        obj = _receiver(frame_token, offset, context, exclude)
    return Frame(relation=relation, trigger=frame_token, subjects=subjects, object=obj)


def _mentions(tokens, offset: int, context: EntityContext, exclude: set[str]) -> list[Mention]:
    found = []
    for token in tokens:
        for conj in with_conjuncts(token):
            mention = phrase_mention(conj, offset, context, exclude)
            if mention and all(mention.text != m.text for m in found):
                found.append(mention)
    return found


def _subjects(frame: Token, head: Token, entry: dict, relation: str | None, offset: int, context: EntityContext) -> list[Mention]:
    children = list(frame.children)
    if frame.pos_ in ("VERB", "AUX"):
        if entry.get("subject_dobj"):  # "values the startup at $29 billion" / "was valued at"
            passive = [c for c in children if c.dep_ == "nsubjpass"]
            dobj = [c for c in children if c.dep_ == "dobj"]
            if found := _mentions(passive or dobj, offset, context, set()):
                return found
        agents = [pobj for c in children if c.dep_ == "agent" for pobj in c.children if pobj.dep_ == "pobj"]
        if agents:
            return _mentions(agents, offset, context, set())
        verb = frame
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return _mentions(subjects, offset, context, set())
            if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "ccomp", "relcl", "dobj", "pcomp") and verb.head is not verb:
                verb = verb.head
            else:
                break
        return []
    # A noun frame: possessor, compound, "by/from X", the verb it is the object of, or the noun it stands beside.
    possessors = [c for c in children if c.dep_ == "poss"]
    if possessors:
        return _mentions(possessors, offset, context, set())
    by_prep = _prep_objects([frame, head], entry.get("subject_preps", []))
    if by_prep:
        return _mentions(by_prep, offset, context, set())
    if relation == "valued_at" and (of := _prep_objects([frame], ["of"])):
        return _mentions(of, offset, context, set())
    governor = frame.head
    if frame.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):  # "Bolt makes a Cirrus investment"
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        if subjects and governor.lemma_.lower() not in relation_lexicon()["receive_verbs"]:
            if found := _mentions(subjects, offset, context, set()):
                return found
    if relation not in ("commits_to_purchase", "deal_value"):  # "a Bolt investment"
        compounds = [c for c in children if c.dep_ == "compound" and token_mention(c, offset)]
        if compounds:
            return _mentions(compounds[:1], offset, context, set())
    if frame.dep_ in ("appos", "conj") and governor is not frame:
        possessors = [c for c in governor.children if c.dep_ == "poss"]
        if possessors:
            return _mentions(possessors, offset, context, set())
        if (mention := token_mention(governor, offset)) and mention.entity_id:
            return _mentions([governor], offset, context, set()) or [mention]
    return []


def _prep_objects(tokens: list[Token], preps: list[str]) -> list[Token]:
    found = []
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                found.extend(p for p in child.children if p.dep_ == "pobj")
    return found


def _object(frame: Token, head: Token, entry: dict, relation: str | None, offset: int, context: EntityContext, exclude: set[str]) -> Mention | None:
    preps = entry.get("object_preps", [])
    places = [frame, head]
    places.extend(c for c in frame.children if c.dep_ in ("dobj", "attr", "pobj", "relcl", "acl", "xcomp"))
    places.extend(c for c in head.children if c.dep_ in ("relcl", "acl", "xcomp"))  # "$30B to purchase compute from Azure"
    if frame.pos_ == "NOUN" and frame.head is not frame and frame.head.pos_ in ("VERB", "AUX"):
        places.append(frame.head)
    for pobj in _prep_objects(places, preps):
        for found in _mentions([pobj], offset, context, exclude):
            return found
        for nested in _prep_objects([pobj], preps + ["of"]):
            for found in _mentions([nested], offset, context, exclude):
                return found
    if entry.get("object_dobj"):
        for child in frame.children:
            if child.dep_ == "dobj" and (found := _mentions([child], offset, context, exclude)):
                return found[0]
    if frame.pos_ in ("NOUN", "PROPN"):
        for child in frame.children:
            if child.dep_ in ("compound", "amod", "nmod") and (mention := token_mention(child, offset)):
                key = mention.entity_id or mention.text
                if key not in exclude:
                    return mention
    return None


def _receiver(frame: Token, offset: int, context: EntityContext, exclude: set[str]) -> Mention | None:
    """"Anthropic received investments of up to $15 billion": the receiver is the object."""
    token = frame
    for _ in range(3):
        if token.head is token:
            return None
        token = token.head
        if token.lemma_.lower() in relation_lexicon()["receive_verbs"]:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = _mentions(subjects, offset, context, exclude)
            return found[0] if found else None
    return None
