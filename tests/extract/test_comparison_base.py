"""A figure a comparison is made against ("higher than last year's budget of $X") is another occasion's: read as prior, never a part of a sum."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "figure", "prior"),
    [
        ("Kestrel's budget has an outlay of $8.4 billion, higher than this year's budget of $7.9 billion.", "$7.9 billion", True),
        ("Acme's revenue reached $4.4 billion, compared with last year's revenue of $4 billion.", "$4 billion", True),
        ("The plan costs $3 billion, lower than the original estimate of $3.5 billion.", "$3.5 billion", True),
        ("Bolt's new offer of $6 billion is larger than Cirrus's rival bid of $5.5 billion.", "$5.5 billion", True),
        # the figure the comparison is about stays as it was
        ("Kestrel's budget has an outlay of $8.4 billion, higher than this year's budget of $7.9 billion.", "$8.4 billion", False),
        # "more than" right before a figure is a hedge, not a comparison base
        ("Acme will invest more than $5 billion in Bolt.", "more than $5 billion", False),
        # a comparison with no noun phrase between: the words do not say the figure is the base
        ("Revenue was higher than expected at $5 billion.", "$5 billion", False),
    ],
)
def test_comparison_base_is_prior(checker, sentence, figure, prior):
    report = checker.check_text(sentence + "\n", path="draft.txt")
    claim = next(c for c in report.claims if c.kind == "money" and c.text == figure)
    assert (claim.context.temporal == "prior") is prior
