"""A quantity named again: "a budget with an outlay of X" ... "The total outlay of Y for the year"
... "The total expenditure is estimated at Z": the definite "the total <name>" refers back to the
one figure of that quantity the article has given, so the two must agree within their rounding.

A statement is the name right before its figure ("outlay of", "total revenue was", "expenditure is
estimated at"), with nothing before the name that makes it a part or another party's ("cloud
revenue", "Bolt's revenue", "tax revenue"): only a determiner, "total", or a verb such as
"reported". A restatement is read only between a definite total ("The total outlay", "Total
revenue was") and another statement of the same quantity (lexicon `named_totals.classes`) in
another sentence and the same currency, when:
- the two sentences may date the figure alike (arithmetic/named_periods.py: one names none, or
  they name no two different years, lengths or directions; a budget "for 2031-32" is "the next
  fiscal", a company's "next fiscal" a forecast; "up from Y this year" dates Y, the comparison
  base, not the sentence's figure);
- neither sentence speaks of an expectation or a hypothesis ("analysts expected", "would",
  "economists estimated"); a budget's own estimate ("the total expenditure is estimated at") is
  its figure, while "revenue is estimated at" is an expectation (lexicon `estimated_classes`);
- the sentences do not name two different companies as the figure's subject;
- the pair is not a part and its whole: no other figure of the article makes up their difference
  (a figure read as one of the two named again is not another part: "an outlay of X", "the total
  outlay of 2X", "the total expenditure of X" count X twice).

Which figure is wrong is decided only when the rest agree: with three statements of which two
agree, the odd one out; with two that disagree, the later (the restatement), both named. When the
others disagree among themselves (two companies' revenue, then their total), nothing is read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.arithmetic.carried import is_headline
from factcheck.arithmetic.conversions import currency_of
from factcheck.arithmetic.intervals import Interval, amount_of, of_amount
from factcheck.arithmetic.lexicon import LEXICON, alternation, word_pattern
from factcheck.arithmetic.named_periods import Dating, dating
from factcheck.models import Document, MoneyClaim

_WORDS = LEXICON["named_totals"]
_CLASS_OF = {word: name for name, words in _WORDS["classes"].items() for word in words}
# The name, then its link, right before the figure: "the total outlay of", "Total revenue was".
_STATEMENT = re.compile(
    r"(?:(?P<det>\b(?:" + alternation(_WORDS["determiners"]) + r"))\s+)?(?P<total>total\s+)?"
    r"(?P<name>\b(?:" + alternation(_CLASS_OF) + r"))\s+(?P<link>" + alternation(_WORDS["links"]) + r")\s+$",
    re.I,
)
_PLANS = word_pattern(_WORDS["plans"])
_PLANNED_CLASSES = frozenset(_WORDS["planned_classes"])
_LEAD = re.compile(r"\b(?:" + alternation(_WORDS["leads"]) + r")\W*$", re.I)
_NOT_RESTATING = word_pattern(_WORDS["not_restating"])
REACH = 60  # characters before a figure where its name stands


@dataclass(frozen=True)
class Statement:
    claim: MoneyClaim
    quantity: str  # the class its name belongs to ("spending")
    name: str  # the words as printed ("total outlay")
    definite: bool  # "the total outlay", "Total revenue": refers back to the figure already given
    dating: Dating  # the period its sentence gives it, and its comparison base's

    @property
    def interval(self) -> Interval:
        return of_amount(amount_of(self.claim))

    def agrees(self, other: Statement) -> bool:
        return self.interval.meets(other.interval)


@dataclass(frozen=True)
class NamedAgain:
    """A statement that disagrees with the statements of its quantity it is compared with, which agree among themselves."""

    odd: Statement
    others: tuple[Statement, ...]


def _statement(text: str, claim: MoneyClaim, money: list[MoneyClaim]) -> Statement | None:
    start = max(claim.sentence_span.start, claim.span.start - REACH)
    found = _STATEMENT.search(text, start, claim.span.start)
    if found is None or found.end() != claim.span.start:
        return None
    det = (found.group("det") or "").lower()
    opens = not text[claim.sentence_span.start : found.start()].strip(" \"“‘'(")
    if not det and not opens and not _LEAD.search(text[claim.sentence_span.start : found.start()]):
        return None  # "cloud revenue of", "Bolt's revenue of": a part, or another party's
    definite = bool(found.group("total")) and (det == "the" or (not det and opens))
    quantity = _CLASS_OF[found.group("name").lower()]
    if _expects(text, claim, found, quantity):
        return None
    name = (found.group("total") or "") + found.group("name")
    sentence = text[claim.sentence_span.start : claim.sentence_span.end]
    return Statement(claim, quantity, " ".join(name.lower().split()), definite, dating(sentence, claim.sentence_span.start, claim, money))


def _expects(text: str, claim: MoneyClaim, found: re.Match, quantity: str) -> bool:
    """The figure is an expectation or a hypothesis, not the fact. A budget's own plan ("the total
    expenditure is estimated at", "the outlay will be") is its figure; a plan or an estimate of
    anything else ("revenue is estimated at", "revenue will be") is an expectation, and so is anyone
    else's estimate ("economists estimated"): the statement's own link is read apart from its sentence."""
    start, end = claim.sentence_span.start, claim.sentence_span.end
    if quantity not in _PLANNED_CLASSES and _PLANS.search(text, start, end):
        return True
    rest = text[start : found.start("link")] + " " + text[found.end("link") : end]
    return bool(_NOT_RESTATING.search(rest))


def _comparable(a: Statement, b: Statement, text: str) -> bool:
    if a.quantity != b.quantity or a.claim.sentence_span == b.claim.sentence_span:
        return False
    if not a.dating.may_match(b.dating, budget=a.quantity in _PLANNED_CLASSES):
        return False
    if currency_of(a.claim, text) != currency_of(b.claim, text):
        return False
    subjects = {c.subject for c in (a.claim, b.claim) if c.subject_found == "clause" and c.subject}
    return len(subjects) <= 1


def _part_and_whole(a: Statement, b: Statement, money: list[MoneyClaim], restating: frozenset[str]) -> bool:
    """Some figure of the article makes up the difference: "revenue of $4bn" then "total revenue of $7bn" with "$3bn" elsewhere.
    A figure in `restating` (one already read as `a` or `b` named again) is not another part: with
    "an outlay of X" and "the total expenditure of X", "the total outlay of 2X" is X counted twice."""
    big, small = (a.interval, b.interval) if a.interval.low >= b.interval.low else (b.interval, a.interval)
    gap = Interval(max(big.low - small.high, Decimal(0)), big.high - small.low)
    return any(gap.meets(of_amount(amount_of(c))) for c in money if c.id not in (a.claim.id, b.claim.id) and c.id not in restating)


def _statements(text: str, money: list[MoneyClaim]) -> tuple[list[MoneyClaim], list[Statement]]:
    ordered = sorted((c for c in money if c.amount is not None and amount_of(c).value > 0 and not amount_of(c).per), key=lambda c: c.span.start)
    found = (_statement(text, c, ordered) for c in ordered if not _in_headline(text, c))
    return ordered, [s for s in found if s is not None]


def _compared(text: str, statements: list[Statement], money: list[MoneyClaim]) -> list[tuple[Statement, Statement]]:
    """The pairs read as one figure named twice: a definite total and another statement it may restate."""
    pairs = [(a, b) for a, b in itertools.combinations(statements, 2) if (a.definite or b.definite) and _comparable(a, b, text)]
    agreeing = [(a, b) for a, b in pairs if a.agrees(b)]
    return [(a, b) for a, b in pairs if a.agrees(b) or not _part_and_whole(a, b, money, _named_again(a, agreeing) | _named_again(b, agreeing))]


def _named_again(statement: Statement, agreeing: list[tuple[Statement, Statement]]) -> frozenset[str]:
    """The claims read as `statement`'s figure named again (a pair that agrees)."""
    return frozenset(other.claim.id for pair in agreeing if statement in pair for other in pair if other is not statement)


def find_named_pairs(document: Document, money: list[MoneyClaim]) -> list[tuple[Statement, Statement]]:
    """Every pair read as one figure named twice, agreeing or not (what coverage counts)."""
    ordered, statements = _statements(document.prose_text, money)
    return _compared(document.prose_text, statements, ordered)


def find_named_again(document: Document, money: list[MoneyClaim]) -> Iterator[NamedAgain]:
    text = document.prose_text
    ordered, statements = _statements(text, money)
    pairs = _compared(text, statements, ordered)
    for statement in statements:
        others = tuple(b if a is statement else a for a, b in pairs if statement in (a, b))
        if not others or any(statement.agrees(o) for o in others):
            continue
        if all(a.agrees(b) for a, b in itertools.combinations(others, 2)) and _rest_agree(statement, others, pairs):
            yield NamedAgain(statement, others)


def _rest_agree(odd: Statement, others: tuple[Statement, ...], pairs: list[tuple[Statement, Statement]]) -> bool:
    """Every disagreement among the compared statements involves `odd`; with only two, the later one is taken."""
    disagreeing = [(a, b) for a, b in pairs if not a.agrees(b)]
    if any(odd not in pair for pair in disagreeing):
        return False
    if len(others) == 1 and not any(others[0] in pair for pair in pairs if odd not in pair):
        return odd.claim.span.start > others[0].claim.span.start  # two alone: the restatement is the later
    return True


def _in_headline(text: str, claim: MoneyClaim) -> bool:
    line_start = text.rfind("\n", 0, claim.span.start) + 1
    line_end = text.find("\n", claim.span.start)
    return is_headline(text[line_start : line_end if line_end >= 0 else len(text)])
