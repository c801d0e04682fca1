"""Contract lines naming only the awardee (issue 13): "Orbi Dynamics Inc., Huntsville, Alabama, was
awarded a $7 million contract". No awarder is guessed, not even from the sentence before that names
a department; the awardee keeps neither its town nor its state (the award patterns of
nlp/patterns/frames.json; with no customer named the supplier stays the deal's one party, as in
test_business_frames.py). Our own sentences, fictional companies; (text, mention, subjects)."""

from __future__ import annotations

import pytest

AWARDEE_ONLY = [
    ("Orbi Dynamics Inc., Huntsville, Alabama, was awarded a $7.2 million cost-plus-fixed-fee contract.", "$7.2 million", ("Orbi Dynamics",)),
    ("Juniper Grid Corp., Denver, Colorado, is being awarded a $30 million firm-fixed-price contract for grid sensors.", "$30 million", ("juniper-grid",)),
    ("Bolt Systems, Reston, Va., has been awarded a $48 million contract.", "$48 million", ("bolt",)),
    ("Zorvex Aerospace of Tampa, Florida, won a $65 million contract.", "$65 million", ("Zorvex Aerospace",)),
    ("Harlow Systems Inc., Austin, Texas, has been awarded a $12.5 million modification to a previously awarded contract.", "$12.5 million", ("harlow",)),
    # a department named in the sentence before is no awarder of this one
    ("The Navy announced three contracts on Friday. Orbi Dynamics Inc., Huntsville, Alabama, has been awarded a $50 million contract.", "$50 million", ("Orbi Dynamics",)),
    ("The Army issued new contracts. Moss Labs, Boston, Massachusetts, has been awarded a $9 million contract.", "$9 million", ("moss",)),
]


@pytest.mark.parametrize(("text", "mention", "subjects"), AWARDEE_ONLY, ids=[c[0][:60] for c in AWARDEE_ONLY])
def test_awardee_only_line(checker, text, mention, subjects):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, "deal_value", None)
    assert claim.guessed_subject is None


# the awarder named in the clause is the deal's subject, the awardee its object, town dropped
WITH_AWARDER = [
    ("Moss Labs, Boston, Massachusetts, has been awarded a $9 million contract by the Army.", "$9 million", (("Army",), "deal_value", "moss")),
    ("Kestrel Capital, London, won a £20 million contract from the Ministry of Defence.", "£20 million", (("Ministry of Defence",), "deal_value", "kestrel")),
]


@pytest.mark.parametrize(("text", "mention", "triple"), WITH_AWARDER, ids=[c[0][:60] for c in WITH_AWARDER])
def test_awarder_named_in_the_clause(checker, text, mention, triple):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == triple
