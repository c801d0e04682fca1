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

MAX_TRIES = 4  # candidates passed over before we give up guessing

# Relations whose subject is the company the passage is about when the sentence names none.
GUESSABLE = {"revenue", "spends_on", "raises", "valued_at", "acquires", "deal_value", "invests_in", "commits_to_purchase"}


def guess_subject(relation: str | None, offset: int, obj: Mention | None, context: EntityContext, topic: Mention | None) -> tuple[Mention | None, str | None]:
    """(the salient entity, how it was found) for a claim with a relation and no named subject."""
    if relation not in GUESSABLE:
        return None, None
    exclude = {obj.entity_id or obj.text} if obj else set()
    for _ in range(MAX_TRIES):
        found = context.antecedent(offset, exclude)
        if found is None:
            break
        if _plausible(found):
            return found, "paragraph"
        exclude.add(found.entity_id or found.text)
    if topic is not None and (topic.entity_id or topic.text) not in exclude:
        return topic, "article"
    return None, None


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/attribution.json").read_text(encoding="utf-8"))


def _plausible(mention: Mention) -> bool:
    """A name, not a figure the tagger took for one ("7,36,437.71"), nor the outlet that reported it."""
    return sum(ch.isalpha() for ch in mention.text) >= 2 and mention.text.lower() not in _data()["not_parties"]


def long_form(short: str, names: list[str]) -> str | None:
    """The article's earlier full name for a short form: "P&G" or "Procter" for "Procter & Gamble Co."."""
    suffixes = set(_data()["name_suffixes"])
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
