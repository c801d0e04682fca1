"""A result compared with what was expected, and the attachments left unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.directions import find_expectations


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "to NEW from OLD, falling short of X": NEW is the result, not OLD
        ("Sales climbed 4 percent to $8.20 billion from $7.9 billion a year earlier, falling short of the $8.35 billion analysts expected.\n", [("$8.20 billion", -1, "$8.35 billion", True)]),
        ("Sales climbed 4 percent to $8.20 billion from $7.9 billion a year earlier, falling short of the $8.05 billion analysts expected.\n", [("$8.20 billion", -1, "$8.05 billion", False)]),
        # the expectation named before its figure; euros
        ("Revenue was €3.1bn in the quarter, beating the consensus estimate of €3.3bn.\n", [("€3.1bn", +1, "€3.3bn", False)]),
        # the per-share restatement is the result compared with a per-share forecast
        ("Acme earned $2.1bn, or $1.20 a share, topping the $1.15 a share analysts had forecast.\n", [("$1.20", +1, "$1.15", True)]),
        # pence, "well above", the market as the one expecting
        ("The dividend rose to 9.1p, well above the 8.2p the market had been expecting.\n", [("9.1p", +1, "8.2p", True)]),
        # a profit that fell can still beat the forecast
        ("Profit fell to $90m from $120m, beating the $80m Wall Street expected.\n", [("$90m", +1, "$80m", True)]),
        # X is no expectation: a target, a plan, an IPO
        ("Acme raised $3bn, below the $5bn it had targeted.\n", []),
        ("Acme raised $3bn, above the $10bn IPO expected next year.\n", []),
        # "ahead of" is as often "before": not read
        ("Acme raised $3bn, ahead of the $10bn analysts expected for its listing.\n", []),
        # the figure before the comparison stands mid-sentence after another change: which one is compared stays open
        ("The dividend rises to 9.1p, up 20% on last year's 7.6p and well above the 8.2p the market had expected.\n", []),
        # another currency
        ("Revenue was €3.1bn, beating the $3.3bn analysts expected.\n", []),
    ],
)
def test_results_against_expectations(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    directions = find_expectations(report.document, _money(report))
    assert [(d.new.text, d.sign, d.old.text, d.holds()) for d in directions] == found
