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
    period: str | None = None  # "in annual revenue": a rate the money grammar cannot see
    label_only: bool = False  # the subject came from a list label, not the clause


def _trigger(token: Token) -> dict | None:
    lex = relation_lexicon()
    if token.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ"):
        return None
    lemma = token.lemma_.lower()
    if lemma == "value" and token.pos_ == "NOUN" and any(c.lower_ in lex["deal_value_modifiers"] for c in token.children):
        return lex["money_triggers"]["deal"]  # "a potential sales value of $90 billion" is a deal's value
    return lex["money_triggers"].get(lemma) or lex["money_triggers"].get(token.lower_)


def find_frame_token(head: Token, money: Span) -> Token | None:
    lex = relation_lexicon()
    inside = set(range(money.start, money.end))
    content = set(lex["content_nouns"])
    for token in (*money, head.head):  # "$15B in direct equity investment", "deliver $X in revenue"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for") and child.i not in inside:
                for pobj in child.children:  # what the money is, not where it happens ("in the round")
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in content and pobj.i not in inside:
                        return pobj
    for child in head.children:  # "announced a $38 billion, multi-year partnership" parsed as money + appositive
        if child.dep_ == "appos" and child.i not in inside and _trigger(child):
            return child
    token = head
    for step in range(1, MAX_CLIMB + 1):
        if token.head is token:
            break
        token = token.head
        if token.i in inside:
            continue
        entry = _trigger(token)
        if entry and not (entry.get("requires_prep") and not _has_prep(token, entry["object_preps"])):
            return token
        # A trigger noun beside the verb ("its valuation surged to $X") counts only for the verb
        # that governs the money itself (directly or through one preposition), not a clause above.
        if token.pos_ in ("VERB", "AUX") and step <= 2:
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
    phrase = frame_token
    while phrase.dep_ == "compound" and phrase.head is not phrase:  # "$100B investment push into OpenAI"
        phrase = phrase.head
    subjects = (
        _subjects(phrase, head, entry, relation, offset, context)
        or (_subjects(frame_token, head, entry, relation, offset, context) if phrase is not frame_token else [])
        or _clause_subject(head, money, offset, context)
    )
    if not subjects and label:
        subjects = [label]
    exclude = {m.entity_id or m.text for m in subjects}
    obj = None
    if relation != "valued_at":
        obj = _object(frame_token, head, entry, relation, offset, context, exclude)
        if obj is None and phrase is not frame_token:
            obj = _object(phrase, head, entry, relation, offset, context, exclude)
    if obj is None and relation == "invests_in":
        obj = _receiver(frame_token, offset, context, exclude)
    if obj is None and entry.get("without_object") and _prep_objects([frame_token, head], ["to", "on", "toward", "towards"]):
        relation = entry["without_object"]  # "committed $1.4 trillion to infrastructure": spending, not a purchase
    if relation == "invests_in" and _in_exchange(phrase):
        subjects, obj = _exchange_parties(phrase, subjects, offset, context)
    if _is_delta(head, frame_token):
        relation = "other"  # "adding $170 billion to its market value": a change, not a value
    period = "annual" if any(c.lower_ in ("annual", "yearly", "annualized") for c in frame_token.children) else None
    return Frame(relation=relation, trigger=frame_token, subjects=subjects, object=obj, period=period)


def _in_exchange(noun: Token) -> bool:
    """"... in return for a $2 billion investment": the investment flows the other way."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in relation_lexicon()["exchange_phrases"]


def _exchange_parties(noun: Token, subjects: list[Mention], offset: int, context: EntityContext) -> tuple[list[Mention], Mention | None]:
    """The clause's subject gets the money; the investor is the other party the sentence names."""
    receiver = subjects[0] if subjects else None
    others = []
    for token in noun.sent:
        mention = token_mention(token, offset)
        if mention and mention.is_party and (receiver is None or mention.text != receiver.text) and all(o.text != mention.text for o in others):
            others.append(mention)
    return (others[:1], receiver) if others else (subjects, None)


def _is_delta(head: Token, frame: Token) -> bool:
    verbs = [t for t in (head.head, frame.head) if t.pos_ == "VERB"]
    return any(v.lemma_.lower() in relation_lexicon()["delta_verbs"] for v in verbs)


def _mentions(tokens, offset: int, context: EntityContext, exclude: set[str], prefer: str = "subject") -> list[Mention]:
    found = []
    for token in tokens:
        for conj in with_conjuncts(token):
            mention = phrase_mention(conj, offset, context, exclude, prefer)
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
            datives = [c for c in verb.children if c.dep_ == "dative"] if verb is not frame else []
            if datives:  # "AMD has issued OpenAI a warrant to purchase shares": OpenAI holds it
                return _mentions(datives, offset, context, set())
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return _mentions(subjects, offset, context, set())
            if verb.dep_ in ("xcomp", "advcl", "conj", "acl", "ccomp", "relcl", "dobj", "pcomp") and verb.head is not verb:
                verb = verb.head
                if (named := token_mention(verb, offset)) and named.is_party:  # headline "Anthropic to Buy $30B ..."
                    return [named]
                owners = [c for c in verb.children if c.dep_ == "poss"] if verb.pos_ in ("NOUN", "PROPN") else []
                if owners:  # "AMD's ambition to reach $10 billion"
                    return _mentions(owners, offset, context, set())
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
        compounds = [c for c in children if c.dep_ == "compound" and (m := token_mention(c, offset)) and m.is_party]
        if compounds:
            return _mentions(compounds[:1], offset, context, set())
    if frame.dep_ in ("appos", "conj") and governor is not frame:
        possessors = [c for c in governor.children if c.dep_ == "poss"]
        if possessors:
            return _mentions(possessors, offset, context, set())
        if (mention := token_mention(governor, offset)) and mention.entity_id:
            return _mentions([governor], offset, context, set()) or [mention]
    return []


def _clause_subject(head: Token, money: Span, offset: int, context: EntityContext) -> list[Mention]:
    """The subject of the clause the money sits in: "AMD's ambition to reach $10 billion in revenue"."""
    token = head
    for _ in range(MAX_CLIMB):
        if token.head is token:
            return []
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return _subjects(token, head, {}, None, offset, context)
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
    places.extend(_prep_objects([head], ["of"]))  # "$30 billion of capacity from Cirrus Cloud"
    if frame.pos_ == "NOUN" and frame.head is not frame and frame.head.pos_ in ("VERB", "AUX"):
        places.append(frame.head)
    for pobj in _prep_objects(places, preps):
        for found in _mentions([pobj], offset, context, exclude, "object"):
            return found
        for nested in _prep_objects([pobj], [*preps, "of"]):
            for found in _mentions([nested], offset, context, exclude, "object"):
                return found
    if entry.get("object_dobj"):
        for child in frame.children:
            if child.dep_ == "dobj" and (found := _mentions([child], offset, context, exclude, "object")):
                return found[0]
    if frame.pos_ in ("NOUN", "PROPN"):
        for child in frame.children:
            if child.dep_ in ("compound", "amod", "nmod") and (mention := token_mention(child, offset)) and mention.is_party:
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
