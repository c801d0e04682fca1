"""Totals stated with their parts, whoever pays whom: the sentence's own words join them.

Shapes, each read inside one sentence (or a sentence and the one just before it):
  total-then-parts  "receipts of $9.1 billion, which include $6.2 billion in taxes and $2.9 billion in fees"
  parts-then-total  "$4 million for roads and $2 million for schools, a total of $6 million";
                    "$6.2 billion plus $0.9 billion of debt, about $7.1 billion"
  back-reference    "The package is worth €3bn." + "It consists of €2bn in spending and €1bn in tax cuts."
  closed chain      "... with €25 million in bonuses. They include €5 million for ..., with a further €5
                    million for .... The remaining €15 million depends on ...": a breakdown that opens
                    on the total's next sentence and runs over up to three sentences, closed by "the
                    remaining" (or "the rest", "the balance of") part, which makes it exhaustive.
  tranches          "... an additional $22.5 billion, bringing its total commitment to $40 billion."
                    + "It was the second closing." + "The first closing, in April, was $7.5 billion":
                    with every earlier instalment counted by its ordinal, the running total is their sum.
  one part          "a spending plan of $9.4 billion, which includes new programmes worth $1.2 billion": the one part,
                    named right after "includes"/"including"/"of which" (an article, or a few words ending
                    in "worth", "of" or "at"), is some of a gross total; never of a balance (a profit, a
                    loss, a change), which a part may exceed. Also fronted: "Along with $3.0 billion from
                    other funds, the total raised reached $9.5 billion" (the other parts may stand elsewhere).
Words that list the whole ("consists of", "split between", "a total of") make an exhaustive sum,
checked both ways; words that may list only some of it ("including", "of the total", "bringing the
total to") make a partial one, flagged only when the parts exceed the total. A running total ("to
date", "so far", "since 2019") is never taken as the sum of the parts the sentence happens to list,
an amount inside a valuation or "considered" is not a part, and a range is one figure, not two parts.
A whole listed as ranges ("a charge of $115m to $135m, consisting of $80m to $90m ... and $35m to $45m
...") is checked end by end: the low ends add up to the low end, the high ends to the high end.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.conversions import currency_of
from factcheck.arithmetic.intervals import INFINITY, Interval, amount_of, of_amount, of_number
from factcheck.arithmetic.lexicon import LEXICON, word_pattern
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

TOTAL_GAP = 48  # characters between a total and the word that opens its parts ("..., which includes")
PART_GAP = 90  # characters between two parts of one list ("$2 billion in cash and $1 billion in stock")
BEFORE_TOTAL = 14  # "a total of $6 million": the total follows its marker closely
_SENTENCE_OPENING = 60  # a back-reference opens its sentence: "It will consist of", "Out of the total budget,"





_PARTS_EXHAUSTIVE = word_pattern(LEXICON["sum_markers"]["exhaustive"])
_PARTS_PARTIAL = word_pattern(LEXICON["sum_markers"]["partial"])
_TOTAL_EXHAUSTIVE = word_pattern(LEXICON["total_markers"]["exhaustive"])
_TOTAL_PARTIAL = word_pattern(LEXICON["total_markers"]["partial"])
_RUNNING = word_pattern(LEXICON["running_total"])
_NOT_A_PART = word_pattern(LEXICON["not_a_part"])
_STOP = re.compile(r"\b(?:compared|against|versus|vs|up from|down from|rose|fell|while|whereas|but|after|before)\b|[;:]", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")  # "€5.2bn (£4.4m) and €1.1bn": a conversion inside the list is not a break
_JOIN = re.compile(r"\b(?:and|plus)\b|&|\+", re.I)
_PLUS = re.compile(r"^\s*(?:\+|plus)\s*$", re.I)
_PLUS_THEN_TOTAL = re.compile(r"^\s*(?:[\w-]+(?:\s+[\w-]+){0,3})?\s*[,—–]\s*(?:or\s+)?$", re.I)  # "plus $0.9bn of debt, about $7.1bn"
_PLUS_WORD = re.compile(r"\bplus\b|\+", re.I)
_RANGE_OPEN = re.compile(r"\bbetween\s*$", re.I)
# "the remaining payment of €15 million", "the balance of $2bn", "the rest, €3m": the last part, closing the list
_REMAINING = re.compile(
    r"\bthe\s+(?:" + "|".join(LEXICON["remaining_part"]["words"]) + r")\b(?:\s+[a-z-]+){0,2}?\s*(?:\s(?:of|at|is|was|,)\s*|,\s*)?(?:an?\s+)?(?:about\s+)?$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
REMAINING_REACH = 40  # characters between "the remaining" and its figure
CHAIN_SENTENCES = 3  # a breakdown closed by "the remaining" runs over at most this many sentences


@dataclass(frozen=True)
class Sum:
    total: MoneyClaim
    parts: tuple[MoneyClaim, ...]
    exhaustive: bool
    marker: str

    @property
    def computed(self) -> Interval:
        """What the parts add up to, each within its printed rounding and hedge."""
        intervals = [of_amount(amount_of(p)) for p in self.parts]
        high = INFINITY if any(not i.bounded for i in intervals) else sum((i.high for i in intervals), Decimal(0))
        return Interval(sum((i.low for i in intervals), Decimal(0)), high)

    @property
    def stated(self) -> Interval:
        return of_amount(amount_of(self.total))

    @property
    def exhaustive_enough(self) -> bool:
        """The parts certainly make the whole: exhaustive words, or "including" parts that exceed it."""
        return self.exhaustive or self.computed.low > self.stated.high

    @property
    def ends(self) -> tuple[tuple[Interval, Interval], tuple[Interval, Interval]] | None:
        """For a whole listed as ranges ("$115m to $135m" of "$80m to $90m" and "$35m to $45m"):
        (parts' low ends summed, the total's low end) and the same for the high ends; else None."""
        claims = (*self.parts, self.total)
        if not self.exhaustive or any(amount_of(c).qualifier is not Qualifier.RANGE or amount_of(c).high is None for c in claims):
            return None
        pairs = []
        for end in ("value", "high"):
            printed = [of_number(getattr(amount_of(c), end), amount_of(c).precision, Qualifier.EXACT) for c in claims]
            parts = printed[:-1]
            pairs.append((Interval(sum((i.low for i in parts), Decimal(0)), sum((i.high for i in parts), Decimal(0))), printed[-1]))
        return pairs[0], pairs[1]

    @property
    def inconsistent(self) -> bool:
        computed, stated = self.computed, self.stated
        ends = self.ends
        if ends is not None:  # each end of the total is the sum of the parts' same ends
            return not all(summed.meets(printed) for summed, printed in ends)
        if self.exhaustive:
            return not computed.meets(stated)
        return computed.low > stated.high  # some of the whole cannot be more than the whole


_PER_UNIT_AFTER = re.compile(r"\s*(?:a|an|per|each)\s+(?:share|unit|month|year|week|day|head|person|barrel|tonne|ton)\b", re.I)


def figures(text: str, claims: list[MoneyClaim]) -> list[MoneyClaim]:
    """The sentence's summable figures in order: whole amounts, not prices per unit, not bracketed conversions."""
    kept = []
    for claim in sorted(claims, key=lambda c: c.span.start):
        amount = claim.amount
        if amount is None or amount.value <= 0 or amount.per or amount.period:
            continue
        if _PER_UNIT_AFTER.match(text[claim.span.end : claim.span.end + 16]):
            continue  # "$1.38 a share": a price, not an amount of the whole
        kept.append(claim)
    return kept


def _price_then_parts(text: str, claims: list[MoneyClaim]) -> Iterator[Sum]:
    """ "$78 a share, of which $52 is in cash and $26 in stock": a price per unit broken down into
    parts that carry its unit unsaid. Only a closed list of two or more parts, each no larger
    than the price: "$78 a share, or $14.6 billion" is the whole deal, not a part."""
    amounts = figures(text, claims)
    for price in claims:
        unit = _PER_UNIT_AFTER.match(text[price.span.end : price.span.end + 16])
        if unit is None or price.amount is None or price.amount.value <= 0 or price.amount.period:
            continue
        after = text[price.span.end + unit.end() : price.span.end + unit.end() + TOTAL_GAP]
        marker = _first_marker(after)
        if marker is None or any(price.span.end < c.span.start < price.span.end + unit.end() + marker.start() for c in claims):
            continue
        parts = _list_after(text, price.span.end + unit.end() + marker.end(), amounts, _currency(text, price))
        if _closed_list(text, parts) and all(amount_of(p).value <= amount_of(price).value for p in parts):
            yield Sum(price, tuple(parts), marker.re is _PARTS_EXHAUSTIVE or _remaining(text, parts[-1]), marker.group())


def _bracketed(text: str, claim: MoneyClaim) -> bool:
    """A figure in brackets restates the one before it ("€5.2bn (£4.4m)"): never a part of its own."""
    return text[max(0, claim.span.start - 12) : claim.span.start].rstrip().endswith("(")


def _currency(text: str, claim: MoneyClaim) -> tuple[str, bool]:
    return currency_of(claim, text), amount_of(claim).currency_ambiguous


def _is_part(text: str, claim: MoneyClaim) -> bool:
    """Not a valuation, an amount considered, or a comparison figure: "at a valuation of $5 billion"."""
    return _NOT_A_PART.search(text[max(claim.sentence_span.start, claim.span.start - 28) : claim.span.start]) is None


def _list_after(text: str, start: int, candidates: list[MoneyClaim], key: tuple[str, bool]) -> list[MoneyClaim]:
    """The figures of one list that begins at `start`: same currency, each close to the last, no comparison between."""
    parts: list[MoneyClaim] = []
    cursor = start
    for claim in candidates:
        if claim.span.start < cursor or _bracketed(text, claim):
            continue
        gap = _BRACKETED.sub("", text[cursor : claim.span.start])
        if len(gap) > PART_GAP or (parts and _STOP.search(gap)) or _RANGE_OPEN.search(gap):
            break
        if _currency(text, claim) != key or not _is_part(text, claim):
            break
        parts.append(claim)
        cursor = claim.span.end
    return parts


def _closed_list(text: str, parts: list[MoneyClaim]) -> bool:
    """Two parts or more, the last joined by "and" or "plus": a list, not figures that happen to follow."""
    return len(parts) >= 2 and _JOIN.search(text[parts[-2].span.end : parts[-1].span.start]) is not None


def _running(text: str, total: MoneyClaim) -> bool:
    sentence = text[total.sentence_span.start : total.sentence_span.end]
    return _RUNNING.search(sentence) is not None or bool(total.time and total.time.running_total)


def _total_then_parts(text: str, claims: list[MoneyClaim]) -> Iterator[Sum]:
    for total in claims:
        after = text[total.span.end : total.span.end + TOTAL_GAP]
        marker = _first_marker(after)
        if marker is None or any(total.span.end < c.span.start < total.span.end + marker.start() for c in claims):
            continue
        parts = _list_after(text, total.span.end + marker.end(), claims, _currency(text, total))
        if _closed_list(text, parts):
            exhaustive = (marker.re is _PARTS_EXHAUSTIVE or _remaining(text, parts[-1])) and not _running(text, total)
            yield Sum(total, tuple(parts), exhaustive, marker.group())
        elif len(parts) == 1 and _one_part(text, total, total.span.end + marker.start(), marker.group(), parts[0]):
            yield Sum(total, tuple(parts), False, marker.group())


_ONE_PART_MARKERS = {m.lower() for m in LEXICON["one_part"]["markers"]}
_NET_TOTAL = word_pattern(LEXICON["one_part"]["net_totals"])
# what stands between "includes" and its one part: nothing, an article, or a few words ending in "worth"/"of"/"at"
_ONE_PART_GAP = re.compile(r"^\s*(?:(?:an?|the|some)\s+|(?:[a-z-]+\s+){1,4}(?:worth|of|at|totalling|totaling)\s+)?$", re.I)


def _one_part(text: str, total: MoneyClaim, marker_start: int, marker: str, part: MoneyClaim) -> bool:
    """ "a spending plan of $9bn, which includes new programmes worth $1bn": one part, named right after the
    marker, of a gross total (a profit, a loss or a change is a balance a part may exceed)."""
    if marker.lower() not in _ONE_PART_MARKERS or _running(text, total):
        return False
    lead = text[total.sentence_span.start : marker_start]
    return _NET_TOTAL.search(lead) is None and _ONE_PART_GAP.match(text[marker_start + len(marker) : part.span.start]) is not None


_FRONTED_OPENER = re.compile(r"^\W*(?:" + "|".join(map(re.escape, LEXICON["one_part"]["fronted_openers"])) + r")\s+(?:the\s+|an?\s+|another\s+)?$", re.I)
_TOTAL_VERB = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in LEXICON["one_part"]["total_verbs"]), key=len, reverse=True))
# "..., the total funding for the round reached": the total named, then its verb, right before its figure
_FRONTED_TOTAL = re.compile(
    r"^[^;:()]{0,60}?,\s*(?:the\s+|its\s+|their\s+)?(?P<words>(?:total|combined|overall|aggregate)\b[^;:()\d]{0,60}?)\b(?:" + _TOTAL_VERB + r")\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def _fronted_part(text: str, claims: list[MoneyClaim]) -> Iterator[Sum]:
    """ "Along with $11 million from others, the total funding reached $41 million": the sentence opens
    on one part, then gives the total it belongs to (the other parts may stand elsewhere)."""
    if len(claims) < 2:
        return
    part, total = claims[0], claims[1]
    opener = _FRONTED_OPENER.match(text[part.sentence_span.start : part.span.start])
    if opener is None or _currency(text, part) != _currency(text, total):
        return
    words = _FRONTED_TOTAL.match(text[part.span.end : total.span.start])
    if words is not None and _NET_TOTAL.search(words.group("words")) is None:
        yield Sum(total, (part,), False, re.sub(r"\s+(?:the|an?|another)$", "", opener.group().strip(" \t\n\"'“‘(")))


def _first_marker(text: str) -> re.Match | None:
    found = [m for m in (_PARTS_EXHAUSTIVE.search(text), _PARTS_PARTIAL.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _parts_then_total(text: str, claims: list[MoneyClaim]) -> Iterator[Sum]:
    for index, total in enumerate(claims):
        before = claims[:index]
        if not before:
            continue
        lead = text[before[-1].span.end : total.span.start]
        marker, exhaustive = _total_marker(lead)
        plus_form = marker is None and _PLUS_THEN_TOTAL.match(lead) is not None
        if marker is None and not plus_form:
            continue
        parts = _list_before(text, before, _currency(text, total))
        if not _closed_list(text, parts) or (plus_form and not _PLUS_WORD.search(text[parts[-2].span.end : parts[-1].span.start])):
            continue  # the bare-comma form needs "plus": "A and B, C" may be three figures
        running = _running(text, total)
        yield Sum(total, tuple(parts), (exhaustive or plus_form) and not running, marker.group() if marker else "plus")


def _total_marker(lead: str) -> tuple[re.Match | None, bool]:
    """The words just before a total ("..., a total of"), and whether they make the parts the whole."""
    for pattern, exhaustive in ((_TOTAL_EXHAUSTIVE, True), (_TOTAL_PARTIAL, False)):
        matches = list(pattern.finditer(lead))
        match = matches[-1] if matches else None
        if match is not None and len(lead) - match.end() <= BEFORE_TOTAL:
            return match, exhaustive
    return None, False


def _list_before(text: str, before: list[MoneyClaim], key: tuple[str, bool]) -> list[MoneyClaim]:
    """The list ending at the last figure before the total, read backwards."""
    parts: list[MoneyClaim] = []
    for claim in reversed(before):
        if _bracketed(text, claim):
            continue
        if parts:
            gap = _BRACKETED.sub("", text[claim.span.end : parts[0].span.start])
            if len(gap) > PART_GAP or _STOP.search(gap) or _RANGE_OPEN.search(text[max(0, claim.span.start - 10) : claim.span.start]):
                break
        if _currency(text, claim) != key or not _is_part(text, claim):
            break
        parts.insert(0, claim)
    return parts


def _back_reference(text: str, claims: list[MoneyClaim], previous: list[MoneyClaim]) -> Iterator[Sum]:
    """"It consists of A and B" / "Of the total, A ... and B ...": the total is the previous sentence's one figure."""
    if not claims:
        return
    opening = text[claims[0].sentence_span.start : claims[0].span.start][:_SENTENCE_OPENING]
    marker = _first_marker(opening)
    if marker is None:
        return
    start = claims[0].sentence_span.start + marker.end()
    for key in dict.fromkeys(_currency(text, c) for c in claims):
        parts = _list_after(text, start, [c for c in claims if _currency(text, c) == key], key)
        totals = [c for c in previous if _currency(text, c) == key]
        if len(totals) == 1 and _closed_list(text, parts):
            exhaustive = (marker.re is _PARTS_EXHAUSTIVE or _remaining(text, parts[-1])) and not _running(text, totals[0])
            yield Sum(totals[0], tuple(parts), exhaustive, marker.group())


def _remaining(text: str, claim: MoneyClaim) -> bool:
    """The figure closes a breakdown: "the remaining €15 million"."""
    return _REMAINING.search(text[max(claim.sentence_span.start, claim.span.start - REMAINING_REACH) : claim.span.start]) is not None


def _closed_chains(text: str, sentences: list[tuple[tuple[int, int], list[MoneyClaim]]]) -> Iterator[Sum]:
    """A breakdown over several sentences: opened by a back-reference ("They include"), closed by "the remaining"."""
    for index, (_, claims) in enumerate(sentences):
        for last in claims:
            if _remaining(text, last):
                found = _chain_back(text, sentences, index, last)
                if found is not None:
                    yield found


def _chain_back(text: str, sentences: list[tuple[tuple[int, int], list[MoneyClaim]]], index: int, last: MoneyClaim) -> Sum | None:
    """The breakdown `last` closes, read back over up to CHAIN_SENTENCES sentences to the one that opens it."""
    key = _currency(text, last)
    parts: list[MoneyClaim] = []
    for step in range(CHAIN_SENTENCES):
        if index - step < 1:
            return None
        (start, _), claims = sentences[index - step]
        here = [c for c in claims if c.span.end <= last.span.end]
        if not _chain_links(text, sentences, index - step, here, key):
            return None
        parts[:0] = here
        if _first_marker(text[start : (here[0].span.start if here else start)][:_SENTENCE_OPENING]) is not None:
            return _chain_total(text, sentences[index - step - 1][1], parts, key)
    return None


def _chain_links(text: str, sentences: list[tuple[tuple[int, int], list[MoneyClaim]]], at: int, here: list[MoneyClaim], key: tuple[str, bool]) -> bool:
    """Sentence `at`, with its figures `here`, continues the breakdown from the sentence before it."""
    (start, end), _ = sentences[at]
    (_, previous_end), _ = sentences[at - 1]
    if any(_currency(text, c) != key or not _is_part(text, c) for c in here):
        return False  # another currency or a comparison inside the breakdown: not one list
    # a sentence without figures stands between (or a split the parser missed): the chain is broken
    return not (text[previous_end:start].strip() or _SENTENCE_BREAK.search(text[start:end].strip()))


def _chain_total(text: str, previous: list[MoneyClaim], parts: list[MoneyClaim], key: tuple[str, bool]) -> Sum | None:
    """The total the breakdown's opening sentence refers back to: the last figure of the sentence before it."""
    totals = [c for c in previous if _currency(text, c) == key]
    if not totals or len(parts) < 2 or _running(text, totals[-1]) or any(amount_of(p).value >= amount_of(totals[-1]).value for p in parts):
        return None  # a "total" no larger than one of its parts is some other figure of that sentence
    return Sum(totals[-1], tuple(parts), True, "the remaining")


_TRANCHE_NOUN = "|".join(LEXICON["tranches"]["nouns"])
_ORDINALS = LEXICON["tranches"]["ordinals"]
_ORDINAL = re.compile(r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+(?P<noun>" + _TRANCHE_NOUN + r")\b", re.I)
_NEXT_SENTENCE = re.compile(r"\s*[^\n.!?]{0,300}[.!?]")  # the sentence after: it may name the instalment ("It was the second closing.")
_BRINGING = re.compile(r"\b(?:bringing|taking|raising)\s+(?:its|the|their|his|her)\s+(?:total|overall|combined)\b[^.$€£¥₹]{0,60}?\bto\s+$", re.I)


def _tranche_totals(text: str, sentences: list[tuple[tuple[int, int], list[MoneyClaim]]]) -> Iterator[Sum]:
    """"X, bringing its total to T", X the n-th instalment, and instalments 1..n-1 each given once: T = their sum."""
    for index, (_, claims) in enumerate(sentences):
        for before, total in itertools.pairwise(claims):
            found = _tranche_sum(text, sentences, index, before, total)
            if found is not None:
                yield found


def _tranche_sum(text: str, sentences: list[tuple[tuple[int, int], list[MoneyClaim]]], index: int, before: MoneyClaim, total: MoneyClaim) -> Sum | None:
    """T of "X, bringing its total to T" in sentence `index`, as the sum of X and the instalments before it."""
    (start, end), _ = sentences[index]
    if not _BRINGING.search(text[before.span.end : total.span.start]) or _currency(text, before) != _currency(text, total):
        return None
    following = _NEXT_SENTENCE.match(text, end)
    ordinals = _ordinals(text[start:end]) or _ordinals(following.group() if following else "")
    if len(ordinals) != 1:
        return None  # no instalment named, or several: which one this is stays open
    ((ordinal, noun),) = ordinals
    earlier = [_instalment(text, sentences, index, n, noun, _currency(text, total)) for n, k in _ORDINALS.items() if k < _ORDINALS[ordinal]]
    if earlier and all(e is not None for e in earlier) and not re.search(r"\b(?:to date|so far|since)\b", text[start:end], re.I):
        return Sum(total, (*[e for e in earlier if e is not None], before), True, f"the {ordinal} {noun}")
    return None


def _ordinals(sentence: str) -> set[tuple[str, str]]:
    return {(m.group("ordinal").lower(), m.group("noun").lower()) for m in _ORDINAL.finditer(sentence)}


def _instalment(text: str, sentences, here: int, ordinal: str, noun: str, key: tuple[str, bool]) -> MoneyClaim | None:
    """The one figure of the one other sentence that names the `ordinal` instalment."""
    pattern = re.compile(r"\b" + ordinal + r"\s+" + noun + r"\b", re.I)
    found = [claims for i, ((start, end), claims) in enumerate(sentences) if i != here and pattern.search(text[start:end])]
    if len(found) != 1:
        return None
    figures_there = [c for c in found[0] if _currency(text, c) == key]
    return figures_there[0] if len(figures_there) == 1 else None


def find_sums(document: Document, money: list[MoneyClaim]) -> Iterator[Sum]:
    """Every total the text states with its parts; at most one reading per total. A reading with one
    part comes last: a list of parts elsewhere says more about the same total."""
    text = document.prose_text
    sentences = by_sentence(money)
    found: list[Sum] = []
    previous: tuple[tuple[int, int], list[MoneyClaim]] | None = None
    for span in sorted(sentences):
        claims = figures(text, sentences[span])
        found += [*_total_then_parts(text, claims), *_parts_then_total(text, claims), *_fronted_part(text, claims), *_price_then_parts(text, sentences[span])]
        if previous is not None and not text[previous[0][1] : span[0]].strip():
            found += list(_back_reference(text, claims, previous[1]))
        previous = (span, claims)
    ordered = [(span, figures(text, sentences[span])) for span in sorted(sentences)]
    found += [*_closed_chains(text, ordered), *_tranche_totals(text, ordered)]
    seen: set[str] = set()
    for total_sum in sorted(found, key=lambda s: len(s.parts) == 1):  # stable: otherwise in the order read
        if total_sum.total.id not in seen:
            seen.add(total_sum.total.id)
            yield total_sum


@dataclass(frozen=True)
class PlusIncluding:
    """One pair written both ways: "A + B" (B on top of A) and "A, including B" (B inside A)."""

    plus: tuple[MoneyClaim, MoneyClaim]
    including: tuple[MoneyClaim, MoneyClaim]


_INCLUDING = re.compile(r"^\s*,?\s*(?:including|which includes|of which)\s*$", re.I)


def _same(a: MoneyClaim, b: MoneyClaim) -> bool:
    return amount_of(a).same_currency(amount_of(b)) and abs(amount_of(a).value - amount_of(b).value) <= max(amount_of(a).precision, amount_of(b).precision)


def find_plus_including(document: Document, money: list[MoneyClaim]) -> Iterator[PlusIncluding]:
    text = document.prose_text
    ordered = [c for c in sorted(money, key=lambda c: c.span.start) if c.amount is not None and not amount_of(c).per]
    pairs = list(itertools.pairwise(ordered))
    plus = [(a, b) for a, b in pairs if a.sentence_span == b.sentence_span and _PLUS.match(text[a.span.end : b.span.start])]
    including = [(a, b) for a, b in pairs if a.sentence_span == b.sentence_span and _INCLUDING.match(text[a.span.end : b.span.start])]
    for whole, part in including:
        match = next(((a, b) for a, b in plus if _same(a, whole) and _same(b, part)), None)
        if match is not None:
            yield PlusIncluding(match, (whole, part))
