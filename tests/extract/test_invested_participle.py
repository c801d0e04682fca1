"""Money described by a participle of investing (issue 13): "$2 billion invested in Bolt", "with
$8 billion invested", and the receiver of an investor's money when the payer is called its backer.
Our own sentences, with the test registry's fictional companies."""

from __future__ import annotations

import pytest

INVESTED = [
    # (text, mention, subjects, relation, object)
    ("Acme has about $2 billion invested in Bolt.", "about $2 billion", ("acme",), "invests_in", "bolt"),
    ("Bolt runs on several clouds. Acme remains its largest backer with roughly $8 billion invested.", "roughly $8 billion", ("acme",), "invests_in", "bolt"),
    ("Kestrel, Harlow's largest shareholder, has $2 billion invested.", "$2 billion", ("kestrel",), "invests_in", "harlow"),
    ("Of the $5 billion raised from Acme, Bolt kept half.", "$5 billion", ("acme",), "invests_in", "bolt"),
    # a participle that is no trigger gives no frame
    ("Acme has $2 billion left in cash.", "$2 billion", (), None, None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), INVESTED, ids=[c[0][:45] for c in INVESTED])
def test_money_described_as_invested(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)
