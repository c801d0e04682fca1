""""The deal is valued at $7.3 billion": the deal is the acquisition the article already told (issue 13).

"Acme agreed to buy Bolt for $5 billion. ... The deal is valued at $7.3 billion including debt,
Acme said." The second figure's frame is the deal's value with Acme for subject and no object:
the definite "the deal" names none. A reader takes the acquisition told a few paragraphs above,
by the same buyer: its target is the deal's other party. The object is marked as a reference,
no clause place, so it never carries a swap or a fix that renames a party.

Only when the sentence says "the deal" (or transaction, takeover ...) before the figure, the
figure's frame is a deal value with no object, its clause names the buyer, and the nearest
acquisition above, at most a few paragraphs up, has that same buyer.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from factcheck.models import Claim, MoneyClaim


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/deals.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _definite_deal() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, _data()["deal_nouns"]))
    return re.compile(rf"\b[Tt]he\s+(?:[\w$€£.,-]+\s+){{0,3}}(?:{nouns})\b")  # "the deal", "the $7.3 billion deal"


def apply_deal_references(claims: list[Claim]) -> list[Claim]:
    """Each deal value that says "the deal", completed with the acquisition above it."""
    done: list[Claim] = []
    acquisitions: list[MoneyClaim] = []
    for claim in sorted(claims, key=lambda c: c.span.start):
        if isinstance(claim, MoneyClaim):
            claim = _completed(claim, acquisitions)
            if claim.relation == "acquires" and claim.object and claim.subjects:
                acquisitions.append(claim)
        done.append(claim)
    return done


def _completed(claim: MoneyClaim, acquisitions: list[MoneyClaim]) -> MoneyClaim:
    if claim.relation != "deal_value" or claim.object is not None or not claim.subjects or not acquisitions or not _says_the_deal(claim):
        return claim
    told = acquisitions[-1]
    if claim.paragraph - told.paragraph > _data()["max_paragraphs_back"]:
        return claim
    if set(claim.subjects) != set(told.subjects):
        return claim  # another buyer's deal, or one whose buyer the clause does not name: a guess
    return claim.model_copy(update={"object": told.object, "object_text": told.object_text, "object_found": "reference", "object_role": "reference"})


def _says_the_deal(claim: MoneyClaim) -> bool:
    """"The deal is valued at", "the $7.3 billion transaction": a definite deal noun in the figure's sentence, before its end."""
    start = claim.span.start - claim.sentence_span.start
    text = claim.sentence[: start + len(claim.text) + 40] if start >= 0 else claim.sentence
    return bool(_definite_deal().search(text))
