""""The deal is valued at $X": the acquisition the article already told is the deal's (issue 13,
extract/deal_reference.py). Our own sentences, fictional companies; (text, mention, (subjects, relation, object))."""

from __future__ import annotations

import pytest

TOLD = "Dover Foods finally agreed to buy Bolt Labs for $5 billion in cash.\nBolt Labs shareholders will receive $90 per share, Dover Foods said.\n"

REFERENCES = [
    (TOLD + "The deal is valued at $7.3 billion including debt, Dover Foods said in a statement.", "$7.3 billion", (("Dover Foods",), "deal_value", "bolt")),
    (TOLD + "Dover Foods said the agreement is valued at $7.3 billion including debt.", "$7.3 billion", (("Dover Foods",), "deal_value", "bolt")),
    (TOLD + "Dover Foods said the deal is worth $7.3 billion including debt.", "$7.3 billion", (("Dover Foods",), "deal_value", "bolt")),
]

NOT_REFERENCES = [
    # another buyer's deal
    (TOLD + "The deal is valued at $7.3 billion including debt, Cirrus said in a statement.", "$7.3 billion", (("cirrus",), "deal_value", None)),
    # the clause names no buyer: whose deal it is would be a guess
    (TOLD + "Including debt, the deal is valued at $7.3 billion.", "$7.3 billion", ((), "deal_value", None)),
    # no definite deal noun
    (TOLD + "A contract is valued at $7.3 billion, Dover Foods said.", "$7.3 billion", (("Dover Foods",), "deal_value", None)),
    # the acquisition told too far above
    (TOLD + "Other news.\nMore news.\nStill more news.\nThe deal is valued at $7.3 billion including debt, Dover Foods said.", "$7.3 billion", (("Dover Foods",), "deal_value", None)),
]


@pytest.mark.parametrize(("text", "mention", "triple"), REFERENCES + NOT_REFERENCES, ids=[c[0][len(TOLD):][:60] for c in REFERENCES + NOT_REFERENCES])
def test_the_deal_refers_to_the_acquisition_above(money_triple, text, mention, triple):
    assert money_triple(text, mention) == triple


def test_the_deal_object_is_a_reference(checker):
    """Found by reference, not in the clause: no rule may call it swapped or rename it."""
    claim = next(c for c in checker.check_text(REFERENCES[0][0]).claims if c.kind == "money" and c.text == "$7.3 billion")
    assert (claim.object_found, claim.object_role) == ("reference", "reference")
