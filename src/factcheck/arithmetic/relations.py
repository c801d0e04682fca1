"""Every relation the engine reads in an article, of any kind, with the claims it joins: what
coverage is measured on (bench/arithmetic.py), whether or not the relation holds."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

from factcheck.arithmetic.carried import find_carried, find_earlier_figures, find_headline_changes
from factcheck.arithmetic.changes import find_changes, find_multiples, find_step_changes
from factcheck.arithmetic.conversions import find_conversions
from factcheck.arithmetic.differences import find_labelled_parts, find_portions, find_stated_differences
from factcheck.arithmetic.directions import find_differences, find_directions
from factcheck.arithmetic.named_totals import find_named_pairs
from factcheck.arithmetic.per_unit import find_earnings_pairs, find_offer_pairs, find_products
from factcheck.arithmetic.premiums import find_premiums
from factcheck.arithmetic.ranges import find_range_centres
from factcheck.arithmetic.restatements import find_headline_restatements, find_restatements
from factcheck.arithmetic.shares import find_margins, find_shares
from factcheck.arithmetic.sums import find_plus_including, find_sums
from factcheck.models import Document


def find_relations(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(kind, claims) for each relation found; kinds name the finders, not the gold's vocabulary."""
    for finder in _FINDERS:
        yield from finder(document, money)


def _percent_changes(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for change in [*find_changes(document, money), *find_multiples(document, money), *find_premiums(document, money)]:
        yield "percent_change", (change.new, change.old)
    for carried in [*find_carried(document, money), *find_headline_changes(document, money), *find_earlier_figures(document, money)]:
        yield "percent_change", (carried.new, carried.old)
    for step in find_step_changes(document, money):
        yield "percent_change", (step.step, step.level)


def _moves(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for moved in find_directions(document, money):
        yield "difference", (moved.new, moved.old)
    for difference in find_differences(document, money):
        yield "difference", (difference.step, difference.new, difference.old)


def _conversions_and_sums(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for conversion in find_conversions(document, money):
        yield "conversion", (conversion.source, conversion.target)
    for stated in find_sums(document, money):
        yield "sum", (*stated.parts, stated.total)
    for pair in find_plus_including(document, money):
        yield "sum", (*pair.plus, *pair.including)


def _per_share(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for product in find_products(document, money):
        yield "per_share", (product.price, product.total)
    for current, earlier in find_earnings_pairs(document, money):
        yield "per_share", (current.amount, current.price, earlier.amount, earlier.price)
    offers = find_offer_pairs(document, money)
    for first_offer, next_offer in itertools.pairwise(offers):
        if first_offer.target == next_offer.target:
            yield "per_share", (first_offer.total, first_offer.price, next_offer.total, next_offer.price)


def _shares_and_restatements(document: Document, money: list[Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for share in [*find_shares(document, money), *find_margins(document, money)]:
        yield share.kind, (share.part, share.whole)
    for restated in find_restatements(document, money):
        yield "restatement", (restated.first, restated.second)
    for headline in find_headline_restatements(document, money):
        yield "restatement", (headline.headline, headline.body)
    for first, again in find_named_pairs(document, money):
        yield "restatement", (first.claim, again.claim)
    for stated_difference in find_stated_differences(document, money):
        yield "difference", (stated_difference.base, stated_difference.minus, stated_difference.result)
    for centred in find_range_centres(document, money):
        yield "range", (centred.range, centred.centre)
    for labelled in [*find_labelled_parts(document, money), *find_portions(document, money)]:
        yield "share", (labelled.part, labelled.whole)


# in this order: the relations come out as they always have, finder by finder
_FINDERS: tuple[Callable[[Document, list[Any]], Iterator[tuple[str, tuple[Any, ...]]]], ...] = (
    _percent_changes,
    _moves,
    _conversions_and_sums,
    _per_share,
    _shares_and_restatements,
)
