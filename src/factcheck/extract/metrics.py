"""Which figure of a company's results a money mention is: revenue, net income, operating profit,
earnings per share, costs, guidance, dividend (issue 13). Words are data (nlp/patterns/metrics.json).

"Revenue rose to $5 billion and net income to $1 billion": both may read as the company's
results, but revenue and profit are never the same fact, so FC102 compares only like metrics.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _patterns() -> tuple[int, list[tuple[str, re.Pattern]]]:
    data = json.loads(resources.files("factcheck.nlp").joinpath("patterns/metrics.json").read_text(encoding="utf-8"))
    compiled = []
    for metric, words in data["metrics"].items():
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        compiled.append((metric, re.compile(rf"\b(?:{alternatives})\b", re.I)))
    return data["window"], compiled


def metric_of(sentence: str, start: int, end: int) -> str | None:
    """The metric named nearest before the figure at sentence[start:end] (or right after it:
    "$1.04 a share"), within the clause; a figure after ", or" restates the one before it."""
    window, compiled = _patterns()
    clauses = re.split(r"[;,]\s|\band\b", sentence[max(0, start - window) : start])
    before = clauses[-1]
    if before.strip().lower() in ("", "or") and len(clauses) > 1:
        before = clauses[-2]  # "$2.10 a share, or $2.35 before one-off items": the same metric restated
    after = sentence[end : end + 12]
    best: tuple[tuple[int, int], str] | None = None
    for metric, pattern in compiled:
        if metric == "eps" and pattern.match(after.strip()):
            return "eps"  # "$1.04 a share"
        for match in pattern.finditer(before):
            key = (len(before) - match.end(), match.start() - match.end())  # nearest; at one end, the longer phrase ("cost of sales", not "sales")
            if best is None or key < best[0]:
                best = (key, metric)
    return best[1] if best else None
