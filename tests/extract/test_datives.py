"""Double-object money verbs (issue 13): "Acme will pay Bolt $9 billion" — the subject pays, the
indirect object receives, however the small model parses it (a dative, a second direct object,
a name hung inside the figure, a passive subject). Our own sentences, fictional companies (the
test registry's and names it lacks); (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

DATIVES = [
    # paying a supplier buys from it, in several parses of the same construction
    ("Acme will pay Bolt $9 billion over the next five years.", "$9 billion", ("acme",), "commits_to_purchase", "bolt"),
    ("Kestrel Capital paid Moss Labs €450 million last year.", "€450 million", ("kestrel",), "commits_to_purchase", "moss"),
    ("Harlow Systems is paying Juniper Grid £1.2bn for the network.", "£1.2bn", ("harlow",), "commits_to_purchase", "juniper-grid"),
    ("Acme will pay Bolt €2bn.", "€2bn", ("acme",), "commits_to_purchase", "bolt"),  # Bolt read as a first dobj
    ("Acme pays Bolt ¥200bn a year.", "¥200bn", ("acme",), "commits_to_purchase", "bolt"),
    ("Acme agreed to pay Bolt $3 billion.", "$3 billion", ("acme",), "commits_to_purchase", "bolt"),
    # the receiver hung inside a figure with a currency prefix, and the conversion after it
    ("Zorvex Energy will pay Orbi Labs $US2.4bn ($A3.7bn) over three years.", "$US2.4bn", ("Zorvex Energy",), "commits_to_purchase", "Orbi Labs"),
    ("Zorvex Energy will pay Orbi Labs $US2.4bn ($A3.7bn) over three years.", "$A3.7bn", ("Zorvex Energy",), "commits_to_purchase", "Orbi Labs"),
    # the passive: the passive subject received, the agent (where named) paid
    ("Bolt was paid $5 million by Acme.", "$5 million", ("acme",), "commits_to_purchase", "bolt"),
    ("Moss Labs will be paid €2bn over five years.", "€2bn", (), "commits_to_purchase", "moss"),
    # giving and lending: the lender's investment in the borrower, as "Bolt borrowed £30m from Acme" reads
    ("Ember Capital gave Flux Robotics $50 million.", "$50 million", ("ember",), "invests_in", "flux"),
    ("Dynamo AI will give Cirrus up to $120 million.", "up to $120 million", ("dynamo",), "invests_in", "cirrus"),
    ("Fenwick Partners handed Moss Labs £15m.", "£15m", ("fenwick",), "invests_in", "moss"),
    ("Acme lent Bolt £30m.", "£30m", ("acme",), "invests_in", "bolt"),
    ("Kestrel Capital has loaned Juniper Grid $300 million.", "$300 million", ("kestrel",), "invests_in", "juniper-grid"),
    ("Ember Capital lent Flux Robotics €75 million in March.", "€75 million", ("ember",), "invests_in", "flux"),
    ("Flux Robotics was lent $40 million by Ember Capital.", "$40 million", ("ember",), "invests_in", "flux"),
    ("Bolt borrowed £30m from Acme.", "£30m", ("acme",), "invests_in", "bolt"),
    # owing and offering name both parties; no relation of the vocabulary fits (other)
    ("Acme owes Bolt $2 billion.", "$2 billion", ("acme",), "other", "bolt"),
    ("Kestrel Capital owed Moss Labs €80 million at the end of June.", "€80 million", ("kestrel",), "other", "moss"),
    ("Acme offered Bolt $5 billion for the unit.", "$5 billion", ("acme",), "other", "bolt"),
    ("Harbour Rovers offered Brayford Town £30m for Marco Dunne.", "£30m", ("Harbour Rovers",), "acquires", "Marco Dunne"),
    ("Acme offered $5 billion for Bolt.", "$5 billion", ("acme",), "acquires", "bolt"),
    # gapping after a double-object verb: the remnant is a second receiver, the payer stays
    ("Acme will pay Bolt $2 billion and Cirrus $1 billion.", "$1 billion", ("acme",), "commits_to_purchase", "cirrus"),
    ("Kestrel Capital lent Moss Labs €40 million and Juniper Grid €25 million.", "€25 million", ("kestrel",), "invests_in", "juniper-grid"),
    # an award to a named supplier stays the customer's deal
    ("The Navy awarded Bolt a $1.2 billion contract.", "$1.2 billion", ("Navy",), "deal_value", "bolt"),
    ("The Air Force awarded Moss Labs $48 million for radar work.", "$48 million", ("Air Force",), "deal_value", "moss"),
]

NEAR_MISSES = [
    # gapping after a receiver with "to" or "in" names a second payer, as before
    ("Acme will pay $2 billion to Bolt, and Cirrus $1 billion.", "$1 billion", ("cirrus",), "commits_to_purchase", "bolt"),
    ("Acme will invest $2 billion in Bolt and Cirrus $1 billion.", "$1 billion", ("cirrus",), "invests_in", "bolt"),
    # the receiver after "to" is still read
    ("Acme paid $5 million to Bolt.", "$5 million", ("acme",), "commits_to_purchase", "bolt"),
    ("Kestrel Capital paid €40 million to Moss Labs.", "€40 million", ("kestrel",), "commits_to_purchase", "moss"),
    ("Acme will pay $5 billion for Bolt.", "$5 billion", ("acme",), "acquires", "bolt"),
    # paying off or down a debt names no payee: nothing is invented
    ("Acme paid off $2 billion of debt.", "$2 billion", (), None, None),
    ("Bolt paid down €500 million of loans.", "€500 million", (), None, None),
    ("Acme must pay $2 million in fines.", "$2 million", (), None, None),
    # money moved between the parties that buys nothing: the parties stay, relation other
    ("Acme paid back $2 billion to Bolt.", "$2 billion", ("acme",), "other", "bolt"),
    ("Acme paid Bolt $2 million in damages.", "$2 million", ("acme",), "other", "bolt"),
    ("Kestrel Capital paid Moss Labs €3 million in fines.", "€3 million", ("kestrel",), "other", "moss"),
    # no payer, or no named receiver: no frame
    ("The sale gives Acme $5 billion.", "$5 billion", (), None, None),
    ("Bolt was given $50 million.", "$50 million", (), None, None),
    # a valuation given to someone stays theirs
    ("Acme gave Bolt a valuation of $10 billion.", "$10 billion", ("bolt",), "valued_at", None),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), DATIVES, ids=[f"{c[0][:55]}|{c[1]}" for c in DATIVES])
def test_double_object_money_verb(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), NEAR_MISSES, ids=[f"{c[0][:55]}|{c[1]}" for c in NEAR_MISSES])
def test_double_object_near_miss(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


def test_owing_unnamed_lenders_names_no_receiver(money_triple):
    """"Acme owes its lenders €2bn": no named receiver, so no relation (the payer may stay)."""
    _, relation, obj = money_triple("Acme owes its lenders €2bn.", "€2bn")
    assert (relation, obj) == (None, None)
