"""An average, mean, median or consensus placed inside a range, and the near misses left unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.ranges import find_range_centres


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a spread word, per share, the average outside
        ("Forecasts for Vega ranged from $2.10 to $2.30 per share, with a mean estimate of $2.45 per share.\n", [("from $2.10 to $2.30", "$2.45", "mean estimate", True)]),
        # estimate words on both sides, no spread word
        ("The twelve brokers polled expect earnings of $0.61 to $0.66 per share, with a consensus estimate of $0.63.\n", [("$0.61 to $0.66", "$0.63", "consensus estimate", False)]),
        # "between ... and ...", a median, pounds
        ("Bids varied between £40m and £55m, with a median of £47m.\n", [("between £40m and £55m", "£47m", "median", False)]),
        # ", averaging": below the range
        ("Salaries range from $40,000 to $90,000, averaging $32,000.\n", [("from $40,000 to $90,000", "$32,000", "averaging", True)]),
        # a hedge widens the average: "about €47m" may be 46.5
        ("Offers ranged from €47m to €60m, with a mean of about €46.6m.\n", [("from €47m to €60m", "about €46.6m", "mean", False)]),
        # the average of other values than the range spans
        ("Shares traded between $10 and $12, with the average analyst target at $15.\n", []),
        # another period, no "of"/"at" after the average
        ("Prices ranged from $10 to $20, and the average price last year was $25.\n", []),
        # another currency
        ("Bids ranged from £40m to £55m, with a median of €60m.\n", []),
        # a midpoint is not read (a different relation)
        ("Guidance ranged from $1.10 to $1.20, with a midpoint of $1.30.\n", []),
    ],
)
def test_range_centres(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    centres = find_range_centres(report.document, _money(report))
    assert [(c.range.text, c.centre.text, c.words, c.inconsistent) for c in centres] == found
