"""Premiums of an offer price over a market price: "$90 a share, a premium of 28% to Monday's close".

The offer is the one price per share of the sentence (or, when the sentence has none, of the one
before it: "The offer is $11.45 a share. That is a 29% premium to ..."). The market price is the
figure the words after "premium ... to/over" lead to ("to the closing price of $8.85"), or, when
the sentence names the close without a figure, the price one of the next two sentences says the stock
"closed at". A premium is a percent change up from the market price to the offer, read by FC107.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.arithmetic.changes import Change
from factcheck.arithmetic.intervals import amount_of
from factcheck.arithmetic.per_unit import per_share
from factcheck.arithmetic.percents import Percent, read_percents
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

_PREMIUM_AFTER = re.compile(r"\s*premium\b", re.I)  # "a 29% premium"
_PREMIUM_BEFORE = re.compile(r"\bpremium\s+of\s*$", re.I)  # "a premium of 29%"
_REFERENCE = re.compile(r"\b(?:close|closing|closed\s+at|price|trading\s+price|share\s+price|last\s+trade)\b", re.I)
_CLOSED_AT = re.compile(r"\b(?:closed|ended|finished)\s+(?:\w+\s+){0,2}at\s*$", re.I)
FOLLOWING, FOLLOWING_REACH = 2, 400  # "They closed at $70.23" may come a sentence or two later
REACH = 140  # characters from the percentage to the market price it is measured against


def _sentences(money: list[MoneyClaim]) -> list[tuple[tuple[int, int], list[MoneyClaim]]]:
    return sorted(by_sentence(sorted((c for c in money if c.amount is not None and amount_of(c).value > 0), key=lambda c: c.span.start)).items())


def _is_premium(text: str, percent: Percent) -> bool:
    return bool(_PREMIUM_AFTER.match(text, percent.end) or _PREMIUM_BEFORE.search(text[max(0, percent.start - 16) : percent.start]))


def _offer(text: str, claims: list[MoneyClaim], before: list[MoneyClaim], percent: Percent) -> MoneyClaim | None:
    own = [c for c in claims if per_share(text, c) and c.span.end <= percent.start and amount_of(c).qualifier is Qualifier.EXACT]
    if own:
        return own[-1] if len(own) == 1 else None
    earlier = [c for c in before if per_share(text, c) and amount_of(c).qualifier is Qualifier.EXACT]
    return earlier[0] if len(earlier) == 1 else None


def _reference(text: str, claims: list[MoneyClaim], after: list[MoneyClaim], percent: Percent) -> MoneyClaim | None:
    following = [c for c in claims if c.span.start > percent.end and c.span.start - percent.end <= REACH]
    if following and _REFERENCE.search(text[percent.end : following[0].span.start]):
        return following[0]
    sentence_end = claims[0].sentence_span.end if claims else percent.end
    if not following and _REFERENCE.search(text[percent.end : sentence_end]):
        closed = [c for c in after if _CLOSED_AT.search(text[max(0, c.span.start - 30) : c.span.start])]
        return closed[0] if len(closed) == 1 else None
    return None


def find_premiums(document: Document, money: list[MoneyClaim]) -> Iterator[Change]:
    text = document.prose_text
    sentences = _sentences(money)
    for index, ((start, end), claims) in enumerate(sentences):
        before = sentences[index - 1][1] if index > 0 and start - sentences[index - 1][0][1] <= FOLLOWING_REACH else []
        after = [c for (s, _), group in sentences[index + 1 : index + 1 + FOLLOWING] if s - end <= FOLLOWING_REACH for c in group]
        for percent in read_percents(text[start:end], start):
            if not _is_premium(text, percent) or percent.qualifier is not Qualifier.EXACT:
                continue
            offer, reference = _offer(text, claims, before, percent), _reference(text, claims, after, percent)
            if offer is not None and reference is not None and offer.id != reference.id and amount_of(offer).same_currency(amount_of(reference)):
                yield Change(percent, +1, offer, reference)
