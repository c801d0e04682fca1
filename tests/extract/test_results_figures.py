"""A company's results figures (issue 13): income, profit, earnings and losses are the reporting
company's own figures (relation other, the metric telling them apart), and the two ends of a
change keep that reading across a per-share aside. Our own sentences, fictional companies."""

from __future__ import annotations

import pytest

RESULTS = [
    ("Acme reported net income of $612 million for the quarter.", "$612 million", "acme", "net_income"),
    ("Bolt said its quarterly profit rose to $2.1 billion.", "$2.1 billion", "bolt", "net_income"),
    ("Cirrus posted a net loss of $40 million for the quarter.", "$40 million", "cirrus", "net_income"),
    ("Dynamo earned $310 million in the third quarter.", "$310 million", "dynamo", None),
    ("Earnings at Acme fell to $1.2 billion in the period.", "$1.2 billion", "acme", "net_income"),
    ("Bolt expects operating income of $900 million to $950 million next year.", "$900 million to $950 million", "bolt", "operating_profit"),
    ("Profit at Cirrus climbed to $75 million.", "$75 million", "cirrus", "net_income"),
    ("Dynamo expects a pre-tax charge of $115 million to $135 million.", "$115 million to $135 million", "dynamo", "costs"),
    ("Acme took an impairment of $80 million on its retail arm.", "$80 million", "acme", "costs"),
]


@pytest.mark.parametrize(("text", "mention", "subject", "metric"), RESULTS, ids=[c[0][:50] for c in RESULTS])
def test_results_figure_is_the_reporting_company(money_claim, text, mention, subject, metric):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation, claim.object) == ((subject,), "other", None)
    if metric:
        assert claim.metric == metric


# "X of $A, or $B a share, up from $C": the earlier period's figure is the same company's, however
# many per-share asides stand between the two ends.
CHANGE_ENDS = [
    ("Acme reported net income of $612 million, or $1.04 a share, up from $488 million a year earlier.", "$488 million", "acme"),
    ("Bolt posted a profit of $80 million, or 12 cents per share, down from $95 million.", "$95 million", "bolt"),
    ("Cirrus reported net income of $12 million, up from $9 million.", "$9 million", "cirrus"),
    ("Dynamo earned $310 million, compared with $280 million a year earlier.", "$280 million", "dynamo"),
]


@pytest.mark.parametrize(("text", "mention", "subject"), CHANGE_ENDS, ids=[c[0][:50] for c in CHANGE_ENDS])
def test_earlier_end_of_a_change_keeps_the_company(money_claim, text, mention, subject):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation) == ((subject,), "other")


def test_per_share_figure_is_not_the_change_end(money_claim):
    """The aside itself keeps its own reading: earnings per share, not the level it follows."""
    claim = money_claim("Acme reported net income of $612 million, or $1.04 a share, up from $488 million.", "$1.04")
    assert claim.metric == "eps"


NOT_RESULTS = [
    # the results words do not take over other frames
    ("Acme will invest $5 billion in Cirrus.", "$5 billion", "invests_in"),
    ("Acme bought Bolt for $2 billion.", "$2 billion", "acquires"),
]


@pytest.mark.parametrize(("text", "mention", "relation"), NOT_RESULTS, ids=[c[0][:50] for c in NOT_RESULTS])
def test_other_frames_keep_their_relation(money_claim, text, mention, relation):
    assert money_claim(text, mention).relation == relation


# "..., with management targeting $9 billion": a target set in a "with" clause after a figure is
# a target for that figure, its company's; a target whose clause names its own party is not.
TARGETS = [
    ("Bolt's revenue rose to $4 billion, with management targeting $5 billion next year.", "$5 billion", ("bolt",), "revenue"),
    ("Cirrus said revenue climbed to $800 million, with executives forecasting $1 billion for the full year.", "$1 billion", ("cirrus",), "revenue"),
    ("Dynamo's sales rose to $4 billion, with the company aiming for $5 billion next year.", "$5 billion", ("dynamo",), "revenue"),
    ("Acme's revenue grew from $2 billion to $3 billion, with analysts expecting about $3.5 billion in 2027.", "about $3.5 billion", ("acme",), "revenue"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation"), TARGETS, ids=[c[0][:50] for c in TARGETS])
def test_target_in_a_with_clause_continues_the_figure(money_claim, text, mention, subjects, relation):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation) == (subjects, relation)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Acme's capital spending rose to $4 billion, with analysts expecting $5 billion next year.", "$5 billion"),
        ("Bolt's funding climbed to $300 million, with bankers targeting $400 million by March.", "$400 million"),
        # a deal's verb above the "with" clause is not the figure's frame either
        ("Acme invested $2 billion in Bolt, with analysts expecting $3 billion more next year.", "$3 billion"),
    ],
)
def test_targets_continue_results_only(money_claim, text, mention):
    """An expected spending or funding figure is no one's commitment: no payer is lent to it."""
    assert money_claim(text, mention).subjects == ()


def test_with_clause_of_the_same_party_keeps_the_deal(money_claim):
    """"with the club paying ..." names the buyer again: the figure stays the signing's."""
    claim = money_claim("Rovers have signed Vega from Town with the club paying £40 million up front.", "£40 million")
    assert claim.relation == "acquires"


def test_target_of_a_named_party_is_its_own(money_claim):
    claim = money_claim("Acme's revenue rose to $4 billion, with Bolt targeting $5 billion next year.", "$5 billion")
    assert claim.subjects != ("acme",)


# "X, or $Y a share": the per-share restatement after ", or" is the same company's figure.
PER_SHARE = [
    ("Acme said its second-quarter net income climbed to $612 million, or $1.04 a share, up from $488 million, or 83 cents a share, in the year-earlier quarter.", "$1.04"),
    ("Acme said its second-quarter net income climbed to $612 million, or $1.04 a share, up from $488 million, or 83 cents a share, in the year-earlier quarter.", "83 cents"),
    ("Acme said quarterly profit fell to $251 million, or 37 cents per share, compared with $302 million, or 45 cents per share.", "45 cents"),
]


@pytest.mark.parametrize(("text", "mention"), PER_SHARE, ids=[c[1] for c in PER_SHARE])
def test_per_share_restatement_is_the_same_company(money_claim, text, mention):
    claim = money_claim(text, mention)
    assert (claim.subjects, claim.relation, claim.metric) == (("acme",), "other", "eps")


def test_per_share_figure_without_or_keeps_its_own_reading(money_claim):
    """No ", or": "$2 a share" is an offer price, not a restatement of the deal's value."""
    claim = money_claim("Acme will pay $3 billion for Bolt; shareholders get $12 a share.", "$12")
    assert claim.subjects != ("acme",) or claim.relation != "acquires"
