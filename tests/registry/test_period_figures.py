"""A party's own figure per period against the registry (issue 14): a budget year's outlay or a
year's results, which the registry records as `period: annual` (no counterparty), is the figure of
a claim that states no rate of its own when the claim is one period's figure: its time anchor
names a year ("financial year 2031-32", "fiscal 2030", "next fiscal", "the year before"), or it is
a reported result (profit, revenue). The correct figure passes, a changed one is flagged (FC201
for the one fact of its kind, FC203 beside several), a figure of another period is not compared,
and a figure over several years or a target is no year's figure. Fictional parties, a registry
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from registry_helpers import checker_over, fact_entry, serious

from factcheck.models import Document
from factcheck.read import LineIndex

ENTITIES = """
entities:
  - {id: valdoria, name: Valdoria, aliases: [Valdoria state], kind: place}
  - {id: quorra, name: Quorra Holdings, aliases: [Quorra], kind: organization}
  - {id: pelican, name: Pelican Freight, aliases: [Pelican], kind: organization}
  - {id: valdoria-rail, name: Valdoria Rail, kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: str, currency: str, date: str, period: str | None = "annual") -> str:
    return fact_entry(ident, subject, relation, value, currency=currency, date=date, period=period)


FACTS = "facts:\n" + "".join(
    [
        # a state's budget outlay for one financial year
        _fact("valdoria-outlay", "valdoria", "spends_on", "5200000000000", "INR", "2031-02-10"),
        # a company's operating profit, one fact a year
        _fact("quorra-profit-2030", "quorra", "other", "2400000000", "GBP", "2030-12-31"),
        _fact("valdoria-rail-grant", "valdoria", "spends_on", "300000000000", "INR", "2031-02-10").replace("relation: spends_on,", "relation: spends_on, object: valdoria-rail,"),
        # revenue for one year only
        _fact("pelican-revenue-2029", "pelican", "revenue", "780000000", "USD", "2029-12-31"),
    ]
)


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry")
    return checker_over(root, ENTITIES, FACTS)



CASES = [
    # (the text, what is flagged)
    # the registry's own figure, the year named as the article names it
    ("Valdoria presented a budget for financial year 2031-32 with an outlay of Rs 5.2 lakh crore.\n", []),
    ("Valdoria will spend Rs 5.2 lakh crore in the next fiscal.\n", []),
    ("Quorra reported operating profit of £2.4bn in 2030.\n", []),
    ("Quorra said its operating profit rose to £2.4bn.\n", []),
    ("Pelican reported revenue of $780 million for fiscal 2029.\n", []),
    # the same parties and year, a changed figure
    ("Valdoria presented a budget for financial year 2031-32 with an outlay of Rs 6.2 lakh crore.\n", ["FC201@1"]),
    ("Valdoria will spend Rs 4.8 lakh crore in the next fiscal.\n", ["FC201@1"]),
    ("Quorra reported operating profit of £2.9bn in 2030.\n", ["FC201@1"]),
    ("Quorra said its operating profit rose to £2.1bn.\n", ["FC201@1"]),
    ("Pelican reported revenue of $870 million for fiscal 2029.\n", ["FC201@1"]),
    # a figure of another year: the registry has no figure of that year to compare it with
    ("Quorra reported operating profit of £1.9bn in 2027.\n", []),
    ("Pelican reported revenue of $610 million for fiscal 2026.\n", []),
    # of another length: a quarter is no year's figure
    ("Pelican reported revenue of $190 million in the third quarter of 2029.\n", []),
    # over several years, or a target: no year's figure
    ("Valdoria will spend Rs 20 lakh crore over four years.\n", []),
    ("Quorra is targeting operating profit of £3bn.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:60] for t, _ in CASES])
def test_period_figures(checker, text, expected):
    assert serious(checker, text) == expected


DATED = [
    # (the article's date, the text, what is flagged)
    # an article of the fact's year: its undated figure is the year's
    ("2030-12-20", "Quorra said its operating profit rose to £2.1bn.\n", ["FC201@1"]),
    ("2031-03-01", "Quorra said its operating profit rose to £2.4bn.\n", []),
    # an article years away: its figure is another year's, not the registry's
    ("2026-05-04", "Quorra said its operating profit rose to £2.1bn.\n", []),
    # a year the claim names itself decides, whatever the article's date
    ("2026-05-04", "Quorra reported operating profit of £2.9bn in 2030.\n", ["FC201@1"]),
]


@pytest.mark.parametrize(("date", "text", "expected"), DATED, ids=[f"{d} {t[:50]}" for d, t, _ in DATED])
def test_an_undated_figure_is_of_the_article_time(checker, date, text, expected):
    report = checker.check_documents([Document(path="case.txt", text=text, date=dt.date.fromisoformat(date))])
    found = sorted(f"{f.code}@{LineIndex(text).position(f.span.start)[0]}" for f in report.files[0].findings if f.severity.value in ("warning", "error"))
    assert found == expected


SOLE = [
    # (the article, what is flagged): a figure whose clause names no payer, in a story of one
    # party with figures of its own, is that party's; a warning at most (the payer is the
    # passage's, not the clause's), never an error with a fix
    ("Valdoria presented its budget for financial year 2031-32.\nThe outlay for the next fiscal is Rs 5.2 lakh crore.\n", []),
    ("Valdoria presented its budget for financial year 2031-32.\nThe outlay for the next fiscal is Rs 5.9 lakh crore.\n", ["FC203@2"]),
    # a results figure is the reporter's to attribute (extract/reporter.py): a part of the
    # results ("Freight revenue") is no company's whole, and an open figure stays uncompared
    ("Quorra held its annual meeting in Leeds.\nOperating profit in 2030 rose to £2.8bn.\n", []),
    # two parties with figures of their own: whose figure it is stays open
    ("Valdoria and Pelican signed a freight pact.\nThe outlay for the next fiscal is Rs 5.9 lakh crore.\n", []),
    # a sentence naming a payee of the party's: the figure may be that payment, not its own total
    ("Valdoria presented its budget for financial year 2031-32.\nIt includes Valdoria Rail schemes worth Rs 5.9 lakh crore.\n", []),
    ("Valdoria presented its budget for financial year 2031-32.\nPelican said the outlay for the next fiscal is Rs 5.9 lakh crore.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), SOLE, ids=[t.split("\n")[1][:50] + f" [{n}]" for n, (t, _) in enumerate(SOLE)])
def test_a_figure_naming_no_payer_in_a_story_of_one_party(checker, text, expected):
    assert serious(checker, text) == expected
