"""A subject the sentence does not name, guessed from the paragraph or the article (issue 13).

"Revenue rose 4% to $15 billion" names no company: a reader takes the company the passage is
about. We do too, but say so: the guess goes in `guessed_subject` with `subject_found` set to
"paragraph" or "article", never in `subjects`, which the rules compare. A guessed attribution
therefore never carries a warning, an error or a fix that renames a party.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from factcheck.extract.entities import EntityContext, Mention
from factcheck.models import SubjectFound

# Relations whose subject is the company the passage is about when the sentence names none.
GUESSABLE = {"revenue", "spends_on", "raises", "valued_at", "acquires", "deal_value", "invests_in", "commits_to_purchase"}


SALIENCE_WINDOW = 3000  # characters back: the passage a reader still has in mind
SUBJECT_WEIGHT = 2  # a name as a clause's subject counts double: the passage is about it


def guess_subject(relation: str | None, offset: int, obj: Mention | None, context: EntityContext, topic: Mention | None) -> tuple[Mention | None, SubjectFound | None]:
    """(the salient entity, how it was found) for a claim with a relation and no named subject.

    Salient: named most in the passage before the figure (short forms counted with their full
    name: "P&G" with "Procter & Gamble Co."), subjects counting double, this paragraph first
    when it names one, the nearest on a tie; never the outlet that reported it."""
    if relation not in GUESSABLE:
        return None, None
    exclude = {obj.entity_id or obj.text} if obj else set()
    candidates = [m for m in context.before(offset, SALIENCE_WINDOW) if _candidate(m, exclude)]
    if candidates:
        return _most_salient(_nearest_paragraph(candidates, context), candidates), "paragraph"
    if topic is not None and (topic.entity_id or topic.text) not in exclude:
        return topic, "article"
    return None, None


def _candidate(mention: Mention, exclude: set[str]) -> bool:
    return mention.label in ("ORG", "PRODUCT") and mention.is_party and plausible(mention) and (mention.entity_id or mention.text) not in exclude


def _nearest_paragraph(nearest_first: list[Mention], context: EntityContext) -> list[Mention]:
    """The candidates of the nearest paragraph that names any: this one, else the one above..."""
    start = context._paragraph_start(nearest_first[0].start)
    return [m for m in nearest_first if m.start >= start]


def _most_salient(choices: list[Mention], nearest_first: list[Mention]) -> Mention:
    """Among `choices`, the one the passage (`nearest_first`) names most."""
    names = list(dict.fromkeys(m.text for m in reversed(nearest_first)))

    def key(m: Mention) -> str:
        return m.entity_id or long_form(m.text, names) or m.text

    score: dict[str, int] = {}
    for m in nearest_first:
        score[key(m)] = score.get(key(m), 0) + (SUBJECT_WEIGHT if m.role in ("nsubj", "nsubjpass") else 1)
    best = max(score[key(m)] for m in choices)
    winner = next(m for m in choices if score[key(m)] == best)
    full = key(winner)
    return next((m for m in nearest_first if m.text == full), winner)  # the full name where the article gives it


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/attribution.json").read_text(encoding="utf-8"))


def plausible(mention: Mention) -> bool:
    """A name, not a figure the tagger took for one ("7,36,437.71"), nor the outlet that reported it."""
    return sum(ch.isalpha() for ch in mention.text) >= 2 and mention.text.lower() not in _data()["not_parties"]


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Words a company's name may carry or drop ("Corp.", "Holdings", "&")."""
    return frozenset(_data()["name_suffixes"])


def long_form(short: str, names: list[str]) -> str | None:
    """The article's earlier full name for a short form: "P&G" or "Procter" for "Procter & Gamble Co."."""
    suffixes = name_suffixes()
    letters = re.sub(r"[^A-Za-z]", "", short)
    found = set()
    for name in names:
        words = [w for w in name.split() if w.lower() not in suffixes]
        if len(words) < 2 or name == short:
            continue
        initials = "".join(w[0] for w in words if w[0].isalpha())
        if (short.isupper() and 2 <= len(letters) <= 5 and letters.upper() == initials.upper()) or (" " not in short and short == words[0] and len(short) >= 4):
            found.add(name)
    return found.pop() if len(found) == 1 else None  # two candidates: not certain, keep the short form
