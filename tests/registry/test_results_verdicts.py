"""Results figures against the registry (issue 14): a company's reported net income, revenue or
earnings per share the registry lists is supported, a changed one is caught; the size of a change
("up $30 million", "cut spending by $2 billion") and results forecast or estimated ("expects
revenue of ...", "estimated earnings of $3.85 to $3.90 a share") are no reported result: the
first raises nothing, the second disagrees only with an estimate (a range) the registry lists.
Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: quill, name: Quill Industries, aliases: [Quill], kind: organization}
  - {id: tansy, name: Tansy Retail, aliases: [Tansy], kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: str, per: str | None = None, high: str | None = None) -> str:
    return fact_entry(ident, subject, relation, value, per=per, high=high)


FACTS = "facts:\n" + "".join(
    [
        _fact("quill-net-income", "quill", "other", "612000000"),
        _fact("quill-net-income-before", "quill", "other", "488000000"),
        _fact("quill-eps", "quill", "other", "1.04", "share"),
        _fact("tansy-revenue", "tansy", "revenue", "4200000000"),
        # an estimate the company announced: estimates are compared with it
        _fact("tansy-charge-estimate", "tansy", "other", "115000000", high="135000000"),
    ]
)


@pytest.fixture(scope="module")
def results_checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry")
    return checker_over(root, ENTITIES, FACTS)



QUIET = [
    # the registry's own figures
    "Quill reported net income of $612 million, up from $488 million a year earlier.\n",
    "Tansy said revenue rose to $4.2 billion.\n",
    # the size of a change, not a level
    "Quill said profit was up $151 million.\n",
    "Quill said a one-off gain boosted earnings by three cents a share.\n",
    "Tansy cut its revenue forecast by $200 million.\n",
    "Quill's net income, down $20 million, disappointed investors.\n",
    # results forecast or estimated: not the results reported
    "Quill expects net income of $600 million next year.\n",
    "Quill estimated full-year earnings of $3.85 to $3.90 a share.\n",
    "Analysts had expected revenue of $4.5 billion at Tansy.\n",
    "Quill forecast fourth-quarter earnings between $2.15 and $2.20 a share.\n",
    "Quill's results matched its own prediction of $2.45 to $2.50 a share.\n",
    # the estimate the registry lists, restated
    "Tansy expects a pre-tax charge of $115 million to $135 million.\n",
]


@pytest.mark.parametrize("text", QUIET, ids=[t[:50] for t in QUIET])
def test_no_level_stated_raises_nothing(results_checker, text):
    assert serious(results_checker, text) == []


CAUGHT = [
    # a changed reported figure is caught, however the sentence puts it
    "Quill reported net income of $600 million.\n",
    # an estimate the registry lists, changed
    "Tansy expects a pre-tax charge of $150 million to $170 million.\n",
    "Quill earned $610 million in the quarter.\n",
    "Tansy said revenue rose to $5.1 billion.\n",
]


@pytest.mark.parametrize("text", CAUGHT, ids=[t[:50] for t in CAUGHT])
def test_changed_reported_figure_is_caught(results_checker, text):
    assert serious(results_checker, text), "a reported result the registry does not have is worth a warning"
