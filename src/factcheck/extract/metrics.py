"""Which figure of a company's results a money mention is: revenue, net income, operating profit,
earnings per share, costs, guidance, dividend (issue 13). Words are data (nlp/patterns/metrics.json).

"Revenue rose to $5 billion and net income to $1 billion": both may read as the company's
results, but revenue and profit are never the same fact, so FC102 compares only like metrics.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.normalize.wordlists import alternation, pattern_data


@lru_cache(maxsize=1)
def _patterns() -> tuple[int, re.Pattern, list[tuple[str, re.Pattern]]]:
    data = pattern_data("metrics")
    compiled = [(metric, re.compile(rf"\b(?:{alternation(words)})\b", re.I)) for metric, words in data["metrics"].items()]
    asides = re.compile(rf",\s*(?:{alternation(data['asides'])}),\s", re.I)
    return data["window"], asides, compiled


def metric_of(sentence: str, start: int, end: int, skip: frozenset[str] = frozenset()) -> str | None:
    """The metric named nearest before the figure at sentence[start:end] (or right after it:
    "$1.04 a share"), within the clause (an aside such as ", however," does not end it); a figure
    after ", or" restates the one before it. A figure before its own noun ("a $112 million
    impairment charge", "a $73 million net profit") is of that noun: its metric is the one that
    noun names, or none, whatever the clause named before it. `skip`: metrics not to read (the
    metric a figure names besides its estimate words, "guidance", extract/budget.py)."""
    window, asides, compiled = _patterns()
    compiled = [(metric, pattern) for metric, pattern in compiled if metric not in skip]
    after = sentence[end : end + 40]
    if any(metric == "eps" and pattern.match(after.strip()) for metric, pattern in compiled):
        return "eps"  # "$1.04 a share"
    if _ATTRIBUTIVE.search(sentence[max(0, start - 4) : start]):
        return _noun_metric(after, compiled)
    # "Net profit, however, fell to": an aside set off by commas does not end the metric's clause
    clauses = re.split(r"[;,]\s|\band\b", asides.sub(" ", sentence[max(0, start - window) : start]))
    before = clauses[-1]
    if before.strip().lower() in ("", "or") and len(clauses) > 1:
        before = clauses[-2]  # "$2.10 a share, or $2.35 before one-off items": the same metric restated
    best: tuple[tuple[int, int], str] | None = None
    for metric, pattern in compiled:
        for match in pattern.finditer(before):
            key = (len(before) - match.end(), match.start() - match.end())  # nearest; at one end, the longer phrase ("cost of sales", not "sales")
            if best is None or key < best[0]:
                best = (key, metric)
    return best[1] if best else None


# "a $112 million charge", "an $8 billion loss": an article right before the figure makes it the
# modifier of the noun after it
_ATTRIBUTIVE = re.compile(r"\b(?:a|an)\s+$", re.I)
_WORDS = re.compile(r"[\w-]+")
NOUN_WORDS = 3  # the words after a figure its noun phrase may take ("restructuring charge", "net profit")


def _noun_metric(after: str, compiled: list[tuple[str, re.Pattern]]) -> str | None:
    """The metric of the noun a figure modifies: the first metric words among the three words
    after it, the longest there ("net profit"; "impairment loss" is an impairment, "restructuring
    charge" a charge), or none ("a $5 billion deal")."""
    head = " ".join(_WORDS.findall(after)[:NOUN_WORDS])
    found = [(m.start(), -len(m.group(0)), metric) for metric, pattern in compiled if metric != "eps" for m in [pattern.search(head)] if m]
    return min(found)[2] if found else None


@lru_cache(maxsize=4096)
def metrics_named(text: str) -> frozenset[str]:
    """Every metric a text names ("Net income was $73 million on revenue of $1 billion": net
    income and revenue): what a registry quote says its figure is."""
    _, _, compiled = _patterns()
    return frozenset(metric for metric, pattern in compiled if pattern.search(text))
