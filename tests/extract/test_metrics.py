"""The metric of a results figure (issue 13): revenue and profit are never the same fact."""

from __future__ import annotations

import pytest

from factcheck.extract.metrics import metric_of

CASES = [
    ("Sales grew 6% to $2.7 billion from $2.55 billion.", "$2.7 billion", "revenue"),
    ("Quarterly revenue climbed to $11 billion, ahead of estimates.", "$11 billion", "revenue"),
    ("Net income for the period climbed to $312 million, or $2.04 a share.", "$312 million", "net_income"),
    ("Net income for the period climbed to $312 million, or $2.04 a share.", "$2.04", "eps"),
    ("Operating profit slipped to ¥173 billion over the twelve months.", "¥173 billion", "operating_profit"),
    ("The lender posted a net profit of Rs 7.82 crore in the three months.", "Rs 7.82 crore", "net_income"),
    ("The group now expects a one-off pre-tax charge of $64 million.", "$64 million", "costs"),
    # ", or" restates the figure before it on another basis: the same metric
    ("Acme expects earnings of $2.10 a share, or $2.35 before one-off items.", "$2.35", "eps"),
    ("Bolt reported revenue of €40 million, or $43 million.", "$43 million", "revenue"),
    ("Acme will invest $5 billion in Cirrus.", "$5 billion", None),
    # an aside set off by commas between the metric and its verb does not end the clause
    ("Net profit, however, fell 40% to ¥73 billion.", "¥73 billion", "net_income"),
    ("Sales, meanwhile, rose 3% to €1.2 billion on strong demand.", "€1.2 billion", "revenue"),
    ("Operating income, by contrast, climbed to $410 million.", "$410 million", "operating_profit"),
    ("Revenue, in the quarter, slipped to £88 million.", "£88 million", "revenue"),
    # a figure before its own noun is of that noun, whatever the clause named before it
    ("Net profit fell to $73 million due to a $112 million impairment charge.", "$112 million", "costs"),
    ("Net profit fell to ¥73 billion after a ¥112 billion impairment loss.", "¥112 billion", "costs"),
    ("Revenue rose to $4 billion despite a $300 million write-down.", "$300 million", None),
    ("Acme posted a $73 million net profit for the quarter.", "$73 million", "net_income"),
    ("Bolt reported an $8 billion revenue haul.", "$8 billion", "revenue"),
    ("Net profit fell to $73 million due to a $112 million impairment charge.", "$73 million", "net_income"),
    # a clause of its own after the comma still ends the metric's reach
    ("Net profit rose, and the group, however, paid $40 million for Bolt.", "$40 million", None),
    ("Sales were flat, but Acme spent $2 billion on Cirrus.", "$2 billion", None),
]


@pytest.mark.parametrize(("sentence", "figure", "metric"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_metric_of(sentence, figure, metric):
    start = sentence.index(figure)
    assert metric_of(sentence, start, start + len(figure)) == metric


def test_revenue_and_profit_are_not_the_same_fact(checker):
    text = "Acme said revenue rose to $5 billion.\nAcme said its profit rose to $1 billion.\n"
    report = checker.check_text(text)
    assert not [f for f in report.findings if f.code == "FC102"]
