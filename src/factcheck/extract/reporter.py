"""Whose results a results figure that names no company is: the reporter of a results story (issue 14).

"Acme Corp said on Tuesday its quarterly profit rose 8%" opens a results story; a later "Sales
rose 5% to $10.4 billion" names no company, and no reader doubts that they are Acme's sales. That
is no salience guess (attribution.py) but a convention of the form: the lead makes one company the
reporter of the results, and the figures of results that follow, naming no one else, are its own.
Such a figure gets the reporter as its subject, with `subject_found` "reporter", and the rules
compare it like a named one.

Certainty stops, and the figure keeps no subject (or only its guess):
- at a figure that is no reported result: a forecast, an estimate or a range, the size of a
  change, a figure of no results metric (a share price);
- at a figure of a part of the results, not the whole: a segment's, a region's, a product's
  ("Subscription revenue", "Sales in Europe", "The cloud division's revenue"; reporter.json
  `whole_words`, `narrowing_prepositions`, `period_words`);
- at a sentence of someone else's figures: analysts', the market's, a rival's, a forecast
  (reporter.json `stop_words`), or one naming another company before the figure, as a subject or
  possessor, or right after it ("$4 billion at Bolt");
- at a paragraph with another company as a subject or possessor ("Bolt's sales fell"); and from
  there to the end of the article (two companies' results in one story), but for a paragraph whose
  own first sentence makes one company the reporter again ("Bolt reported net profit of ..."), or
  whose section heading does ("Bolt net up 4%", a results digest's; digests.py).
A lead that names two companies as subjects (or joins two by "and": "Acme and Bolt published results"), or a headline and lead naming different ones, makes
no reporter at all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.attribution import long_form, name_suffixes, plausible
from factcheck.extract.entities import EntityContext, Mention
from factcheck.extract.lexicon import relation_lexicon
from factcheck.models import CERTAIN_PLACES, Claim, MoneyClaim, Qualifier
from factcheck.nlp.pipeline import sentence_spans
from factcheck.normalize.wordlists import pattern_data

SUBJECT_PLACES = ("nsubj", "nsubjpass", "poss")  # a mention's dependency: the clause is about it
CLAIM_PLACES = CERTAIN_PLACES | {"clause"}  # where a lead figure's own company certainly sits ("Acme said its profit rose to ...")
COMPANY_LABELS = ("ORG", "PRODUCT")  # the tagger gives companies either label
OPEN_FOUND = (None, "paragraph", "article")  # no subject, or only a guess
_POSSESSIVE = re.compile(r"(?:'s|’s|\?s|'|’)$")
_WORD = re.compile(r"(?<!['’])\b[A-Za-z][\w-]*")
POSSESSED_WORDS = 4  # "Acme's third-quarter net profit": the possessed results noun, four words on at most


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's offsets in the article's prose, and whether it is a heading (a short line with
    no full stop: the headline, or a section's heading)."""

    index: int
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class Company:
    """A company as a claim's subject names it (`key`: its registry id, else its name) and as the
    text writes it (`text`)."""

    key: str
    text: str

    def same(self, other: Company) -> bool:
        return self.key == other.key or same_company(self.text, other.text)


@lru_cache(maxsize=1)
def _data() -> dict:
    data = dict(pattern_data("reporter"))  # a copy: the compiled forms are added to it
    data["results_re"] = _words(data["results_words"])
    data["stop_re"] = _words(data["stop_words"])
    data["heading_results_re"] = _words([*data["results_words"], "net"])  # "Zenith net up 9%"
    data["description_re"] = re.compile(r"(?:^|\s)(?:" + "|".join(relation_lexicon()["definite_nouns"]) + r")$")  # "Cincinnati company": lower case, no name
    metrics = pattern_data("metrics")["metrics"]
    phrases = [w for m in data["result_metrics"] for p in metrics[m] for w in re.split(r"[\s-]+", p.lower())]
    data["whole"] = {*data["whole_words"], *data["results_words"], *phrases} - set(data["phrase_openers"])
    return data


def _words(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", re.I)


def apply_results_reporter(claims: list[Claim], context: EntityContext, paragraphs: Sequence[Paragraph], text: str) -> list[Claim]:
    """`claims` with each open results figure of a results story given its reporter (module doc)."""
    money: dict[int, list[MoneyClaim]] = {}  # by paragraph: a long article stays linear
    for c in claims:
        if isinstance(c, MoneyClaim):
            money.setdefault(c.paragraph, []).append(c)
    holders = paragraph_reporters(money, context, paragraphs, text)
    if not holders:
        return claims
    metrics = {id(c): m for here in money.values() for c in here if (m := _result_metric(c, here))}
    return [
        _attributed(c, holders[c.paragraph], metrics[id(c)], context, text) if isinstance(c, MoneyClaim) and c.paragraph in holders and id(c) in metrics else c
        for c in claims
    ]


def _result_metric(claim: MoneyClaim, paragraph: list[MoneyClaim]) -> str | None:
    """The result a figure is of: its metric; or, for a figure of no metric and of an earlier
    period, the metric of the result before it in its sentence ("net income of $5 billion, up from
    $4 billion a year earlier"); None for no result."""
    if _result(claim):
        return claim.metric or "revenue"
    if claim.metric is not None or claim.context.temporal != "prior":
        return None
    before = [c for c in paragraph if c.sentence_span == claim.sentence_span and c.span.end <= claim.span.start]
    return _result_metric(before[-1], paragraph) if before and before[-1].context.temporal != "prior" else None


def paragraph_reporters(money: dict[int, list[MoneyClaim]], context: EntityContext, paragraphs: Sequence[Paragraph], text: str) -> dict[int, Company]:
    """The reporter each paragraph's open results figures certainly belong to, by paragraph index."""
    body = [p for p in paragraphs if text[p.start : p.end].strip()]
    lead_at = next((i for i, p in enumerate(body) if not p.heading), None)
    if lead_at is None:
        return {}
    story = _Story(money, context, text, _lead_reporter(money, context, body, lead_at, text))
    holders: dict[int, Company] = {}
    for position, paragraph in enumerate(body):
        holder = story.article if position <= lead_at else story.after_lead(paragraph)
        if holder is None:
            continue
        if _other_subject(context, paragraph, holder, text):
            story.article = None  # the story turns to another company: whose figures they are is open from here on
            continue
        holders[paragraph.index] = holder
    return holders


@dataclass
class _Story:
    """Who reports, paragraph by paragraph after the lead: the lead's reporter (`article`) until
    another company's results come, and a section heading's company for the paragraph below it."""

    money: dict[int, list[MoneyClaim]]
    context: EntityContext
    text: str
    article: Company | None
    section: Company | None = None

    def after_lead(self, paragraph: Paragraph) -> Company | None:
        own = _paragraph_reporter(self.money, self.context, paragraph, self.text) or self.section
        self.section = own if paragraph.heading else None
        if paragraph.heading and self.article is not None and _other_section(self.context, paragraph, self.article, self.text):
            self.article = None  # a section heading of someone else's ("Bolt net up 4%"): a section of another company
        if own is not None and self.article is not None and not own.same(self.article):
            self.article = None  # another company's results: the lead's reporter holds no further
        return own or self.article


def _lead_reporter(money: dict[int, list[MoneyClaim]], context: EntityContext, body: list[Paragraph], lead_at: int, text: str) -> Company | None:
    """The lead's reporter; a headline above it that names another company's results unsettles it."""
    lead = _paragraph_reporter(money, context, body[lead_at], text)
    heads = [h for p in body[:lead_at] if (h := _heading_reporter(context, p, text)) is not None]
    named = [n for n in (lead, *heads) if n is not None]
    if not named or any(not n.same(named[0]) for n in named[1:]):
        return None
    if lead is None and _companies(context, *_first_sentence(body[lead_at], text)):
        return None  # the lead names a company the headline's is not said to be
    return named[0]


def _paragraph_reporter(money: dict[int, list[MoneyClaim]], context: EntityContext, paragraph: Paragraph, text: str) -> Company | None:
    return _heading_reporter(context, paragraph, text) if paragraph.heading else _first_sentence_reporter(money, context, paragraph, text)


def _first_sentence_reporter(money: dict[int, list[MoneyClaim]], context: EntityContext, paragraph: Paragraph, text: str) -> Company | None:
    """The one company the paragraph's first sentence makes the reporter of results: the company
    its results figures are certainly attributed to, or its one company subject beside a results
    word; none when the sentence has another company as a subject or possessor, or someone else's
    figures (stop words)."""
    start, end = _first_sentence(paragraph, text)
    sentence = text[start:end]
    data = _data()
    if not data["results_re"].search(sentence) or data["stop_re"].search(sentence):
        return None
    by_claims = [Company(c.subjects[0], c.subject_text or c.subjects[0]) for c in money.get(paragraph.index, []) if start <= c.sentence_span.start < end and _lead_figure(c) and not _data()["description_re"].search(c.subject_text or "")]
    found = [*by_claims, *(_company(m) for m in _companies(context, start, end) if _subject_of(m, text))]
    if not found or any(not f.same(found[0]) for f in [*found[1:], *_joined(context, start, end, text)]):
        return None
    return found[0]


_JOINER = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$", re.I)


def _joined(context: EntityContext, start: int, end: int, text: str) -> list[Company]:
    """ "Quorra and Pelican published results": companies joined by "and" or a comma are two
    companies of the sentence, whatever the parse made of the second: no one reporter."""
    pairs = [(a, b) for a, b in itertools.pairwise(_companies(context, start, end)) if _JOINER.match(text[a.end : b.start])]
    return [_company(m) for pair in pairs for m in pair]


def _heading_reporter(context: EntityContext, paragraph: Paragraph, text: str) -> Company | None:
    """A heading's one company beside a results word ("Acme profit rises 8%"); a heading's parse
    places nothing, so any company it names counts."""
    if not _data()["results_re"].search(text[paragraph.start : paragraph.end]):
        return None
    found = [_company(m) for m in _names(context, paragraph.start, paragraph.end)]
    return found[0] if found and all(f.same(found[0]) for f in found[1:]) and _companies(context, paragraph.start, paragraph.end) else None
def _other_section(context: EntityContext, paragraph: Paragraph, reporter: Company, text: str) -> bool:
    """A section heading that names someone other than the reporter, or results of no one named
    (the tagger may not see "Zenith" in "Zenith net up 9%" as a name)."""
    names = _names(context, paragraph.start, paragraph.end)
    if any(not reporter.same(_company(m)) for m in names):
        return True
    return not names and _data()["heading_results_re"].search(text[paragraph.start : paragraph.end]) is not None


def _lead_figure(claim: MoneyClaim) -> bool:
    return len(claim.subjects) == 1 and claim.subject_found in ("clause", "reference") and claim.subject_role in CLAIM_PLACES and _result(claim)


def _result(claim: MoneyClaim) -> bool:
    return claim.metric in _data()["result_metrics"] or claim.relation == "revenue"


def _first_sentence(paragraph: Paragraph, text: str) -> tuple[int, int]:
    start, end = sentence_spans(text[paragraph.start : paragraph.end])[0]
    return paragraph.start + start, paragraph.start + end


def _companies(context: EntityContext, start: int, end: int) -> list[Mention]:
    """The companies named in [start, end): organizations and products the tagger saw, not the
    outlets, data providers and exchanges that report no results of their own, nor a description
    that refers back to one ("The Ohio company")."""
    data = _data()
    return [
        m for m in context.between(start, end)
        if m.label in COMPANY_LABELS and m.is_party and plausible(m) and m.text.lower() not in data["not_companies"] and not data["description_re"].search(m.text)
    ]


def _names(context: EntityContext, start: int, end: int) -> list[Mention]:
    """The companies and people named in [start, end): a person may speak for another company."""
    return [*_companies(context, start, end), *(m for m in context.between(start, end) if m.label == "PERSON" and m.is_party)]


def _subject_of(mention: Mention, text: str) -> bool:
    """The clause is about the company: its subject, or the possessor of a results word ("Acme's
    quarterly profit"; not "because of Acme's lower investment")."""
    if mention.role in ("nsubj", "nsubjpass"):
        return True
    if mention.role != "poss":
        return False
    words = _WORD.findall(text, mention.end, mention.end + 60)[:POSSESSED_WORDS]
    return any(_data()["results_re"].fullmatch(w) for w in words)


def _other_subject(context: EntityContext, paragraph: Paragraph, reporter: Company, text: str) -> bool:
    """Another company is a subject in the paragraph, or a possessor of its results."""
    return any(_subject_of(m, text) and not reporter.same(_company(m)) for m in _companies(context, paragraph.start, paragraph.end))


def _company(mention: Mention) -> Company:
    return Company(mention.entity_id or mention.text, mention.text)


def _attributed(claim: MoneyClaim, reporter: Company, metric: str, context: EntityContext, text: str) -> MoneyClaim:
    """The claim with the reporter as its subject, when it is an open figure of a reported result in
    a sentence of the reporter's own figures; else as it was."""
    if not (_open_result(claim) and _own_sentence(claim, reporter, context, text)) or _narrowed(claim, reporter, text):
        return claim
    relation = claim.relation or ("revenue" if metric == "revenue" else "other")  # a result's relation where the parse gave none
    return claim.model_copy(
        update={"subjects": (reporter.key,), "subject": reporter.key, "subject_text": reporter.text, "subject_found": "reporter", "subject_role": "topic", "guessed_subject": None, "relation": relation}
    )


def _open_result(claim: MoneyClaim) -> bool:
    """No company named, and a reported result: not forecast, not a range, not a change's size."""
    amount, ctx = claim.amount, claim.context
    if claim.subjects or claim.subject_group or claim.subject_found not in OPEN_FOUND or amount is None:
        return False
    return not (ctx.forecast or ctx.change_amount or amount.qualifier is Qualifier.RANGE or claim.relation not in (None, "other", "revenue"))


def _own_sentence(claim: MoneyClaim, reporter: Company, context: EntityContext, text: str) -> bool:
    """The figure's sentence gives the reporter's own figures: no stop word, and no other company
    before the figure, as a subject or possessor, or right after it (no comma between: "$4 billion
    at Bolt"; ", boosted by sales of Bolt Whitening" is not the figure's company)."""
    start, end = claim.sentence_span.start, claim.sentence_span.end
    if _data()["stop_re"].search(text[start:end]):
        return False
    for m in _names(context, start, end):
        if reporter.same(_company(m)):
            continue
        if m.start < claim.span.start or m.role in SUBJECT_PLACES or not re.search(r"[,;:()—–]", text[claim.span.end : m.start]):
            return False
    return True


def _narrowed(claim: MoneyClaim, reporter: Company, text: str) -> bool:
    """The figure is of a part of the results, not the whole: its results noun (the last one
    before it in the sentence) has a modifier that is no results or period word ("Subscription
    revenue", "Cloud sales"), a possessor other than the reporter ("The cloud division's revenue"),
    or a phrase after it that is no period ("Sales in Europe", "Revenue at its cloud unit"; not
    "Revenue in the quarter", nor "Revenue of $9 billion")."""
    before = text[claim.sentence_span.start : claim.span.start]
    nouns = list(_data()["results_re"].finditer(before))
    if not nouns:
        return False
    noun = nouns[-1]
    clause = re.split(r"[,;:()—–]", before[: noun.start()])[-1]
    return _narrowing_modifier(clause.split(), reporter) or _narrowing_phrase(before[noun.end() :])


def _narrowing_modifier(words: list[str], reporter: Company) -> bool:
    """The words right before a results noun narrow it: a possessor not the reporter's, or a word
    of no results or period that opens the noun's phrase (at the clause's start, or after a
    determiner or preposition: "as cloud revenue"; a verb before it, "It posted net income", is
    no modifier)."""
    data = _data()
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lstrip('"“‘').rstrip('"”')
        if _POSSESSIVE.search(word):
            return not _reporters_own(words[: i + 1], reporter)
        if _whole(word):
            continue
        low = word.lower()
        return low not in data["phrase_openers"] and (i == 0 or words[i - 1].lower() in data["phrase_openers"])
    return False


def _whole(word: str) -> bool:
    """A results, metric or period word ("quarterly", "net", "fourth-quarter", "2025")."""
    parts = [p for p in re.split(r"[-–]", word.lower()) if p]
    return bool(parts) and all(p in _data()["whole"] or p.isdigit() for p in parts)


def _reporters_own(words: list[str], reporter: Company) -> bool:
    """A possessor (the last of `words`, and the words of its phrase before it) that is the
    reporter, a description of it ("the company's"), or a period ("last year's")."""
    openers = _data()["phrase_openers"]
    start = max((i + 1 for i, w in enumerate(words) if w.lower() in openers), default=0)
    possessor = [_POSSESSIVE.sub("", w) for w in words[start:]]
    if all(_whole(w) for w in possessor):
        return True
    name = " ".join(possessor)
    return name.lower() in relation_lexicon()["definite_nouns"] or same_company(name, reporter.text)


def _narrowing_phrase(after: str) -> bool:
    """A phrase right after the results noun, opened by a narrowing preposition, whose first
    words name no period: a place, a unit, a product ("in Europe", "from its games business")."""
    data = _data()
    match = re.match(r"\s+([a-z]+)\b(.*)", after, re.S | re.I)
    if not match or match.group(1).lower() not in data["narrowing_prepositions"]:
        return False
    words = [w for w in re.findall(r"[\w-]+", match.group(2).lower()) if w not in data["approximators"]][:3]
    return bool(words) and not any(w in data["period_words"] or (w.isdigit() and len(w) == 4) for w in words)


def same_company(a: str, b: str) -> bool:
    """Two names of one company: equal but for case, possessive and corporate suffixes ("Acme Corp."
    and "Acme's"), one the other's leading words ("Bolt" and "Bolt Labs") or abbreviation ("Tata
    Comm" and "Tata Communications"), or its initials ("C&D" for "Cirrus & Dane")."""
    x, y = _words_of(a), _words_of(b)
    if not x or not y:
        return a == b
    short, long = sorted((x, y), key=len)
    if short[0] == long[0] and all(long[i].startswith(w) for i, w in enumerate(short)):
        return True
    return long_form(a, [b]) == b or long_form(b, [a]) == a


def _words_of(name: str) -> list[str]:
    suffixes = name_suffixes()
    return [w for w in (_POSSESSIVE.sub("", w).lower() for w in name.split()) if w and w not in suffixes]
