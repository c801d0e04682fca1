"""A budget's own figure stated as an estimate (issue 14): "the total expenditure is estimated at
Rs 5 lakh crore" is the budget's figure for its year, no forecast and no guidance. Someone else's
estimate, a hedged or revised one, a part of the budget ("defence spending"), a figure that names
a results metric ("revenue receipts") and a company's guidance stay as they were. Our own
sentences, fictional governments and companies; (text, mention, budget figure, forecast, metric)."""

from __future__ import annotations

import pytest

from factcheck.extract.budget import budget_estimate, budget_story

STORY = "The finance minister presented the budget in the assembly on Monday.\n"  # a government's budget story

BUDGET = [
    # a budget quantity as the subject of an estimate participle
    ("The total expenditure is estimated at Rs 5,12,300 crore.", "Rs 5,12,300 crore"),
    ("The outlay for the next fiscal is pegged at Rs 5.2 lakh crore.", "Rs 5.2 lakh crore"),
    ("Spending is budgeted at €94 billion for the coming year.", "€94 billion"),
    ("The fiscal deficit is projected at CA$29.4 billion.", "CA$29.4 billion"),
    ("The state's total outlay has been pencilled in at Rs 3.1 lakh crore.", "Rs 3.1 lakh crore"),
    ("Net borrowings are put at €12 billion.", "€12 billion"),
    ("Ostland unveiled its budget, and spending is pegged at €94 billion.", "€94 billion"),
    # reduced, without its auxiliary
    ("Valdoria tabled a budget with total expenditure estimated at Rs 5.2 lakh crore.", "Rs 5.2 lakh crore"),
    # the object of an estimate verb whose subject is the budget or the government
    ("The budget pegs the fiscal deficit at €12 billion.", "€12 billion"),
    ("The Ostland government has estimated the total expenditure for next year at €94 billion.", "€94 billion"),
]

NOT_BUDGET = [
    # someone else's estimate, or a hedge: a forecast
    ("Analysts estimate the fiscal deficit at €14 billion.", "€14 billion"),
    ("Economists said the deficit is projected at CA$31 billion.", "CA$31 billion"),
    ("Spending is expected to be pegged at €94 billion.", "€94 billion"),
    ("The deficit could be projected at CA$29 billion.", "CA$29 billion"),
    # a revised estimate is a budget figure too, but never the budget estimate itself
    ("The revised estimate of total expenditure is pegged at Rs 4.9 lakh crore.", "Rs 4.9 lakh crore"),
    ("Revised estimates put the outlay at Rs 4.9 lakh crore.", "Rs 4.9 lakh crore"),
    # a part of the budget, or another deficit: not the budget's own whole
    ("Defence spending is budgeted at €9 billion.", "€9 billion"),
    ("The trade deficit is estimated at CA$4 billion.", "CA$4 billion"),
    ("The outlay for rural roads is pegged at Rs 900 crore.", "Rs 900 crore"),
    ("The health department's outlay is estimated at Rs 900 crore.", "Rs 900 crore"),
    ("Capital spending is budgeted at CA$9 billion.", "CA$9 billion"),
    # no budget quantity: a company's guidance
    ("Acme estimated revenue at $5 billion for next year.", "$5 billion"),
    ("Bolt's sales are projected at €900 million.", "€900 million"),
    # the size of a change or another construction
    ("The deficit is projected to reach CA$30 billion.", "CA$30 billion"),
]


@pytest.mark.parametrize(("text", "mention"), BUDGET, ids=[t[:60] for t, _ in BUDGET])
def test_a_budget_quantity_estimated_at(text, mention):
    assert budget_estimate(text, text.index(mention))


@pytest.mark.parametrize(("text", "mention"), NOT_BUDGET, ids=[t[:60] for t, _ in NOT_BUDGET])
def test_not_a_budget_estimate(text, mention):
    assert not budget_estimate(text, text.index(mention))


def test_a_named_payer_s_possessive():
    text = "Valdoria's outlay is pegged at Rs 5.2 lakh crore."
    at = text.index("Rs 5.2")
    assert budget_estimate(text, at, named_payer=True)
    assert not budget_estimate(text, at)  # with no payer parsed, the possessor may be a department's


CLAIMS = [
    # (text, mention, budget figure, forecast, metric)
    ("The total expenditure is estimated at Rs 5,12,300 crore.", "Rs 5,12,300 crore", True, False, None),
    ("The fiscal deficit is projected at CA$29.4 billion.", "CA$29.4 billion", True, False, None),
    ("Spending is budgeted at €94 billion for the coming year.", "€94 billion", True, False, None),
    ("Valdoria's outlay is pegged at Rs 5.2 lakh crore.", "Rs 5.2 lakh crore", True, False, None),
    # someone else's estimate: still a forecast
    ("Analysts estimate the fiscal deficit at €14 billion.", "€14 billion", False, True, "guidance"),
    ("The revised estimate of total expenditure is pegged at Rs 4.9 lakh crore.", "Rs 4.9 lakh crore", False, True, "guidance"),
    # a figure that names a results metric: a part (tax revenue) must not meet its whole
    ("Revenue receipts are estimated at Rs 4,06,800 crore.", "Rs 4,06,800 crore", False, True, "guidance"),
    # a company's guidance: a forecast, whatever its noun
    ("Acme estimated revenue at $5 billion for next year.", "$5 billion", False, True, "revenue"),
    ("Acme estimated its spending at $6 billion for next year.", "$6 billion", False, True, "guidance"),
    ("Acme's outlay is estimated at $2 billion.", "$2 billion", False, True, "guidance"),
]


@pytest.mark.parametrize(("text", "mention", "budget", "forecast", "metric"), CLAIMS, ids=[c[0][:60] for c in CLAIMS])
def test_the_claim_reading(money_claim, text, mention, budget, forecast, metric):
    claim = money_claim(STORY + text, mention)
    assert (claim.context.budget_figure, claim.context.forecast, claim.metric) == (budget, forecast, metric)


def test_only_in_a_government_s_budget_story(money_claim):
    """"The outlay is estimated at ..." in a company's story is a project's cost or its guidance."""
    text = "Acme opened a plant in Leeds.\nThe outlay is estimated at $2 billion.\n"
    claim = money_claim(text, "$2 billion")
    assert (claim.context.budget_figure, claim.context.forecast) == (False, True)
    assert not budget_story(text)
    assert budget_story(STORY)
