"""A headline's figure restated by the paragraph under it, and the near misses that stay unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.restatements import find_headline_restatements


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a deal noun after the headline's figure, "contract worth" before the body's; the hedge dropped
        ("Orbital Signs $9B Deal With Vega\nVega has won a cloud contract worth as much as $9.2B from Orbital, the companies said.\n", [("$9B", "as much as $9.2B", True)]),
        # the same, the body's figure too far from the headline's rounding
        ("Orbital Signs $9B Deal With Vega\nVega has won a cloud contract worth as much as $11.6B from Orbital, the companies said.\n", [("$9B", "as much as $11.6B", False)]),
        # a metric before the figure, crore abbreviated in the headline
        ("Helix net at Rs 40 cr\nHelix said on Tuesday its net profit was Rs 39.6 crore, down 12% from Rs 45 crore a year before.\n", [("Rs 40 cr", "Rs 39.6 crore", True)]),
        # a takeover in pounds, "bid valued at"
        ("Kestrel makes £2.4bn takeover offer for Vega\nKestrel has tabled a bid valued at £2.9bn for the chip designer.\n", [("£2.4bn", "£2.9bn", False)]),
        # a unit slip: three orders of magnitude, read although the ratio is far off
        ("Orbital Signs $9M Deal With Vega\nVega has won a cloud contract worth $9 billion from Orbital.\n", [("$9M", "$9 billion", False)]),
        # another occasion: the body's contract came before
        ("Orbital Signs $9B Deal With Vega\nThe deal follows a contract worth $8 billion signed in March.\n", []),
        # two figures of that kind in the first sentence: which one the headline restates stays open
        ("Helix revenue at $5bn\nHelix reported revenue of $4.2 billion and lifted its revenue forecast to $5 billion.\n", []),
        # the body's figure of another kind (a valuation, not the deal)
        ("Orbital Signs $9B Deal With Vega\nVega, valued at $11 billion, will supply Orbital until 2030.\n", []),
        # a body figure far from the headline's is another fact
        ("Orbital Signs $9B Deal With Vega\nVega has won a contract worth $3 billion for the first phase.\n", []),
        # another currency: a conversion's business, not a restatement
        ("Orbital Signs $9B Deal With Vega\nVega has won a contract worth €8.3 billion from Orbital.\n", []),
        # one transfer figure: the fee with or without its add-ons, which the body may give apart
        ("Rovers complete £40m signing of Vega\nRovers have paid Albion a fee of £35m for the striker, the club said.\n", []),
        # no headline: a full sentence ends with a period
        ("Orbital signed a $9B deal with Vega.\nVega has won a contract worth $12 billion from Orbital.\n", []),
    ],
)
def test_headline_restatements(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    pairs = find_headline_restatements(report.document, _money(report))
    assert [(p.headline.text, p.body.text, p.agrees) for p in pairs] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a fee and its add-ons summed in the headline, the sum restated under it
        ("Rovers sign Vega for £40m + £6m add-ons\nDone deal! Vega joins Rovers as the club unveils its £46m striker before the derby on Sunday.\n", [("£40m", "£6m", "£46m", True)]),
        # the body gives the base fee alone: the headline's first figure, not a contradiction
        ("Rovers sign Vega for £40m plus £6m add ons\nVega completed a £40m move from Albion on Friday, with bonuses to follow.\n", [("£40m", "£6m", "£40m", True)]),
        # neither the sum nor the base
        ("Rovers sign Vega for £40m + £6m add-ons\nDone deal! Vega joins Rovers as the club unveils its £52m striker before the derby on Sunday.\n", [("£40m", "£6m", "£52m", False)]),
        # a takeover with an earn-out: the kind named before the sum ("takeover ... for")
        ("Kestrel agrees takeover of Vega for $4bn + $1bn\nThe takeover, valued at $6.5bn, is due to close next year.\n", [("$4bn", "$1bn", "$6.5bn", False)]),
        # another currency under the headline: a conversion's business
        ("Rovers sign Vega for £40m + £6m add-ons\nThe €61m striker arrived from Albion on Friday after a medical.\n", []),
        # two figures of the kind under it: which one restates the headline stays open
        ("Rovers sign Vega for £40m + £6m add-ons\nThe £46m striker joins the £30m winger who arrived from Albion last month.\n", []),
        # the two headline figures are not joined by "+": two facts, not a sum
        ("Rovers sign Vega for £40m, Lee for £6m\nThe £46m striker joins from Albion after a medical on Friday.\n", []),
    ],
)
def test_headline_sums(checker, text, found):
    """ "A + B" in a headline: the figure under it restates the sum, or the base A alone."""
    report = checker.check_text(text, path="draft.txt")
    pairs = [p for p in find_headline_restatements(report.document, _money(report)) if p.plus is not None]
    assert [(p.headline.text, p.plus.text if p.plus else None, p.body.text, p.agrees) for p in pairs] == found
