"""Relation claims with no money in them: ceo_of, available_on, partners_with, acquires, supplies."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from factcheck.extract.entities import EntityContext, Mention, token_mention
from factcheck.extract.quote import SentenceTexts, quoted_sentence
from factcheck.models import RelationClaim, Span

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


def _claim(relation: str, subject: Mention, obj: Mention, start: int, end: int, sent, segment, texts: SentenceTexts) -> RelationClaim:
    low, quoted = quoted_sentence(texts, sent, start - segment.start - sent.start_char, end - segment.start - sent.start_char)
    sent_start = segment.start + sent.start_char + low
    text = texts.text[start - segment.start : end - segment.start]
    return RelationClaim(
        id="c0",
        span=Span(start=start, end=end),
        text=text,
        sentence=quoted.strip(),
        sentence_span=Span(start=sent_start, end=sent_start + len(quoted)),
        paragraph=segment.index,
        subject=subject.text,
        subjects=(subject.entity_id or subject.text,),
        relation=relation,
        object=obj.entity_id or obj.text,
        subject_text=subject.text,
        object_text=obj.text,
    )


def _from_token(token: Token, sent, mentions: list[Mention], segment, has_money: bool, texts: SentenceTexts) -> list[RelationClaim]:
    lemma = token.lemma_.lower()
    at = segment.start + token.idx
    if token.lower_ == "ceo" or (token.lower_ == "chief" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "executive"):
        return _ceo(token, at, mentions, sent, segment, texts)
    if lemma in _AVAILABLE:
        subject = next((m for m in reversed(mentions) if m.end <= at and m.label in ("PRODUCT", "ORG")), None)
        objects = [m for m in mentions if m.start > at]
        if subject:
            return [_claim("available_on", subject, o, at, o.end, sent, segment, texts) for o in objects if o.text != subject.text]
    if lemma in _PARTNER_LEMMAS and not has_money:
        return _partners(token, at, mentions, sent, segment, texts)
    if lemma in _SUPPLY and token.pos_ == "VERB" and not has_money:  # "Bolt supplies Cirrus with chips"
        subject = next((token_mention(c, segment.start) for c in token.children if c.dep_ == "nsubj"), None)
        targets = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        targets += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        obj = next((m for t in targets if (m := token_mention(t, segment.start))), None)
        if subject and obj:
            return [_claim("supplies", subject, obj, min(subject.start, obj.start), max(subject.end, obj.end), sent, segment, texts)]
    if lemma in _ACQUIRE and token.pos_ == "VERB" and not has_money:
        subject = next((token_mention(c, segment.start) for c in token.children if c.dep_ == "nsubj"), None)
        obj = next((token_mention(c, segment.start) for c in token.children if c.dep_ == "dobj"), None)
        if subject and obj:
            return [_claim("acquires", subject, obj, subject.start, obj.end, sent, segment, texts)]
    return []


def _partners(token: Token, at: int, mentions: list[Mention], sent, segment, texts: SentenceTexts) -> list[RelationClaim]:
    """"Partners: A + B", "A and B will collaborate", "a partnership with B": registry entities only."""
    known = [m for m in mentions if m.entity_id]
    if token.lemma_.lower() == "partner" and token.i + 1 < len(token.doc) and token.nbor().text == ":":
        parties = [m for m in known if m.start > at]
    elif token.pos_ == "VERB":
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        parties = [token_mention(t, segment.start) for s in subjects for t in (s, *s.conjuncts)]
        parties += [token_mention(p, segment.start) for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        parties = [p for p in parties if p and p.entity_id]
    else:
        parties = [token_mention(p, segment.start) for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        parties = [p for p in parties if p and p.entity_id]
        owner = next((token_mention(c, segment.start) for c in token.children if c.dep_ in ("poss", "compound")), None)
        if owner and owner.entity_id:
            parties.insert(0, owner)
    unique = list({p.entity_id: p for p in parties}.values())
    if len(unique) < 2:
        return []
    first, *others = unique
    start = min(at, first.start)
    return [_claim("partners_with", first, o, start, max(o.end, at + len(token.text)), sent, segment, texts) for o in others[:MAX_PARTNERS]]


def _ceo(token: Token, at: int, mentions: list[Mention], sent, segment, texts: SentenceTexts) -> list[RelationClaim]:
    end_of_title = at + len(token.text) + (len(" executive") if token.lower_ == "chief" else 0)
    people = [m for m in mentions if m.label == "PERSON"]
    orgs = [m for m in mentions if m.label in ("ORG", "PRODUCT")]
    person = next((p for p in people if 0 <= p.start - end_of_title <= 3), None)  # "CEO Satya Nadella"
    if person is None:
        person = next((p for p in reversed(people) if 0 <= at - p.end <= 20), None)  # "Satya Nadella, CEO of"
    org = next((o for o in reversed(orgs) if 0 <= at - o.end <= 4), None)  # "Microsoft CEO", "Nvidia's CEO"
    if org is None:
        org = next((o for o in orgs if 0 <= o.start - end_of_title <= 6), None)  # "CEO of Nvidia"
    if not person or not org:
        return []
    start, end = min(person.start, org.start, at), max(person.end, org.end, end_of_title)
    return [_claim("ceo_of", person, org, start, end, sent, segment, texts)]


def _dedupe(claims: list[RelationClaim]) -> list[RelationClaim]:
    seen = set()
    kept = []
    for claim in claims:
        key = (claim.relation, claim.subjects, claim.object)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept
