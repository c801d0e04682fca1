"""A whole listed as ranges: the parts' low ends make the total's low end, their high ends its high end."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.sums import find_sums


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "inconsistent"),
    [
        # total first, "consisting of": both ends add up
        ("Orbital expects a restructuring charge of $115 million to $135 million, consisting of $80 million to $90 million for writedowns and $35 million to $45 million for severance.\n", False),
        # the high end misses although the two intervals overlap
        ("Orbital expects a restructuring charge of $115 million to $145 million, consisting of $80 million to $90 million for writedowns and $35 million to $45 million for severance.\n", True),
        # parts first, "a total of", the low end misses
        ("Vega expects writedowns of €80m to €90m and severance costs of €35m to €45m, a total of €105m to €135m.\n", True),
        # decimals, within the rounding of each end
        ("Kestrel will spend £1.2bn to £1.5bn on the plan, split into £0.84bn to £1bn for housing and £0.4bn to £0.5bn for transport.\n", False),
        # "including" may list only some of the whole: end by end is not required
        ("Orbital expects charges of $115 million to $160 million, including $80 million to $90 million for writedowns and $35 million to $45 million for severance.\n", False),
    ],
)
def test_range_sums_end_by_end(checker, text, inconsistent):
    report = checker.check_text(text, path="draft.txt")
    (stated,) = find_sums(report.document, _money(report))
    assert all(p.amount.qualifier.value == "range" for p in (*stated.parts, stated.total))
    assert stated.inconsistent is inconsistent
