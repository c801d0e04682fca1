"""Business-news frames (issue 13): contract awards, valued deals, payments, worth, budgets'
purposes, funding verbs, compounded triggers, the two ends of a change, and which figure a time
anchor belongs to. Our own sentences, fictional parties (the test registry's Acme, Bolt, Cirrus,
Dynamo) and public bodies the tagger knows."""

from __future__ import annotations

import pytest

from factcheck.extract.time import time_anchor


def _triple(claim) -> tuple:
    return (claim.subjects, claim.relation, claim.object)


# A contract won from a customer: the customer is the deal's subject, the supplier its object.
AWARDS = [
    ("Bolt won a $48 million contract from the Navy.", "$48 million", (("Navy",), "deal_value", "bolt")),
    ("Bolt won a $48 million contract to maintain radar systems for the Navy.", "$48 million", (("Navy",), "deal_value", "bolt")),
    ("Cirrus got a $9 million contract modification from the Army.", "$9 million", (("Army",), "deal_value", "cirrus")),
    ("Dynamo, which was awarded a $65 million option by the Air Force, will hire staff.", "$65 million", (("Air Force",), "deal_value", "dynamo")),
    ("Acme has secured a cloud contract worth as much as $14 billion with Bolt.", "as much as $14 billion", (("bolt",), "deal_value", "acme")),
    ("The Navy awarded Bolt a $5 million contract.", "$5 million", (("Navy",), "deal_value", "bolt")),
    ("Also, $220 million was awarded through a similar contract for testing services for the Army.", "$220 million", (("Army",), "deal_value", None)),
    # a "with" deep in the contract's purpose is no customer
    ("Bolt won an $8.5 million contract modification to bring one aircraft into compliance with Federal Aviation Agency rules.", "$8.5 million", (("bolt",), "deal_value", None)),
    # no customer named: the supplier stays the subject
    ("Specifically, $400 million was awarded to Bolt.", "$400 million", (("bolt",), "deal_value", None)),
    # no award verb: a contract signed with someone keeps its reading
    ("Acme signed a $5 billion contract with Bolt.", "$5 billion", (("acme",), "deal_value", "bolt")),
]


@pytest.mark.parametrize(("text", "mention", "triple"), AWARDS, ids=[c[0][:60] for c in AWARDS])
def test_award_frame(money_claim, text, mention, triple):
    assert _triple(money_claim(text, mention)) == triple


# A deal, contract or budget said to be valued at (or worth) a figure: the figure is its value.
VALUED = [
    ("Acme said the deal is valued at $4.3 billion, including net debt.", "$4.3 billion", "deal_value"),
    ("The partnership, valued at tens of billions of dollars, gives Acme chips.", "tens of billions of dollars", "deal_value"),
    ("Bolt said the contract was worth $17 billion over five years.", "$17 billion", "deal_value"),
    ("It is Bolt's third contract in weeks, a trio of deals valued at close to $30 billion.", "close to $30 billion", "other"),  # several deals: no pair's value
    ("The state's budget for next year was $6.9 billion.", "$6.9 billion", "spends_on"),
    # a company valued, or worth, is a valuation
    ("Acme took a stake in Bolt for $2 billion, a deal that values the startup at more than $9 billion.", "more than $9 billion", "valued_at"),
    ("Acme is valued at $5 billion.", "$5 billion", "valued_at"),
    ("Acme is worth $3 billion.", "$3 billion", "valued_at"),
    ("Bolt, which listed in March and is now worth about $45 billion, has borrowed $12 billion.", "about $45 billion", "valued_at"),
    ("Bolt is a $15 billion company.", "$15 billion", "valued_at"),
    # "worth" modifying a contract is the contract's
    ("Acme signed a contract worth $3 billion with Bolt.", "$3 billion", "deal_value"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), VALUED, ids=[c[0][:60] for c in VALUED])
def test_what_a_value_is_of(money_claim, text, mention, relation):
    assert money_claim(text, mention).relation == relation


PAYMENTS = [
    ("Acme will pay Bolt $9 billion over five years in return for computing power.", "$9 billion", (("acme",), "commits_to_purchase", "bolt")),
    ("Acme will pay $2 billion to Bolt for chips.", "$2 billion", (("acme",), "commits_to_purchase", "bolt")),
    ("Acme agreed to pay $5 billion for Bolt.", "$5 billion", (("acme",), "acquires", "bolt")),
    ("Rovers will pay £30 million for Jack Grealish.", "£30 million", (("Rovers",), "acquires", "Jack Grealish")),
    # a payment with no counterparty is no frame
    ("Acme paid $2 million in fines.", "$2 million", ((), None, None)),
]


@pytest.mark.parametrize(("text", "mention", "triple"), PAYMENTS, ids=[c[0][:60] for c in PAYMENTS])
def test_payment_frame(money_claim, text, mention, triple):
    assert _triple(money_claim(text, mention)) == triple


RELATIONS = [
    # a company raising money in equity raises it (the equity is what it sells)
    ("Cirrus, which raised some $8 billion of equity and loans last year, burns through about $900 million a month.", "some $8 billion", "raises"),
    ("Bolt raised $300 million in equity last year.", "$300 million", "raises"),
    ("Acme made a $300 million equity investment in Bolt.", "$300 million", "invests_in"),
    # burning cash is spending it
    ("Cirrus, which raised some $8 billion of equity and loans last year, burns through about $900 million a month.", "about $900 million", "spends_on"),
    # seeking money from investors is raising it; seeking damages is not
    ("Bolt was seeking up to $1 billion from investors.", "up to $1 billion", "raises"),
    ("Bolt is seeking $5 million in damages.", "$5 million", None),
    # spending with a supplier buys from it
    ("Acme expanded its deal with Bolt, lifting its total planned spending with Bolt to $22 billion.", "$22 billion", "commits_to_purchase"),
    ("Acme will spend $2 billion on new chips.", "$2 billion", "spends_on"),
    # a trigger compounded into the noun: revenue run rate, contract modification, valuation surge
    ("Acme's annualised revenue run rate climbed from roughly $3 billion in May to $4.5 billion in July.", "$4.5 billion", "revenue"),
    ("Bolt got a $9 million contract extension.", "$9 million", "deal_value"),
    ("Acme valuation surges to $11 billion after latest funding round", "$11 billion", "valued_at"),
    # a compounded revenue word is not the frame of any noun ("the revenue account")
    ("The state has allocated $5 billion for the revenue account.", "$5 billion", "spends_on"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), RELATIONS, ids=[f"{c[1]}-{c[0][:50]}" for c in RELATIONS])
def test_frame_relation(money_claim, text, mention, relation):
    assert money_claim(text, mention).relation == relation


FUNDING = [
    ("Dynamo Ventures led Cirrus's $200 million funding round.", "$200 million", (("dynamo",), "invests_in", "cirrus")),
    ("Dynamo Ventures led Cirrus's $200 million March 2019 funding round too.", "$200 million", (("dynamo",), "invests_in", "cirrus")),
    ("Cirrus raised $50 million from Dynamo Ventures.", "$50 million", (("dynamo",), "invests_in", "cirrus")),
    # who led the round is not who raised it, and the round is not the leader's own money
    ("Dynamo became the largest shareholder in Cirrus after leading a $1.7 billion series C round.", "$1.7 billion", ((), "raises", None)),
]


@pytest.mark.parametrize(("text", "mention", "triple"), FUNDING, ids=[c[0][:60] for c in FUNDING])
def test_funding_frame(money_claim, text, mention, triple):
    assert _triple(money_claim(text, mention)) == triple


PURPOSES = [
    ("The state's total outlay of $7 billion includes new schemes worth $24 million.", "$24 million", "new schemes"),
    ("Out of the total expenditure, $5 billion has been allocated for the revenue account and $2 billion for capital account.", "$5 billion", "revenue account"),
    ("Out of the total expenditure, $5 billion has been allocated for the revenue account and $2 billion for capital account.", "$2 billion", "capital account"),
    ("The city will spend $2 billion on roads next year.", "$2 billion", "roads"),
    ("The ministry allocated $2 billion to schools.", "$2 billion", "schools"),
    # a named receiver stays the object
    ("Acme will spend $3 billion on Bolt chips.", "$3 billion", "bolt"),
    # a period is no purpose
    ("The state presented a budget of $70 billion for the coming year.", "$70 billion", None),
]


@pytest.mark.parametrize(("text", "mention", "purpose"), PURPOSES, ids=[f"{c[1]}-{c[0][:50]}" for c in PURPOSES])
def test_what_public_money_is_spent_on(money_claim, text, mention, purpose):
    claim = money_claim(text, mention)
    assert (claim.relation, claim.object or claim.purpose) == ("spends_on", purpose)


def test_a_purpose_is_no_counterparty(money_claim):
    """The rules never see a purpose as a party ("money to revenue account" is no flow between parties)."""
    claim = money_claim("The city will spend $2 billion on roads next year.", "$2 billion")
    assert (claim.object, claim.purpose) == (None, "roads")


CHANGES = [  # the second end of a change has the first's frame, however the parse hangs it
    ("Bolt's revenues declined from $992 million in the quarter ended June 30, 2009 to $759 million in the current quarter.", "$759 million", "revenue"),
    ("Acme's sales fell to $4 billion from $5 billion.", "$5 billion", "revenue"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), CHANGES, ids=[c[1] for c in CHANGES])
def test_both_ends_of_a_change(money_claim, text, mention, relation):
    claim = money_claim(text, mention)
    assert (claim.relation, claim.metric) == (relation, "revenue")


OWNED_ANCHORS = [  # (sentence, figure, period): an anchor belongs to the figure whose phrase it closes
    ("Turnover rose 3 percent to $12.2 billion from $11.8 billion last year.", "$11.8 billion", "last year"),
    ("Turnover rose 3 percent to $12.2 billion from $11.8 billion last year.", "$12.2 billion", None),
    ("Revenue fell from $5 billion in 2019 to $4 billion in 2020.", "$5 billion", "2019"),
    ("Revenue fell from $5 billion in 2019 to $4 billion in 2020.", "$4 billion", "2020"),
    ("Its revenues declined from $992 million in the quarter ended September 30, 2009 to $759 million now.", "$759 million", None),
    ("In 2016 Acme raised $5 billion, and in 2018 $6 billion.", "$5 billion", "2016"),
    ("In 2016 Acme raised $5 billion, and in 2018 $6 billion.", "$6 billion", "2018"),
    ("Acme was valued at $40 billion in 2016 and $60 billion in 2018.", "$40 billion", "2016"),
    # no connector after it: the anchor is the sentence's, for both figures
    ("Dynamo led a $200 million March 2019 round, which saw Cirrus hit a $1.5 billion valuation.", "$1.5 billion", "2019-03"),
    ("Bolt's run rate rose from about $2 billion in June to $3 billion in September.", "$2 billion", "--06"),
]


@pytest.mark.parametrize(("sentence", "figure", "period"), OWNED_ANCHORS, ids=[f"{c[1]}-{c[2]}" for c in OWNED_ANCHORS])
def test_anchor_belongs_to_its_own_figure(sentence, figure, period):
    figures = [(sentence.index(f), sentence.index(f) + len(f)) for f in _figures(sentence)]
    start = sentence.index(figure)
    others = tuple(f for f in figures if f[0] != start)
    anchor = time_anchor(sentence, start, start + len(figure), others)
    assert (anchor.period if anchor else None) == period


def _figures(sentence: str) -> list[str]:
    words = sentence.split()
    return [f"{w} {words[i + 1].rstrip('.,')}" for i, w in enumerate(words) if w.startswith("$")]


@pytest.mark.parametrize(("month", "compared"), [("October", False), ("March", True)])
def test_a_month_of_another_time_is_not_the_registry_fact(checker, month, compared):
    """The test registry dates Cirrus's valuation March 2025: a valuation of October is another fact."""
    report = checker.check_text(f"Cirrus was valued at $150 billion in {month}.\n")
    assert bool([f for f in report.findings if f.code == "FC201"]) is compared


def test_two_valuations_of_different_years_raise_nothing(checker):
    text = "Acme was valued at $40 billion in 2016.\nTwo years later, in 2018, Acme was valued at $60 billion.\n"
    assert not [f for f in checker.check_text(text).findings if f.code in ("FC101", "FC102", "FC103")]


def test_this_years_revenue_and_last_years_are_two_facts(checker):
    text = "Acme said revenue rose to $5 billion from $4 billion last year.\nAcme's revenue was $5 billion.\n"
    assert not [f for f in checker.check_text(text).findings if f.code in ("FC102", "FC103")]


# A results figure and the one it is set against ("rose to $X against $Y", "versus $Y"): both
# are the same metric of the same company, whatever the currency or the verb.
SET_AGAINST = [
    ("Later in the year its revenue slipped to Rs 3120.5 crore against Rs 3200.1 crore in the opening quarter.", "Rs 3200.1 crore", ((), "revenue")),
    ("Acme's sales rose to ¥420 billion versus ¥398 billion a year earlier.", "¥398 billion", (("acme",), "revenue")),
    ("Bolt's revenue rose to S$1.2 billion against S$1.1 billion; Cirrus's costs fell to S$300 million.", "S$1.1 billion", (("bolt",), "revenue")),
    ("Bolt's revenue fell from $8 billion to $7 billion.", "$7 billion", (("bolt",), "revenue")),
]


@pytest.mark.parametrize(("text", "mention", "pair"), SET_AGAINST, ids=[c[0][:60] for c in SET_AGAINST])
def test_figure_set_against(money_claim, text, mention, pair):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation) == pair
