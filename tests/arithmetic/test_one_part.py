"""A total stated with one part ("which includes ... worth"): read as some of it, and near misses."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.sums import find_sums


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "which includes N worth P", the total qualified by its period in between
        ("The city's spending plan of $9.4 billion for 2026 includes new programmes worth $1.2 billion, the mayor said.\n", [("$9.4 billion", "$1.2 billion", False)]),
        # "that included", a part larger than its whole; another currency
        ("The plan was €6 billion that included new programmes worth €7.5 billion.\n", [("€6 billion", "€7.5 billion", True)]),
        # "of which", the part right after the marker
        ("Helix spent £800m on plants, of which £900m went to Wales.\n", [("£800m", "£900m", True)]),
        # "including N of P", a hedge widens the part down to nothing: never more than the whole
        ("Capital spending of ¥900bn includes up to ¥1.2tn for chips.\n", [("¥900bn", "up to ¥1.2tn", False)]),
        # a balance: a net loss may include a charge larger than itself
        ("Acme posted a net loss of $2 million, including a $3 million charge.\n", []),
        # a change may include a component larger than itself (another one went down)
        ("The increase of $40 million includes $55 million from pricing.\n", []),
        # "including" names investors, and the figure belongs to a clause about one of them
        ("Acme raised $10 million from investors including Sequoia, which put in $12 million.\n", []),
        # a running total is not read against what it includes
        ("The fund has raised $50 million so far, including $60 million from pensions.\n", []),
        # another currency: the bracket restates, nothing to compare
        ("The deal is worth $5bn, including €6bn in shares.\n", []),
    ],
)
def test_one_part_of_a_total(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    sums = [s for s in find_sums(report.document, _money(report)) if len(s.parts) == 1]
    assert [(s.total.text, s.parts[0].text, s.inconsistent) for s in sums] == found
    assert all(not s.exhaustive for s in sums)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Along with $3.0 billion from other funds, the total raised in the round reached $9.5 billion.\n", [("$9.5 billion", "$3.0 billion", "Along with", False)]),
        ("Together with a £12m grant, the combined package came to £10m.\n", [("£10m", "£12m", "Together with", True)]),
        # a hedged total, euros, "including" fronted
        ("Including €2bn of debt, the total cost of the plant was about €8bn.\n", [("about €8bn", "€2bn", "Including", False)]),
        # a balance: a charge inside a net loss may exceed it
        ("Along with a $3m charge, the total net loss reached $2m.\n", []),
        # no total named: two figures of one sentence, not a part and its whole
        ("Along with $3m from Bolt, Acme invested $5m in Cirrus.\n", []),
        # the figure belongs to a clause, not to the opener
        ("Along with Bolt, which paid $3m, the total came to $2m.\n", []),
        # another currency
        ("Along with €3m from Bolt, the total raised reached $2m.\n", []),
    ],
)
def test_a_fronted_part_then_its_total(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    sums = [s for s in find_sums(report.document, _money(report)) if len(s.parts) == 1]
    assert [(s.total.text, s.parts[0].text, s.marker, s.inconsistent) for s in sums] == found
