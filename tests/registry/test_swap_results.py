"""A company's reported result stated for the wrong company (FC201, issue 14), built as a construction.

A results figure whose clause says what it is (net income, operating profit, revenue, earnings per
share) and names its company where the grammar certainly puts it (the subject, the possessor, "at
Pelican", a pronoun bound to a name in the sentence, the subject of "said" right before the results
noun) is a swap when the registry has that figure, as a result of its kind (the same relation; per
share for a per-share figure), for another company the article names, and none for the company the
clause names. Where certainty stops: the company's own figures, two companies each with their own,
a company the registry has the figure for too, a pronoun or an earlier sentence's company, a
forecast, the size of a change, a part of the results, a dividend, a price per share in a deal, and
a sentence naming the registry's company too. Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: quorra, name: Quorra Group, aliases: [Quorra], kind: organization}
  - {id: pelican, name: Pelican Foods, aliases: [Pelican], kind: organization}
  - {id: acme, name: Acme Corp, aliases: [Acme], kind: organization}
  - {id: bolt, name: Bolt Inc, aliases: [Bolt], kind: organization}
  - {id: cirrus, name: Cirrus Labs, aliases: [Cirrus], kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: str, currency: str = "GBP", per: str | None = None) -> str:
    return fact_entry(ident, subject, relation, value, currency=currency, per=per)


FACTS = "facts:\n" + "".join(
    [
        _fact("quorra-net-income", "quorra", "other", "545000000"),
        _fact("quorra-eps", "quorra", "other", "1.38", per="share"),
        _fact("quorra-revenue", "quorra", "revenue", "4200000000"),
        _fact("cirrus-net-income", "cirrus", "other", "300000000"),
        # the same figure for two companies: a claim on either is right
        _fact("acme-net-income", "acme", "other", "120000000", "USD"),
        _fact("bolt-net-income", "bolt", "other", "120000000", "USD"),
        # Bolt's earnings per share, which a deal's price per share for Bolt happens to equal
        _fact("bolt-eps", "bolt", "other", "94", "USD", per="share"),
        _fact("bolt-valued", "bolt", "valued_at", "5200000000", "USD"),
    ]
)

QUORRA = "Quorra makes engines."  # the registry's company, named in an earlier sentence


@pytest.fixture(scope="module")
def results_checker(tmp_path_factory):
    return checker_over(tmp_path_factory.mktemp("registry"), ENTITIES, FACTS)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Pelican reported net income of £545 million.", "£545 million"),
        ("Pelican's operating profit was £545 million.", "£545 million"),
        ("Pelican said revenue rose to £4.2 billion.", "£4.2 billion"),
        ("Pelican said net income rose to £545 million.", "£545 million"),
        ("Net income at Pelican fell to £545 million.", "£545 million"),
        ("Pelican said its fourth-quarter net income jumped to £545 million, or £1.38 a share.", "£1.38"),
        ("Pelican's third-quarter net profit fell to £545 million, or 138 pence a share.", "138 pence"),
        ("Pelican earned £1.38 a share in the quarter.", "£1.38"),
        ("Pelican reported earnings of £1.38 per share.", "£1.38"),
        ("Pelican posted revenue of £4.2 billion.", "£4.2 billion"),
    ],
)
def test_another_companys_result_is_flagged_on_the_name(results_checker, sentence, figure):
    text = f"{QUORRA} {sentence}\n"
    report = results_checker.check_text(text, path="case.txt")
    [finding] = [f for f in report.findings if f.code == "FC201" and f"{figure!r} names Pelican Foods" in f.message]
    assert text[finding.span.start : finding.span.end] == "Pelican"
    assert "no such figure for Pelican Foods" in finding.message and "Quorra" in finding.message
    assert finding.fix is not None and finding.fix.replacement == "Quorra"  # the name as the article writes it
    assert finding.severity.value == "error"


def test_both_figures_of_a_restated_result_are_flagged(results_checker):
    text = f"{QUORRA} Pelican said its fourth-quarter net income jumped to £545 million, or £1.38 a share.\n"
    assert serious(results_checker, text) == ["FC201@1", "FC201@1"]


def test_a_company_the_registry_has_its_own_result_for_is_checked_against_it(results_checker):
    """Cirrus's own net income is the fact about the claim: its figure is wrong, not its company."""
    report = results_checker.check_text(f"{QUORRA} Cirrus reported net income of £545 million.\n", path="case.txt")
    [finding] = [f for f in report.findings if f.code == "FC201"]
    assert "disagrees with the registry: £300M (Cirrus Labs, cirrus-net-income)" in finding.message


def test_earnings_per_share_is_not_checked_against_net_income(results_checker):
    """A per-share figure meets only the registry's figures per share, and a company's net income
    only figures that are not per share."""
    text = "Cirrus earned £1.38 a share. Cirrus reported net income of £300 million, or £3 per share.\n"
    assert [f.message for f in results_checker.check_text(text, path="case.txt").findings if f.code == "FC201"] == []


@pytest.mark.parametrize(("figure", "flagged"), [("$5.2 billion", []), ("$6 billion", ["FC201@1"])])
def test_a_figure_after_a_price_per_share_is_no_figure_per_share(results_checker, figure, flagged):
    """"A $94 a share offer that valued Bolt at $5.2 billion": the price per share before it gives the
    valuation the metric of earnings per share, but the valuation is still compared with Bolt's."""
    assert serious(results_checker, f"Acme rejected a $94 a share offer that valued Bolt at {figure}.\n") == flagged


@pytest.mark.parametrize(
    "text",
    [
        # each company's own figures, the registry's
        "Quorra reported net income of £545 million. Cirrus reported net income of £300 million.\n",
        "Quorra earned £1.38 a share as revenue rose to £4.2 billion.\n",
        # a figure of the named company the registry does not list (nothing says it is Quorra's)
        f"{QUORRA} Pelican reported net income of £410 million.\n",
        # the same figure for two companies: the one the clause names has it too
        "Bolt makes tools. Acme reported net income of $120 million.\n",
        # a pronoun whose company is in an earlier sentence, and a figure naming no company
        f"{QUORRA} Pelican is a rival. It reported net income of £545 million.\n",
        f"{QUORRA} Pelican is a rival. Net income rose to £545 million.\n",
        # the sentence names the registry's company too: either may have the figure
        f"{QUORRA} Pelican said Quorra's net income rose to £545 million.\n",
        "Pelican reported net income of £545 million, while Quorra reported £545 million too.\n",
        # a forecast, an estimate and the size of a change: no reported result
        f"{QUORRA} Pelican expects net income of £545 million next year.\n",
        f"{QUORRA} Analysts expect Pelican to report net income of £545 million.\n",
        f"{QUORRA} Pelican said net income rose by £545 million.\n",
        # a part of the results, and a dividend per share: not the company's result of that kind
        f"{QUORRA} Pelican said European revenue rose to £4.2 billion.\n",
        f"{QUORRA} Pelican raised its dividend to £1.38 a share.\n",
        # a price per share in a deal equal to the registry's earnings per share of the target
        "Bolt makes tools. Acme will pay $94 a share for Bolt.\n",
        "Bolt makes tools. Acme agreed to pay $94 per share in cash.\n",
        "Bolt makes tools. Acme, which earned $2 a share last year, offered $94 a share.\n",
        # one figure for each of two companies
        f"{QUORRA} Pelican and Acme each reported net income of £545 million.\n",
    ],
)
def test_no_swap_where_certainty_stops(results_checker, text):
    report = results_checker.check_text(text, path="case.txt")
    assert [f.message for f in report.findings if f.code == "FC201" and " names " in f.message] == []
