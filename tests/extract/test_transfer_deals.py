"""A deal for a named player is the club signing him (issue 13): "Harbour Rovers complete £68m deal
for Tomas Vell". A deal for a company, or a deal of another kind for a person ("a pay deal", "a
book deal"), stays a deal. Our own sentences, fictional clubs, players and companies;
(text, mention, (subjects, relation, object))."""

from __future__ import annotations

import pytest

DEALS = [
    ("Harbour Rovers complete £68m deal for Tomas Vell", "£68m", (("Harbour Rovers",), "acquires", "Tomas Vell")),
    ("Harbour Rovers have completed a £68m deal for Tomas Vell.", "£68m", (("Harbour Rovers",), "acquires", "Tomas Vell")),
    ("Kelton Athletic agreed a €55 million transfer deal for Marco Dunne.", "€55 million", (("Kelton Athletic",), "acquires", "Marco Dunne")),
    # a deal of another kind, for a person: no one is bought
    ("Acme approved a $50 million pay deal for chief executive Tom Vell.", "$50 million", (("acme",), "deal_value", None)),
    ("Acme agreed a $5 million book deal for Tom Vell.", "$5 million", (("acme",), "deal_value", None)),
    # a deal for a company may be its custom, not its purchase
    ("Acme signed a $2 billion deal for Bolt.", "$2 billion", (("acme",), "deal_value", None)),
]


@pytest.mark.parametrize(("text", "mention", "triple"), DEALS, ids=[c[0][:60] for c in DEALS])
def test_deal_for_a_player(money_triple, text, mention, triple):
    assert money_triple(text, mention) == triple
