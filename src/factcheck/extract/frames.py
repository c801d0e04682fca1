"""Frames whose parties sit in fixed grammatical places, read with spaCy's DependencyMatcher
(patterns as data in nlp/patterns/frames.json; issue 13).

A contract award: "Bolt won a $48 million contract from the Navy", "Dynamo, which was awarded a
$65 million option by the Air Force", "$220 million was awarded to Cirrus for the Army". The
customer (awarder) pays, so it is the deal's subject and the supplier (awardee) its object, the
way "Acme's deal with Bolt" is Acme paying Bolt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token

_MATCHERS: dict[int, DependencyMatcher] = {}
LINKS = ("verb", "deal", "prep", "worth", "money")  # pattern nodes that only link the slots


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[list[dict]]]:
    data = json.loads(resources.files("factcheck.nlp").joinpath("patterns/frames.json").read_text(encoding="utf-8"))
    return {name: patterns for name, patterns in data.items() if not name.startswith("_")}


def _matcher(vocab) -> DependencyMatcher:
    """The frame patterns, compiled once per vocabulary; each pattern its own key, so the
    matched tokens can be read back by node name."""
    key = id(vocab)
    if key not in _MATCHERS:
        matcher = DependencyMatcher(vocab)
        for name, patterns in _patterns().items():
            for index, pattern in enumerate(patterns):
                matcher.add(f"{name}:{index}", [pattern])
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


@dataclass(frozen=True)
class Slots:
    """The tokens a frame's matches put in each slot, with the verb or noun they hang on."""

    anchors: frozenset[int]  # the verb and the deal noun of the matches
    filled: dict[str, list[Token]]


_LAST: list = [None, []]  # the last Doc matched and its matches: a paragraph's money mentions share them


def _matches(doc) -> list[tuple[int, list[int]]]:
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, _matcher(doc.vocab)(doc)
    return _LAST[1]


def frame_slots(sentence: Span, frame: str, anchor: Token) -> Slots:
    """The slots of `frame` in `sentence` for the matches that hang on `anchor` (the money's
    trigger) or on the verb it is the object of."""
    verb = anchor.head if anchor.dep_ == "dobj" else anchor
    doc = sentence.doc
    strings = doc.vocab.strings
    filled: dict[str, list[Token]] = {}
    anchors: set[int] = set()
    for key, token_ids in _matches(doc):
        name, index = strings[key].rsplit(":", 1)
        if name != frame:
            continue
        nodes = [node["RIGHT_ID"] for node in _patterns()[name][int(index)]]
        tokens = dict(zip(nodes, (doc[i] for i in token_ids), strict=True))
        if not sentence.start <= tokens[nodes[0]].i < sentence.end:
            continue
        deal = tokens.get("deal", anchor)  # the trigger itself, or the object of the award verb
        if tokens.get("verb", verb).i != verb.i or deal.i not in (anchor.i, *(c.i for c in verb.children if c.dep_ == "dobj")):
            continue  # Tokens are views: compared by position
        anchors.update(t.i for n, t in tokens.items() if n in ("verb", "deal"))
        for slot, token in tokens.items():
            if slot not in LINKS:
                filled.setdefault(slot, []).append(token)
    return Slots(frozenset(anchors), filled)
