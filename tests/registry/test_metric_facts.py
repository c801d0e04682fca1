"""A results figure meets a company's own registry fact only when the fact's quote names its
metric, if it names any (issue 14): a charge, a cost or a dividend of the company is no figure of
its "net income was $73 million", though both are the company's own and of relation other; a
changed net income is still caught. A quote of the figure alone says nothing against a metric.
Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: bolt, name: Bolt Industries, aliases: [Bolt], kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: int, quote: str) -> str:
    return fact_entry(ident, subject, relation, value, date="2030-05-01", quote=quote)


FACTS = "facts:\n" + "".join(
    [
        _fact("acme-net", "acme", "other", 73_000_000, "Acme said net income was $73 million for the quarter"),
        _fact("acme-revenue", "acme", "revenue", 1_200_000_000, "Acme reported revenue of $1.2 billion"),
        # a quote of the figure alone: it says nothing of what the figure is
        _fact("bolt-figure", "bolt", "other", 45_000_000, "$45 million"),
    ]
)

LEAD = "Acme Corp said on Tuesday its quarterly net profit fell 40% to $73 million.\n"

CASES = [
    # (the text, what is flagged)
    # the company's other figures are not its net income
    (LEAD + "The fall came after a $112 million impairment charge.\n", []),
    ("Acme Corp said its net profit fell to $73 million due to a $112 million impairment charge.\n", []),
    (LEAD + "Net profit, however, was hit by a $40 million restructuring charge.\n", []),
    (LEAD + "Costs rose to $90 million.\n", []),
    (LEAD + "Acme raised its dividend payout to $30 million.\n", []),
    # the registry's own figures, and changed ones
    (LEAD, []),
    ("Acme Corp said on Tuesday its quarterly net profit fell 40% to $81 million.\n", ["FC201@1"]),
    ("Acme Corp reported revenue of $1.2 billion for the quarter.\n", []),
    ("Acme Corp reported revenue of $1.5 billion for the quarter.\n", ["FC201@1"]),
    # a fact whose quote names no metric is compared as before
    ("Bolt Industries said on Tuesday its quarterly net profit fell to $54 million.\n", ["FC201@1"]),
]


@pytest.fixture(scope="module")
def metric_checker(tmp_path_factory):
    return checker_over(tmp_path_factory.mktemp("registry"), ENTITIES, FACTS)


@pytest.mark.parametrize(("text", "flagged"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_a_results_figure_meets_facts_of_its_metric(metric_checker, text, flagged):
    assert serious(metric_checker, text) == flagged
