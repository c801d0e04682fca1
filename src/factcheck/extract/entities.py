"""Entity mentions in a segment, and light coreference ("the startup", "it" -> nearest entity)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import is_outlet, relation_lexicon
from factcheck.extract.parties import OWNER_LABEL, derived_spans, described_at, described_names, government, is_clause_verb, is_dateline, not_across_verbs, title_owner
from factcheck.normalize.names import normalize_name, party_name  # shared with resolve and check
from factcheck.normalize.numbers import cardinal_words

ENTITY_LABELS = {"ORG", "PERSON", "PRODUCT", "GPE", "FAC", "NORP"}
COLLECTIVE_MAX = 9  # "these five businesses" after a list of five: as many as a news list names, counted exactly


@dataclass(frozen=True)
class Mention:
    """An entity named in the article: its surface form, registry id if the ruler knew it, and place."""

    text: str
    entity_id: str | None
    label: str
    start: int  # absolute character offsets
    end: int
    role: str = ""  # dependency label of the entity's head where the paragraph was parsed
    # How it was found: "clause" (named), "reference" (a pronoun or definite noun, "it", "the
    # startup", resolved to a name of its paragraph or the one before), "passage" (from further back).
    found: str = "clause"
    # Where a frame took it from (models.PartyRole): "subject", "lead", "relative" ...; "" until a frame places it.
    via: str = ""

    @property
    def is_party(self) -> bool:
        """A named party worth reasoning about: known to the registry, or a real ORG/PERSON/PRODUCT name."""
        return self.label in ("ORG", "PERSON", "PRODUCT") and (self.entity_id is not None or len(self.text) > 2)


SUBJECT_ROLES = ("nsubj", "nsubjpass")
OBJECT_ROLES = ("pobj", "dobj", "dative")


def doc_mentions(doc: Doc, offset: int) -> list[Mention]:
    parsed = doc.has_annotation("DEP")
    found = [
        Mention(
            party_name(ent.text),
            ent.ent_id_ or None,
            ent.label_,
            offset + ent.start_char,
            offset + ent.end_char,
            _role(ent.root) if parsed else _light_role(ent),
        )
        for whole in doc.ents
        for ent in _clause_free_parts(whole)
        if ent.label_ in ENTITY_LABELS and not is_dateline(ent)
    ]
    for span in derived_spans(doc):  # "the Irish government" stands for "Irish", a NORP inside it
        derived = _span_mention(span, offset)
        found = [m for m in found if not (derived.start <= m.start and m.end <= derived.end)] + [derived]
    return sorted(found, key=lambda m: m.start)


def organization_names(doc: Doc) -> set[tuple[str, ...]]:
    """The words of the organizations the tagger found in a doc ("Robinhood", "Ribbit Capital")."""
    return {
        tuple(t.text for t in ent)
        for ent in doc.ents
        if ent.label_ == "ORG" and len(ent.text) > 2 and ent.text[0].isupper() and not is_dateline(ent)
    }


def tag_repeated_names(doc: Doc, names: set[tuple[str, ...]]) -> None:
    """Tag as an organization each untagged occurrence of a name the tagger calls one elsewhere
    in the article: the small model tags "Robinhood" in one sentence and takes it for a common
    noun in the next, where "it" then has no antecedent. A name keeps one sense per discourse
    (Gale, Church and Yarowsky 1992); matching is case-sensitive, so "target" stays a word."""
    if not names or not doc.has_annotation("ENT_IOB"):
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):  # the longest name first
        by_first.setdefault(words[0], []).append(words)
    found, i = [], 0
    while i < len(doc):
        size = next((len(w) for w in by_first.get(doc[i].text, []) if _untagged_run(doc, i, w)), 0)
        if size:
            found.append(Span(doc, i, i + size, label="ORG"))
        i += size or 1
    if found:
        doc.ents = [*doc.ents, *found]


def _untagged_run(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    run = doc[start : start + len(words)]
    return len(run) == len(words) and all(t.text == w and t.ent_iob_ == "O" for t, w in zip(run, words, strict=True))


def _clause_free_parts(ent) -> list:
    """"Dynamo led Cirrus" tagged as one name: the names on either side of the verb."""
    if not any(is_clause_verb(t) for t in ent):
        return [ent]
    parts = {not_across_verbs(ent, t) for t in ent if not (is_clause_verb(t))}
    return [Span(ent.doc, p.start, p.end, label=ent.label_, span_id=ent.id_) for p in sorted(parts, key=lambda p: p.start)]


def _span_mention(span, offset: int, label: str = OWNER_LABEL) -> Mention:
    """A title's owner or a government, which the tagger labels as no entity of its own."""
    return Mention(normalize_name(span.text), span.ent_id_ or None, label, offset + span.start_char, offset + span.end_char, _role(span.root))


_BEFORE_NON_SUBJECT = {"with", "by", "of", "to", "from", "in", "into", "and", "or", "for", "at", "on", "against", "than", "as", "like", "including"}


def _light_role(ent) -> str:
    """A sentence with no parse: its first named party, not after a preposition, is taken for the
    subject ("Founded in 2023, Zorbo has become ... competing with Acme"), so "It" refers to it."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in _BEFORE_NON_SUBJECT:
        return ""
    while i >= 0 and doc[i].text not in (".", "!", "?"):
        if doc[i].ent_type_ in ("ORG", "PERSON", "PRODUCT"):
            return ""
        i -= 1
    return "nsubj"


def _role(token: Token) -> str:
    """The grammatical role of an entity, looking through coordination ("Microsoft and Nvidia")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_


class EntityContext:
    """Entities of the article in order, for looking up a token's entity and resolving references."""

    def __init__(self, mentions: list[Mention], paragraph_starts: list[int] | None = None, descriptions: list[tuple[str, Mention]] | None = None):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.descriptions = descriptions or []  # (noun, organization): "chipmaker Nvidia" (descriptions())
        self.paragraph_starts = sorted(paragraph_starts or [0])
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

    def _recent_start(self, offset: int) -> int:
        """Start of the paragraph before the one holding `offset`."""
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraph_starts[max(0, index - 1)]

    def antecedent(self, offset: int, exclude: set[str], prefer: str = "subject", window: int = 1500) -> Mention | None:
        """The entity "it" or "the startup" refers to.

        Candidates are the organizations of this paragraph and the one before (else further
        back, within `window`). Ranked: known to the registry (the deal's parties, not the
        outlet that reported it), then in this paragraph, then in a parallel role (a payer or a valued company is
        most often an earlier subject, a receiver an earlier object: "Microsoft will invest
        in Anthropic, while Nvidia will invest in the startup"), then the most mentioned
        lately, then the nearest.
        """
        roles = SUBJECT_ROLES if prefer == "subject" else OBJECT_ROLES
        nearby = [
            m for m in self.before(offset, window)
            if m.label in ("ORG", "PRODUCT") and m.is_party and (m.entity_id or m.text) not in exclude and not is_outlet(m.text)
        ]
        recent = [m for m in nearby if m.start >= self._recent_start(offset)] or nearby
        if not recent:
            return None
        here = self._paragraph_start(offset)
        counts = Counter(m.entity_id or m.text for m in recent)
        ranked = sorted(
            enumerate(recent),
            key=lambda im: (
                im[1].start < here,  # this paragraph before the one above
                im[1].role not in roles,
                # Known to the registry only after place and role: "Zorbo raised $5 million,
                # valuing it at ..." is Zorbo's, though the registry knows a company named earlier.
                im[1].entity_id is None,
                -counts[im[1].entity_id or im[1].text],
                im[0],
            ),
        )
        return ranked[0][1]

    def described(self, noun: str, offset: int, exclude: set[str]) -> Mention | None:
        """The one organization the article described with `noun` before `offset` ("the
        challenger bank" after "challenger bank Zorbo"); None when none or several were."""
        found = {m.entity_id or m.text: m for word, m in self.descriptions if word == noun and m.end <= offset and (m.entity_id or m.text) not in exclude}
        return next(iter(found.values())) if len(found) == 1 else None

    def last_group(self, offset: int, count: int, exclude: set[str], window: int = 1500) -> list[Mention]:
        """The `count` organizations named last before `offset` (each once), in the order named."""
        found: list[Mention] = []
        for m in self.before(offset, window):
            key = m.entity_id or m.text
            if m.label in ("ORG", "PRODUCT") and m.is_party and key not in exclude and all((f.entity_id or f.text) != key for f in found):
                found.append(m)
            if len(found) == count:
                break
        return list(reversed(found))

    def _paragraph_start(self, offset: int) -> int:
        return self.paragraph_starts[max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)]


def descriptions(doc: Doc, offset: int) -> list[tuple[str, Mention]]:
    """The common nouns an article describes its organizations with: "challenger bank Zorbo",
    "chipmaker Nvidia" (a lower-case noun right before the name, attached to it) and "Zorbo, a
    Paris-based startup," (an appositive). A later "the bank", "the chipmaker", "the startup"
    means that organization (phrase_mention)."""
    parsed = doc.has_annotation("DEP")
    named = [(ent, token_mention(ent.root, offset)) for ent in doc.ents if ent.label_ == "ORG"]
    named += [(span, _span_mention(span, offset)) for span in (described_names(doc) if parsed else [])]
    found = []
    for ent, mention in named:
        if mention is None:
            continue
        before = doc[ent.start - 1] if ent.start else None
        if before is not None and _describes(before, ent, parsed):
            found.append((before.lower_, mention))
        found.extend((noun, mention) for noun in _appositive_nouns(ent, parsed))
    return found


def _appositive_nouns(ent: Span, parsed: bool) -> list[str]:
    """"Zorbo, a Paris-based startup,": the noun an appositive gives the name (in the light pass,
    with no parse, the last word before the next comma of ", a ... ,")."""
    if parsed:
        return [c.lemma_.lower() for c in ent.root.children if c.dep_ == "appos" and c.tag_ == "NN" and c.i >= ent.end]
    return _light_appositive(ent)


def _describes(word: Token, ent: Span, parsed: bool) -> bool:
    """A common noun right before a name, attached to it where the sentence was parsed (the
    light pass has no tags: a lower-case word that is no function word)."""
    if not word.is_alpha or word.is_stop or not (word.is_lower or word.is_sent_start):
        return False
    return not parsed or (word.tag_ in ("NN", "NNP") and ent.start <= word.head.i < ent.end)


def _light_appositive(ent: Span) -> list[str]:
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("a", "an", "the"):
        return []
    close = next((t.i for t in doc[ent.end + 2 : ent.end + 8] if t.text in (",", ".")), None)
    word = doc[close - 1] if close is not None else None
    return [word.lower_] if word is not None and word.is_alpha and word.is_lower and not word.is_stop else []


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
    span = not_across_verbs(doc[start:end], token)
    if is_dateline(span):  # "CHICAGO —": where the story was filed, not a party
        return None
    return Mention(party_name(span.text), span.ent_id_ or token.ent_id_ or None, span.label_ or token.ent_type_, offset + span.start_char, offset + span.end_char)


def phrase_mention(token: Token, offset: int, context: EntityContext, exclude: set[str], prefer: str = "subject") -> Mention | None:
    """The entity a noun phrase names: itself, a compound or possessive inside it, or what it refers back to."""
    relative = token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl"
    if relative:  # "Microsoft, which has poured ...": the noun the parser hung the clause on
        token = token.head.head
    found = token_mention(token, offset)
    if found:
        return replace(_speaks_for(token, found, offset), via="relative") if relative else _speaks_for(token, found, offset)
    if (gov := government(token) or described_at(token)) is not None:  # "the Irish government", "challenger bank Chime"
        return _span_mention(gov, offset)
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod", "appos") and (found := token_mention(child, offset)) and found.is_party:
            return replace(_speaks_for(child, found, offset), via="inside")  # "Acme's cloud unit": a name inside another noun phrase
    found = _reference(token, offset, context, exclude, prefer)
    if found is None:
        return None
    # Named in this paragraph or the one before (news paragraphs are a sentence or two), the
    # reference is as good as the name; from further back, a guess.
    near = found.start >= context._recent_start(offset + token.idx)
    return replace(found, found="reference" if near else "passage")


def _reference(token: Token, offset: int, context: EntityContext, exclude: set[str], prefer: str) -> Mention | None:
    """What a pronoun or definite noun refers back to: the organization the article described
    with that noun, the subject a possessive "its" is bound to, else the salient antecedent."""
    lex = relation_lexicon()
    lemma = token.lemma_.lower()
    if token.tag_ in ("NN", "NNP") and token.is_lower and _is_definite(token) and (described := context.described(lemma, offset + token.idx, exclude)):
        return described  # "the challenger bank" after "challenger bank Zorbo"
    if (owner := _bound_possessor(token)) is not None and (bound := phrase_mention(owner, offset, context, exclude, prefer)) is not None:
        return bound  # "the bank hit its valuation": its = the bank
    if token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children):
        return None  # "the five companies" is a group (collective) or no one, never a single name
    if lemma in lex["pronouns"] or token.lower_ in lex["pronouns"] or (lemma in lex["definite_nouns"] and _is_definite(token)):
        return context.antecedent(offset + token.idx, exclude, prefer)
    return None


def _bound_possessor(token: Token) -> Token | None:
    """The subject of the clause a possessive "its" sits in, when that subject is a noun, not
    another pronoun: "the challenger bank hit its $1.5 billion valuation" (its = the bank)."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    verb = token.head.head if token.head.dep_ in ("dobj", "attr") else token.head.head.head if token.head.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return None
    return subject


def collective(token: Token, offset: int, context: EntityContext, exclude: set[str]) -> list[Mention]:
    """"Together the two companies", "both firms": the parties named together just before."""
    lex = relation_lexicon()
    if token.lemma_.lower() not in lex["definite_nouns"] or token.tag_ != "NNS":
        return []
    words = {c.lower_ for c in token.children} | {c.lower_ for c in token.head.children if c.dep_ == "advmod"}
    numbers = {"both": 2, **cardinal_words(2, COLLECTIVE_MAX)}  # "both" is a count here, not a number word
    count = next((numbers[w] for w in words if w in numbers), 0)
    if not count:
        return []
    group = context.last_group(offset + token.idx, count, exclude)
    return [replace(m, found="reference") for m in group] if len(group) == count else []


def _speaks_for(token: Token, found: Mention, offset: int) -> Mention:
    """"Acme CEO Jane Roe said it will spend ...": the money is Acme's, the title's owner."""
    if found.label != "PERSON":
        return found
    owner = title_owner(_entity_of(token) or token.doc[token.i : token.i + 1])
    return _span_mention(owner, offset) if owner is not None else found


def _entity_of(token: Token):
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in ("the", "this", "that") for child in token.children) or any(
        child.dep_ == "poss" for child in token.children
    )


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Microsoft and Nvidia")."""
    return [token, *token.conjuncts]
