"""A figure restated in another currency takes the frame of the figure it restates (issue 13);
a bracketed part in the same currency keeps its own. Our own sentences, fictional companies."""

from __future__ import annotations

import pytest

from factcheck.extract.conversions import share_with_conversions
from factcheck.extract.relations import Frame
from factcheck.nlp.extensions import MONEY_SPANS

# (sentence, whether the second figure shares the first one's frame)
GLOSSES = [
    ("Acme will pay Bolt $US9.7bn ($A14.8bn) over five years for computing power.", True),
    ("Bolt agreed to buy Cirrus for €95 million (£82m), the clubs said.", True),
    ("Acme will invest US$2 billion (about A$3.1 billion) in Bolt.", True),
    ("Bolt's revenue was €1.2 billion [£1.04 billion] last year.", True),
    ("Acme bought Bolt for Rs 1,200 crore ($144 million).", True),
    # the same currency: a part, or a second figure, not a restatement
    ("Acme invested $5bn ($3bn of it in cash) in Bolt.", False),
    ("Acme invested €5bn (€3bn in cash) in Bolt.", False),
    ("Acme invested $5bn ($7.6bn) in Bolt.", False),
    # another currency, but more than the figure in the brackets
    ("Acme invested $5bn (£3bn of it from Bolt) in Cirrus.", False),
]


@pytest.mark.parametrize(("text", "shared"), GLOSSES, ids=[c[0][:60] for c in GLOSSES])
def test_restatement_shares_the_frame(checker, text, shared):
    doc = checker.pipeline.nlp(text)
    spans = list(doc.spans[MONEY_SPANS])
    frames = [Frame() for _ in spans]
    share_with_conversions(spans, frames)
    assert len(spans) == 2
    assert (frames[1] is frames[0]) is shared


FRAMES = [
    ("Acme will invest US$2 billion (A$3.1 billion) in Bolt.", "A$3.1 billion", ("acme",), "invests_in", "bolt"),
    ("Bolt agreed to buy Cirrus for €95 million (£82m), the clubs said.", "£82m", ("bolt",), "acquires", "cirrus"),
    ("Acme committed $US300m ($A456m) to Bolt over three years.", "$A456m", ("acme",), "commits_to_purchase", "bolt"),
]


@pytest.mark.parametrize(("text", "mention", "subjects", "relation", "obj"), FRAMES, ids=[c[0][:60] for c in FRAMES])
def test_restatement_claim(checker, text, mention, subjects, relation, obj):
    claim = next(c for c in checker.check_text(text).claims if c.kind == "money" and c.text == mention)
    assert (claim.subjects, claim.relation, claim.object) == (subjects, relation, obj)
