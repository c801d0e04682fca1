"""When a money figure holds: the period or date its sentence gives it, and whether it is a
running total. Patterns are data (nlp/patterns/time.json); the anchor nearest the figure wins,
so "$40 billion in 2016 and $60 billion in 2018" gives each figure its own year.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.models import TimeAnchor

MAX_DISTANCE = 90  # characters between figure and anchor: farther words are another clause's
PRIOR_RELATIVES = {"last year", "a year earlier", "a year ago", "the year before", "the previous year", "the prior year", "year-earlier", "year-ago", "prior-year"}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    period: str
    text: str


@lru_cache(maxsize=1)
def _data() -> tuple[list[re.Pattern], re.Pattern, dict, list[str]]:
    raw = json.loads(resources.files("factcheck.nlp").joinpath("patterns/time.json").read_text(encoding="utf-8"))
    patterns = [re.compile(p, re.I) for p in raw["patterns"]]
    return patterns, re.compile(raw["running_total"], re.I), raw["ordinals"], raw["months"]


def time_anchor(sentence: str, start: int, end: int, others: tuple[tuple[int, int], ...] = ()) -> TimeAnchor | None:
    """The anchor of the figure at sentence[start:end], or None when the sentence gives none.
    `others`: the sentence's other money figures, which own the anchors of their own phrases
    ("rose to $15 billion from $18 billion last year": "last year" is the $18 billion's)."""
    _, running, _, _ = _data()
    found = [f for f in _anchors(sentence) if _owner(sentence, f, (start, end), others) in ((start, end), None)]
    nearest = min(found, key=lambda f: _distance(f, start, end), default=None)
    if nearest is not None and _distance(nearest, start, end) > MAX_DISTANCE:
        nearest = None
    window = sentence[max(0, start - 60) : end + 60]
    is_running = bool(running.search(window))
    if nearest is None and not is_running:
        return None
    return TimeAnchor(period=nearest.period if nearest else None, text=nearest.text if nearest else None, running_total=is_running)


CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", re.I)
# What joins the two ends of a change or a list: after an anchor, these words lead to the next figure.
CONNECTOR = re.compile(r"^\W*(?:(?:and|or|to|from|against|versus|vs\.?|compared with|compared to|up from|down from|then|at|of|in|the|a|an|and at|and to)\W+)*\W*$", re.I)


def _owner(sentence: str, anchor: _Found, figure: tuple[int, int], others: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The figure an anchor belongs to: the nearest figure on each side with no other figure
    between; of two, the one before when the anchor closes its phrase and a connector leads on
    ("$5 billion in 2016 and $6 billion in 2017", "from $5 billion in 2019 to $4 billion"), the
    one after when a clause break comes first ("..., and in 2018 $6 billion"); None (both) when
    neither holds ("a $200 million March 2019 round, which saw it hit a $1.5 billion valuation")."""
    inside, left, right = _neighbours(sorted({figure, *others}), anchor)
    if inside is not None:
        return inside  # an anchor within a figure's span ("Q3 2008 revenue of $5 billion" never overlaps, but be safe)
    if left is None or right is None:
        return left or right
    if CLAUSE_BREAK.search(sentence[left[1] : anchor.start]):
        return right
    return left if CONNECTOR.match(sentence[anchor.end : right[0]]) else None


def _neighbours(figures: list[tuple[int, int]], anchor: _Found) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int] | None]:
    """(the first figure overlapping the anchor, the nearest figure before it, the nearest after)."""
    before = [f for f in figures if f[1] <= anchor.start]
    after = [f for f in figures if f[0] >= anchor.end]
    inside = next((f for f in figures if f not in before and f not in after), None)
    return inside, (before[-1] if before else None), (after[0] if after else None)


def _distance(found: _Found, start: int, end: int) -> int:
    if found.end <= start:
        return start - found.end
    if found.start >= end:
        return found.start - end
    return 0


def _anchors(sentence: str) -> list[_Found]:
    patterns, _, ordinals, months = _data()
    found: list[_Found] = []
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            period = _normalize(match.groupdict(), ordinals, months)
            if period:
                found.append(_Found(match.start(), match.end(), period, match.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for f in found:  # "third quarter of 2008" covers "2008": the longer anchor stands
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _normalize(groups: dict, ordinals: dict, months: list[str]) -> str | None:
    year = groups.get("year") or (f"20{groups['yy']}" if groups.get("yy") else None)
    fiscal = "FY" if groups.get("fiscal") else ""
    if groups.get("relative"):
        return groups["relative"].lower()
    if groups.get("round"):
        return " ".join(groups["round"].lower().split())
    if quarter := groups.get("quarter"):
        number = ordinals.get(quarter.lower(), quarter)
        return " ".join(filter(None, [f"{fiscal}Q{number}", year]))
    if half := groups.get("half"):
        number = ordinals.get(half.lower(), half)
        return " ".join(filter(None, [f"H{number}", year]))
    if month := groups.get("month"):
        return f"{year or '-'}-{months.index(month.lower()) + 1:02d}"  # "--08": August of an unstated year
    if year:
        return f"{fiscal}{year}"
    return None


def period_length(period: str | None) -> str | None:
    """How long the period a time anchor names runs, as a registry rate's period: "annual" for
    a year ("2016", "FY2016", "last year", "next fiscal"), "quarterly" for a quarter ("Q3 2008", "last
    quarter"); None for a date, a half, a month or a round, which name no such length."""
    if not period:
        return None
    if "quarter" in period or re.search(r"(?:^|\s|FY)Q\d", period):
        return "quarterly"
    if period in PRIOR_RELATIVES or "fiscal" in period or "financial year" in period or re.fullmatch(r"(?:FY)?(?:19|20)\d\d", period):
        return "annual"
    return None


def periods_differ(a: TimeAnchor | None, b: TimeAnchor | None) -> bool:
    """True when two figures plainly belong to different periods, or one is a running total and
    the other is not: then they are not one fact. Unknown or partial periods never differ."""
    if (a is not None and a.running_total) != (b is not None and b.running_total):
        return True
    pa, pb = (a.period if a else None), (b.period if b else None)
    if (pa in PRIOR_RELATIVES) != (pb in PRIOR_RELATIVES):
        return bool(pa or pb)  # "a year earlier" against this period's figure
    if not pa or not pb or pa == pb:
        return False
    return _conflicting(_parts(pa), _parts(pb))


def _parts(period: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for token in period.split():
        if re.fullmatch(r"(?:FY)?(?:19|20)\d\d", token):
            parts["year"] = token.removeprefix("FY")
        elif re.fullmatch(r"(?:19|20)\d\d-\d\d", token):
            parts["year"], parts["month"] = token.split("-")
        elif re.fullmatch(r"--\d\d", token):
            parts["month"] = token[2:]
        elif re.fullmatch(r"(?:FY)?[QH]\d", token):
            parts["part"] = token.removeprefix("FY")
        else:
            parts["other"] = parts.get("other", "") + token
    return parts


def _conflicting(a: dict[str, str], b: dict[str, str]) -> bool:
    return any(key in b and a[key] != b[key] for key in a)
