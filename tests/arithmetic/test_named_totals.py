"""A total named again ("The total outlay of ...") against the article's other figure of that quantity, and the near misses that stay unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.named_totals import find_named_again

BUDGET = "Finance Minister Dana Reyes presented the Kestrel state budget for 2026-27 with an outlay of $8.4 billion on Monday.\n\n"


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # three statements of one quantity (outlay, total outlay, total expenditure): the third is the odd one out
        (BUDGET + "The total outlay of $8.42 billion for the next fiscal includes new schemes worth $1.1 billion.\n\nThe total expenditure is estimated at $10.9 billion.\n", [("$10.9 billion", ["$8.4 billion", "$8.42 billion"])]),
        # the middle one is the odd one out: the first and the last agree
        (BUDGET + "The total outlay of $9.9 billion includes new schemes.\n\nTotal spending is estimated at $8.42 billion.\n", [("$9.9 billion", ["$8.4 billion", "$8.42 billion"])]),
        # two alone: the later, definite one is flagged, the earlier named
        ("Acme reported revenue of €4.2bn for the quarter on Tuesday.\nTotal revenue was €5.1bn in the quarter, the company said.\n", [("€5.1bn", ["€4.2bn"])]),
        # rupees in crore and lakh crore: one quantity, its rounding respected
        ("The Vega state budget has an outlay of Rs 7.36 lakh crore this year.\nThe total outlay of Rs 7,52,437.71 crore includes new schemes worth Rs 24,000 crore.\n", [("Rs 7,52,437.71 crore", ["Rs 7.36 lakh crore"])]),
    ],
)
def test_named_again_flagged(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    named = find_named_again(report.document, _money(report))
    assert [(n.odd.claim.text, [o.claim.text for o in n.others]) for n in named] == found


@pytest.mark.parametrize(
    "text",
    [
        # the total restates the outlay within its rounding
        BUDGET + "The total outlay of $8.42 billion includes new schemes worth $1.1 billion.\n",
        # crore and lakh crore that agree
        "The Vega state budget has an outlay of Rs 7.36 lakh crore this year.\nThe total outlay of Rs 7,36,437.71 crore includes new schemes worth Rs 24,000 crore.\n",
        # another period: the quarter, then the full year
        "Acme reported revenue of $4 billion in the quarter.\nTotal revenue was $16 billion for the full year.\n",
        # a part: cloud revenue is some of the total
        "Acme posted cloud revenue of $1 billion.\nTotal revenue was $4 billion.\n",
        # another company's: a possessive before the name
        "Bolt's revenue of $3 billion fell short.\nTotal revenue was $4 billion, Acme said.\n",
        # two companies, then their total: the others disagree among themselves
        "Acme reported revenue of $4 billion.\nBolt reported revenue of $3 billion.\nTotal revenue was $7 billion.\n",
        # one company's figure and a whole another figure of the article completes
        "Acme reported revenue of $4 billion. Bolt added $3 billion from its stores.\nTotal revenue was $7 billion.\n",
        # an expectation, or a hypothesis, is not the fact
        "Acme reported revenue of $4.2 billion.\nTotal revenue will be $4.6 billion next year, analysts expect.\n",
        "Acme reported revenue of $4.2 billion.\nTotal revenue would be $4.6 billion with Bolt's stores.\n",
        # two companies named as the figures' subjects
        "Acme reported revenue of $4.2 billion on Tuesday.\n\nBolt Corp. said the total revenue was $3.1 billion.\n",
        # another currency: a conversion's business
        "Acme reported revenue of $4.2 billion.\nTotal revenue was €4.2 billion.\n",
        # no definite total: two statements of revenue may be two companies'
        "Acme reported revenue of $4 billion.\nBolt reported revenue of $3 billion.\n",
        # the total and its comparison in one sentence
        "Total revenue was $4.4 billion, against revenue of $4 billion a year earlier.\n",
        # a headline abbreviates: not read
        "Acme revenue at $5bn\nTotal revenue was $4.2 billion in the quarter.\n",
    ],
)
def test_named_again_not_read(checker, text):
    report = checker.check_text(text, path="draft.txt")
    assert list(find_named_again(report.document, _money(report))) == []
