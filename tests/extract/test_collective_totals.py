"""Collective totals: a figure introduced by "a combined", "a total of", "together" after
other payers' figures is the sum of their money, not the last payer's (our own sentences)."""

from __future__ import annotations

import pytest

# (text, total mention, expected subjects)
CASES = [
    ("Acme will put $3 million into Nimbus, and Dynamo $2 million, a combined $5 million invested in Nimbus.", "$5 million", ("acme", "dynamo")),
    ("Acme invested $3 million in Nimbus, while Dynamo invested $2 million, for a total of $5 million.", "$5 million", ("acme", "dynamo")),
    ("Acme pledged €40m to the fund and Dynamo pledged €60m, together €100m.", "€100m", ("acme", "dynamo")),
    ("Acme put £1.5bn into Nimbus, and Dynamo £0.5bn, altogether £2bn.", "£2bn", ("acme", "dynamo")),
]

# One payer's figures: its own total stays its own.
ONE_PAYER = [
    ("Acme invested $3 million in Nimbus in May and $2 million in June, a combined $5 million.", "$5 million", ("acme",)),
]


@pytest.mark.parametrize(("text", "mention", "subjects"), CASES + ONE_PAYER, ids=[c[0][:60] for c in CASES + ONE_PAYER])
def test_collective_total_takes_every_payer(checker, text, mention, subjects):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert claim.subjects == subjects


@pytest.mark.parametrize("text", [c[0] for c in CASES] + [c[0] for c in ONE_PAYER])
def test_a_correct_collective_total_raises_nothing(checker, text):
    report = checker.check_text(text)
    assert not [f for f in report.findings if f.severity.value in ("warning", "error")]


def test_a_wrong_collective_total_is_flagged_against_the_sum_of_its_payers(checker):
    report = checker.check_text("Acme will put $3 million into Nimbus, and Dynamo $2 million, a combined $9 million invested in Nimbus.")
    (finding,) = [f for f in report.findings if f.code == "FC101"]
    assert "sums to $5M" in finding.message
