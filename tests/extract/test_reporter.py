"""The reporter of a results story: whose results a figure naming no company certainly is (issue 14).

Every story here is fictional (Acme, Bolt and Cirrus are the fixture registry's; Zenith, Vireo
and Lotus are no registry's names).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.extract.reporter import same_company
from factcheck.models import Severity

LEAD = "Acme Corp. said on Tuesday its quarterly profit rose 8 percent as demand for its sensors held up.\n\n"


# A part of the company's results (a segment's, a region's, a product's) is not its results.
PART_FIGURES = [
    ("Subscription revenue was $9 billion.", "$9 billion"),
    ("Revenue at its cloud unit rose to $12 billion.", "$12 billion"),
    ("Sales in Europe were $9 billion.", "$9 billion"),
    ("The cloud division's revenue was $9 billion.", "$9 billion"),
    ("Revenue from the games segment rose to $3 billion.", "$3 billion"),
    ("Cloud sales rose to €2 billion.", "€2 billion"),
    ("Revenue in the Americas was £900 million.", "£900 million"),
    ("Sales from its games business rose 4% to Rs 500 crore.", "Rs 500 crore"),
    ("Sales rose, as subscription revenue climbed to $4 billion.", "$4 billion"),
]


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a lead with "said": the sales of the next paragraph are Acme's
        (LEAD + "Sales rose 5% to $10.4 billion in the quarter.\n", "$10.4 billion", "acme"),
        # "reported", a name no registry knows; the figure of a year earlier too
        ("Zenith Foods reported a jump in second-quarter earnings on Thursday.\n\nNet income was $1.3 billion, or 93 cents a share, up from $1.1 billion a year earlier.\n", "$1.3 billion", "Zenith Foods"),
        ("Zenith Foods reported a jump in second-quarter earnings on Thursday.\n\nNet income was $1.3 billion, or 93 cents a share, up from $1.1 billion a year earlier.\n", "$1.1 billion", "Zenith Foods"),
        # a possessive lead
        ("Acme's quarterly profit rose 12 percent on strong demand for its sensors.\n\nRevenue climbed to $4.2 billion.\n", "$4.2 billion", "acme"),
        # a fiscal quarter
        ("Bolt posted higher earnings for its fiscal third quarter on Wednesday.\n\nOperating profit in the three months to September rose to $812 million.\n", "$812 million", "bolt"),
        # pounds, euros, rupees in crore
        ("Cirrus Labs said full-year profits rose for a fourth year running.\n\nPre-tax profit rose to £956m from £901m.\n", "£956m", "cirrus"),
        ("Vireo Motors reported a rise in first-half revenue on Friday.\n\nRevenue grew 7% to €2.4 billion in the six months.\n", "€2.4 billion", "Vireo Motors"),
        ("Lotus Laboratories Ltd on Monday reported net profit for the quarter ended September.\n\nNet sales went up 14% to Rs 1,240 crore from Rs 1,088 crore.\n", "Rs 1,240 crore", "Lotus Laboratories"),
        # a headline that agrees with the lead; a brand in the figure's sentence is no other company
        ("Acme profit jumps 20%\n\n" + LEAD + "Sales rose to $3 billion, helped by its new Bolt-on sensor line.\n", "$3 billion", "acme"),
        # a description that refers back ("The Ohio company") is no other company
        (LEAD + "The Ohio company posted net income of $900 million.\n\nSales rose to $3 billion.\n", "$3 billion", "acme"),
        # results and period words before the results noun, a period after it, the reporter's possessor: still the whole
        (LEAD + "Quarterly revenue rose 5% to $10.4 billion.\n", "$10.4 billion", "acme"),
        (LEAD + "Net income was $1.3 billion.\n", "$1.3 billion", "acme"),
        ("Cirrus Labs said full-year profits rose for a fourth year running.\n\nFull-year sales were £2bn.\n", "£2bn", "cirrus"),
        (LEAD + "Fourth-quarter operating income rose to $2.2 billion.\n", "$2.2 billion", "acme"),
        (LEAD + "Revenue in the fourth quarter rose to $9 billion.\n", "$9 billion", "acme"),
        (LEAD + "Total revenue for the quarter was $9 billion.\n", "$9 billion", "acme"),
        (LEAD + "Revenue of about $9 billion was a record.\n", "about $9 billion", "acme"),
        # a measure of the whole that leaves items out is no part of it
        (LEAD + "Core earnings, which exclude one-time charges, were $2.10 a share.\n", "$2.10", "acme"),
    ],
)
def test_results_figure_gets_the_reporter(money_claim, text, mention, subject):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.subject_found) == ((subject,), "reporter")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a rival as the subject of the paragraph
        (LEAD + "Bolt, its biggest rival, reported weaker results on Monday. Revenue fell to $2.1 billion.\n", "$2.1 billion"),
        # analysts' estimates, in a sentence of their own or beside the reported figure
        (LEAD + "Analysts had expected revenue of $10.1 billion.\n", "$10.1 billion"),
        (LEAD + "Revenue of $10.4 billion beat the $10.1 billion analysts expected.\n", "$10.1 billion"),
        (LEAD + "Revenue of $10.4 billion beat the $10.1 billion analysts expected.\n", "$10.4 billion"),
        # an industry's figure in a results story
        (LEAD + "Industry-wide sales of sensors rose to $50 billion.\n", "$50 billion"),
        # two companies' results in one story: the second company's paragraph ends the first's
        (LEAD + "Bolt said its quarterly profit fell 2 percent.\n\nRevenue rose to $3 billion.\n", "$3 billion"),
        # a forecast, and a guidance range
        (LEAD + "Full-year revenue is forecast to reach $41 billion.\n", "$41 billion"),
        (LEAD + "Full-year earnings should come in at $4.10 to $4.20 a share.\n", "$4.10 to $4.20"),
        # another company right after the figure
        (LEAD + "Revenue rose to $3 billion against $2 billion at Bolt.\n", "$2 billion"),
        # a lead that names no company, and a story that is no results story
        ("Quarterly profit fell to $369 million on weak demand.\n\nAcme shares fell 4 percent.\n", "$369 million"),
        ("Acme said on Tuesday it would buy Bolt.\n\nThe price is $5 billion.\n", "$5 billion"),
        # a headline naming another company's results than the lead's
        ("Bolt profit jumps 20%\n\n" + LEAD + "Revenue rose to $3 billion.\n", "$3 billion"),
        # a lead joining two companies: whose results the next figure is, the text does not say
        ("Acme and Bolt published results for 2030.\n\nOperating profit rose to £2.8bn.\n", "£2.8bn"),
        ("Acme, Bolt and Cirrus reported quarterly results on Thursday.\n\nRevenue rose to $3 billion.\n", "$3 billion"),
        # a section heading for another company in a digest of results
        (LEAD + "Zenith net up 9%\n\nNet sales went up 9% to $800 million.\n", "$800 million"),
        *((LEAD + sentence + "\n", mention) for sentence, mention in PART_FIGURES),
    ],
)
def test_uncertain_figure_gets_no_reporter(money_claim, text, mention):
    claim = money_claim(text, mention)
    assert claim.subject_found != "reporter"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Acme Corp.", "Acme", True),
        ("Acme's", "Acme Corporation", True),
        ("Tata Comm", "Tata Communications", True),
        ("P&G", "Procter & Gamble Co.", True),
        ("Bolt Systems", "Bolt", True),
        ("Bolt", "Cirrus", False),
        ("Acme Foods", "Acme Motors", False),
    ],
)
def test_same_company(a, b, same):
    assert same_company(a, b) is same


RESULTS_YAML = """
entities:
  - id: zenith
    name: Zenith Foods Inc.
    aliases: [Zenith Foods, Zenith]
    kind: organization
facts:
  - id: zenith-sales-q2
    subject: zenith
    relation: revenue
    amount: {value: 10400000000, currency: USD, qualifier: exact}
    sources:
      - url: https://example.com/zenith-q2
        publisher: Zenith Foods
        published: 2026-01-31
        quote: "sales of $10.4 billion"
  - id: acme-revenue
    subject: acme
    relation: revenue
    amount: {value: 40000000000, currency: USD, qualifier: exact}
    sources:
      - url: https://example.com/acme-results
        publisher: Acme
        published: 2026-01-31
        quote: "revenue of $40 billion"
"""
STORY = "Zenith Foods said on Thursday its quarterly net income rose 9 percent.\n\nSales rose 2 percent to {figure}, boosted by new products.\n"


@pytest.fixture(scope="module")
def results_checker(tmp_path_factory):
    from factcheck.api import Checker
    from factcheck.registry import load_registry

    folder = tmp_path_factory.mktemp("registry")
    for path in (Path(__file__).resolve().parent.parent / "fixtures" / "registry").glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    (folder / "results.yaml").write_text(RESULTS_YAML, encoding="utf-8")
    return Checker(load_registry(folder))


def _serious(report) -> list:
    return [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]


def test_correct_results_figure_passes(results_checker):
    report = results_checker.check_text(STORY.format(figure="$10.4 billion"))
    assert _serious(report) == []
    claim = next(c for c in report.claims if c.kind == "money" and c.text == "$10.4 billion")
    assert report.support.get(claim.id)


@pytest.mark.parametrize("figure", ["$11.4 billion", "$9.36 billion", "$104 billion"])
def test_changed_results_figure_is_flagged(results_checker, figure):
    report = results_checker.check_text(STORY.format(figure=figure))
    assert [f.code for f in _serious(report)] == ["FC201"]


def test_analysts_estimate_stays_uncompared(results_checker):
    text = "Zenith Foods said on Thursday its quarterly net income rose 9 percent.\n\nSales rose to $10.4 billion, above the $10.2 billion analysts expected.\n"
    assert _serious(results_checker.check_text(text)) == []


@pytest.mark.parametrize(("sentence", "mention"), PART_FIGURES)
def test_part_of_the_results_is_not_compared_with_the_whole(results_checker, sentence, mention):
    report = results_checker.check_text("Acme said its quarterly revenue rose 10%.\n\n" + sentence + "\n")
    assert _serious(report) == []
