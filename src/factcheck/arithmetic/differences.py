"""Differences the text computes in words, between figures it names by their labels.

  "After deducting the total expenditure from the receipts, a deficit of $1.2 billion is estimated."
  "Subtracting operating costs from revenue leaves a surplus of €40 million."

The two operands are named, not printed: each is resolved to the one figure elsewhere in the article
whose label is that noun phrase ("The total expenditure is estimated at $9.4 billion", "estimated the
total receipts at $8.2 billion"). A bare head noun ("the receipts") names only the unqualified or
"total" figure, never "revenue receipts" or "capital receipts". When no figure, or several different
ones, carry the label, nothing is read.

The same labels resolve a part of a whole named in words: "The share of customs duties in revenue
receipts is projected at $4.9 billion" is some of the figure labelled "revenue receipts". And a part
named by the portion of a split it belongs to: after "a mix of $6 billion in equity and $9 billion in
debt", "$2 billion in the equity portion" (or "Of the debt tranche, $5 billion ...") is some of the
figure given "in equity". The whole must be one figure of a split into differently named portions
("$3 billion in debt" alone may be other debt), in an earlier sentence nearby, and the only one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.conversions import currency_of
from factcheck.arithmetic.intervals import Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON
from factcheck.models import Document, MoneyClaim

_WORDS = LEXICON["stated_differences"]
_NOUN = r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+"
# "deducting A from B": B - A, read without caring which is larger (a deficit is its size)
_DEDUCT = re.compile(
    r"\b(?:" + "|".join(_WORDS["verbs"]) + r")\s+(?P<minus>" + _NOUN + r")\s+from\s+(?P<base>" + _NOUN + r")(?=\s+(?:of|in|for|on|leaves|leaving|gives|yields|shows)\b|\s*,|\s*$)",
    re.I,
)
_RESULT = re.compile(r"\b(?:an?|the)\s+(?:" + "|".join(_WORDS["results"]) + r")\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
_LINK = r"\s+(?:(?:is|was|are|were|will\s+be|has\s+been|have\s+been)\s+)?(?:(?:estimated|projected|budgeted|pegged|put|set|forecast|expected|placed|seen)\s+)?(?:at|of|to\s+be|:)\s*(?:about\s+|around\s+)?$"
_LOOSE_MODIFIERS = {"the", "its", "their", "total", "overall", "a", "an"}
LABEL_REACH = 80  # characters before a figure where its label stands


@dataclass(frozen=True)
class StatedDifference:
    result: MoneyClaim
    base: MoneyClaim
    minus: MoneyClaim
    words: str  # "deducting the total expenditure from the receipts"

    @property
    def computed(self) -> Interval:
        """|base - minus| within both figures' rounding."""
        base, minus = of_amount(amount_of(self.base)), of_amount(amount_of(self.minus))
        low, high = base.low - minus.high, base.high - minus.low
        if low >= 0:
            return Interval(low, high)
        if high <= 0:
            return Interval(-high, -low)
        return Interval(Decimal(0), max(-low, high))

    @property
    def inconsistent(self) -> bool:
        return not self.computed.meets(of_amount(amount_of(self.result)))


def _split(noun: str) -> tuple[str, str | None]:
    """The head noun and the word just before it ("the total expenditure" -> expenditure, total)."""
    words = noun.lower().split()
    head = words[-1]
    modifier = words[-2] if len(words) > 1 and words[-2] not in ("the", "its", "their") else None
    return head, modifier


def _labelled(text: str, money: list[MoneyClaim], noun: str, key: str, sentence: tuple[int, int]) -> MoneyClaim | None:
    head, modifier = _split(noun)
    label = re.compile(r"(?:\b(?P<modifier>[a-z-]+)\s+)?\b" + re.escape(head) + _LINK, re.I)
    found = []
    for claim in money:
        if (claim.sentence_span.start, claim.sentence_span.end) == sentence or currency_of(claim, text) != key or amount_of(claim).per:
            continue
        lead = text[max(claim.sentence_span.start, claim.span.start - LABEL_REACH) : claim.span.start]
        match = label.search(lead)
        if match is None:
            continue
        theirs = (match.group("modifier") or "").lower() or None
        if (modifier is None and (theirs is None or theirs in _LOOSE_MODIFIERS)) or (modifier is not None and theirs == modifier):
            found.append(claim)
    values = {amount_of(c).value for c in found}
    return found[0] if len(values) == 1 else None  # none, or several different figures with that label


def find_stated_differences(document: Document, money: list[MoneyClaim]) -> Iterator[StatedDifference]:
    text = document.prose_text
    claims = [c for c in money if c.amount is not None and amount_of(c).value > 0]
    for result in claims:
        start, end = result.sentence_span.start, result.sentence_span.end
        if not _RESULT.search(text[max(start, result.span.start - 40) : result.span.start]):
            continue
        words = _DEDUCT.search(text, start, result.span.start)
        if words is None:
            continue
        key = currency_of(result, text)
        base = _labelled(text, claims, words.group("base"), key, (start, end))
        minus = _labelled(text, claims, words.group("minus"), key, (start, end))
        if base is not None and minus is not None and base.id != minus.id:
            yield StatedDifference(result, base, minus, words.group())


# "The share of customs duties in revenue receipts is projected at $4.9 billion": a part of a labelled whole
_SHARE_IN = re.compile(
    r"\bthe\s+(?:share|portion|part)\s+of\s+[\w\s'’-]{1,40}?\s+in\s+(?P<whole>" + _NOUN + r")" + _LINK.replace(r"(?:at|of|to\s+be|:)", r"(?:at|to\s+be)"),
    re.I,
)


@dataclass(frozen=True)
class LabelledPart:
    part: MoneyClaim
    whole: MoneyClaim
    words: str

    @property
    def inconsistent(self) -> bool:
        """Some of a whole cannot be more than the whole."""
        return of_amount(amount_of(self.part)).low > of_amount(amount_of(self.whole)).high


def find_labelled_parts(document: Document, money: list[MoneyClaim]) -> Iterator[LabelledPart]:
    text = document.prose_text
    claims = [c for c in money if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per]
    for part in claims:
        start, end = part.sentence_span.start, part.sentence_span.end
        words = _SHARE_IN.search(text[max(start, part.span.start - LABEL_REACH * 2) : part.span.start])
        if words is None:
            continue
        whole = _labelled(text, claims, words.group("whole"), currency_of(part, text), (start, end))
        if whole is not None:
            yield LabelledPart(part, whole, words.group().strip())


_PORTIONS = LEXICON["portions"]
_PORTION_NOUN = r"(?:" + "|".join(_PORTIONS["nouns"]) + r")"
_NOT_LABELS = set(_PORTIONS["not_labels"])
# "$2 billion in the equity portion of the deal" / "Of the debt tranche, $5 billion comes from ...": the part names its whole
_PORTION_AFTER = re.compile(r"^\s+(?:in|of|to|into|for|from)\s+the\s+(?P<whole>[a-z-]+)\s+" + _PORTION_NOUN + r"\b", re.I)
_PORTION_BEFORE = re.compile(r"^\s*(?:of|in|from)\s+the\s+(?P<whole>[a-z-]+)\s+" + _PORTION_NOUN + r"\s*,\s*$", re.I)
# "a mix of $7.5 billion in equity and $12.5 billion in debt": each figure of the split, with its noun after it
_SPLIT_LABEL = re.compile(r"^\s+(?:in|of)\s+(?:new\s+)?(?P<noun>[a-z-]+)\b", re.I)
PORTION_REACH = 600  # characters before the part within which the split it refers to stands


def _portion_noun(text: str, part: MoneyClaim) -> tuple[str, str] | None:
    """The whole's noun and the words that name it, from "in the equity portion" after the part or "Of the debt tranche," before it."""
    after = _PORTION_AFTER.match(text[part.span.end : part.span.end + 50])
    before = _PORTION_BEFORE.match(text[part.sentence_span.start : part.span.start])
    found = after or before
    if found is None or found.group("whole").lower() in _NOT_LABELS:
        return None
    return found.group("whole").lower(), found.group().strip(" ,")


def _split_whole(text: str, claims: list[MoneyClaim], part: MoneyClaim, noun: str) -> MoneyClaim | None:
    """The one earlier figure given "in <noun>" inside a split of a sum ("$7.5bn in equity and $12.5bn in debt")."""
    key = currency_of(part, text)
    earlier = [c for c in claims if c.sentence_span != part.sentence_span and part.span.start - PORTION_REACH <= c.span.end <= part.span.start]
    found = [c for c in earlier if currency_of(c, text) == key and _split_noun(text, c) == noun and _in_split(text, claims, c, noun, key)]
    values = {amount_of(c).value for c in found}
    return found[-1] if len(values) == 1 else None


def _split_noun(text: str, claim: MoneyClaim) -> str | None:
    label = _SPLIT_LABEL.match(text[claim.span.end : claim.span.end + 40])
    return label.group("noun").lower() if label else None


def _in_split(text: str, claims: list[MoneyClaim], claim: MoneyClaim, noun: str, key: str) -> bool:
    """Another figure of the claim's sentence, in its currency, is given "in" another noun."""
    siblings = [c for c in claims if c.sentence_span == claim.sentence_span and c.id != claim.id and currency_of(c, text) == key]
    return any(_split_noun(text, c) not in (None, noun) for c in siblings)


def find_portions(document: Document, money: list[MoneyClaim]) -> Iterator[LabelledPart]:
    """Parts named by the portion of a split they belong to: "$2 billion in the equity portion" after
    "$7.5 billion in equity and $12.5 billion in debt" is some of the $7.5 billion. The whole must be one
    figure of a split into differently named portions (a lone "$3 billion in debt" may be other debt)."""
    text = document.prose_text
    claims = [c for c in money if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per and not amount_of(c).period]
    for part in claims:
        named = _portion_noun(text, part)
        if named is None:
            continue
        whole = _split_whole(text, claims, part, named[0])
        if whole is not None:
            yield LabelledPart(part, whole, named[1])
