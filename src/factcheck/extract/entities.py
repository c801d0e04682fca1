"""Entity mentions in a segment, and light coreference ("the startup", "it" -> nearest entity)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import relation_lexicon

ENTITY_LABELS = {"ORG", "PERSON", "PRODUCT", "GPE", "FAC", "NORP"}
_SUFFIXES = re.compile(
    r"(?:[’']s?|,?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|plc|PBC|Co\.?|Group|Holdings|S\.A\.|AG|SE))+$"
)


@dataclass(frozen=True)
class Mention:
    """An entity named in the article: its surface form, registry id if the ruler knew it, and place."""

    text: str
    entity_id: str | None
    label: str
    start: int  # absolute character offsets
    end: int


def normalize_name(text: str) -> str:
    """"Nvidia's" -> "Nvidia", "Microsoft Corp." -> "Microsoft", "the startup" stays."""
    text = re.sub(r"\s+", " ", text.strip().strip("\"“”()[]:;,.•"))
    text = re.sub(r"^(?:the|The)\s+", "", text)
    stripped = _SUFFIXES.sub("", text).strip(" ,")
    return stripped or text


def doc_mentions(doc: Doc, offset: int) -> list[Mention]:
    return [
        Mention(normalize_name(ent.text), ent.ent_id_ or None, ent.label_, offset + ent.start_char, offset + ent.end_char)
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS
    ]


class EntityContext:
    """Entities of the article in order, for looking up a token's entity and resolving references."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # Lookups bisect on starts instead of scanning every mention: a long article with
        # thousands of claims and entities stays linear, not quadratic.
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end), in order."""
        return self.mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def before(self, offset: int, window: int) -> list[Mention]:
        """Mentions ending before `offset`, nearest first, within `window` characters."""
        found = []
        floor = offset - window - self._longest  # no mention starting earlier can end inside the window
        for i in range(bisect.bisect_right(self._starts, offset) - 1, -1, -1):
            m = self.mentions[i]
            if m.start < floor:
                break
            if m.end <= offset and offset - m.end <= window:
                found.append(m)
        return found

    def antecedent(self, offset: int, exclude: set[str], window: int = 1500, kinds=("ORG", "GPE", "PRODUCT")) -> Mention | None:
        for mention in self.before(offset, window):
            key = mention.entity_id or mention.text
            if mention.label in kinds and key not in exclude:
                return mention
        return None


def token_mention(token: Token, offset: int) -> Mention | None:
    """The entity a token belongs to, if any."""
    if token.ent_type_ not in ENTITY_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    span = doc[start:end]
    return Mention(normalize_name(span.text), span.ent_id_ or token.ent_id_ or None, span.label_ or token.ent_type_, offset + span.start_char, offset + span.end_char)


def phrase_mention(token: Token, offset: int, context: EntityContext, exclude: set[str]) -> Mention | None:
    """The entity a noun phrase names: itself, a compound or possessive inside it, or what it refers back to."""
    found = token_mention(token, offset)
    if found:
        return found
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod", "appos") and (found := token_mention(child, offset)):
            return found
    lex = relation_lexicon()
    lemma = token.lemma_.lower()
    if lemma in lex["pronouns"] or token.lower_ in lex["pronouns"] or (lemma in lex["definite_nouns"] and _is_definite(token)):
        return context.antecedent(offset + token.idx, exclude)
    return None


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in ("the", "this", "that") for child in token.children) or any(
        child.dep_ == "poss" for child in token.children
    )


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Microsoft and Nvidia")."""
    return [token, *token.conjuncts]
