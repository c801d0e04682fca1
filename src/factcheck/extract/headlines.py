"""Headline frames the parser misreads, read with spaCy's Matcher (patterns as data in
nlp/patterns/headlines.json; issue 13).

A signing headline: "Kelton Athletic sign Marco Dunne for a reported £25 million". The small
model reads "sign" (or "seal", "complete") as a noun, so the dependency frames find no verb and
the fee has no parties; or it reads the verb but loses the player behind "a fee of". The token pattern finds the buying club (the capitalized run that opens
the sentence), the player (the run after the verb) and the "for" before the fee: the fee is the
club acquiring the player. A later figure of the sentence that is an add-on ("£60m + £8m
add-ons", "£60m, including £8m in add-ons") keeps the parties with relation "other": a part of
the fee, not a second fee.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from factcheck.extract.entities import Mention
from factcheck.extract.lexicon import relation_lexicon
from factcheck.normalize.names import normalize_name

BUYER_LABEL, PLAYER_LABEL = "ORG", "PERSON"
ADDON_REACH = 4  # tokens after a figure that may still say it is an add-on


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/headlines.json").read_text(encoding="utf-8"))


_MATCHERS: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    """The signing pattern of headlines.json, its word lists filled in, compiled once per vocabulary."""
    key = id(doc.vocab)
    if key not in _MATCHERS:
        data = _data()
        lists = {"SIGNING_VERBS": data["signing_verbs"], "SIGNING_HEDGES": data["signing_hedges"]}
        pattern = [_filled(node, lists) for node in data["signing"]]
        matcher = Matcher(doc.vocab)
        matcher.add("signing", [pattern], greedy="LONGEST")
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _filled(node: dict, lists: dict[str, list[str]]) -> dict:
    """A pattern node with its named word list ("IN": "SIGNING_VERBS") replaced by the list."""
    return {attr: {"IN": lists[value["IN"]]} if isinstance(value, dict) and value.get("IN") in lists else value for attr, value in node.items()}


@dataclass(frozen=True)
class Signing:
    """A signing headline's parties and where its fee may start."""

    buyer: Span
    player: Span
    fee_from: int  # the token after "for"
    fee_to: int  # the token after the hedge words: the fee starts between the two
    misread: bool  # the verb read as a noun: the parse found no clause at all


def _signings(doc: Doc) -> list[Signing]:
    found = []
    for _, start, end in _matcher(doc)(doc):
        tokens = doc[start:end]
        verb = next(t for t in tokens if t.text in _data()["signing_verbs"])
        prep = next(t for t in tokens if t.i > verb.i and t.text == "for")
        if verb.i > start and prep.i > verb.i + 1:
            found.append(Signing(doc[start : verb.i], doc[verb.i + 1 : prep.i], prep.i + 1, end, verb.pos_ not in ("VERB", "AUX")))
    return found


def is_addon(money: Span) -> bool:
    """"£8m add-ons", "£8m in add-ons", "€9 million more in bonuses": the words after a figure say it is a conditional part."""
    conditional = set(relation_lexicon()["conditional_nouns"])
    doc, fillers = money.doc, set(_data()["addon_fillers"])
    for token in doc[money.end : min(len(doc), money.end + ADDON_REACH)]:
        if token.lower_ in conditional or token.lemma_.lower() in conditional:
            return True
        if token.lower_ not in fillers:
            return False
    return False


def headline_signing(money: Span, offset: int, parsed_relation: str | None) -> tuple[str, list[Mention], Mention] | None:
    """(relation, buyer, player) of a money mention in a signing headline, else None. With the
    verb read as a verb, only an acquisition the parse already found is completed ("Acme signs
    Bolt Labs for $3 million" may be a contract, not a purchase)."""
    if not money.doc.has_annotation("POS"):
        return None
    for signing in _signings(money.doc):
        if not signing.misread and parsed_relation != "acquires":
            continue
        if signing.fee_from <= money.start <= signing.fee_to:
            return "acquires", [_mention(signing.buyer, offset, BUYER_LABEL)], _mention(signing.player, offset, PLAYER_LABEL)
        if money.start > signing.fee_to and money.sent.start == signing.buyer.start and is_addon(money):
            return "other", [_mention(signing.buyer, offset, BUYER_LABEL)], _mention(signing.player, offset, PLAYER_LABEL)
    return None


def _mention(span: Span, offset: int, label: str) -> Mention:
    entity_id = next((t.ent_id_ for t in span if t.ent_id_), None)  # a club the registry knows
    return Mention(normalize_name(span.text), entity_id, label, offset + span.start_char, offset + span.end_char, span.root.dep_)
