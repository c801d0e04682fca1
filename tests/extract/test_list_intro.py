"""A list's intro line names the awarder of every contract line below it (issue 13, extract/lists.py).
Our own sentences, fictional companies; (text, mention, (subjects, relation, object))."""

from __future__ import annotations

import pytest

INTRO_AWARDER = [
    ("The Navy issued four contracts on Monday. Contractors winning business from the Navy included:\n• Bolt Systems got a $9.1 million contract modification to continue work on radar units.",
     "$9.1 million", (("Navy",), "deal_value", "bolt")),
    ("The Navy issued four contracts on Monday. Contractors winning business from the Navy included:\n• Bolt Systems got a $9.1 million contract modification.\n• Orbi Dynamics won a $6.2 million contract for design work.",
     "$6.2 million", (("Navy",), "deal_value", "Orbi Dynamics")),
    ("The Air Force awarded the following contracts:\n• Orbi Dynamics won a $7.9 million contract modification to perform design work.",
     "$7.9 million", (("Air Force",), "deal_value", "Orbi Dynamics")),
    ("Contracts awarded by the Army this week include:\n1. Moss Labs won a $3 million contract for field radios.",
     "$3 million", (("Army",), "deal_value", "moss")),
    ("The Coast Guard has awarded these deals:\n- Zorvex Aerospace secured a $14 million contract for hangar repairs.",
     "$14 million", (("Coast Guard",), "deal_value", "Zorvex Aerospace")),
]

NO_AWARDER = [
    # an ordinary sentence above, not a list's intro
    ("The Army issued new contracts. Moss Labs won a $9 million contract.", "$9 million", (("moss",), "deal_value", None)),
    ("Contracts awarded by the Army this week include:\nMoss Labs won a $9 million contract.", "$9 million", (("moss",), "deal_value", None)),
    # two departments in the intro: whose is each line?
    ("The Navy and the Army awarded the following contracts:\n• Moss Labs won a $9 million contract.", "$9 million", (("moss",), "deal_value", None)),
    # an intro that names no awarder
    ("Moss Labs said on Monday:\n• Moss Labs won a $9 million contract.", "$9 million", (("moss",), "deal_value", None)),
    # a line between that is no list item ends the list
    ("The Air Force awarded the following contracts:\n• Orbi Dynamics won a contract.\nOther news followed.\n• Moss Labs won a $9 million contract.", "$9 million", (("moss",), "deal_value", None)),
]


@pytest.mark.parametrize(("text", "mention", "triple"), INTRO_AWARDER + NO_AWARDER, ids=[c[0][:70] for c in INTRO_AWARDER + NO_AWARDER])
def test_list_intro_awarder(money_triple, text, mention, triple):
    assert money_triple(text, mention) == triple


def test_intro_awarder_is_no_clause_place(checker):
    """The awarder stands in a label, not in the line's clause: no rule may call it swapped."""
    text = "The Air Force awarded the following contracts:\n• Orbi Dynamics won an $8.5 million contract."
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money")
    assert (claim.subject_found, claim.subject_role, claim.object_role) == ("label", "label", "frame")
