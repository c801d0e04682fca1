"""A class of payers named by a common noun: "tech companies spend $X", "cloud groups have raised $Y" (issue 13).

The clause says who pays, but names no party: a plural common noun phrase with no determiner
that points back ("the", "these", "its" make it a reference, entities.py). The phrase is the
claim's subject as written (`subject_group`), never a party the rules compare; and because the
clause has its own subject, no company named elsewhere in the passage is guessed for it.

The word lists are data (nlp/patterns/relations.json: `group_relations`, `not_group_nouns`).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import relation_lexicon

POINTING_BACK = {"the", "these", "those", "this", "that", "both", "such"}
CHAIN = ("xcomp", "conj")  # "are planning to spend", "raised $X and spent $Y": the subject is the chain's


def group_subject(verb: Token, relation: str | None) -> str | None:
    """The common-noun phrase that is the subject of `verb` (or of the verb it completes), when
    it names a class of payers rather than a party or a reference to one."""
    if relation not in relation_lexicon()["group_relations"] or verb.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "nsubjpass" for c in subjects):
            return None  # "Rs 900 crore has been allocated": a passive subject is the money, not its payer
        if subjects:
            return phrase_text(subjects[0]) if is_group(subjects[0]) else None
        if verb.dep_ not in CHAIN or verb.head is verb:
            return None
        verb = verb.head
    return None


def is_group(noun: Token) -> bool:
    """A plural common noun, not an entity, with nothing before it that points back."""
    if noun.tag_ != "NNS" or noun.ent_type_ or noun.lemma_.lower() in relation_lexicon()["not_group_nouns"]:
        return False
    for child in noun.children:
        if child.dep_ == "poss" or child.lower_ in POINTING_BACK or child.ent_type_ in ("ORG", "PERSON") or child.dep_ == "nummod":
            return False  # "its lenders", "these five firms", "Acme's units": a reference, not a class
    return not noun.conjuncts  # "Acme and other investors": a list with a party in it


def phrase_text(noun: Token) -> str:
    """The noun with the modifiers right before it: "tech companies", "Neocloud groups"."""
    start = noun.i
    for left in reversed(list(noun.lefts)):
        if left.i != start - 1 or left.dep_ not in ("amod", "compound", "nmod"):
            break
        start = left.i
    return noun.doc[start : noun.i + 1].text
