"""Differences computed in words between labelled figures, and the fix they make certain."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.differences import find_stated_differences

BUDGET = (
    "The province has estimated the total receipts at $7.9 billion, which includes revenue receipts of $6.1 billion and capital receipts of $2.1 billion.\n"
    "The total expenditure is estimated at $9.4 billion.\n"
    "After deducting the total expenditure from the receipts, a deficit of $1.2 billion is estimated.\n"
)


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "operands"),
    [
        (BUDGET, ("$7.9 billion", "$9.4 billion")),
        ("Costs were put at €310 million.\nRevenue was forecast at €350 million.\nSubtracting costs from revenue leaves a surplus of €40 million.\n", ("€350 million", "€310 million")),
        # "the receipts" names the total only, never "revenue receipts": with no total, nothing is read
        ("Revenue receipts are estimated at $6.1 billion.\nThe total expenditure is estimated at $9.4 billion.\nAfter deducting the total expenditure from the receipts, a deficit of $3.3 billion is estimated.\n", None),
        # no computation in words: a deficit alone is not a difference of the two
        ("The total receipts are estimated at $7.9 billion.\nThe total expenditure is estimated at $9.4 billion.\nA deficit of $1.2 billion is estimated.\n", None),
    ],
)
def test_operands_are_resolved_by_their_labels(checker, text, operands):
    report = checker.check_text(text, path="draft.txt")
    found = [(d.base.text, d.minus.text) for d in find_stated_differences(report.document, _money(report))]
    assert found == ([operands] if operands else [])


def test_a_total_the_difference_confirms_is_the_one_fixed(checker):
    report = checker.check_text(BUDGET, path="draft.txt")
    fixes = {f.span.start: f.fix.replacement for f in report.findings if f.code == "FC101" and f.fix is not None}
    assert list(fixes.values()) == ["$8.2 billion"]
