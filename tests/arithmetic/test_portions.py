"""Parts named by the portion of a split they belong to ("in the equity portion"), and near misses."""

from __future__ import annotations

import pytest

from factcheck.arithmetic.differences import find_portions
from factcheck.arithmetic.relations import find_relations


def _money(report):
    return [c for c in report.claims if c.kind == "money" and c.amount is not None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after the part, with a hedge that widens it to "at most"
        ("The round mixes $6 billion in equity and up to $9 billion in debt.\nKestrel will put as much as $1.5 billion into the equity portion, people said.\n", [("as much as $1.5 billion", "$6 billion", False)]),
        # before the part, at the sentence's opening; another currency
        ("Orbital is raising £900m: £300m in equity and £600m of debt. Of the debt tranche, £700m comes from banks.\n", [("£700m", "£600m", True)]),
        # the split in the sentence before, a part given "to the ... component"
        ("The package has €40 million in grants and €60 million in loans. The bank contributed €25 million to the loans component.\n", [("€25 million", "€60 million", False)]),
        # a lone figure with the noun is not a split: "$3 billion in debt" may be other debt
        ("Acme has $3 billion in debt. Lenders offered $4 billion in the debt tranche of the new deal.\n", []),
        # the portion names no figure of the split
        ("The round mixes $6 billion in equity and $9 billion in debt. Apollo put $1 billion in the mezzanine tranche.\n", []),
        # "the first tranche" names an instalment, not a portion of the split
        ("The round mixes $6 billion in equity and $9 billion in debt. Apollo put $7 billion in the first tranche.\n", []),
        # two splits give the noun two different figures: which one is meant stays open
        ("Bolt took $5 billion in equity and $5 billion in debt. Cirrus took $2 billion in equity and $8 billion in debt. Vega put $3 billion in the equity portion.\n", []),
        # another currency than the split: not compared
        ("The round mixes $6 billion in equity and $9 billion in debt. Kestrel put €9 billion in the equity portion.\n", []),
    ],
)
def test_portions_of_a_split(checker, text, found):
    report = checker.check_text(text, path="draft.txt")
    portions = list(find_portions(report.document, _money(report)))
    assert [(p.part.text, p.whole.text, p.inconsistent) for p in portions] == found
    assert len([r for r in find_relations(report.document, _money(report)) if r[0] == "share"]) >= len(found)


def test_a_part_larger_than_its_portion_is_flagged(checker):
    report = checker.check_text("Orbital is raising £900m: £300m in equity and £600m of debt. Of the debt tranche, £700m comes from banks.\n", path="draft.txt")
    flagged = [report.document.text[f.span.start : f.span.end] for f in report.findings if f.code == "FC101"]
    assert flagged == ["£700m"]
