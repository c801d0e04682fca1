"""A budget's own figure stated as an estimate (issue 14): "the total expenditure is estimated at
Rs 5 lakh crore", "the budget pegs the fiscal deficit at €12 billion", "capital spending is
budgeted at CA$9 billion". A budget states its quantities as estimates for its year; the figure
is the budget's, not a forecast of it and no company's guidance. Words are data
(nlp/patterns/budgets.json).

Someone else's estimate stays a forecast ("analysts estimate the deficit at ..."), and so does a
hedged one ("is expected to be", "could be pegged at") and a revised estimate, which is a budget
figure too but never the same fact as the budget estimate. The quantity must be the whole
budget's: "defence spending", "the trade deficit" and "the outlay for roads" are parts or other
figures, which a budget's total must not meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.normalize.wordlists import alternation, pattern_data

WINDOW = 100  # how far before the figure, within its clause, the construction may start


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = pattern_data("budgets")
    quantity = alternation(data["quantities"])
    lead = alternation(data["determiners"] + data["possessors"])
    # a phrase of time after the quantity ("for the next fiscal", "for financial year 2031-32")
    when = rf"(?:\s+(?:{alternation(data['time_phrases'])})[^,;:]{{0,30}}?)?"
    figure_at = r"\s+at\s+(?:an?\s+)?$"
    # "the total expenditure is estimated at", "revenue deficit pegged at", "the state's outlay has been budgeted at"
    passive = re.compile(
        rf"(?:^|(?<=[\s,;:(]))(?:(?:{lead})\s+){{0,2}}(?:{quantity}){when}\s+(?:(?:{alternation(data['auxiliaries'])})\s+){{0,2}}(?:{alternation(data['participles'])}){figure_at}",
        re.I,
    )
    # "pegs the fiscal deficit at", "has estimated the state's outlay for next year at"
    active = re.compile(rf"\b(?:{alternation(data['active_verbs'])})\s+(?:{lead})\s+(?:(?:{lead})\s+)?(?:{quantity}){when}{figure_at}", re.I)
    not_budget = re.compile(rf"\b(?:{alternation(data['not_budget'])})\b", re.I)
    makers = re.compile(rf"\b(?:{alternation(data['budget_makers'])})\b", re.I)
    return passive, active, not_budget, makers


def budget_story(text: str) -> bool:
    """The article is a government's budget story: it names a budget and a government (a
    minister, an assembly, a treasury). "The outlay is estimated at ..." elsewhere is a
    project's cost or a company's plan."""
    data = pattern_data("budgets")
    return _found(data["story_words"], text) and _found(data["government_words"], text)


def _found(words: list[str], text: str) -> bool:
    return re.search(rf"\b(?:{alternation(words)})\b", text, re.I) is not None


def budget_estimate(sentence: str, start: int, named_payer: bool = False) -> bool:
    """The figure at sentence[start:] is a budget quantity's own figure, stated as estimated,
    projected, pegged or budgeted at: the budget's figure for its year. `named_payer`: the parse
    found the figure's payer, so a name's possessive may stand before the quantity ("Valdoria's
    outlay is pegged at"); the caller checks that the payer is a place."""
    passive, active, not_budget, makers = _patterns()
    clause_start = max(0, start - WINDOW)
    clause = re.split(r"[;:]|,\s+(?:but|while|whereas)\b", sentence[clause_start:start])[-1]
    match = active.search(clause)
    if match is not None and not (named_payer or makers.search(clause[: match.start()])):
        return False  # "Acme estimated its spending at": the estimate of whoever made it, no budget's
    match = match or _whole_phrase(passive, clause, named_payer)
    return match is not None and not not_budget.search(clause[: match.start()])


# the words that may stand right before the quantity's noun phrase: a conjunction or a comma, no modifier
_OPENERS = re.compile(r"and|or|but|while|whereas|which|that|as|with", re.I)
_PROPER_POSSESSIVE = re.compile(r"(?:^|\s)[A-Z][\w.-]*(?:'s|’s|')$")


def _whole_phrase(passive: re.Pattern[str], clause: str, named_payer: bool) -> re.Match[str] | None:
    """The passive construction, where the quantity's noun phrase starts it: the word before it
    is no modifier of its own ("defence spending is budgeted at", "the health department's
    outlay" are a part's figures), unless it is the named payer's possessive."""
    match = passive.search(clause)
    if match is None:
        return None
    before = clause[: match.start()].rstrip()
    word = re.search(r"([\w'’-]+)$", before)
    if not word or _OPENERS.fullmatch(word.group(1)) or before.endswith(","):
        return match
    return match if named_payer and _PROPER_POSSESSIVE.search(before) and not re.search(r"\b(?:the|a|an)\s+\S+$", before, re.I) else None
