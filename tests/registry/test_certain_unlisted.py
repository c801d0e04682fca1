"""A figure for a pair and relation the clause certainly names, that none of the registry's facts
for them has, is a warning listing what the registry has (FC203), not info: also when the words
call it a total ("a total of", "so far"), when a nearby year made it read as an earlier figure, and
when it is an earlier figure ("from $1.2 billion") of a series the registry lists undated. A hedge
the figure drops from the registry's ceiling stays an error (FC201). Where the payer is a guess, or
the article's own figures add up to the total, nothing beyond info.
Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over, fact_entry, serious

ENTITIES = """
entities:
  - {id: harrow, name: Harrow Capital, aliases: [Harrow], kind: organization}
  - {id: linden, name: Linden Robotics, aliases: [Linden], kind: organization}
  - {id: pike, name: Pike Systems, aliases: [Pike], kind: organization}
  - {id: sorrel, name: Sorrel Bank, aliases: [Sorrel], kind: organization}
  - {id: wren, name: Wren Foods, aliases: [Wren], kind: organization}
"""


def _fact(ident: str, subject: str, relation: str, value: int, obj: str | None = None, date: str | None = None, qualifier: str = "exact") -> str:
    return fact_entry(ident, subject, relation, value, obj=obj, date=date, qualifier=qualifier)


FACTS = "facts:\n" + "".join(
    [
        _fact("harrow-linden-2023", "harrow", "invests_in", 2_000_000_000, "linden", "2023-04-01"),
        _fact("harrow-linden-2024", "harrow", "invests_in", 3_000_000_000, "linden", "2024-05-01"),
        _fact("pike-linden-ceiling", "pike", "invests_in", 10_000_000_000, "linden", "2025-02-01", "up_to"),
        # two valuations of one bank, undated (as a registry built from articles has them)
        _fact("sorrel-valued-then", "sorrel", "valued_at", 1_200_000_000),
        _fact("sorrel-valued-now", "sorrel", "valued_at", 4_800_000_000),
        # the pair's one fact
        _fact("pike-sorrel", "pike", "invests_in", 500_000_000, "sorrel", "2025-03-01"),
        # one valuation, undated: it may be the current one
        _fact("wren-valued", "wren", "valued_at", 9_000_000_000),
    ]
)


@pytest.fixture(scope="module")
def unlisted_checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry")
    return checker_over(root, ENTITIES, FACTS)



@pytest.mark.parametrize(
    "text",
    [
        # a total its words call one, for the certain pair, that no fact or running total has
        "Harrow has now invested a total of $4.2 billion in Linden.\n",
        "Harrow has invested a total of $1.5 billion in Linden.\n",
        "Harrow's investment in Linden so far totals $6 billion.\n",
        "Harrow has put $6 billion into Linden so far.\n",
        # a year beside the figure is no earlier figure: that year's fact decides
        "Harrow invested $2.5 billion in Linden in 2024.\n",
        "Harrow put $2 billion into Linden in 2023 and $3.5 billion in 2024.\n",
        # an earlier figure of a series the registry lists undated
        "Sorrel's valuation rose to $4.8 billion from $1.5 billion.\n",
        "Sorrel is now valued at $4.8 billion, up from $1.1 billion.\n",
    ],
)
def test_a_figure_no_fact_of_the_certain_pair_has_is_a_warning(unlisted_checker, text):
    lines = serious(unlisted_checker, text)
    assert lines and all(hit.startswith("FC203@") for hit in lines)


def test_the_warning_lists_the_registrys_figures(unlisted_checker):
    report = unlisted_checker.check_text("Harrow has now invested a total of $4.2 billion in Linden.\n", path="case.txt")
    (hit,) = [f for f in report.findings if f.code == "FC203"]
    assert "$2B (2023)" in hit.message and "$3B (2024)" in hit.message and "$4.2 billion" in hit.message


@pytest.mark.parametrize(
    "text",
    [
        # the running total, however it is said
        "Harrow has now invested a total of $5 billion in Linden.\n",
        "Harrow has put $5 billion into Linden so far.\n",
        "Harrow put $2 billion into Linden in 2023 and $3 billion in 2024, $5 billion in all.\n",
        # each step with its year
        "Harrow invested $3 billion in Linden in 2024.\n",
        "In 2023 Harrow invested $2 billion in Linden.\n",
        # the earlier figure the registry lists
        "Sorrel's valuation rose to $4.8 billion from $1.2 billion.\n",
        # a lone undated figure may be the current one: an earlier figure need not match it
        "Wren's valuation rose to $9 billion from $6 billion.\n",
        # a total the article's own figures add up to is checked through them
        "Harrow put $2 billion and $3 billion into Linden, a total of $5 billion.\n",
        # the payer is the passage's guess, not the clause's
        "Linden is growing. The investment so far totals $4.2 billion.\n",
    ],
)
def test_no_warning_where_a_fact_agrees_or_the_pair_is_a_guess(unlisted_checker, text):
    assert serious(unlisted_checker, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pike will invest $10 billion in Linden.\n",
        "Pike's $10 billion investment in Linden was agreed in February.\n",
        "Linden will get $10 billion from Pike, which will invest $10 billion in Linden.\n",
    ],
)
def test_a_ceiling_stated_firm_for_the_certain_pair_is_an_error(unlisted_checker, text):
    assert "FC201@1" in serious(unlisted_checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pike will invest up to $10 billion in Linden.\n",
        "Pike will invest as much as $10 billion in Linden.\n",
    ],
)
def test_the_ceiling_with_its_hedge_passes(unlisted_checker, text):
    assert serious(unlisted_checker, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the payer is the passage's guess (the parse attached none)
        "Pike invested $700 million in Sorrel.\n",
        "The plan puts $700 million toward Pike and Sorrel.\n",
    ],
)
def test_no_error_where_the_parse_attached_no_payer(unlisted_checker, text):
    """The sentence names the pair of the one fact, but the parse attached no payer: at most a warning."""
    assert not [hit for hit in serious(unlisted_checker, text) if hit.startswith("FC201")]


def test_the_pairs_one_fact_with_the_parties_parsed_is_an_error(unlisted_checker):
    assert serious(unlisted_checker, "Pike will invest $700 million in Sorrel.\n") == ["FC201@1"]
