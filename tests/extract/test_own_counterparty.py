"""A figure with its own counterparty after it ("$38 billion with Bolt and about $300 billion with
Cirrus") is that counterparty's, even when the parse hangs the second figure on the first's
name. Our own sentences; (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

CASES = [
    ("Acme has also agreed to spend $38 billion with Nimbus Web Services and about $300 billion with Cirrus.", "$38 billion", ("acme",), "commits_to_purchase", "nimbus"),
    ("Acme has also agreed to spend $38 billion with Nimbus Web Services and about $300 billion with Cirrus.", "about $300 billion", ("acme",), "commits_to_purchase", "cirrus"),
    ("Acme will invest $5 billion in Bolt and $3 billion in Cirrus.", "$3 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme agreed to buy $2 billion of chips from Bolt and $1 billion of servers from Cirrus.", "$1 billion", ("acme",), "commits_to_purchase", "cirrus"),
    # a second figure with no counterparty of its own shares the first's
    ("Acme will invest $5 billion in Bolt this year and $3 billion next year.", "$3 billion", ("acme",), "invests_in", "bolt"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), CASES, ids=[f"{c[0][:45]}|{c[1]}" for c in CASES])
def test_figure_takes_its_own_counterparty(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


def test_counterparties_paired_in_order_when_both_hang_on_the_verb(money_triple):
    """ "spend $38 billion with Bolt and $300 billion with Cirrus": the parse hangs both "with" on spend."""
    text = "Acme agreed to spend $38 billion with Bolt and $300 billion with Cirrus."
    assert money_triple(text, "$38 billion")[2] == "bolt"
    assert money_triple(text, "$300 billion")[2] == "cirrus"
