"""Parties a noun phrase speaks for, beyond the entities the tagger labels (issue 13).

- A person named after a title speaks for the title's owner: "Acme CEO Jane Roe said it will
  spend $2 billion", "Ruritania Finance Minister Ann Lee presented a budget of $9 billion" —
  the money is Acme's and Ruritania's, not the person's.
- A government is a party: "the Irish government", "the Ruritanian administration".
- A dateline is not: "CHICAGO —", "Lucknow:" open a story, they do not pay anyone.

The word lists are data (nlp/patterns/parties.json).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from factcheck.nlp.extensions import MONEY_SPANS

OWNER_LABEL = "ORG"  # the owner of a title or a government acts as an organization


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/parties.json").read_text(encoding="utf-8"))


def title_owner(person: Span) -> Span | None:
    """"Acme CEO Jane Roe" -> "Acme": the proper-noun run before the title words before a person."""
    doc, titles = person.doc, set(_data()["title_words"])
    i = person.start - 1
    while i >= 0 and doc[i].lower_ in titles and doc[i].ent_type_ not in ("ORG", "GPE"):
        i -= 1
    if i == person.start - 1 or i < 0:
        return None  # no title between owner and person
    end = i + 1
    if doc[i].ent_type_ in ("ORG", "GPE", "NORP") and doc[i].ent_iob_ != "O":
        start = i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return doc[start:end]
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in ("PERSON", "DATE"):
        start -= 1
    return doc[start:end] if start < end else None


def government(token: Token) -> Span | None:
    """"the Irish government": the noun with the place or people it belongs to."""
    data = _data()
    if token.lemma_.lower() not in data["government_nouns"] and token.lower_ not in data["government_nouns"]:
        return None
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_ in data["government_modifier_labels"] and c.i < token.i]
    if not modifiers:
        return None
    return token.doc[min(m.left_edge.i for m in modifiers) : token.i + 1]


def is_dateline(ent: Span) -> bool:
    """"CHICAGO —", "Lucknow:" or "CHICAGO (Reuters) -" opening a paragraph: a place the story
    was filed from; and the agency in that byline's parentheses, which reported it."""
    doc = ent.doc
    if _in_byline(ent):
        return True
    if ent.start > 1 or ent.end >= len(doc):
        return False
    follows = doc[_past_byline(doc, ent.end)].text if _past_byline(doc, ent.end) < len(doc) else ""
    shouting = ent.text.isupper() and len(ent.text) > 2
    return follows in _data()["dateline_marks"] and (shouting or ent.label_ == "GPE")


BYLINE_TOKENS = 6  # "(Reuters)", "(AP)", "(Dow Jones Newswires)": a few words in parentheses


def _past_byline(doc: Doc, i: int) -> int:
    """The token after a parenthesized byline starting at `i` ("(Reuters)"), else `i`."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((j for j in range(i + 1, min(len(doc), i + BYLINE_TOKENS)) if doc[j].text == ")"), None)
    return close + 1 if close is not None else i


def _in_byline(ent: Span) -> bool:
    """The agency of "CHICAGO (Reuters) -": in parentheses after a place that opens the paragraph."""
    doc = ent.doc
    opening = ent.start - 1
    if opening < 1 or opening > 3 or doc[opening].text != "(" or not all(t.pos_ == "PROPN" or t.is_punct for t in doc[:opening]):
        return False
    after = _past_byline(doc, opening)
    return after != opening and ent.end < after and after < len(doc) and doc[after].text in _data()["dateline_marks"]


def stranded_subject(verb: Token) -> Token | None:
    """"Acme invested $3 million in Cirrus and Dynamo invested $2 million": the parser hangs
    "Dynamo" on "Cirrus" as a conjunct and leaves the second verb without a subject. The name
    right before a coordinated verb that has no subject (adverbs and auxiliaries between:
    "Dynamo also invested", "Dynamo will invest") is that verb's subject."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    i = verb.i - 1
    while i > verb.head.i and verb.doc[i].pos_ in ("ADV", "AUX", "PART") and verb.doc[i].head.i == verb.i:
        i -= 1
    name = verb.doc[i]
    if name.dep_ == "conj" and name.pos_ == "PROPN" and name.head.i > verb.head.i:
        return name
    return None


_MATCHERS: dict[int, Matcher] = {}


def _matcher(doc: Doc) -> Matcher:
    """The name patterns of parties.json, compiled once per vocabulary."""
    key = id(doc.vocab)
    if key not in _MATCHERS:
        data = _data()
        described = [dict(p) for p in data["described_name"]]
        described[0] = {**described[0], "LOWER": {"IN": data["descriptors"]}}
        matcher = Matcher(doc.vocab)
        matcher.add("described_name", [described], greedy="LONGEST")
        matcher.add("named_subject", [data["named_subject"]], greedy="LONGEST")
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def described_names(doc: Doc) -> list[Span]:
    """"challenger bank Chime", "French startup Zorbo", "Zorbo has reported ...": a name the
    tagger left unlabelled, after a descriptor or as a clause's subject (not in a headline's capitals)."""
    strings, found = doc.vocab.strings, []
    for key, start, end in _matcher(doc)(doc):
        span = doc[start + 1 : end] if strings[key] == "described_name" else doc[start:end]
        joined = span.start > 0 and doc[span.start - 1].ent_type_  # "SoftBank Group Corp.": the end of a name
        if span.end < len(doc) and doc[span.end].text == ":":
            continue  # "Resulting Valuation: ...": a list label, not a name
        if not joined and span.text.lower().rstrip(".") not in _data()["not_names"] and not _capitalized_line(span.sent):
            found.append(span)
    return found


def _capitalized_line(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


def derived_spans(doc: Doc) -> list[Span]:
    """The title owners, governments and described names of a parsed doc, as organizations."""
    if not doc.has_annotation("DEP"):
        return []
    found = [owner for ent in doc.ents if ent.label_ == "PERSON" and (owner := title_owner(ent)) is not None]
    found += [gov for token in doc if (gov := government(token)) is not None]
    found += described_names(doc)
    return found


def described_at(token: Token) -> Span | None:
    """The described name ("challenger bank Chime") a token belongs to, when the tagger left it unlabelled."""
    if token.ent_type_ or token.tag_ not in ("NNP", "NNPS"):
        return None
    return next((span for span in described_names(token.doc) if span.start <= token.i < span.end), None)


def is_clause_verb(token: Token) -> bool:
    """A verb in lower case inside a name span ("Dynamo led Cirrus"): the name's words are capitalized."""
    return token.pos_ in ("VERB", "AUX") and token.text[:1].islower()


def not_across_verbs(span: Span, token: Token) -> Span:
    """The part of an entity span around `token` with no verb or figure in it: the tagger sometimes
    runs a name over a clause ("Dynamo led Cirrus" as one organization) or into the figure after
    it ("Orbi Labs $" in "pay Orbi Labs $2.4bn")."""
    start, end = span.start, span.end
    figures = {i for figure in span.doc.spans.get(MONEY_SPANS, []) for i in range(figure.start, figure.end)}
    for t in span:
        if is_clause_verb(t) or (t.i in figures and t.i != token.i):
            if t.i < token.i:
                start = t.i + 1
            elif t.i > token.i:
                end = min(end, t.i)
    return span.doc[start:end] if start < end else span
