"""Counts broken down and closed by "the remaining", and the near misses left unread."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.counts import find_count_sums


def _quantities(report):
    return [c for c in report.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the lead's total, parts over later paragraphs, hedges widening each figure
        (
            "Vega will install about 90,000 Helix accelerators for Orbital across several campuses.\n"
            "The first campus, in Ohio, will host roughly 20,000 accelerators from next spring.\n"
            "A second one near Austin will hold about 40,000 accelerators once it opens.\n"
            "The remaining 30,000 accelerators go to a site in Finland.\n",
            [("about 90,000 Helix accelerators", 3, True)],
        ),
        # the same, the total too large for its parts
        (
            "Vega will install about 130,000 Helix accelerators for Orbital across several campuses.\n"
            "The first campus, in Ohio, will host roughly 20,000 accelerators from next spring.\n"
            "A second one near Austin will hold about 40,000 accelerators once it opens.\n"
            "The remaining 30,000 accelerators go to a site in Finland.\n",
            [("about 130,000 Helix accelerators", 3, False)],
        ),
        # one sentence, jobs, exact figures that miss
        ("Kestrel will cut 1,200 jobs, with 700 jobs going in Leeds and the remaining 400 jobs in Hull.\n", [("1,200 jobs", 2, False)]),
        # "the rest of the", in one paragraph: it adds up
        ("Orbital plans 500 MW of new capacity. About 200 MW will be built in Spain, and the rest of the 300 MW in Portugal.\n", [("500 MW", 2, True)]),
        # no "remaining": a list of figures need not be the whole
        (
            "Vega will install about 130,000 accelerators for Orbital.\n"
            "A campus in Ohio will host 20,000 accelerators, and one near Austin 40,000 accelerators.\n",
            [],
        ),
        # the figure before the breakdown is larger than none of its parts: another series, not the total
        (
            "Vega ran 10,000 accelerators last year.\n"
            "Its new plan puts 20,000 accelerators in Ohio, and the remaining 15,000 accelerators in Texas.\n",
            [],
        ),
        # the only earlier figure stands in a middle paragraph, not the lead nor the breakdown's own
        (
            "Vega has agreed a large supply deal with Orbital.\n"
            "Orbital bought 50,000 accelerators from Helix in 2023.\n"
            "Vega will send 20,000 accelerators to Ohio.\n"
            "The remaining 10,000 accelerators go to Finland.\n",
            [],
        ),
        # in one sentence with no word opening a breakdown, the first figure is a part too
        ("Kestrel will cut 1,200 jobs in Leeds and 300 jobs in Hull; the remaining 400 jobs are safe.\n", []),
        # "the remaining" with nothing listed before it but the total
        ("Kestrel will cut 1,200 jobs; the remaining 400 jobs are safe for now.\n", []),
        # another unit in between is no part
        ("Kestrel will cut 1,200 jobs and close 14 stores, with 700 jobs going in Leeds and the remaining 500 jobs in Hull.\n", [("1,200 jobs", 2, True)]),
        # one sentence, total first, words that list the whole
        ("Kestrel will cut 1,200 jobs, split between 700 jobs in Leeds and 500 jobs in Hull.\n", [("1,200 jobs", 2, True)]),
        # parts first, "a total of": they miss it
        ("Kestrel will cut 700 jobs in Leeds and 600 jobs in Hull, a total of 1,200 jobs.\n", [("1,200 jobs", 2, False)]),
        # three parts, "for a total of", megawatts
        ("Orbital will add 300 MW in Spain, 200 MW in Portugal and 100 MW in France, for a total of 600 MW.\n", [("600 MW", 3, True)]),
        # a running total is not the sum of the parts its sentence lists
        ("Kestrel cut 700 jobs in 2023 and 600 jobs in 2024, a total of 2,100 jobs since 2020.\n", []),
        # "including" may list only some of the whole: not read for counts
        ("Kestrel employs 9,000 workers, including 700 workers in Leeds and 600 workers in Hull.\n", []),
        # a comparison between the figures: not one list
        ("Kestrel will cut 700 jobs in Leeds this year, up from 600 jobs in Hull, a total of 1,200 jobs.\n", []),
        # "split between" and "the remaining" over one total: read once
        ("Kestrel will cut 1,200 jobs, split between 700 jobs in Leeds and the remaining 400 jobs in Hull.\n", [("1,200 jobs", 2, False)]),
    ],
)
def test_count_sums(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    sums = find_count_sums(report.document, _quantities(report))
    assert [(s.total.text, len(s.parts), not s.inconsistent) for s in sums] == found
