"""Registry alignment on three constructions that raised false alarms: a fact inside one family
(a parent acquiring its subsidiary) taken for any figure of the parent; a holding's value ("the
stake is about $3 billion") read as one round; a deal's two sides named in the other order in a
headline. Fictional companies, a registry written for the test."""

from __future__ import annotations

import pytest
from registry_helpers import checker_over

from factcheck.api import Checker
from factcheck.read import LineIndex

ENTITIES = """
entities:
  - {id: orbit, name: Orbit Group, aliases: [Orbit], kind: organization}
  - {id: orbit-pay, name: OrbitPay, aliases: [OrbitPay], kind: product, parent: orbit}
  - {id: zephyr, name: Zephyr Labs, aliases: [Zephyr], kind: organization}
  - {id: flux, name: Flux Robotics, aliases: [Flux], kind: organization}
"""
FACTS = """
facts:
  - id: orbit-acquires-orbit-pay
    subject: orbit
    relation: acquires
    object: orbit-pay
    amount: {value: 19000000000, currency: USD, qualifier: exact}
    date: 2014-02-19
    sources:
      - {url: "https://example.com/orbit-pay", publisher: Example News, published: 2014-02-19, quote: "Orbit bought OrbitPay for $19 billion."}
  - id: zephyr-invests-flux
    subject: zephyr
    relation: invests_in
    object: flux
    amount: {value: 2000000000, currency: USD, qualifier: exact}
    date: 2023-10-01
    sources:
      - {url: "https://example.com/zephyr-flux", publisher: Example News, published: 2023-10-01, quote: "Zephyr invested $2 billion in Flux."}
"""


@pytest.fixture(scope="module")
def family_checker(tmp_path_factory):
    root = tmp_path_factory.mktemp("registry")
    return checker_over(root, ENTITIES, FACTS)


def flagged(checker: Checker, text: str, code: str) -> list[int]:
    report = checker.check_text(text, path="case.txt")
    index = LineIndex(text)
    return sorted(index.position(f.span.start)[0] for f in report.findings if f.code == code)


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr has signed a cloud contract worth as much as $14.2 billion with Orbit.\n",
        "Orbit agreed a $14 billion deal with Zephyr for computing capacity.\n",
        "The $12 billion agreement gives Orbit access to Zephyr's data centres.\n",
    ],
)
def test_a_fact_inside_one_family_is_not_any_figure_of_the_parent(family_checker, text):
    assert flagged(family_checker, text, "FC201") == []


@pytest.mark.parametrize(
    "text",
    [
        "Orbit acquired OrbitPay for $25 billion.\n",
        "Orbit acquired its payments arm OrbitPay for $25 billion.\n",
    ],
)
def test_the_family_fact_still_contradicts_when_both_sides_are_named(family_checker, text):
    assert flagged(family_checker, text, "FC201") == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Orbit is its largest backer, while Zephyr's stake is about $3 billion.\n",
        "Zephyr backs Flux too; its stake is now worth $3 billion.\n",
        "Zephyr invested early in Flux, and the holding is valued at $3 billion.\n",
    ],
)
def test_a_holding_is_not_one_round(family_checker, text):
    assert flagged(family_checker, text, "FC201") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zephyr invested $3 billion in Flux.\n",
        "Zephyr will invest $3 billion in Flux.\n",
    ],
)
def test_one_round_stated_wrong_is_still_contradicted(family_checker, text):
    assert flagged(family_checker, text, "FC201") == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Signs $14B Deal With Zephyr\nZephyr has secured a contract worth as much as $14.2B with Orbit.\n",
        "Orbit Signs $9B Deal With Zephyr\nZephyr has secured a contract worth up to $9 billion with Orbit.\n",
    ],
)
def test_a_headline_names_the_deal_sides_in_either_order(family_checker, text):
    assert flagged(family_checker, text, "FC103") == [1]
