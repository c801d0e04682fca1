"""A results digest's heading names the company of the paragraph below it (issue 13,
extract/digests.py). Our own sentences, fictional companies and figures."""

from __future__ import annotations

import pytest

DIGEST = (
    "Harlow Cellular said profit for the quarter stood at Rs 220 crore.\n"
    "Korvane Tel net at Rs 12 cr\n"
    "Korvane Telecom (Korvane Tel) on Tuesday reported net profit of Rs 12.5 crore. Its revenues declined to Rs 700 crore.\n"
    "{heading}\n"
    "{name} has reported better results for the second quarter on the back of export growth. "
    "Net sales rose 21% to Rs 1,200.5 crore from Rs 990 crore."
)

HEADINGS = [
    ("Quillon net up 39%", "Quillon"),
    ("Quillon profit up 12%", "Quillon"),
    ("Quillon Pharma net profit rises 8%", "Quillon Pharma"),
    ("Ostrava sales down 4%", "Ostrava"),
]


@pytest.mark.parametrize(("heading", "name"), HEADINGS)
def test_heading_company_is_the_salient_one_below(checker, heading, name):
    text = DIGEST.format(heading=heading, name=name)
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == "Rs 1,200.5 crore")
    # the heading makes its company the reporter of the section's results (extract/reporter.py)
    assert (claim.relation, claim.guessed_subject, claim.subject_found, claim.subjects) == ("revenue", None, "reporter", (name,))


# no heading, or a heading whose name the paragraph below does not repeat: nothing is made a name
NOT_HEADINGS = [
    "Markets net up 3% on the week.",  # a sentence, not a heading
    "Quillon net up 39%",  # the paragraph below names someone else
]


@pytest.mark.parametrize("heading", NOT_HEADINGS)
def test_no_heading_company(checker, heading):
    text = DIGEST.format(heading=heading, name="The drugmaker")
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == "Rs 1,200.5 crore")
    assert claim.guessed_subject not in ("Quillon", "Markets")


def test_heading_company_found(checker):
    from factcheck.extract.digests import heading_companies
    from factcheck.read import make_document

    text = DIGEST.format(heading="Quillon Pharma net profit rises 8%", name="Quillon Pharma")
    analysis = checker.pipeline.analyze(make_document("<t>", text))
    assert heading_companies(analysis.segments, analysis.document.prose_text) == {("Korvane", "Tel"), ("Quillon", "Pharma")}
