"""Stage 3, extract: spaCy Docs into `Claim`s. The last module that touches spaCy objects.

One money claim per money mention, with its amount and, where the sentence says them, its
subject, relation and object; and relation claims with no money (ceo_of, available_on,
partners_with ...). Subjects and objects are surface names here; resolve maps them to ids.
Percents, quantities, counts and durations come from their own grammars, with no parse.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

from spacy.tokens import Span

from factcheck.extract.attribution import guess_subject, long_form
from factcheck.extract.budget import budget_estimate, budget_story
from factcheck.extract.collective import apply_collective_totals
from factcheck.extract.context import claim_context
from factcheck.extract.continuation import apply_continuation, apply_running_totals, apply_targets
from factcheck.extract.conversions import share_with_conversions
from factcheck.extract.counts import count_claims
from factcheck.extract.deal_reference import apply_deal_references
from factcheck.extract.digests import heading_companies
from factcheck.extract.durations import duration_claims
from factcheck.extract.entities import EntityContext, Mention, descriptions, doc_mentions, organization_names, tag_repeated_names
from factcheck.extract.figures import BareParagraph, figure_claims
from factcheck.extract.gapping import apply_gapping
from factcheck.extract.lists import apply_list_awarder
from factcheck.extract.locate import Locator
from factcheck.extract.metrics import metric_of
from factcheck.extract.quote import SentenceTexts, quoted_sentence, stripped_span
from factcheck.extract.relational import relation_claims
from factcheck.extract.relations import Frame, money_frame, share_change_frames, share_per_unit_frames
from factcheck.extract.reporter import Paragraph, apply_results_reporter
from factcheck.extract.time import time_anchor
from factcheck.models import CLAUSE_PLACES, PARTY_ROLES, PERIODS, RELATIONS, Amount, Claim, ClaimContext, Document, MoneyClaim, PartyRole, PercentClaim, Qualifier, QuantityClaim, SubjectFound, one_of
from factcheck.models import Span as TextSpan
from factcheck.nlp.extensions import MONEY_SPANS
from factcheck.nlp.pipeline import Analysis, Segment
from factcheck.normalize.dollars import ArticleCurrencies, read_article
from factcheck.normalize.money import MoneyMention
from factcheck.prose.paragraphs import paragraphs

TOPIC_MIN_MENTIONS = 3
_LABEL = re.compile(r"^\W*(?P<label>[^:\n]{1,60}):\s")


def extract_claims(analysis: Analysis, currency: str | None = None) -> list[Claim]:
    """`currency`: the configured reading of a bare "$" (and "¥", "kr"); see normalize.dollars."""
    currencies = read_article(analysis.document.prose_text, _all_mentions(analysis), currency)
    _tag_repeated_names(analysis)
    context = EntityContext(
        [m for seg in analysis.segments for m in segment_mentions(seg)],
        [seg.start for seg in analysis.segments],
        [d for seg in analysis.segments for doc in (seg.doc, seg.context_doc) if doc is not None for d in descriptions(doc, seg.start)],
    )
    topic = _topic(context)
    claims: list[Claim] = []
    for segment in analysis.segments:
        money = _money_claims(segment, context, analysis, topic, currencies)
        claims.extend(money)
        claims.extend(_outside(figure_claims(segment, analysis.document.prose_text), money))
        if segment.parsed:
            claims.extend(relation_claims(segment, context))
    claims = apply_deal_references(claims)
    claims = apply_results_reporter(claims, context, _paragraphs(analysis), analysis.document.prose_text)
    return _numbered(claims)


def _numbered(claims: list[Claim], first: int = 1) -> list[Claim]:
    """The claims in text order, numbered c{first}, c{first + 1}, ..."""
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind))
    return [claim.model_copy(update={"id": f"c{i}"}) for i, claim in enumerate(ordered, start=first)]


def _bare_paragraphs(prose: str) -> list[BareParagraph]:
    return [BareParagraph(i, start, end) for i, (start, end) in enumerate(paragraphs(prose))]


def _paragraphs(analysis: Analysis) -> list[Paragraph]:
    return [Paragraph(seg.index, seg.start, seg.end, heading=_is_headline(analysis, seg)) for seg in analysis.segments]


def figures_only(document: Document) -> list[Claim]:
    """The claims of an article with no money and no relation word (one spaCy skips): its
    percents and quantities, as `extract_claims` would give them."""
    prose = document.prose_text
    return _numbered([c for paragraph in _bare_paragraphs(prose) for c in figure_claims(paragraph, prose)])


def with_counts_and_durations(document: Document, claims: list[Claim]) -> list[Claim]:
    """`claims` followed by the article's count and duration claims, numbered after them (so the
    ids of the other kinds do not depend on these). Read from the whole prose at once: a count's
    items may be headings paragraphs below it, wherever spaCy's windows cut the article."""
    locator = Locator(document.prose_text, _bare_paragraphs(document.prose_text))
    return [*claims, *_numbered([*count_claims(locator), *duration_claims(locator)], first=len(claims) + 1)]


def _outside(figures: list[PercentClaim | QuantityClaim], money: list[MoneyClaim]) -> list[PercentClaim | QuantityClaim]:
    """Percents and quantities that are not part of a money mention ("$5 million shares" is money)."""
    return [f for f in figures if not any(m.span.start < f.span.end and f.span.start < m.span.end for m in money)]


def _parties(sentence_start: int, sentence_end: int, has_subject: bool, segment: Segment, context: EntityContext, analysis: Analysis) -> tuple[str, ...]:
    """Who the passage is about: the sentence's entities; when they name no known entity (or the
    claim has no subject), also those of the sentence before and of the nearest line above it
    (a label or heading such as "Partners: A + B" or "For Anthropic:")."""

    def within(start: int, end: int) -> list[Mention]:
        return [m for m in context.between(start, end) if m.is_party]

    found = within(sentence_start, sentence_end)
    if not any(m.entity_id for m in found) or not has_subject:
        earlier = within(segment.start, sentence_start)
        found = earlier + found
        if not any(m.entity_id for m in found) or not has_subject:
            for previous in reversed(analysis.segments[max(0, segment.index - 3) : segment.index]):
                above = within(previous.start, previous.end)
                if above:
                    found = above + found
                    break
    return tuple(dict.fromkeys(m.entity_id or m.text for m in found))


def _tag_repeated_names(analysis: Analysis) -> None:
    """A name the tagger calls an organization in one paragraph is one in all (entities.py); so is
    a name a results digest's heading gives the paragraph below it (digests.py)."""
    docs = [doc for seg in analysis.segments for doc in (seg.doc, seg.context_doc) if doc is not None]
    names = set().union(*(organization_names(doc) for doc in docs)) if docs else set()
    names |= heading_companies(analysis.segments, analysis.document.prose_text)
    for doc in docs:
        tag_repeated_names(doc, names)


def segment_mentions(segment: Segment) -> list[Mention]:
    """The paragraph's entities: from the parse, and from the light pass where sentences were skipped."""
    mentions = doc_mentions(segment.doc, segment.start)
    if segment.context_doc is not None:
        ranges = [(segment.start + a, segment.start + b) for a, b in segment.skipped]
        mentions += [m for m in doc_mentions(segment.context_doc, segment.start) if any(a <= m.start < b for a, b in ranges)]
    return mentions


def _topic(context: EntityContext) -> Mention | None:
    """The organization the article is about: named most often, at least three times."""
    counts = Counter(m.entity_id or m.text for m in context.mentions if m.label == "ORG")
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    if count < TOPIC_MIN_MENTIONS:
        return None
    return next(m for m in context.mentions if (m.entity_id or m.text) == key)


def _all_mentions(analysis: Analysis) -> list[MoneyMention]:
    return [span._.fc_money for seg in analysis.segments for span in seg.doc.spans.get(MONEY_SPANS, [])]


@dataclass
class _Passage:
    """One paragraph's money mentions and their frames, as the passes below complete them."""

    segment: Segment
    context: EntityContext
    texts: SentenceTexts
    topic: Mention | None
    spans: list[Span]
    frames: list[Frame]
    by_reference: set[int] = field(default_factory=set)  # frames filled from an earlier figure ("another $4 billion")
    guessed: dict[int, Mention] = field(default_factory=dict)  # subjects that are only a guess (_distant_reference_pass)
    analysis: Analysis | None = None  # the article, for what a paragraph above says of this one (a list's intro)


def _passage(segment: Segment, context: EntityContext, topic: Mention | None, analysis: Analysis | None = None) -> _Passage:
    doc = segment.doc
    spans = list(doc.spans[MONEY_SPANS]) if MONEY_SPANS in doc.spans else []
    texts = SentenceTexts(doc)
    return _Passage(segment, context, texts, topic, spans, [_frame(span, segment, context, texts) for span in spans], analysis=analysis)


def _list_intro_pass(p: _Passage) -> None:
    """"The Air Force awarded the following contracts:" names the awarder of each line below (lists.py)."""
    if p.analysis is not None:
        apply_list_awarder(p.frames, p.analysis.segments, p.segment.index, p.analysis.document.prose_text, p.context)


def _respectively_pass(p: _Passage) -> None:
    _apply_respectively(p.spans, p.frames, p.segment, p.texts, p.context)


def _gapping_pass(p: _Passage) -> None:
    if p.segment.parsed:
        apply_gapping(p.spans, p.frames, p.segment.start, p.context)


def _continuation_pass(p: _Passage) -> None:
    if p.segment.parsed:
        p.by_reference |= set(apply_continuation(p.spans, p.frames))


def _running_total_pass(p: _Passage) -> None:
    if p.segment.parsed:
        p.by_reference |= set(apply_running_totals(p.spans, p.frames))


def _conversions_pass(p: _Passage) -> None:
    share_with_conversions(p.spans, p.frames)


def _change_frames_pass(p: _Passage) -> None:
    if p.segment.parsed:
        share_change_frames(p.spans, p.frames)
        share_per_unit_frames(p.spans, p.frames)


def _targets_pass(p: _Passage) -> None:
    if p.segment.parsed:
        p.by_reference |= set(apply_targets(p.spans, p.frames))


def _collective_pass(p: _Passage) -> None:
    if p.segment.parsed:
        apply_collective_totals(p.spans, p.frames)


def _topic_object_pass(p: _Passage) -> None:
    """"Microsoft's Role: $5 billion investment" in an article about Anthropic: the topic receives it."""
    if p.topic is None:
        return
    topic = p.topic.entity_id or p.topic.text
    for frame in p.frames:
        if frame.relation == "invests_in" and frame.subjects and frame.object is None and all((m.entity_id or m.text) != topic for m in frame.subjects):
            frame.object = replace(p.topic, via="topic")


def _distant_reference_pass(p: _Passage) -> None:
    """"It" or "the startup" resolved to a name of an earlier paragraph is a guess: the subject
    goes to `guessed_subject` (compared by no rule), not to `subjects`. A pronoun resolved
    within its paragraph, or a name, stays."""
    for index, frame in enumerate(p.frames):
        if frame.subjects and any(m.found == "passage" for m in frame.subjects):
            p.guessed[index] = frame.subjects[0]
            frame.subjects = []


# In order: a list intro names the awarder its lines lack; "respectively" and gapping read the parse's own frames; continuation and running totals
# copy a finished frame; conversions share it; the two ends of a from-to change share one frame; a collective total comes after them (a total in
# apposition is not a gloss of the figure before it); the topic fills what is still without a receiver.
FRAME_PASSES = (_list_intro_pass, _respectively_pass, _gapping_pass, _continuation_pass, _running_total_pass, _conversions_pass, _change_frames_pass, _targets_pass, _collective_pass, _topic_object_pass, _distant_reference_pass)


def _money_claims(segment: Segment, context: EntityContext, analysis: Analysis, topic: Mention | None, currencies: ArticleCurrencies) -> list[MoneyClaim]:
    passage = _passage(segment, context, topic, analysis)
    for step in FRAME_PASSES:
        step(passage)
    writer = _ClaimWriter(passage, analysis, currencies)
    return [writer.claim(index) for index in range(len(passage.spans))]


@dataclass
class _ClaimWriter:
    """Turns a passage's completed frames into `MoneyClaim`s."""

    passage: _Passage
    analysis: Analysis
    currencies: ArticleCurrencies

    @cached_property
    def paragraph_parties(self) -> tuple[str, ...]:
        segment, context = self.passage.segment, self.passage.context
        return tuple(dict.fromkeys(m.entity_id or m.text for m in context.between(segment.start, segment.end) if m.is_party))

    @cached_property
    def budget_story(self) -> bool:
        return budget_story(self.analysis.document.prose_text)

    @cached_property
    def headline(self) -> bool:
        return self.passage.segment.index == 0 and _is_headline(self.analysis, self.passage.segment)

    def claim(self, index: int) -> MoneyClaim:
        p = self.passage
        span, frame, segment = p.spans[index], p.frames[index], p.segment
        mention: MoneyMention = span._.fc_money
        _expand_short_forms(frame, p.context, segment.start + mention.start)
        sentence = p.texts.sentence(span) if segment.parsed else span.doc[:]
        low, quoted = quoted_sentence(p.texts, sentence, mention.start - sentence.start_char, mention.end - sentence.start_char)
        sent_start = segment.start + sentence.start_char + low
        at = mention.start - sentence.start_char - low  # the figure's offset in `quoted`
        subjects = tuple(m.text for m in frame.subjects)
        joined = " + ".join(subjects) if subjects else None
        guessed, found = self._subject_source(index, frame, segment.start + mention.start)
        own = stripped_span(sent_start, quoted)  # the sentence's own words, without the text blanked before it
        metric, context = self._metric_and_context(mention, frame, quoted, at)
        return MoneyClaim(
            id="c0",
            span=TextSpan(start=segment.start + mention.start, end=segment.start + mention.end),
            text=mention.text,
            sentence=quoted.strip(),
            sentence_span=TextSpan(start=own[0], end=own[1]),
            paragraph=segment.index,
            amount=self._amount(mention, frame),
            subject=joined,
            subjects=tuple(m.entity_id or m.text for m in frame.subjects),
            relation=one_of(RELATIONS, "other" if mention.per and frame.relation else frame.relation),  # "$2 per share" is a price
            object=_object_id(frame),
            subject_text=joined,
            object_text=frame.object.text if frame.object else None,
            object_found=_object_found(frame),
            subject_role=_subject_role(frame, found, own),
            object_role=_party_role(frame.object, own),
            parties=_parties(sent_start, sent_start + len(quoted), bool(subjects), segment, p.context, self.analysis),
            paragraph_parties=self.paragraph_parties,
            context=context,
            subject_found=found,
            guessed_subject=self._guessed_name(guessed),
            subject_group=frame.group if not frame.subjects else None,
            time=time_anchor(quoted, at, at + len(mention.text), _other_figures(p.spans, index, sentence.start_char + low, len(quoted))),
            purpose=frame.purpose,
            metric=metric,
        )

    def _metric_and_context(self, mention: MoneyMention, frame: Frame, quoted: str, at: int) -> tuple[str | None, ClaimContext]:
        """The figure's metric and the words' reading of it. A budget's own figure stated as an
        estimate ("the outlay is pegged at ...", extract/budget.py) in a government's budget story
        is no forecast and no guidance, when its words name no results metric besides the estimate (a part of the receipts, "tax
        revenue", must not meet their whole) and its payer, if named, is a place, not a company
        ("Acme estimated its capital spending at ..." is guidance)."""
        end = at + len(mention.text)
        metric = metric_of(quoted, at, end) or _RELATION_METRICS.get(frame.relation or "")
        context = claim_context(mention, quoted, at, self.headline)
        if (
            self.budget_story
            and budget_estimate(quoted, at, named_payer=bool(frame.subjects))
            and metric_of(quoted, at, end, skip=_ESTIMATE_METRICS) is None
            and frame.relation not in _RELATION_METRICS
            and all(m.label in _GOVERNMENT_LABELS for m in frame.subjects)
        ):
            return None, context.model_copy(update={"forecast": False, "budget_figure": True})
        return metric, context

    def _guessed_name(self, guessed: Mention | None) -> str | None:
        """A guessed subject by its registry id, or else by its full name in the passage."""
        return (guessed.entity_id or _full_name(guessed, self.passage.context, guessed.start).text) if guessed else None

    def _subject_source(self, index: int, frame: Frame, offset: int) -> tuple[Mention | None, SubjectFound | None]:
        """(a guessed subject, how the subject was found): named ones say where they came from;
        with none named, the passage's salient entity is a guess (attribution.py)."""
        if index in self.passage.guessed:
            return self.passage.guessed[index], "paragraph"
        if not frame.subjects and frame.group:
            return None, "group"  # the clause's subject is a class of payers: no one to guess
        if not frame.subjects:
            return guess_subject(frame.relation, offset, frame.object, self.passage.context, self.passage.topic)
        if index in self.passage.by_reference or any(m.found == "reference" for m in frame.subjects):
            return None, "reference"
        return None, "label" if frame.label_only else "clause"

    def _amount(self, mention: MoneyMention, frame: Frame) -> Amount | None:
        if mention.value is None:
            return None
        reading = self.currencies.settle(mention)
        return Amount(
            value=mention.value,
            high=mention.high,
            currency=reading.currency,
            currency_ambiguous=reading.ambiguous,
            qualifier=Qualifier(mention.qualifier),
            per=mention.per,
            period=one_of(PERIODS, mention.period or frame.period),
            precision=mention.precision,
        )


def _object_id(frame: Frame) -> str | None:
    """The receiver by its registry id, or else as written."""
    return (frame.object.entity_id or frame.object.text) if frame.object else None


def _subject_role(frame: Frame, found: SubjectFound | None, sentence: tuple[int, int]) -> PartyRole | None:
    """Where the first subject sat (models.PartyRole); a label or a continued figure's payer is no clause place."""
    if not frame.subjects:
        return None
    if found == "label" or (found == "reference" and frame.subjects[0].found == "clause"):
        return found  # a list label, or the payer of the figure a continuing one ("another $4 billion") continues
    return _party_role(frame.subjects[0], sentence)


def _party_role(mention: Mention | None, sentence: tuple[int, int]) -> PartyRole | None:
    """A named party's place. A pronoun or definite noun resolved to a name is a reference, or
    "bound" when it fills a certain place and its name stands in the same sentence ("Zorbo said
    it received $2 billion from Bolt")."""
    if mention is None:
        return None
    if mention.found != "clause":
        bound = mention.found == "reference" and mention.via in CLAUSE_PLACES and sentence[0] <= mention.start and mention.end <= sentence[1]
        return "bound" if bound else "reference"
    return one_of(PARTY_ROLES, mention.via or "other")


def _object_found(frame: Frame) -> Literal["clause", "reference"] | None:
    """How the receiver was found: named, or a pronoun or definite noun resolved to a name."""
    if frame.object is None:
        return None
    return "clause" if frame.object.found == "clause" else "reference"


_RELATION_METRICS = {"revenue": "revenue"}  # a figure of the revenue frame is revenue, whatever words stand between
_ESTIMATE_METRICS = frozenset({"guidance"})  # the metric an estimate's own words give ("estimated", "projected")
_GOVERNMENT_LABELS = ("GPE", "NORP", "LOC")  # a payer that is a place (a state, a country): a budget's, not a company's


def _other_figures(spans: list[Span], index: int, start: int, length: int) -> tuple[tuple[int, int], ...]:
    """The other money figures of the sentence text that starts at `start`, relative to it (for time anchors)."""
    found = []
    for i, span in enumerate(spans):
        money: MoneyMention = span._.fc_money
        if i != index and start <= money.start and money.end <= start + length:
            found.append((money.start - start, money.end - start))
    return tuple(found)


def _expand_short_forms(frame: Frame, context: EntityContext, offset: int) -> None:
    """"P&G" or "Procter" after "Procter & Gamble Co.": the article's full name, when only one fits."""
    frame.subjects = [_full_name(subject, context, offset) for subject in frame.subjects]


def _full_name(subject: Mention, context: EntityContext, offset: int) -> Mention:
    if subject.entity_id:  # the registry knows it: resolve names it
        return subject
    names = list(dict.fromkeys(m.text for m in context.mentions if m.start < offset and m.is_party))
    full = long_form(subject.text, names)
    return replace(subject, text=full) if full else subject


def _frame(span: Span, segment: Segment, context: EntityContext, texts: SentenceTexts) -> Frame:
    label = _label_subject(span, segment, context, texts)
    if not segment.parsed:
        return Frame(subjects=[label] if label else [], label_only=label is not None)
    frame = money_frame(span, segment.start, context, label)
    frame.label_only = label is not None and [m.via for m in frame.subjects] == ["label"]  # the frame fell back on the label
    return frame


def _label_subject(span: Span, segment: Segment, context: EntityContext, texts: SentenceTexts) -> Mention | None:
    """A list label ("Nvidia's Stake: ...") or the entity of the label a few lines up ("Partners: A + B")."""
    sentence = texts.sentence(span) if segment.parsed else span.doc[:]
    match = _LABEL.match(texts.text[sentence.start_char : min(sentence.end_char, sentence.start_char + 200)])  # a label is short
    if match and sentence.start_char + match.end() <= span.start_char:
        label_end = segment.start + sentence.start_char + match.end("label")
        inside = [m for m in context.before(label_end, 80) if m.start >= segment.start + sentence.start_char]
        if inside:
            return inside[-1]  # the first entity of the label
    return None


def _apply_respectively(spans: list[Span], frames: list[Frame], segment: Segment, texts: SentenceTexts, context: EntityContext) -> None:
    """"A and B will invest $10B and $5B, respectively": the i-th amount goes to the i-th party."""
    if not segment.parsed:
        return
    by_sentence: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        sentence = texts.sentence(span)
        if "respectively" in texts.of(sentence).lower():
            by_sentence.setdefault(sentence.start, []).append(i)
    for indexes in by_sentence.values():
        subjects = next((frames[i].subjects for i in indexes if len(frames[i].subjects) == len(indexes)), None)
        subjects = subjects or _parties_before(spans[indexes[0]], len(indexes), segment.start, context)
        if subjects:
            _distribute(subjects, [frames[i] for i in indexes])


def _parties_before(first: Span, count: int, segment_start: int, context: EntityContext) -> list[Mention]:
    """The parties its sentence names before the first figure, when they are as many as the
    figures: "Acme and Bolt back the plan, with pledges of $2 billion and $3 billion,
    respectively" (where the parse does not tie the pledges to the names)."""
    start, end = segment_start + first.sent.start_char, segment_start + first.start_char
    named = list({(m.entity_id or m.text): replace(m, via="sentence") for m in context.between(start, end) if m.is_party}.values())
    return named if len(named) == count > 1 else []


def _distribute(subjects: list[Mention], frames: list[Frame]) -> None:
    relation = next((f for f in frames if f.relation), None)
    for position, frame in enumerate(frames):
        frame.subjects = [subjects[position]]
        if frame.relation is None and relation is not None:
            frame.relation, frame.object = relation.relation, relation.object


def _is_headline(analysis: Analysis, segment: Segment) -> bool:
    text = analysis.document.prose_text[segment.start : segment.end].rstrip()
    return len(text) < 200 and not text.endswith((".", "!", "?"))


__all__ = ["extract_claims", "figures_only", "with_counts_and_durations"]
