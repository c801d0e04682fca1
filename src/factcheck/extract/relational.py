"""Relation claims with no money in them: ceo_of, available_on, partners_with, acquires, supplies."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from factcheck.extract.entities import EntityContext, Mention, token_mention
from factcheck.extract.quote import SentenceTexts, quoted_sentence, stripped_span
from factcheck.models import Relation, RelationClaim, Span
from factcheck.nlp.pipeline import Segment

_PARTNER_LEMMAS = {"partner", "partnership", "collaborate", "collaboration", "team", "ally", "alliance"}
_AVAILABLE = {"available"}
_ACQUIRE = {"acquire", "buy", "purchase"}
_SUPPLY = {"supply", "provide"}
MAX_PARTNERS = 4


def relation_claims(segment, context: EntityContext) -> list[RelationClaim]:
    claims = []
    texts = SentenceTexts(segment.doc)
    money_starts = sorted(_money_starts(segment))  # bisected per sentence, not scanned
    for sent in segment.doc.sents:
        mentions = _sentence_mentions(sent, segment.start)
        if len(mentions) < 2:
            continue
        first = bisect.bisect_left(money_starts, segment.start + sent.start_char)
        has_money = first < len(money_starts) and money_starts[first] < segment.start + sent.end_char
        found = [claim for token in sent for claim in _from_token(token, sent, mentions, segment, has_money, texts)]
        claims.extend(_dedupe(found))  # per sentence: a long sentence's claims quote different windows of it
    return claims


def _money_starts(segment) -> list[int]:
    doc = segment.doc
    return [segment.start + s.start_char for s in doc.spans.get("fc_money", [])]


def _sentence_mentions(sent, offset: int) -> list[Mention]:
    found: list[Mention] = []
    for token in sent:
        mention = token_mention(token, offset)
        if mention and (not found or found[-1].start != mention.start):
            found.append(mention)
    return found


def _claim(relation: Relation, subject: Mention, obj: Mention, start: int, end: int, sent, segment, texts: SentenceTexts) -> RelationClaim:
    low, quoted = quoted_sentence(texts, sent, start - segment.start - sent.start_char, end - segment.start - sent.start_char)
    sentence_start, sentence_end = stripped_span(segment.start + sent.start_char + low, quoted)
    text = texts.text[start - segment.start : end - segment.start]
    return RelationClaim(
        id="c0",
        span=Span(start=start, end=end),
        text=text,
        sentence=quoted.strip(),
        sentence_span=Span(start=sentence_start, end=sentence_end),
        paragraph=segment.index,
        subject=subject.text,
        subjects=(subject.entity_id or subject.text,),
        relation=relation,
        object=obj.entity_id or obj.text,
        subject_text=subject.text,
        object_text=obj.text,
    )


@dataclass(frozen=True)
class _At:
    """One token of a sentence being read for relation claims, with what the sentence holds."""

    token: Token
    sent: SpacySpan
    mentions: list[Mention]
    segment: Segment
    has_money: bool
    texts: SentenceTexts

    @property
    def at(self) -> int:
        return self.segment.start + self.token.idx

    def claim(self, relation: Relation, subject: Mention, obj: Mention, start: int, end: int) -> RelationClaim:
        return _claim(relation, subject, obj, start, end, self.sent, self.segment, self.texts)

    def named(self, token: Token | None) -> Mention | None:
        return token_mention(token, self.segment.start) if token is not None else None


def _from_token(token: Token, sent, mentions: list[Mention], segment, has_money: bool, texts: SentenceTexts) -> list[RelationClaim]:
    here = _At(token, sent, mentions, segment, has_money, texts)
    return next((found for reader in RELATION_READERS if (found := reader(here)) is not None), [])


def _is_ceo_title(token: Token) -> bool:
    return token.lower_ == "ceo" or (token.lower_ == "chief" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "executive")


def _read_ceo(h: _At) -> list[RelationClaim] | None:
    return _ceo(h.token, h.at, h.mentions, h.sent, h.segment, h.texts) if _is_ceo_title(h.token) else None


def _read_available(h: _At) -> list[RelationClaim] | None:
    """"Claude is available on Azure, AWS and Google Cloud"."""
    if h.token.lemma_.lower() not in _AVAILABLE:
        return None
    subject = next((m for m in reversed(h.mentions) if m.end <= h.at and m.label in ("PRODUCT", "ORG")), None)
    if subject is None:
        return None  # as before: the token may still be read by the readers after this one
    return [h.claim("available_on", subject, o, h.at, o.end) for o in h.mentions if o.start > h.at and o.text != subject.text]


def _read_partners(h: _At) -> list[RelationClaim] | None:
    if h.token.lemma_.lower() in _PARTNER_LEMMAS and not h.has_money:
        return _partners(h.token, h.at, h.mentions, h.sent, h.segment, h.texts)
    return None


def _read_supply(h: _At) -> list[RelationClaim] | None:
    """"Bolt supplies Cirrus with chips", "provides chips to Cirrus"."""
    token = h.token
    if token.lemma_.lower() not in _SUPPLY or token.pos_ != "VERB" or h.has_money:
        return None
    subject = next((h.named(c) for c in token.children if c.dep_ == "nsubj"), None)
    obj = next((m for t in _supplied(token) if (m := h.named(t))), None)
    if subject and obj:
        return [h.claim("supplies", subject, obj, min(subject.start, obj.start), max(subject.end, obj.end))]
    return None


def _supplied(token: Token) -> list[Token]:
    targets = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    return targets + [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]


def _read_acquire(h: _At) -> list[RelationClaim] | None:
    token = h.token
    if token.lemma_.lower() not in _ACQUIRE or token.pos_ != "VERB" or h.has_money:
        return None
    subject = next((h.named(c) for c in token.children if c.dep_ == "nsubj"), None)
    obj = next((h.named(c) for c in token.children if c.dep_ == "dobj"), None)
    return [h.claim("acquires", subject, obj, subject.start, obj.end)] if subject and obj else None


RELATION_READERS = (_read_ceo, _read_available, _read_partners, _read_supply, _read_acquire)  # the first that reads the token wins


def _partners(token: Token, at: int, mentions: list[Mention], sent, segment, texts: SentenceTexts) -> list[RelationClaim]:
    """"Partners: A + B", "A and B will collaborate", "a partnership with B": registry entities only."""
    unique = list({p.entity_id: p for p in _partner_parties(token, at, mentions, segment.start)}.values())
    if len(unique) < 2:
        return []
    first, *others = unique
    start = min(at, first.start)
    return [_claim("partners_with", first, o, start, max(o.end, at + len(token.text)), sent, segment, texts) for o in others[:MAX_PARTNERS]]


def _partner_parties(token: Token, at: int, mentions: list[Mention], offset: int) -> list[Mention]:
    if token.lemma_.lower() == "partner" and token.i + 1 < len(token.doc) and token.nbor().text == ":":
        return [m for m in mentions if m.entity_id and m.start > at]  # "Partners: A + B"
    if token.pos_ == "VERB":  # "A and B will collaborate with C"
        return _known([t for s in token.children if s.dep_ == "nsubj" for t in (s, *s.conjuncts)] + _with_objects(token), offset)
    owner = next((c for c in token.children if c.dep_ in ("poss", "compound") and token_mention(c, offset)), None)
    return _known(([owner] if owner is not None else []) + _with_objects(token), offset)  # "A's partnership with B"


def _with_objects(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]


def _known(tokens: list[Token], offset: int) -> list[Mention]:
    """The registry entities among the tokens' mentions."""
    return [m for t in tokens if (m := token_mention(t, offset)) and m.entity_id]


def _ceo(token: Token, at: int, mentions: list[Mention], sent, segment, texts: SentenceTexts) -> list[RelationClaim]:
    end_of_title = at + len(token.text) + (len(" executive") if token.lower_ == "chief" else 0)
    person = _ceo_person(mentions, at, end_of_title)
    org = _ceo_org(mentions, at, end_of_title)
    if not person or not org:
        return []
    start, end = min(person.start, org.start, at), max(person.end, org.end, end_of_title)
    return [_claim("ceo_of", person, org, start, end, sent, segment, texts)]


def _ceo_person(mentions: list[Mention], at: int, end_of_title: int) -> Mention | None:
    people = [m for m in mentions if m.label == "PERSON"]
    person = next((p for p in people if 0 <= p.start - end_of_title <= 3), None)  # "CEO Satya Nadella"
    return person or next((p for p in reversed(people) if 0 <= at - p.end <= 20), None)  # "Satya Nadella, CEO of"


def _ceo_org(mentions: list[Mention], at: int, end_of_title: int) -> Mention | None:
    orgs = [m for m in mentions if m.label in ("ORG", "PRODUCT")]
    org = next((o for o in reversed(orgs) if 0 <= at - o.end <= 4), None)  # "Microsoft CEO", "Nvidia's CEO"
    return org or next((o for o in orgs if 0 <= o.start - end_of_title <= 6), None)  # "CEO of Nvidia"


def _dedupe(claims: list[RelationClaim]) -> list[RelationClaim]:
    seen = set()
    kept = []
    for claim in claims:
        key = (claim.relation, claim.subjects, claim.object)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept
