"""The metric of a results figure (issue 13): revenue and profit are never the same fact."""

from __future__ import annotations

import pytest

from factcheck.extract.metrics import metric_of

CASES = [
    ("Sales increased 5% to $4.1 billion from $3.9 billion.", "$4.1 billion", "revenue"),
    ("Quarterly revenue climbed to $15 billion, beating forecasts.", "$15 billion", "revenue"),
    ("Net income rose to $545 million, or $1.38 a share.", "$545 million", "net_income"),
    ("Net income rose to $545 million, or $1.38 a share.", "$1.38", "eps"),
    ("Operating profit fell to ¥288 billion in the year.", "¥288 billion", "operating_profit"),
    ("The company reported net profit of Rs 10.45 crore for the quarter.", "Rs 10.45 crore", "net_income"),
    ("It expects a pre-tax special charge of $115 million.", "$115 million", "costs"),
    ("Acme will invest $5 billion in Cirrus.", "$5 billion", None),
]


@pytest.mark.parametrize(("sentence", "figure", "metric"), CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_metric_of(sentence, figure, metric):
    start = sentence.index(figure)
    assert metric_of(sentence, start, start + len(figure)) == metric


def test_revenue_and_profit_are_not_the_same_fact(checker):
    text = "Acme said revenue rose to $5 billion.\nAcme said its profit rose to $1 billion.\n"
    report = checker.check_text(text)
    assert not [f for f in report.findings if f.code == "FC102"]
