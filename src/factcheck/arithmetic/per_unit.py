"""Prices per share times a number of shares, read from one sentence.

Two shapes:
  product    "55 million shares at $90 a share, for a total of $5 billion": total = count x price.
  per-share  "earned $545 million, or $1.38 a share, up from $394 million, or 99 cents a share":
             each pair implies a share count (amount / price); the two counts of one company a year
             apart differ by buybacks and issues, not by a third.
  offers     "Acme will buy Bolt for $3 billion." + "Bolt holders will get $60 a share." and, later,
             "a $66 per share bid that valued Bolt at $3.3 billion": two offers for one company (the
             same target, as extract resolved it) imply its share count twice.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, amount_of, of_amount, of_number
from factcheck.arithmetic.sentences import by_sentence
from factcheck.models import Document, MoneyClaim, Qualifier

_PER_SHARE = re.compile(r"^\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+|ordinary\s+|common\s+)?share\b", re.I)
_OR = re.compile(r"^\s*,?\s*or\s*$", re.I)
_SCALES = {"thousand": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9}
_COUNT = re.compile(r"(?<![\d.,$€£¥])(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|mn|bn|m)?\s+(?:new\s+|common\s+|ordinary\s+|class\s+[ab]\s+)?shares\b", re.I)
_TOTAL_LEAD = re.compile(r"(?:\bfor\s+(?:a\s+total\s+of\s+)?|\bworth\s+|\bvalued\s+at\s+|\btotall?ing\s+|\ba\s+total\s+of\s+|\braising\s+|,\s*or\s+)(?:about\s+|some\s+|roughly\s+)?$", re.I)


@dataclass(frozen=True)
class ShareCount:
    start: int
    end: int
    text: str
    interval: Interval


@dataclass(frozen=True)
class Product:
    count: ShareCount
    price: MoneyClaim
    total: MoneyClaim

    @property
    def computed(self) -> Interval:
        price = of_amount(amount_of(self.price))
        return Interval(price.low * self.count.interval.low, price.high * self.count.interval.high)


@dataclass(frozen=True)
class EarningsPair:
    amount: MoneyClaim
    price: MoneyClaim

    @property
    def shares(self) -> Interval | None:
        return of_amount(amount_of(self.amount)).divided_by(of_amount(amount_of(self.price)))


def per_share(text: str, claim: MoneyClaim) -> bool:
    return bool(_PER_SHARE.match(text[claim.span.end : claim.span.end + 24])) or amount_of(claim).per == "share"


def share_counts(text: str, start: int, end: int) -> list[ShareCount]:
    counts = []
    for match in _COUNT.finditer(text, start, end):
        number = match.group("num")
        decimals = len(number.split(".")[1]) if "." in number else 0
        scale = Decimal(_SCALES.get((match.group("scale") or "").lower(), 1))
        value = Decimal(number.replace(",", "")) * scale
        precision = Decimal(5) / Decimal(10) ** (decimals + 1) * scale if scale > 1 or decimals else Decimal(0)
        counts.append(ShareCount(match.start(), match.end(), match.group(), of_number(value, precision, Qualifier.EXACT)))
    return counts


def _sentences(money: list[MoneyClaim]) -> dict[tuple[int, int], list[MoneyClaim]]:
    return by_sentence(sorted((c for c in money if c.amount is not None and amount_of(c).value > 0), key=lambda c: c.span.start))


def find_products(document: Document, money: list[MoneyClaim]) -> Iterator[Product]:
    text = document.prose_text
    for (start, end), claims in _sentences(money).items():
        counts = share_counts(text, start, end)
        prices = [c for c in claims if per_share(text, c)]
        totals = [c for c in claims if not per_share(text, c) and _TOTAL_LEAD.search(text[max(start, c.span.start - 24) : c.span.start])]
        if len(counts) == 1 and len(prices) == 1 and len(totals) == 1 and amount_of(prices[0]).same_currency(amount_of(totals[0])):
            yield Product(counts[0], prices[0], totals[0])


def find_earnings_pairs(document: Document, money: list[MoneyClaim]) -> Iterator[tuple[EarningsPair, EarningsPair]]:
    """Two "amount, or price a share" pairs in one sentence: this period's and the one it is compared with."""
    text = document.prose_text
    for claims in _sentences(money).values():
        pairs = [
            EarningsPair(a, b)
            for a, b in itertools.pairwise(claims)
            if not per_share(text, a) and per_share(text, b) and _OR.match(text[a.span.end : b.span.start]) and amount_of(a).same_currency(amount_of(b))
        ]
        if len(pairs) == 2 and not share_counts(text, claims[0].sentence_span.start, claims[0].sentence_span.end):
            yield pairs[0], pairs[1]


_OFFER_TOTAL = re.compile(r"(?:\bvalu(?:ed|ing)\b[^$€£¥₹\d]{0,30}\bat|\bworth|\bfor)\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)
_WITH_DEBT = re.compile(r"^\s*(?:,\s*)?(?:including|includes|with|plus)\s+(?:net\s+)?debt\b|enterprise value", re.I)


@dataclass(frozen=True)
class OfferPair:
    """A takeover offer stated twice over: the price per share and what it pays (or values the target at) in all."""

    total: MoneyClaim
    price: MoneyClaim
    target: str

    @property
    def shares(self) -> Interval | None:
        return of_amount(amount_of(self.total)).divided_by(of_amount(amount_of(self.price)))


def _target(claim: MoneyClaim) -> str | None:
    """The company bought or valued: the object of "acquires", the one subject of "valued_at"."""
    if claim.relation == "acquires" and claim.object:
        return claim.object
    if claim.relation == "valued_at" and len(claim.subjects) == 1:
        return claim.subjects[0]
    return None


def _equity_total(text: str, claim: MoneyClaim) -> bool:
    """A whole-company figure for the shares, not one counting debt ("valued at $6.8 billion including debt")."""
    lead = text[max(claim.sentence_span.start, claim.span.start - 48) : claim.span.start]
    return _target(claim) is not None and _OFFER_TOTAL.search(lead) is not None and not _WITH_DEBT.search(text[claim.span.end : claim.span.end + 30])


def find_offer_pairs(document: Document, money: list[MoneyClaim]) -> list[OfferPair]:
    """Offers stated as a price per share and a total: in one sentence, or a deal sentence and the per-share one after it."""
    text = document.prose_text
    sentences = list(_sentences(money).items())
    pairs = []
    for index, ((start, end), claims) in enumerate(sentences):
        if share_counts(text, start, end):
            continue  # a share count makes it a product (find_products)
        pair = _offer_pair(text, claims, sentences[index + 1 : index + 2], end)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _offer_pair(text: str, claims: list[MoneyClaim], following: list[tuple[tuple[int, int], list[MoneyClaim]]], end: int) -> OfferPair | None:
    """The offer of one sentence (its `claims`, ending at `end`): its own price and total, or its total and the price
    that is the only figure of the sentence right after it (`following`, empty at the last sentence)."""
    prices = [c for c in claims if per_share(text, c)]
    totals = [c for c in claims if not per_share(text, c)]
    if len(totals) != 1 or not _equity_total(text, totals[0]):
        return None
    if len(prices) == 1:
        return OfferPair(totals[0], prices[0], _target(totals[0]) or "")
    if prices or not following:
        return None
    (next_start, _), next_claims = following[0]
    if not text[end:next_start].strip() and len(next_claims) == 1 and per_share(text, next_claims[0]):
        return OfferPair(totals[0], next_claims[0], _target(totals[0]) or "")
    return None
