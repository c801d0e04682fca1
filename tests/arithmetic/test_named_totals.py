"""A total named again ("The total outlay of ...") against the article's other figure of that quantity, and the near misses that stay unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.named_totals import find_named_again

ORVANE = "The Orvane council on Tuesday adopted the budget for 2029-30 with an outlay of $6.24 billion, up from $5.8 billion this year.\n"
BUDGET = "Finance Minister Dana Reyes presented the Kestrel state budget for 2026-27 with an outlay of $8.4 billion on Monday.\n\n"


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # three statements of one quantity (outlay, total outlay, total expenditure): the third is the odd one out
        (BUDGET + "The total outlay of $8.42 billion for the next fiscal includes new schemes worth $1.1 billion.\n\nThe total expenditure is estimated at $10.9 billion.\n", [("$10.9 billion", ["$8.4 billion", "$8.42 billion"])]),
        # the budget "for 2029-30" is "the next fiscal"; "this year" dates the comparison base, not the outlay;
        # the doubled total is not the outlay plus another part: the other figure is the outlay named again
        (ORVANE + "The total outlay of $12.48 billion for the next fiscal includes new programmes worth $410 million, the mayor said.\nThe total expenditure is estimated at $6,238 million.\n", [("$12.48 billion", ["$6.24 billion", "$6,238 million"])]),
        # a named fiscal year and "the coming financial year": two alone, the later flagged
        ("Kestrel's legislature passed a budget for fiscal 2030 with spending of $3.1 billion.\nThe total spending of $3.6 billion in the coming financial year covers schools and roads.\n", [("$3.6 billion", ["$3.1 billion"])]),
        # a budget's receipts "pegged at": its own figure, FY31 the next fiscal
        ("The Vega budget for FY31 has receipts of Rs 2.1 lakh crore.\nThe total receipts are pegged at Rs 2,61,000 crore for the next fiscal.\n", [("Rs 2,61,000 crore", ["Rs 2.1 lakh crore"])]),
        # a company's revenue for fiscal 2030 and "the fiscal year"; "a year earlier" is the base's
        ("Acme reported revenue of €8.1 billion for fiscal 2030, up from €7.2 billion a year earlier.\nTotal revenue was €16.2 billion for the fiscal year, the company said.\n", [("€16.2 billion", ["€8.1 billion"])]),
        # a deal's value named again as its total cost
        ("Bolt agreed to buy Cirrus at a deal value of $2.4 billion in cash.\nThe total deal cost of $4.2 billion was approved by both boards on Friday.\n", [("$4.2 billion", ["$2.4 billion"])]),
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
        # the three agree: the budget year, the next fiscal and the estimate are one
        ORVANE + "The total outlay of $6.24 billion for the next fiscal includes new programmes worth $410 million.\nThe total expenditure is estimated at $6,238 million.\n",
        # "this year" is the comparison base's: this year's outlay is that base, not the next fiscal's
        "The Kestrel budget has an outlay of $8.4 billion for the next fiscal, up from $7.9 billion this year.\nThe total outlay of $7.4 billion this year went mostly to roads.\n",
        # two named years
        "The Kestrel budget for 2030-31 has an outlay of $8.4 billion.\nThe total outlay of $9.1 billion for 2031-32 was approved in March.\n",
        # two directions: the current fiscal and the next
        "The Kestrel budget has an outlay of $8.4 billion for the current fiscal.\nThe total outlay of $9.1 billion for the next fiscal was tabled on Monday.\n",
        # a named year and last year: maybe the year before it
        "The Kestrel budget for 2031-32 has an outlay of $9.1 billion.\nThe total outlay was $8.4 billion last year.\n",
        # a budget's named year and the current fiscal: the year the budget follows
        "The Kestrel budget for 2031-32 has an outlay of $9.1 billion.\nThe total outlay of $8.4 billion for the current fiscal was revised on Monday.\n",
        # a total over several years is no one year's figure
        "The Kestrel budget for 2031-32 has an outlay of $9.1 billion.\nThe total outlay of $18.2 billion over the next fiscal and the one after covers roads.\n",
        "The Kestrel budget has an outlay of $9.1 billion.\nThe total outlay of $27.3 billion over the next three years covers roads.\n",
        "Cirrus reported revenue of $1.2 billion for fiscal 2030.\nTotal revenue to date is $5.6 billion, the company said.\n",
        # a company's named year and its next fiscal: a forecast, whatever the verb
        "Acme reported revenue of $4.2 billion for fiscal 2030.\nTotal revenue of $4.6 billion for the next fiscal is within reach, the chief executive said.\n",
        # a year and a quarter
        "Acme reported revenue of $16 billion for fiscal 2030.\nTotal revenue was $4.1 billion in the fourth quarter.\n",
        # a company's estimate or plan is an expectation, unlike a budget's
        "Acme reported revenue of $4.2 billion for fiscal 2030.\nTotal revenue is estimated at $4.6 billion for the next fiscal.\n",
        "Acme reported revenue of $4.2 billion for fiscal 2030.\nTotal revenue will be $4.6 billion in the next fiscal, the chief executive said.\n",
        # someone else's estimate of a budget
        "The Kestrel budget for 2031-32 has an outlay of $8.4 billion.\nEconomists estimated the total outlay at $9.6 billion for the next fiscal.\n",
        # a part that is not a statement of the quantity still makes up the difference
        "The Kestrel budget has an outlay of $4.2 billion for the next fiscal. A federal grant of $4.2 billion comes on top.\nThe total outlay of $8.4 billion is the largest yet.\n",
        # two companies' equal figures and their total: the second is not the first named again
        "Acme reported revenue of $4 billion for fiscal 2030.\nBolt reported revenue of $4 billion for fiscal 2030.\nTotal revenue was $8 billion for the fiscal year.\n",
    ],
)
def test_named_again_not_read(checker, text):
    report = checker.check_text(text, path="draft.txt")
    assert list(find_named_again(report.document, _money(report))) == []
