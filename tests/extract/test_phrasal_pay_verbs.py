"""Phrasal spending verbs (issue 14): "fork out", "shell out", "splash out", "lay out", "cough up",
"stump up" need their particle (relations.json, phrasal_triggers), and the money must be what is
paid out. For a named company or player it is bought (acquires), on a purpose it is spent
(spends_on, the purpose kept), to a named party it buys from that party (commits_to_purchase, as
"paid $5 million to Bolt"), to no party, or to settle, it is other; "lay out", which also sets
figures out ("laid out $3 billion in cost cuts"), spends only on or for something, or to someone.
"plough"/"plow" need "into". One made to pay ("forced Acme to fork out") is the payer, never the
one who made it; only verbs that make their object act do so (relations.json object_control_verbs):
"joined Dynamo to invest", "promised Dynamo to invest" leave the subject the payer. Our own sentences, fictional companies; (text, mention, subjects, relation, object)."""

from __future__ import annotations

import pytest

PHRASAL = [
    # for a named company: acquires, as "pay $5 billion for Bolt" reads
    ("Acme forked out $2 billion for Bolt.", "$2 billion", ("acme",), "acquires", "bolt"),
    ("Acme will fork out up to $2 billion for Bolt.", "up to $2 billion", ("acme",), "acquires", "bolt"),
    ("Acme is forking out €3bn for Bolt.", "€3bn", ("acme",), "acquires", "bolt"),
    ("$2 billion was forked out by Acme for Bolt.", "$2 billion", ("acme",), "acquires", "bolt"),
    ("Acme stumped up €500 million for Bolt.", "€500 million", ("acme",), "acquires", "bolt"),
    ("Acme laid out $400 million for Bolt.", "$400 million", ("acme",), "acquires", "bolt"),
    ("Acme forked out $2 billion for Bolt and $1 billion for Cirrus.", "$1 billion", ("acme",), "acquires", "cirrus"),
    ("$2 billion was forked out for Bolt.", "$2 billion", (), "acquires", "bolt"),  # no agent: the payer stays unset
    ("Dynamo splashed out £40m on Marco Dunne.", "£40m", ("dynamo",), "acquires", "Marco Dunne"),
    # to a named party: buys from it, as "paid $5 million to Bolt" reads
    ("Bolt will have to cough up €20 million to Acme.", "€20 million", ("bolt",), "commits_to_purchase", "acme"),
    ("Cirrus forked out $5 million to Bolt.", "$5 million", ("cirrus",), "commits_to_purchase", "bolt"),
    # spending with no counterparty
    ("Cirrus shelled out $300 million on new servers.", "$300 million", ("cirrus",), "spends_on", None),
    ("Cirrus has shelled out ¥30bn on new data centres.", "¥30bn", ("cirrus",), "spends_on", None),
    ("Dynamo splashes out £40 million on new players.", "£40 million", ("dynamo",), "spends_on", None),
    ("Acme laid out $3 billion on new factories.", "$3 billion", ("acme",), "spends_on", None),
    ("Acme stumped up £150m for the new stadium.", "£150m", ("acme",), "spends_on", None),
    ("Bolt coughed up $5 million.", "$5 million", ("bolt",), "spends_on", None),
    # made to pay: the payer is the one made to, never the one who forces (object control)
    ("Dynamo forced Acme to fork out €55 million for Bolt.", "€55 million", ("acme",), "acquires", "bolt"),
    ("Dynamo forced Acme to pay €55 million for Bolt.", "€55 million", ("acme",), "acquires", "bolt"),
    ("Dynamo persuaded Cirrus to invest $50 million in Bolt.", "$50 million", ("cirrus",), "invests_in", "bolt"),
    ("Acme was forced to fork out $2 billion.", "$2 billion", ("acme",), "spends_on", None),
    ("Dynamo asked the club to fork out £40m.", "£40m", (), "spends_on", None),  # the club names no party: unset
    ("The regulator ordered Bolt to pay $40 million for Cirrus.", "$40 million", ("bolt",), "acquires", "cirrus"),
    ("Dynamo asked Cirrus to invest $50 million in Bolt.", "$50 million", ("cirrus",), "invests_in", "bolt"),
    ("Acme urged Bolt to invest $2 billion in Cirrus.", "$2 billion", ("bolt",), "invests_in", "cirrus"),
    ("Acme required Bolt to pay $3 million to Cirrus.", "$3 million", ("bolt",), "commits_to_purchase", "cirrus"),
    ("Dynamo pressured Bolt to spend $1 billion on new plants.", "$1 billion", ("bolt",), "spends_on", None),
    ("Dynamo persuaded Bolt and Cirrus to invest $50 million in Acme.", "$50 million", ("bolt", "cirrus"), "invests_in", "acme"),
    ("Acme was asked by Dynamo to invest $50 million in Bolt.", "$50 million", ("acme",), "invests_in", "bolt"),
    ("Dynamo forced Acme's unit to pay €55 million for Bolt.", "€55 million", (), "acquires", "bolt"),  # the unit, not its owner: unset
    ("Bolt missed its deadline. Acme forced it to pay $5 million for Cirrus.", "$5 million", (), "acquires", "cirrus"),  # "it" is never Acme
    # "plough" with its preposition, as "plow" and "pour"
    ("Acme ploughed $2 billion into Bolt.", "$2 billion", ("acme",), "invests_in", "bolt"),
    ("Acme is ploughing €400 million into new plants.", "€400 million", ("acme",), "spends_on", None),
]

# a verb that takes an object and a clause without making the object do it: its subject pays
NOT_CONTROLLED = [
    ("Acme joined Dynamo to invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme outbid Dynamo to buy Bolt for $2 billion.", "$2 billion", ("acme",), "acquires", "bolt"),
    ("Acme promised Dynamo to invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),  # the promiser does it
    ("Acme left Bolt to invest $1 billion in Cirrus.", "$1 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme used Dynamo's cash to invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme used its cash to invest $5 billion in Cirrus.", "$5 billion", ("acme",), "invests_in", "cirrus"),
    ("Acme hired Dynamo to buy Bolt for $2 billion.", "$2 billion", ("acme",), "acquires", "bolt"),
    ("Acme beat Dynamo to buy Bolt for $2 billion.", "$2 billion", ("acme",), "acquires", "bolt"),
]

PURPOSES = [
    ("Cirrus shelled out more than $300 million for new servers.", "more than $300 million", "new servers"),
    ("Acme forks out $40 million a year on office rent.", "$40 million", "office rent"),
    ("Dynamo splashed out £40m on a striker.", "£40m", "striker"),
    ("Acme laid out $3 billion on new factories.", "$3 billion", "new factories"),
    ("The city forked out Rs 500 crore on new roads.", "Rs 500 crore", "new roads"),
    # poured or ploughed into no party: what it is spent on
    ("Acme is ploughing €400 million into new plants.", "€400 million", "new plants"),
    ("Cirrus plowed $2 billion into data centres.", "$2 billion", "data centres"),
    ("Bolt poured £300m into new stores last year.", "£300m", "new stores"),
]

NOT_TRADE = [
    # paid out to no named party, or to settle, or in fines: no purchase, no purpose (other)
    ("Acme shelled out $1 billion to shareholders.", "$1 billion", ("acme",), "other", None),
    ("Bolt coughed up $5 million to settle the case.", "$5 million", ("bolt",), "other", None),
    ("Acme forked out $2 million in fines to Bolt.", "$2 million", ("acme",), "other", "bolt"),
    ("Bolt coughed up $5 million in damages.", "$5 million", ("bolt",), "other", None),
    ("Acme paid Bolt $5 million to settle the case.", "$5 million", ("acme",), "other", "bolt"),
    # "paid out", "paid back" stay repayments: dividends to shareholders no trade, no relation
    ("Acme paid out $1 billion to shareholders.", "$1 billion", ("acme",), None, None),
    ("Acme paid out $1 billion to Bolt.", "$1 billion", ("acme",), "other", "bolt"),
    ("Acme paid back $2 billion to Bolt.", "$2 billion", ("acme",), "other", "bolt"),
]

NO_FRAME = [
    # the verb without its particle, or the money not what is paid out
    ("Cirrus shelled $300 million.", "$300 million"),
    ("Acme laid out a $3 billion plan.", "$3 billion"),
    ("Acme ploughed on with a $2 billion plan.", "$2 billion"),
    ("Bolt refused to cough up, leaving a $5 million bill unpaid.", "$5 million"),
    ("Acme laid the groundwork for a $3 billion expansion.", "$3 billion"),
    # "lay out" also sets figures out: it spends only on or for something, or to someone
    ("Acme laid out $3 billion in cost cuts.", "$3 billion"),
    ("The report lays out $3 billion in savings.", "$3 billion"),
]

OTHER_FRAMES = [
    # a shell company is a company, and plans laid out keep the frame of their own verb
    ("Acme bought a shell company for $5 million.", "$5 million", ("acme",), "commits_to_purchase", None),
    ("Acme laid out plans to spend $3 billion on new factories.", "$3 billion", ("acme",), "spends_on", None),
]


def _ids(cases):
    return [f"{c[0][:55]}|{c[1]}" for c in cases]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), PHRASAL, ids=_ids(PHRASAL))
def test_phrasal_spending_verb(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), NOT_CONTROLLED, ids=_ids(NOT_CONTROLLED))
def test_object_of_other_verbs_does_not_pay(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


@pytest.mark.parametrize(("text", "mention", "purpose"), PURPOSES, ids=_ids(PURPOSES))
def test_phrasal_spending_keeps_its_purpose(money_claim, text, mention, purpose):
    claim = money_claim(text, mention)
    assert (claim.relation, claim.object, claim.purpose) == ("spends_on", None, purpose)


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), NOT_TRADE, ids=_ids(NOT_TRADE))
def test_paid_out_to_no_trade(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)


@pytest.mark.parametrize(("text", "mention"), NO_FRAME, ids=_ids(NO_FRAME))
def test_no_particle_no_frame(money_triple, text, mention):
    assert money_triple(text, mention) == ((), None, None)


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), OTHER_FRAMES, ids=_ids(OTHER_FRAMES))
def test_near_misses_keep_their_frame(money_triple, text, mention, subjects, relation, obj):
    assert money_triple(text, mention) == (subjects, relation, obj)
