"""A running total after a figure of its sentence (issue 13): "..., bringing its total commitment
to $5 billion" is the total of that figure's money (payer, relation, receiver), whatever noun it is
told with, and it is marked as found by reference. Our own sentences, fictional companies."""

from __future__ import annotations

import pytest

RUNNING = [
    # (text, mention, subjects, relation, object)
    ("Acme has completed an additional investment of $2 billion in Bolt, bringing its total commitment under a 2024 agreement to $5 billion.", "$5 billion", ("acme",), "invests_in", "bolt"),
    ("Bolt raised $300 million last week, taking its total funding to $1.2 billion.", "$1.2 billion", ("bolt",), "raises", None),
    ("Acme put $700 million into Cirrus in May, bringing the total to $2 billion.", "$2 billion", ("acme",), "invests_in", "cirrus"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), RUNNING, ids=[c[1] for c in RUNNING])
def test_a_running_total_takes_the_frame_of_the_figure_it_totals(checker, text, mention, subjects, relation, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object, claim.subject_found) == (subjects, relation, obj, "reference")


NOT_RUNNING = [
    # no total: a value pushed up by the investment is no total of it
    ("Acme will invest $2 billion in Bolt, bringing its market value to $9 billion.", "$9 billion"),
    # a total in another sentence is not this sentence's running total
    ("Acme invested $2 billion in Bolt. The deal brings the total to $5 billion.", "$5 billion"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_RUNNING, ids=[c[0][:40] for c in NOT_RUNNING])
def test_no_running_total(checker, text, mention):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert claim.relation != "invests_in" or claim.subject_found != "reference"


def test_a_running_total_is_no_conflicting_value_of_its_part(checker):
    report = checker.check_text(RUNNING[0][0])
    assert [f.code for f in report.findings if f.code in ("FC102", "FC103")] == []
