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

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from factcheck.extract.datives import indirect_objects, passive_receivers
from factcheck.extract.entities import EntityContext, Mention, collective, phrase_mention, token_mention, with_conjuncts
from factcheck.extract.financing import finances_a_deal
from factcheck.extract.frames import frame_slots
from factcheck.extract.groups import group_subject
from factcheck.extract.headlines import headline_signing, is_addon
from factcheck.extract.lexicon import relation_lexicon
from factcheck.extract.parties import stranded_subject

MAX_CLIMB = 7
INCLUDED_CLIMB = 6  # "was $X that included schemes worth $Y": the verb above the antecedent governs the part too
# Where the round led hangs on a lead verb: its object, or, where the small model tags "round" an
# adverb ("Dynamo led Cirrus's $200 million funding round too"), its adverbial modifier.
LED_ROLES = ("dobj", "advmod", "npadvmod")


@dataclass
class Frame:
    relation: str | None = None
    trigger: Token | None = None
    subjects: list[Mention] = field(default_factory=list)
    object: Mention | None = None
    period: str | None = None  # "in annual revenue": a rate the money grammar cannot see
    purpose: str | None = None  # what spending with no receiving party is for ("new schemes")
    label_only: bool = False  # the subject came from a list label, not the clause
    awardee_only: bool = False  # a contract's winner is its one party: no awarder named (extract/lists.py may find it)
    group: str | None = None  # a class of payers the clause names, no party ("tech companies"; groups.py)


def placed(mentions: list[Mention], via: str) -> list[Mention]:
    """The mentions marked with the grammatical place a frame took them from (models.PartyRole),
    unless a looser place is already marked ("which" for the noun before it, a name inside
    another noun phrase)."""
    return [m if m.via else replace(m, via=via) for m in mentions]


def _placed_one(mention: Mention | None, via: str) -> Mention | None:
    return placed([mention], via)[0] if mention is not None else None


def _trigger(token: Token) -> dict | None:
    lex = relation_lexicon()
    if not _may_trigger(token):
        return None
    lemma = token.lemma_.lower()
    if lemma == "value" and token.pos_ == "NOUN" and any(c.lower_ in lex["deal_value_modifiers"] for c in token.children):
        return lex["money_triggers"]["deal"]  # "a potential sales value of $90 billion" is a deal's value
    entries = lex["money_triggers"].get(lemma) or lex["money_triggers"].get(token.lower_) or _phrasal_entry(token)
    if isinstance(entries, dict):
        entries = [entries]
    return next((entry for entry in entries or [] if _entry_fits(token, entry)), None)  # "an offer for Bolt", "offered Bolt $5 billion"


def _phrasal_entry(token: Token) -> dict | None:
    """The entry of a phrasal verb with its particle ("forked out", "coughed up"); the verb
    alone ("shelled", "laid") is none (relations.json, phrasal_triggers)."""
    lex = relation_lexicon()
    particles = lex["phrasal_triggers"].get(token.lemma_.lower())
    if not particles:
        return None
    for child in token.children:  # the particle after the verb, however tagged ("splashes out": an adverb)
        if child.dep_ in ("prt", "advmod") and child.i > token.i and (name := particles.get(child.lower_)):
            return lex["phrasal_entries"][name]
    return None


def _may_trigger(token: Token) -> bool:
    """Only content words name a frame, and a noun the tagger took for an adverb."""
    nominal = token.pos_ == "ADV" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")  # "led the funding round", round tagged ADV
    return token.pos_ in ("NOUN", "VERB", "PROPN", "ADJ") or nominal


def _entry_fits(token: Token, entry: dict) -> bool:
    """The part of speech and grammatical role a lexicon entry asks of its word."""
    if "pos" in entry and token.pos_ not in entry["pos"]:
        return False  # "sign" the verb, not "a sign of"
    if "deps" in entry and (token.dep_ not in entry["deps"] or token.head.lemma_.lower() not in COPULAS) and not _worth_of_holding(token):
        return False  # "Bolt is worth $45 billion", not "a contract worth $14 billion", "schemes worth ..."
    return True


def _worth_of_holding(token: Token) -> bool:
    """ "holds a stake in Bolt worth $5 billion": the worth the verb's object has, when it is a holding."""
    holdings = relation_lexicon()["holding_nouns"]
    return token.dep_ == "oprd" and any(c.dep_ == "dobj" and c.lemma_.lower() in holdings for c in token.head.children)


COPULAS = ("be", "become", "remain")


def _copula_subjects(predicate: Token) -> list[Token]:
    """The subject of "worth": "Bolt is worth", "the contract, which is worth", "deals which are
    tipped to be worth" (a relative pronoun stands for the noun it hangs on)."""
    verb = predicate.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [verb.head if s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else s for s in subjects]
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return []
        verb = verb.head
    return []


def _trigger_in(noun: Token) -> Token | None:
    """The noun itself, or a trigger compounded into it: "revenue run rate", "contract modification"."""
    if _trigger(noun):
        return noun
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.lefts:  # through chains of compounds: "revenue" in "revenue run rate"
        if child.dep_ == "compound" and child.pos_ == "NOUN" and (found := _trigger_in(child)) is not None:
            return found
    return None


def _entry_holds(token: Token, entry: dict, money_head: Token | None = None) -> bool:
    """The conditions a trigger puts on its clause: a preposition it needs ("put $X into"), or a
    named direct object that is no document ("Rovers signed the winger", not "signed a deal")."""
    if not _required_preps_present(token, entry, money_head):
        return False
    if entry.get("money_roles") and not _money_in_role(token, entry["money_roles"], money_head):
        return False
    if entry.get("dobj_named"):
        objects = [c for c in token.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and entry.get("passive_object"))]
        return any(o.ent_type_ and o.lemma_.lower() not in entry.get("dobj_not", []) for o in objects)
    if entry.get("named_valued"):  # "Bolt is estimated at $3 billion", not "the deal is estimated at"
        return any(c.dep_ in ("nsubjpass", "dobj") and c.ent_type_ == "ORG" for c in token.children)
    return True


def _required_preps_present(token: Token, entry: dict, money_head: Token | None) -> bool:
    """The receiver a trigger needs: a dative or one of its prepositions, on it or on the money."""
    holders = [t for t in (token, money_head) if t is not None]
    if entry.get("requires_object") and not _receives(token, entry, money_head) and not any(
        _has_prep(t, [*entry["object_preps"], "for"]) for t in holders
    ):
        return False  # "paying $55 million up front": whom to, the clause above says
    preps = entry.get("required_preps") or (entry["object_preps"] if entry.get("requires_prep") else [])  # "laid out $3 billion on", not "in cost cuts"
    return not (preps and not any(_has_prep(t, preps) for t in holders))


def _money_in_role(token: Token, roles: list[str], money_head: Token | None) -> bool:
    """The money is what the verb pays out: its object or passive subject ("laid out $3 billion",
    "$2 billion was forked out"), or the figure a participle hangs on ("the $2 billion shelled
    out"); not a noun the money sizes ("laid out a $3 billion plan")."""
    if money_head is None:
        return False
    head = _conjunct_head(money_head)
    return (head.head.i == token.i and head.dep_ in roles) or (token.head.i == head.i and token.dep_ == "acl")


def _receives(token: Token, entry: dict, money_head: Token | None) -> bool:
    """A receiver as the indirect object: "pay Bolt $9 billion" (datives.py, however it is parsed)."""
    if any(c.dep_ == "dative" for c in token.children):  # also "to" labelled dative: "paid $5 million to Bolt"
        return True
    return bool(entry.get("object_dative")) and token.pos_ in ("VERB", "AUX") and bool(indirect_objects(token, money_head))


def receives_indirectly(frame: Frame, money: Span, segment_start: int) -> bool:
    """The frame's object is the indirect object of a double-object verb ("pay Bolt $2 billion"),
    for gapping: "... and Cirrus $1 billion" then names a second receiver, not a second payer."""
    trigger, receiver = frame.trigger, frame.object
    if trigger is None or receiver is None or trigger.pos_ not in ("VERB", "AUX") or not (_trigger(trigger) or {}).get("object_dative"):
        return False
    return any(receiver.start <= segment_start + t.idx < receiver.end for t in indirect_objects(trigger, money.root))


def _content_noun(head: Token, money: Span, inside: set[int]) -> Token | None:
    """"$15B in direct equity investment", "deliver $X in revenue": what the money is, not where ("in the round")."""
    content = set(relation_lexicon()["content_nouns"])
    for token in (*money, head.head):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for") and child.i not in inside:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in content and pobj.i not in inside:
                        return pobj
    return None


def _appositive_trigger(head: Token, money: Span, inside: set[int]) -> Token | None:
    """"announced a $38 billion, multi-year partnership", parsed as money + appositive."""
    return next((c for c in head.children if c.dep_ == "appos" and c.i not in inside and _trigger(c)), None)


def _noun_beside_verb(verb: Token, inside: set[int]) -> Token | None:
    """"its valuation surged to $X": a trigger noun as the subject (or, for verbs of change, the
    object) of the verb that governs the money, preferring the noun that names its owner."""
    change = verb.lemma_.lower() in relation_lexicon()["change_verbs"]
    nouns = [
        found
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i not in inside and (change or child.dep_ != "dobj")
        and (found := (child if _trigger(child) else _trigger_in(child) if child.lemma_.lower() in relation_lexicon()["compound_heads"] else None)) is not None
    ]
    return min(nouns, key=lambda n: (not any(c.dep_ == "poss" for c in n.children), abs(n.i - verb.i))) if nouns else None


def _own_with_clause(token: Token) -> bool:
    """A verb heading "with analysts expecting ...": an absolute clause whose subject is someone
    else. "with the club paying €55 million" (a pronoun or definite noun) may be the sentence's
    own party, so the climb goes on."""
    if token.pos_ != "VERB" or token.dep_ != "pcomp" or token.head.lower_ != "with":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(s.pos_ != "PRON" and not any(d.dep_ in ("det", "poss") for d in s.children) for s in subjects)


def _climb(head: Token, money: Span, inside: set[int]) -> Token | None:
    """Up the money's chain of heads to the first trigger, looking beside the verbs near the money."""
    token = head
    included = False  # climbed out of a relative clause of inclusion: "a budget of $X, which included schemes worth $Y"
    for step in range(1, MAX_CLIMB + 1):
        if token.head is token:
            break
        token = token.head
        if token.i in inside:
            continue
        if (found := _trigger_at(token, head)) is not None:
            return found
        inclusion = token.lemma_.lower() in relation_lexicon()["inclusion_verbs"]
        # Only the verb that governs the money itself (directly or through one preposition), not a clause above.
        near = step <= 2 or (step <= 4 and inclusion) or (included and step <= INCLUDED_CLIMB)  # "outlay ... includes new schemes worth $X"
        if token.pos_ in ("VERB", "AUX") and near and (noun := _noun_beside_verb(token, inside)) is not None:
            return noun
        if _own_with_clause(token):
            break  # "..., with analysts expecting $3 billion": the figure is that clause's, not the sentence's deal
        included = included or (inclusion and token.dep_ == "relcl")  # the part's frame is the whole's, the clause's antecedent
    return None


def _trigger_at(token: Token, head: Token) -> Token | None:
    """The trigger a climbed-to token is, or compounds ("a $9 million contract modification")."""
    entry = _trigger(token)
    if entry and _entry_holds(token, entry, head):
        return token
    if token.lemma_.lower() in relation_lexicon()["compound_heads"] and (compounded := _trigger_in(token)) is not None and compounded is not token:
        return compounded
    return None


def _valued_noun(head: Token, money: Span, inside: set[int]) -> Token | None:
    """"the $15 billion company", "a $2 billion startup": the money sizes the company itself."""
    noun = head.head
    if head.dep_ in ("compound", "nmod", "amod", "nummod") and noun.i not in inside and noun.lemma_.lower() in relation_lexicon()["valued_nouns"]:
        return noun
    return None


def _participle_trigger(head: Token, money: Span, inside: set[int]) -> Token | None:
    """"with roughly $8 billion invested", "has $2 billion invested in Bolt", "$3 billion raised
    from Acme": a trigger participle on the money itself says what the money is."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i not in inside and (entry := _trigger(child)) is not None and _entry_holds(child, entry, head):
            return child
    return None


FRAME_FINDERS = (_content_noun, _appositive_trigger, _valued_noun, _participle_trigger, _climb)  # in order: the first that finds one wins


def find_frame_token(head: Token, money: Span) -> Token | None:
    inside = set(range(money.start, money.end))
    found = next((found for finder in FRAME_FINDERS if (found := finder(head, money, inside)) is not None), None)
    if found is None or _entry_of(found).get("relation") != "invests_in":
        return found
    return _raised_in(head, money, inside) or found


def _raised_in(head: Token, money: Span, inside: set[int]) -> Token | None:
    """"xAI has raised $10 billion in equity", "raised $3 billion in equity and $2 billion in
    debt", "the round includes $4 billion in equity": the company raises, the equity is what it
    sold. The raise verb that governs the figure (or the first of its list), else a funding frame
    up the figure's heads."""
    verb = _conjunct_head(head).head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in relation_lexicon()["raise_verbs"]:
        return verb
    climbed = _climb(head, money, inside)
    if climbed is not None and _entry_of(climbed).get("relation") in relation_lexicon()["funding_relations"]:
        return climbed
    return None


def _conjunct_head(token: Token) -> Token:
    """The first of a list of figures: "raised $3 billion in equity and $2 billion in debt" (the
    second figure is a conjunct of the first, which the verb governs)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _entry_of(token: Token) -> dict:
    """The lexicon entry of a frame token, a company sized by its money included."""
    if (entry := _trigger(token)) is not None:
        return entry
    return relation_lexicon()["valued_noun_entry"] if token.lemma_.lower() in relation_lexicon()["valued_nouns"] else {}


def _valued_subject(frame_token: Token, entry: dict) -> tuple[Token, dict, str | None]:
    """What a valuation word values when it is no company: a deal or budget ("the deal is valued at
    $6.8 billion": the deal's value; "a trio of deals valued at": `grouped`), or a holding
    ("Acme's stake in Bolt was valued at £400m": `holding`, the stake's frame)."""
    if entry.get("relation") != "valued_at":
        return frame_token, entry, None
    if (deal := _valued_deal(frame_token)) is not None:
        return deal, _entry_of(deal), "grouped" if deal.tag_ in ("NNS", "NNPS") else None
    holdings = relation_lexicon()["holding_nouns"]
    for noun in _valued_nouns(frame_token):
        if noun.lemma_.lower() in holdings or noun.lower_ in holdings:
            return noun, _entry_of(noun) or relation_lexicon()["money_triggers"]["stake"], "holding"
    return frame_token, entry, None


def _valued_deal(valued: Token) -> Token | None:
    """The deal (or budget) a valuation word is about: "The deal is valued at ...", "a contract
    valued at ...", "a trio of deals valued at ...", "the contract was worth ..."; None when a
    company (or nothing) is valued."""
    for noun in map(_group_member, _valued_nouns(valued)):
        if (_trigger(noun) or {}).get("relation") in ("deal_value", "spends_on"):
            return noun  # a deal's or a budget's value is what the deal or budget is
    return None


def _valued_nouns(valued: Token) -> list[Token]:
    """The nouns a valuation word may be about: the subject of "worth", the passive subject of
    "valued", the noun a participle hangs on, the object a verb makes worth it ("holds a stake
    in Bolt worth $5 billion"); none for other parts of speech."""
    if valued.dep_ == "oprd":
        return [c for c in valued.head.children if c.dep_ == "dobj"]
    if valued.pos_ == "ADJ":
        nouns = _copula_subjects(valued)  # "the contract was worth $17.4 billion"
    elif valued.pos_ == "VERB":  # passive: "the deal values Zephyr at ..." values Zephyr, not the deal
        nouns = [c for c in valued.children if c.dep_ == "nsubjpass"]
    else:
        return []
    if valued.dep_ in ("acl", "relcl") and valued.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "dobj" for c in valued.children):
        nouns.append(valued.head)  # "the deal, valued at ...", not "a deal that values the startup at ..."
    return nouns


def _group_member(noun: Token) -> Token:
    """"a trio of deals": the deals the group noun counts, not the group."""
    if noun.lemma_.lower() not in relation_lexicon()["group_nouns"]:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), noun)


def _has_prep(token: Token, preps: list[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


@dataclass
class _Reading:
    """What one money mention's frame is being read from: the parse around it, as it fills."""

    money: Span
    head: Token
    trigger: Token
    phrase: Token  # the noun phrase the trigger heads ("$100B investment push into OpenAI")
    entry: dict
    offset: int
    context: EntityContext
    relation: str | None = None
    subjects: list[Mention] = field(default_factory=list)
    object: Mention | None = None
    purpose: str | None = None
    awardee_only: bool = False


def money_frame(money: Span, offset: int, context: EntityContext, label: Mention | None) -> Frame:
    frame = _dependency_frame(money, offset, context, label)
    incomplete = frame.relation is None or (frame.relation == "acquires" and (not frame.subjects or frame.object is None))
    if incomplete and (signing := headline_signing(money, offset, frame.relation)) is not None:  # "Kelton Athletic sign Marco Dunne for £25m"
        relation, buyers, player = signing
        return Frame(relation=relation, subjects=placed(buyers, "frame"), object=_placed_one(player, "frame"))
    return frame


def _dependency_frame(money: Span, offset: int, context: EntityContext, label: Mention | None) -> Frame:
    head = money.root
    frame_token = find_frame_token(head, money)
    if frame_token is None:
        return _frameless(money, label)
    frame_token, entry, valued = _valued_subject(frame_token, _entry_of(frame_token))
    phrase = frame_token
    while phrase.dep_ == "compound" and phrase.head is not phrase:
        phrase = phrase.head
    reading = _Reading(money, head, frame_token, phrase, entry, offset, context, relation=entry.get("relation"))
    group = group_subject(frame_token, reading.relation)
    if group is None:  # a clause whose own subject is a class of payers has no party to look for elsewhere
        reading.subjects = _frame_subjects(reading) or (placed([label], "label") if label else [])
    for step in READING_STEPS:
        step(reading)
    if valued == "grouped":  # "a trio of deals valued at $30 billion": several deals' total, no one pair's value to compare or complete
        reading.relation, reading.object = "other", None
    elif valued == "holding":  # "Acme's stake in Bolt was valued at £400m": neither Acme's valuation nor what it invested
        reading.relation = "other"
    modifiers = [*frame_token.children, *phrase.children]
    period = "annual" if any(c.lower_ in ("annual", "yearly", "annualized", "annualised") for c in modifiers) else None
    group = group if not reading.subjects and reading.relation in relation_lexicon()["group_relations"] else None
    return Frame(relation=reading.relation, trigger=frame_token, subjects=reading.subjects, object=reading.object, period=period, purpose=reading.purpose, awardee_only=reading.awardee_only, group=group)


def _frameless(money: Span, label: Mention | None) -> Frame:
    """A figure with no frame word: the list label's, if any; money a deal is paid with is said to
    be no deal's (financing.py), so no later pass lends it another figure's relation."""
    return Frame(relation="other" if finances_a_deal(money) else None, subjects=placed([label], "label") if label else [])


def _frame_subjects(r: _Reading) -> list[Mention]:
    return (
        _subjects(r.phrase, r.head, r.entry, r.relation, r.offset, r.context)
        or (_subjects(r.trigger, r.head, r.entry, r.relation, r.offset, r.context) if r.phrase is not r.trigger else [])
        or _clause_subject(r.head, r.money, r.offset, r.context)
    )


def _read_object(r: _Reading) -> None:
    if r.relation == "valued_at":
        return
    exclude = {m.entity_id or m.text for m in r.subjects}
    r.object = _object(r.trigger, r.head, r.entry, r.relation, r.offset, r.context, exclude)
    if r.object is None and r.phrase is not r.trigger:
        r.object = _object(r.phrase, r.head, r.entry, r.relation, r.offset, r.context, exclude)
    if r.object is None and r.relation == "invests_in":
        r.object = _placed_one(_receiver(r.trigger, r.offset, r.context, exclude), "subject")  # the receiving verb's subject
    if r.object is None and r.relation == "acquires":  # "completed the signing of X for a fee of $Y"
        r.object = _placed_one(_sentence_acquisition_object(r, exclude), "sentence")


def _spending_without_counterparty(r: _Reading) -> None:
    """"committed $1.4 trillion to infrastructure": spending, not a purchase; "pouring $20 billion
    into data centres" (a common noun where the trigger's receiver would be): spending, not an investment."""
    if r.object is None and r.entry.get("without_object") and _prep_objects([r.trigger, r.head], ["to", "on", "toward", "towards"]):
        r.relation = r.entry["without_object"]
    elif r.object is None and r.entry.get("without_object_preps"):
        things = _prep_objects([r.trigger, r.head], r.entry["without_object_preps"])
        if things and all(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in relation_lexicon()["definite_nouns"] for t in things):
            r.relation = r.entry["without_object_preps_relation"]


def _investment_in_exchange(r: _Reading) -> None:
    if r.relation == "invests_in" and _in_exchange(r.phrase):
        r.subjects, r.object = _exchange_parties(r.phrase, r.subjects, r.offset, r.context)


def _funding_from_investors(r: _Reading) -> None:
    """A round led by an investor, or money raised from one, is that investor's investment in the
    company: "Cirrus raised $50 million from Dynamo Ventures" -> (Dynamo Ventures, invests_in, Cirrus),
    "a $50 million round led by Dynamo", "Dynamo led Cirrus's $50 million round"."""
    if r.relation not in relation_lexicon()["funding_relations"]:
        return
    lead = _lead_investor(r)
    if lead is None and _led_without_subject(r):
        r.subjects = []  # "Dynamo became a shareholder after leading a $1.7 billion round": Dynamo led it, someone else raised it
        return
    company = r.subjects[0] if len(r.subjects) == 1 else None
    if lead is not None and (company is None or _key(company) == _key(lead)):
        company = _placed_one(_owner_of(r.phrase, r), "possessor")  # "Dynamo led Cirrus's round": the clause's subject is the investor
    # a round's lead investor is not its only one: the lead is no certain payer of the whole round
    investor = replace(lead, via="lead") if lead is not None else (r.object if company is not None and r.object is not None and r.object.is_party else None)
    if investor is None or (company is not None and _key(company) == _key(investor)):
        return
    r.relation, r.subjects, r.object = "invests_in", [investor], company


def _key(mention: Mention) -> str:
    return mention.entity_id or mention.text


def _lead_investor(r: _Reading) -> Mention | None:
    lead_verbs = relation_lexicon()["lead_verbs"]
    for noun in {r.trigger, r.phrase}:
        for child in noun.children:  # "a round led by Dynamo"
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in lead_verbs:
                agents = [p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                if found := _mentions(agents, r.offset, r.context, set()):
                    return found[0]
        verb = noun.head
        if noun.dep_ in LED_ROLES and verb.lemma_.lower() in lead_verbs:  # "Dynamo led Cirrus's round"
            leaders = [c for c in verb.children if c.dep_ == "nsubj"]
            if found := _mentions(leaders, r.offset, r.context, set()):
                return found[0]
    return None


def _led_without_subject(r: _Reading) -> bool:
    """The round is the object of a lead verb with no subject of its own ("after leading a round")."""
    noun = r.phrase
    verb = noun.head
    return noun.dep_ in LED_ROLES and verb.lemma_.lower() in relation_lexicon()["lead_verbs"] and not any(c.dep_ == "nsubj" for c in verb.children)


def _owner_of(noun: Token, r: _Reading) -> Mention | None:
    """"Cirrus's $200 million March 2019 funding round": the possessor of the round or of its trigger."""
    owners = [c for n in (noun, r.trigger) for c in n.children if c.dep_ == "poss"]
    found = _mentions(owners, r.offset, r.context, set())
    return found[0] if found else None


def _change_not_value(r: _Reading) -> None:
    if _is_delta(r.head, r.trigger):
        r.relation = "other"  # "adding $170 billion to its market value": a change, not a value


def _conditional_part(r: _Reading) -> None:
    """"a fee of €40 million, with up to €9 million more in add-ons": the add-ons are a part, not the fee."""
    conditional = set(relation_lexicon()["conditional_nouns"])
    if is_addon(r.money) or any(p.lower_ in conditional or p.lemma_.lower() in conditional for p in _prep_objects([r.head], ["in", "of"])):
        r.relation = "other"


def _penalty_fee(r: _Reading) -> None:
    """"a break fee of $250 million", "a $1 billion termination fee": what one side owes the other
    if the deal fails is no price paid for it; the parties stay, the relation is other."""
    words = set(relation_lexicon()["penalty_fee_words"])
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words for t in (r.head, r.trigger) for c in t.children):
        r.relation = "other"


def _financing(r: _Reading) -> None:
    """"fund the purchase with $4 billion of new debt", "secured a $5 billion bridge loan to fund
    the takeover": how a deal is paid for is no price of it (financing.py); the parties stay, the
    relation is other. A raise stays one ("raised $500 million in term loans to pay for it"), not
    a funding verb's figure ("funding the deal with $3 billion of debt")."""
    lex = relation_lexicon()
    raised = r.relation in lex["funding_relations"] and r.trigger.lemma_.lower() in lex["raise_verbs"]
    if not raised and finances_a_deal(r.money):
        r.relation = "other"


def _buying_a_company(r: _Reading) -> None:
    """"agreed to buy Zorbo Holdings for $5 billion": buying a named company is acquiring it
    (buying "$30 billion of capacity from X" stays a purchase)."""
    if not r.entry.get("named_dobj_relation") or r.trigger.pos_ != "VERB":
        return
    exclude = {_key(m) for m in r.subjects}
    for child in r.trigger.children:
        found = _mentions([child], r.offset, r.context, exclude, "object") if child.dep_ == "dobj" else []
        if found and found[0].label == "ORG" and child.ent_type_ in ("ORG", ""):
            r.relation, r.object = r.entry["named_dobj_relation"], _placed_one(found[0], "object")
            return


def _passive_object(r: _Reading) -> None:
    """"Zorbo agreed to be acquired by Dynamo": the agent buys, the passive subject is bought."""
    if not r.entry.get("passive_object") or r.object is not None or r.trigger.pos_ != "VERB":
        return
    if not any(c.dep_ == "agent" for c in r.trigger.children):
        return
    exclude = {_key(m) for m in r.subjects}
    verb = r.trigger
    for _ in range(3):  # "to be acquired" hangs on "agreed", whose subject is the company bought
        passive = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if passive:
            found = placed(_mentions(passive, r.offset, r.context, exclude, "object"), "subject")
            r.object = found[0] if found else None
            return
        if verb.head is verb:
            return
        verb = verb.head


def _award(r: _Reading) -> None:
    """"Bolt won a $48 million contract from the Navy": the customer is the deal's subject, the
    supplier its object (frames.json, award); with no customer named, the supplier stays the subject."""
    if r.relation != "deal_value":
        return
    slots = frame_slots(r.trigger.sent, "award", r.phrase)
    awardees = placed(_mentions(slots.filled.get("awardee", []), r.offset, r.context, set()), "frame")
    exclude = {_key(m) for m in awardees}
    awarders = [m for m in placed(_mentions(slots.filled.get("awarder", []), r.offset, r.context, exclude), "frame") if m.is_party]
    awardee = next((m for m in awardees if m.is_party), None)
    if awarders and (awardee is not None or r.trigger.lemma_.lower() == "award"):
        r.subjects, r.object = awarders[:1], awardee
    elif awardee is not None:
        r.subjects, r.object, r.awardee_only = [awardee], None, True


FOR_RELATIONS = (("named_for_relation", ("ORG", "PERSON")), ("person_for_relation", ("PERSON",)))  # a company bought, or a player signed


def _paying(r: _Reading) -> None:
    """"agreed to pay $5 billion for Bolt" acquires Bolt; "will pay Bolt $9 billion" buys from Bolt;
    "paid $2 million in fines" names no counterparty, so no frame; "a £68m deal for Tomas Vell"
    signs the player (a deal for a company stays a deal)."""
    key, labels = next(((k, labels) for k, labels in FOR_RELATIONS if r.entry.get(k)), (None, ()))
    if key is None or (key == "person_for_relation" and _deal_of_another_kind(r)):
        return
    exclude = {_key(m) for m in r.subjects}
    for pobj in _prep_objects([r.trigger, r.head], r.entry.get("named_for_preps", ["for"])):
        found = _mentions([pobj], r.offset, r.context, exclude, "object")
        if found and found[0].label in labels:
            r.relation, r.object = r.entry[key], _placed_one(found[0], "preposition")
            return
    if r.entry.get("requires_object") and r.object is None:
        r.relation = None


def _deal_of_another_kind(r: _Reading) -> bool:
    """"a $50 million pay deal", "a book deal": a noun saying what kind of deal, other than a transfer."""
    kinds = set(r.entry.get("person_for_kinds", []))
    inside = {t.i for t in r.money}
    return any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i not in inside and c.lower_ not in kinds for c in r.trigger.children)


def _passive_receiver(r: _Reading) -> None:
    """"Bolt was paid $5 million": the passive subject of a double-object verb received the money,
    it did not pay it (the agent, where named, did: "... by Acme")."""
    if not r.entry.get("object_dative") or r.trigger.pos_ != "VERB":
        return
    passive = {t.i for t in passive_receivers(r.trigger)}
    receivers = [t for t in indirect_objects(r.trigger, r.head) if t.i in passive]
    found = _mentions(receivers, r.offset, r.context, set(), "object")
    if found:
        r.object = found[0]
        r.subjects = [m for m in r.subjects if _key(m) != _key(found[0])]


def _payer_named(r: _Reading) -> None:
    """"Dynamo gave Cirrus $50 million": giving, lending and owing need their payer named in the
    clause ("the sale gives Acme $5 billion" is no one's investment) and their receiver ("owes
    its lenders €2bn" names none)."""
    if r.entry.get("object_dative") and ((r.entry.get("requires_subject") and not r.subjects) or (r.entry.get("requires_object") and r.object is None)):
        r.relation, r.object = None, None


def _paid_to(r: _Reading) -> None:
    """"forked out $5 million to Bolt" buys from Bolt, as "paid $5 million to Bolt" does; money
    paid out to no named party ("to shareholders", "to the club") is no spending on a purpose:
    other. ("for Bolt" is read by _paying, "on new servers" by _purpose.)"""
    relation = r.entry.get("object_relation")
    if relation is None or r.relation != r.entry.get("relation"):
        return
    if r.object is not None:
        r.relation = relation
    elif _prep_objects([r.trigger, r.head], r.entry.get("object_preps", [])):
        r.relation = "other"


def _not_trade(r: _Reading) -> None:
    """"paid Bolt $2 million in damages", "paid back $2 billion to Bolt", "coughed up $5 million
    to settle the case": money moved between the parties that buys nothing and invests in
    nothing keeps the parties, relation other."""
    if not (r.entry.get("object_dative") or r.entry.get("not_trade")) or r.relation is None:
        return
    lex = relation_lexicon()
    kinds = _prep_objects([r.head, *r.money], ["in", "as"])
    ends = [c for t in (r.trigger, r.head) for c in t.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in lex["not_trade_verbs"]]
    if _repaid(r.trigger) or ends or any(k.lower_ in lex["not_trade_nouns"] or k.lemma_.lower() in lex["not_trade_nouns"] for k in kinds):
        r.relation = "other"


def _repaid(trigger: Token) -> bool:
    """"paid back", "paid off": a repayment particle, other than a phrasal verb's own ("forked out")."""
    lex = relation_lexicon()
    own = lex["phrasal_triggers"].get(trigger.lemma_.lower(), {})
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in lex["repay_particles"] and c.lower_ not in own for c in trigger.children)


def _spending_with(r: _Reading) -> None:
    """"spending with Bolt": money spent with a supplier buys from it."""
    if not r.entry.get("with_relation") or r.object is None or not r.subjects or any(_key(m) == _key(r.object) for m in r.subjects):
        return  # nobody buys from itself: a misread payer is no purchase to compare
    places = _object_places(_Where(r.trigger, r.head, r.entry, r.relation, r.offset, r.context))
    for pobj in _prep_objects(places, ["with"]):
        if any(_key(m) == _key(r.object) for m in _mentions([pobj], r.offset, r.context, set(), "object")):
            r.relation = r.entry["with_relation"]
            return


def _purpose(r: _Reading) -> None:
    """What public money is spent on when no party receives it: "new schemes worth $3 billion",
    "$5 billion has been allocated for the revenue account", "spend $2 billion on roads". The
    purpose is no party: rules never take it for a counterparty (it is shown as the object)."""
    if r.relation != "spends_on" or r.object is not None:
        return
    for noun in _purpose_candidates(r):
        if noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in relation_lexicon()["not_purposes"]:
            r.purpose = _with_modifiers(noun)
            return


def _purpose_candidates(r: _Reading) -> list[Token]:
    """The nouns that may say what the money is for, in order of trust."""
    preps = ["on", "for", "toward", "towards", *(["to"] if r.trigger.lemma_.lower() in ("allocate", "allocation") else []), *r.entry.get("without_object_preps", [])]  # "poured $2 billion into new plants"
    worth = next((t.head for t in r.money if t.head.lower_ == "worth"), None)
    nouns = []
    if worth is not None:  # "schemes worth $X", or "includes schemes worth $X" with "worth" on the verb
        nouns = [worth.head] if worth.head.pos_ == "NOUN" else [c for c in worth.head.children if c.dep_ == "dobj"]
        if worth.i > 0 and worth.doc[worth.i - 1].pos_ == "NOUN":  # "that included schemes worth $X", "worth" hung on "was" above
            nouns.append(worth.doc[worth.i - 1])
    # then the money's own preposition ("and $2 billion for capital account"), then the trigger's
    return nouns + _prep_objects(list(r.money), preps) + _prep_objects([r.trigger], preps)


def _with_modifiers(noun: Token) -> str:
    """The noun with its adjacent modifiers: "new schemes", "capital account"."""
    start = noun.i
    for left in reversed(list(noun.lefts)):
        if left.i != start - 1 or left.dep_ not in ("amod", "compound"):
            break
        start = left.i
    return noun.doc[start : noun.i + 1].text


def _backer_of(r: _Reading) -> None:
    """"Acme remains its largest backer with $8 billion invested", "Acme, Bolt's biggest investor,
    has $8 billion in it": the one whose backer the payer is receives the investment."""
    if r.relation != "invests_in" or r.object is not None or not r.subjects:
        return
    exclude = {_key(m) for m in r.subjects}
    for noun in _investor_nouns(r.head):
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            found = r.context.antecedent(r.offset + owner.idx, exclude) if owner.pos_ == "PRON" else next(iter(_mentions([owner], r.offset, r.context, exclude, "object")), None)
            if found is not None and found.is_party:
                r.object = replace(found, found="reference" if owner.pos_ == "PRON" else found.found, via="possessor")
                return


def _investor_nouns(head: Token) -> list[Token]:
    """The investor nouns said of the clause's subject: its predicate ("remains its largest
    backer") or an appositive of the subject ("Acme, Bolt's biggest investor,")."""
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    investors = set(relation_lexicon()["investor_nouns"])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    said = [c for c in verb.children if c.dep_ == "attr"] + [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return [n for n in said if n.lemma_.lower() in investors]


READING_STEPS = (_read_object, _passive_receiver, _award, _paying, _paid_to, _payer_named, _not_trade, _spending_with, _buying_a_company, _passive_object, _spending_without_counterparty, _purpose, _investment_in_exchange, _funding_from_investors, _backer_of, _change_not_value, _conditional_part, _penalty_fee, _financing)


def _sentence_acquisition_object(r: _Reading, exclude: set[str]) -> Mention | None:
    """The party another acquisition word of the sentence names: "the signing of X", "signed X"."""
    for token in r.trigger.sent:
        entry = _trigger(token)
        if token is r.trigger or not entry or entry.get("relation") != "acquires":
            continue
        if found := _object(token, token, entry, "acquires", r.offset, r.context, exclude):
            return found
    return None


def _in_exchange(noun: Token) -> bool:
    """"... in return for a $2 billion investment": the investment flows the other way."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in relation_lexicon()["exchange_phrases"]


def _exchange_parties(noun: Token, subjects: list[Mention], offset: int, context: EntityContext) -> tuple[list[Mention], Mention | None]:
    """The clause's subject gets the money; the investor is the other party the sentence names."""
    receiver = subjects[0] if subjects else None
    others: list[Mention] = []
    for token in noun.sent:
        mention = token_mention(token, offset)
        if mention and mention.is_party and (receiver is None or mention.text != receiver.text) and all(o.text != mention.text for o in others):
            others.append(mention)
    return (placed(others[:1], "sentence"), receiver) if others else (subjects, None)


def _is_delta(head: Token, frame: Token) -> bool:
    verbs = [t for t in (head.head, frame.head) if t.pos_ == "VERB"]
    return any(v.lemma_.lower() in relation_lexicon()["delta_verbs"] for v in verbs)


def _mentions(tokens, offset: int, context: EntityContext, exclude: set[str], prefer: str = "subject") -> list[Mention]:
    found: list[Mention] = []
    for token in tokens:
        if group := collective(token, offset, context, exclude):  # "the two companies", "both firms"
            found.extend(m for m in group if all(m.text != f.text for f in found))
            continue
        for conj in with_conjuncts(token):
            mention = phrase_mention(conj, offset, context, exclude, prefer)
            if mention and all(mention.text != m.text for m in found):
                found.append(mention)
    return found


@dataclass(frozen=True)
class _Where:
    """Where a frame's parties are looked for: the trigger, the money's head and the trigger's entry."""

    frame: Token
    head: Token
    entry: dict
    relation: str | None
    offset: int
    context: EntityContext

    def named(self, tokens) -> list[Mention]:
        return _mentions(tokens, self.offset, self.context, set())


# Each strategy returns None when it does not apply (the next one is tried), else the parties it
# decided on, which may be none: a clause whose subject names no party has no payer to look for.

def _valued_thing(w: _Where) -> list[Mention] | None:
    """"values the startup at $29 billion" / "was valued at"."""
    if not w.entry.get("subject_dobj"):
        return None
    passive = [c for c in w.frame.children if c.dep_ == "nsubjpass"]
    dobj = [c for c in w.frame.children if c.dep_ == "dobj"]
    return w.named(passive or dobj) or None


def _passive_agent(w: _Where) -> list[Mention] | None:
    agents = [pobj for c in w.frame.children if c.dep_ == "agent" for pobj in c.children if pobj.dep_ == "pobj"]
    return w.named(agents) if agents else None


CLAUSE_LINKS = ("xcomp", "advcl", "conj", "acl", "ccomp", "relcl", "dobj", "pcomp")


def _verb_chain_subject(w: _Where) -> list[Mention] | None:
    """The subject of the verb, else up the chain of verbs it depends on ("agreed to invest")."""
    verb, own = w.frame, True  # own: the frame's verb, or a verb it completes ("agreed to invest")
    for _ in range(4):
        if found := _verb_own_subject(w, verb):
            return placed(found[0], "subject" if own else "clause")
        if (stranded := stranded_subject(verb)) is not None and (named := token_mention(stranded, w.offset)):
            return placed([named], "clause")  # "... in Cirrus and Dynamo invested $2 million"
        if verb.dep_ not in CLAUSE_LINKS or verb.head is verb:
            return []
        own = own and verb.dep_ == "xcomp"
        if (above := _payer_above(w, verb)) is not None:
            return above
        verb = verb.head
    return []


def _payer_above(w: _Where, verb: Token) -> list[Mention] | None:
    """The payer the word a clause completes names, if it names one: the object made to pay,
    a party as the headline's verb, a noun's owner; None to climb on."""
    if (controller := _object_controller(verb, w.head)) is not None:  # "Dynamo forced Acme to pay": Acme pays, not Dynamo
        return placed(_controller_payer(w, controller), _controller_place(verb))
    governor = verb.head
    if (named := token_mention(governor, w.offset)) and named.is_party:  # headline "Anthropic to Buy $30B ..."
        return placed([named], "clause")
    owners = [c for c in governor.children if c.dep_ == "poss"] if governor.pos_ in ("NOUN", "PROPN") else []
    if owners:  # "AMD's ambition to reach $10 billion"
        return placed(w.named(owners), "clause")
    return None


PARTY_POS = ("PROPN", "PRON")  # an object made to pay that can name a party itself, not a noun's owner ("Dynamo's cash")


def _object_controller(verb: Token, money_head: Token) -> Token | None:
    """The object of the verb a clause completes, when that verb makes its object do what the
    clause says: "forced Acme to pay", "asked the club to pay" (object control, relations.json
    object_control_verbs); never the money itself. None for any other verb, whose subject stays
    the payer ("joined Dynamo to invest", "promised Dynamo to invest", "used its cash to buy")."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in relation_lexicon()["object_control_verbs"]:
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and not c.left_edge.i <= money_head.i <= c.right_edge.i]
    return objects[0] if objects else None


def _controller_place(verb: Token) -> str:
    """"forced Acme to pay" makes Acme pay (relations.json implicative_control_verbs): a certain
    place, "controlled"; "asked Acme to pay" only asks, and who paid, if anyone, is the clause's guess."""
    return "controlled" if verb.head.lemma_.lower() in relation_lexicon()["implicative_control_verbs"] else "clause"


def _controller_payer(w: _Where, controller: Token) -> list[Mention]:
    """The party an object made to pay names: itself, or the party a pronoun stands for, never the
    one who made it ("Acme forced it to pay" is not Acme paying); a common noun names none ("asked
    the club to pay", "forced Dynamo's unit to pay"): unset."""
    if controller.pos_ not in PARTY_POS:
        return []
    bosses = {m.entity_id or m.text for m in w.named([c for c in controller.head.children if c.dep_ == "nsubj"])}
    return [m for m in w.named([controller]) if (m.entity_id or m.text) not in bosses]


def _verb_own_subject(w: _Where, verb: Token) -> tuple[list[Mention]] | None:
    datives = [c for c in verb.children if c.dep_ == "dative"] if verb is not w.frame else []
    if datives:  # "AMD has issued OpenAI a warrant to purchase shares": OpenAI holds it
        return (placed(w.named(datives), "dative"),)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (w.named(subjects),) if subjects else None


def _predicate_subject(w: _Where) -> list[Mention] | None:
    """"Bolt, which is now worth about $45 billion": the subject of the copula."""
    if w.frame.dep_ != "acomp":
        return None
    return w.named(_copula_subjects(w.frame))


def _possessor(w: _Where) -> list[Mention] | None:
    possessors = [c for c in w.frame.children if c.dep_ == "poss"]
    return w.named(possessors) if possessors else None


def _dative_holder(w: _Where) -> list[Mention] | None:
    """A valuation given to someone is theirs: "giving Zorbo a valuation of $10 billion"."""
    governor = w.frame.head
    if w.relation != "valued_at" or w.frame.dep_ != "dobj" or governor.pos_ != "VERB":
        return None
    return w.named([c for c in governor.children if c.dep_ == "dative"]) or None


def _receiving_verb(noun: Token) -> list[Token]:
    """The verb of receiving a few heads above a noun ("received a round of investments"), if any."""
    token = noun
    for _ in range(3):
        if token.head is token:
            return []
        token = token.head
        if token.lemma_.lower() in relation_lexicon()["receive_verbs"]:
            return [token]
    return []


def _participle_agent(w: _Where) -> list[Mention] | None:
    """"a $6.3 billion commitment announced by Dynamo", "an investment made by Acme": the agent
    of a participle on the noun."""
    lead = relation_lexicon()["lead_verbs"]  # "a round led by Dynamo": the funding step's, the company is the clause's subject
    participles = [c for c in w.frame.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in lead]
    agents = [p for c in participles for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return w.named(agents) or None if agents else None


def _payer_preposition(w: _Where) -> list[Mention] | None:
    """"an investment by Meta", "$4B from Amazon"; a valuation "of X"."""
    places = [w.frame, w.head]
    if w.head.head.dep_ == "acl" and w.head.head.head.i == w.frame.i:  # "investments totaling $15B from A and B"
        places.append(w.head.head)
    places.extend(_receiving_verb(w.frame))  # "received investments of up to $15B from A and B"
    by_prep = _prep_objects(places, w.entry.get("subject_preps", []))
    if by_prep:
        return w.named(by_prep)
    if w.relation == "valued_at" and (of := _prep_objects([w.frame], ["of"])):
        return w.named(of)
    return None


def _governing_verb_subject(w: _Where) -> list[Mention] | None:
    """"Bolt makes a Cirrus investment": the subject of the verb the noun is the object of."""
    governor = w.frame.head
    if w.frame.dep_ not in ("dobj", "attr") or governor.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in governor.children if c.dep_ == "nsubj"]
    if subjects and governor.lemma_.lower() not in relation_lexicon()["receive_verbs"]:
        return w.named(subjects) or None
    return None


def _compound_payer(w: _Where) -> list[Mention] | None:
    """"a Bolt investment" (not "a Cirrus purchase", where the compound is the seller)."""
    if w.relation in ("commits_to_purchase", "deal_value"):
        return None
    compounds = [c for c in w.frame.children if c.dep_ == "compound" and (m := token_mention(c, w.offset)) and m.is_party]
    return w.named(compounds[:1]) if compounds else None


def _noun_beside(w: _Where) -> list[Mention] | None:
    """"Cirrus, a $5 billion investment": the noun the frame stands beside, or its possessor."""
    governor = w.frame.head
    if w.frame.dep_ not in ("appos", "conj") or governor is w.frame:
        return None
    possessors = [c for c in governor.children if c.dep_ == "poss"]
    if possessors:
        return w.named(possessors)
    if (mention := token_mention(governor, w.offset)) and mention.entity_id:
        return w.named([governor]) or [mention]
    return None


VERB_SUBJECTS = (_valued_thing, _passive_agent, _verb_chain_subject)
NOUN_SUBJECTS = (_predicate_subject, _possessor, _dative_holder, _participle_agent, _payer_preposition, _governing_verb_subject, _compound_payer, _noun_beside)
# The place (models.PartyRole) each strategy takes its parties from; the verb chain marks its own.
SUBJECT_PLACES = {
    _valued_thing: "subject", _passive_agent: "agent", _predicate_subject: "subject", _possessor: "possessor", _dative_holder: "dative",
    _participle_agent: "agent", _payer_preposition: "preposition", _governing_verb_subject: "subject", _compound_payer: "compound", _noun_beside: "apposition",
}


def _subjects(frame: Token, head: Token, entry: dict, relation: str | None, offset: int, context: EntityContext) -> list[Mention]:
    where = _Where(frame, head, entry, relation, offset, context)
    strategies = VERB_SUBJECTS if frame.pos_ in ("VERB", "AUX") else NOUN_SUBJECTS
    for strategy in strategies:
        found = strategy(where)
        if found is not None:
            return placed(found, SUBJECT_PLACES.get(strategy, "other"))
    return []


def _clause_subject(head: Token, money: Span, offset: int, context: EntityContext) -> list[Mention]:
    """The subject of the clause the money sits in: "AMD's ambition to reach $10 billion in revenue"
    (a clause above the figure, not the frame's own: marked "clause")."""
    token, verbs = head, 0
    for step in range(MAX_CLIMB):
        if token.head is token:
            return []
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if found := _subjects(token, head, {}, None, offset, context):
                governs = step == 0 and head.dep_ == "dobj"  # "Zorbo is raising $20 billion in financing": the verb's own object
                return found if governs else [replace(m, via="clause") for m in found]
            if _object_controller(token, head) is not None:
                return []  # "asked the club to pay": the club pays, whoever it is; not the asker
            verbs += 1
            if verbs == 2:  # "pledges that may reach $2 billion": the relative clause's verb, then the main one
                return []
    return []


def _prep_objects(tokens: list[Token], preps: list[str]) -> list[Token]:
    found: list[Token] = []
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                found.extend(p for p in child.children if p.dep_ == "pobj")
    return found


def _object(frame: Token, head: Token, entry: dict, relation: str | None, offset: int, context: EntityContext, exclude: set[str]) -> Mention | None:
    where = _Where(frame, head, entry, relation, offset, context)
    return next((_placed_one(found, OBJECT_PLACES[strategy]) for strategy in OBJECT_FINDERS if (found := strategy(where, exclude)) is not None), None)


def _object_places(w: _Where) -> list[Token]:
    """Where the counterparty's preposition hangs: the money itself first (a figure with its own
    "with Oracle" after one "with Bolt" is Oracle's), then the trigger, their clauses."""
    frame, head = w.frame, w.head
    places = [head, frame] if head is not frame else [frame]
    places.extend(c for c in frame.children if c.dep_ in ("dobj", "attr", "pobj", "relcl", "acl", "xcomp"))
    places.extend(c for c in head.children if c.dep_ in ("relcl", "acl", "xcomp"))  # "$30B to purchase compute from Azure"
    places.extend(_prep_objects([head], ["of"]))  # "$30 billion of capacity from Cirrus Cloud"
    if frame.pos_ == "NOUN" and frame.head is not frame and frame.head.pos_ in ("VERB", "AUX"):
        places.append(frame.head)
    return places


def _object_by_preposition(w: _Where, exclude: set[str]) -> Mention | None:
    """"invest in Cirrus", "a deal with Cirrus", "capacity from the cloud unit of Cirrus"."""
    preps = w.entry.get("object_preps", [])
    for pobj in _in_figure_order(w.head, _prep_objects(_object_places(w), preps)):
        candidates = [pobj, *_prep_objects([pobj], [*preps, "of"])]
        for token in candidates:
            if found := _mentions([token], w.offset, w.context, exclude, "object"):
                return found[0]
    return None


def _in_figure_order(head: Token, pobjs: list[Token]) -> list[Token]:
    """Several counterparties after one trigger ("spend $38 billion with Bolt and $300 billion with
    Cirrus"): each figure's is the first after it, whatever the parse hung them on; with one, or
    none after the figure, the order found stands."""
    after = sorted((p for p in pobjs if p.i > head.i), key=lambda p: p.i)
    if len({p.i for p in pobjs}) < 2 or not after:
        return pobjs
    return [after[0], *(p for p in pobjs if p is not after[0])]


def _object_direct(w: _Where, exclude: set[str]) -> Mention | None:
    """"acquire Bolt", "back Cirrus": the trigger's direct object; "pay Bolt $9 billion": its indirect one."""
    candidates = [c for c in w.frame.children if c.dep_ == "dobj"] if w.entry.get("object_dobj") else []
    if w.entry.get("object_dative"):
        candidates += indirect_objects(w.frame, w.head) if w.frame.pos_ in ("VERB", "AUX") else [c for c in w.frame.children if c.dep_ == "dative"]
    for child in candidates:
        if found := _mentions([child], w.offset, w.context, exclude, "object"):
            return found[0]
    return None


def _object_modifier(w: _Where, exclude: set[str]) -> Mention | None:
    """"a Cirrus acquisition": a named modifier of the noun."""
    if w.frame.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in w.frame.children:
        if child.dep_ in ("compound", "amod", "nmod") and (mention := token_mention(child, w.offset)) and mention.is_party:
            if (mention.entity_id or mention.text) not in exclude:
                return mention
    return None


OBJECT_FINDERS = (_object_by_preposition, _object_direct, _object_modifier)
OBJECT_PLACES = {_object_by_preposition: "preposition", _object_direct: "object", _object_modifier: "compound"}


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


def _per_unit(span: Span) -> bool:
    """"$1.10 a share", "$2 per share": a figure per unit, not a level."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 2]]
    return len(after) == 2 and after[0] in ("a", "per", "an") and after[1] in relation_lexicon()["per_unit_nouns"]


def _take_reading(target: Frame, source: Frame) -> None:
    """Give `target` the relation, parties and trigger of the figure it restates or continues."""
    target.relation, target.subjects, target.object, target.trigger = source.relation, list(source.subjects), source.object, source.trigger


def share_per_unit_frames(spans: list[Span], frames: list[Frame]) -> None:
    """"net income of $394 million, or 99 cents a share": the per-share figure after ", or"
    restates the one before it per unit, so it is the same company's figure (however the parser
    hangs it)."""
    for i in range(1, len(spans)):
        first, second = spans[i - 1], spans[i]
        if first.sent.start != second.sent.start or not _per_unit(second) or _per_unit(first):
            continue
        if [t.lower_ for t in second.doc[first.end : second.start]] != [",", "or"]:
            continue
        source, target = frames[i - 1], frames[i]
        if source.relation is not None and source.subjects and target.relation is None and not target.subjects:
            _take_reading(target, source)


def _first_end(spans: list[Span], i: int) -> int:
    """The index of the figure a change ending at spans[i] starts from: the one before it, or the
    one before that past a per-share aside ("net income of $5 million, or $1.10 a share, up from
    $4 million"); -1 when there is none."""
    return i - 2 if i >= 2 and _per_unit(spans[i - 1]) and not _per_unit(spans[i]) else i - 1


def _change_ends(previous: Span, span: Span) -> bool:
    """The two figures are the ends of one change ("from $X to $Y", "to $X against $Y") in one clause."""
    if previous.sent.start != span.sent.start:
        return False
    before_first = previous.doc[previous.start - 1].lower_ if previous.start else ""
    before_second = span.doc[span.start - 1].lower_ if span.start else ""
    if [before_first, before_second] not in relation_lexicon()["change_end_pairs"]:
        return False
    return not any(t.lower_ in (";", "while", "whereas", "but") for t in span.doc[previous.end : span.start])  # a second clause


def share_change_frames(spans: list[Span], frames: list[Frame]) -> None:
    """"revenue declined from $992 million in the June quarter to $759 million": the two ends of
    a change, or a figure and the one it is set against ("rose to $5 million against $4 million"),
    are figures of one frame, however the parser hangs the second (the relation and
    parties of the end that has them go to the end that has none)."""
    for i, span in enumerate(spans):
        j = _first_end(spans, i)
        if j < 0 or not _change_ends(spans[j], span):
            continue
        first, second = frames[j], frames[i]
        source, target = (first, second) if second.relation is None else (second, first)
        if source.relation is not None and target.relation is None and not target.subjects:
            _take_reading(target, source)
