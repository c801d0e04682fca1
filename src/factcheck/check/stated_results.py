"""Results figures whose own clause says what they are and whose they are (issue 14).

"Pelican reported net income of £545 million", "Pelican's operating profit was ...", "net income
at Pelican fell to ...", "..., or £1.38 a share": the figure is a company's reported result, and
the grammar names the company. Such a figure has no relation of its own ("other", or none), yet
it is as comparable with a registry fact as a deal's value: the fact must state a result of its
kind (its relation, and per share for a per-share figure) for one company alone. matching.py's
swap check (FC201) reads these tests; nothing here decides.

Certainty stops at a figure of no results metric or of one a registry does not list as one fact
(guidance, costs, a dividend), a forecast or estimate, the size of a change, and a price per share:
"will pay $94 a share for Bolt" is no earnings per share, whatever the registry has for Bolt
(data/stated_results.json `price_words`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from factcheck.check.alignment import PricedClaim, PricedFact, maybe_per_share, own_sentence
from factcheck.normalize.wordlists import alternation, pattern_data

WINDOW = 80  # how far before a per-share figure its earnings words may stand (extract/metrics.py's window)
TAIL = 30  # "rose 5% to ": the words between the change verb and the figure
_WORD = re.compile(r"[a-z][\w-]*")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("factcheck.check").joinpath("data/stated_results.json").read_text(encoding="utf-8"))
    return data


def stated_result(claim: PricedClaim) -> bool:
    """The figure is a company's reported result by its own words: a results metric the registry
    lists as one fact, reported (not forecast, not the size of a change), and a per-share figure
    only as earnings, never as a price."""
    if claim.metric not in _data()["metrics"] or claim.relation not in (None, "other", "revenue"):
        return False
    if claim.context.forecast or claim.context.change_amount or claim.amount.per not in (None, "share"):
        return False
    return not maybe_per_share(claim) or _earnings_before(claim)


def of_its_kind(claim: PricedClaim, fact: PricedFact) -> bool:
    """The fact states one company's result of the claim's kind: the claim's relation (a figure
    with none is revenue for a revenue metric, else "other", as extract/reporter.py sets it), no
    counterparty, and per share exactly when the claim is."""
    relation = claim.relation or ("revenue" if claim.metric == "revenue" else "other")
    return fact.object is None and fact.relation == relation and (fact.amount.per == "share") == maybe_per_share(claim)


def _before(claim: PricedClaim) -> str:
    """The claim's own sentence up to the figure."""
    return own_sentence(claim)[: max(0, claim.span.start - claim.sentence_span.start)]


def _earnings_before(claim: PricedClaim) -> bool:
    """An earnings word before the per-share figure ("earned", "net income ..., or") and no price
    word after it ("earned $2 a share last year, will pay $94 a share" is a price)."""
    words = _WORD.findall(_before(claim)[-WINDOW:].lower())
    earnings = [i for i, w in enumerate(words) if w in _data()["earnings_words"]]
    return bool(earnings) and not set(words[earnings[-1] + 1 :]) & set(_data()["price_words"])


@lru_cache(maxsize=1)
def _reported() -> re.Pattern[str]:
    data = _data()
    metrics = pattern_data("metrics")["metrics"]
    nouns = [w for m in data["metrics"] for w in metrics[m] if w not in ("a share", "per share")]
    return re.compile(
        rf"\s+(?:{alternation(data['reporting_verbs'])})\s+(?:that\s+)?(?P<modifiers>(?:[\w-]+\s+){{0,4}}?)"
        rf"(?:{alternation(nouns)})\s+(?:{alternation(data['change_verbs'])})\b(?P<tail>[^,;]{{0,{TAIL}}})$",
        re.I,
    )


def reported_by_subject(claim: PricedClaim) -> bool:
    """"Pelican said revenue rose to £4.2 billion", "Pelican reported net income was ...": the
    parse hangs the company on the reporting verb above the figure (subject_role "clause", a guess
    elsewhere), but the clause is the company's own results: the results noun right after the verb,
    with only period and measure words before it ("third-quarter", "net"; reporter.json
    whole_words), and no other name between its change verb and the figure."""
    if claim.subject_role != "clause" or not claim.subject_text:
        return False
    before = _before(claim)
    at = before.rfind(claim.subject_text)
    found = _reported().match(before, at + len(claim.subject_text)) if at >= 0 else None
    if found is None or any(c.isupper() for c in found.group("tail")):
        return False
    whole = set(pattern_data("reporter")["whole_words"])
    return all(part in whole for word in found.group("modifiers").lower().split() for part in word.split("-"))
