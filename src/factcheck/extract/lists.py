"""A list's intro line names a party that every item below it shares (issue 13).

"The Air Force awarded the following contracts:" and then one line per contract, "• Bolt Systems
won a $9 million contract modification ...": each line names its awardee, the intro its awarder.
A reader takes the awarder of the intro for every item; so do we, for a contract line whose
frame found only the awardee (relations._award). The awarder is the deal's subject and the
awardee its object, as when the line names both. The awarder's place is "label" (a list label):
it is no clause place, so no rule calls it swapped or renames it.

Only a real list: the intro ends with a colon, and every line from it down to the figure is a
list item (a bullet or a number). A department named in an ordinary sentence above is no
awarder of the line below (tests/extract/test_award_lines.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher
from spacy.tokens import Doc

from factcheck.extract.entities import EntityContext, Mention
from factcheck.extract.relations import Frame
from factcheck.nlp.pipeline import Segment, sentence_spans

MAX_ITEMS = 40  # lines of one list: further down, the intro is no longer what a reader has in mind
_ITEM = re.compile(r"^\s*(?:[-*•·▪◦–]|\d+[.)])\s")
_MATCHERS: dict[int, Matcher] = {}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[list[dict]]]:
    data = json.loads(resources.files("factcheck.nlp").joinpath("patterns/lists.json").read_text(encoding="utf-8"))
    return {name: patterns for name, patterns in data.items() if not name.startswith("_")}


def _matcher(vocab) -> Matcher:
    key = id(vocab)
    if key not in _MATCHERS:
        matcher = Matcher(vocab)
        for name, patterns in _patterns().items():
            matcher.add(name, patterns)
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def apply_list_awarder(frames: list[Frame], segments: tuple[Segment, ...], index: int, text: str, context: EntityContext) -> None:
    """Give each awardee-only contract frame of paragraph `index` the awarder its list's intro names."""
    waiting = [f for f in frames if f.awardee_only and len(f.subjects) == 1]
    if not waiting:
        return
    awarder = _intro_awarder(segments, index, text, context)
    if awarder is None:
        return
    for frame in waiting:
        if _key(frame.subjects[0]) != _key(awarder):
            frame.subjects, frame.object = [replace(awarder, via="label")], frame.subjects[0]
            frame.label_only, frame.awardee_only = True, False


def _intro_awarder(segments: tuple[Segment, ...], index: int, text: str, context: EntityContext) -> Mention | None:
    """The one awarder the intro line of the list holding paragraph `index` names, if any."""
    intro = _intro(segments, index, text)
    if intro is None:
        return None
    segment, start = intro  # the intro's paragraph, and where its last sentence starts (absolute)
    doc = segment.context_doc if segment.context_doc is not None else segment.doc  # the parse may have blanked the intro: it holds no figure
    matched = _matched_parties(doc, segment.start, start, context)
    named = {_key(m) for m in context.between(start, segment.end) if m.is_party and m.label == "ORG"}
    return matched[0] if matched and len(named) == 1 else None  # two departments: whose is each line?


def _intro(segments: tuple[Segment, ...], index: int, text: str) -> tuple[Segment, int] | None:
    """The paragraph above whose last sentence ends with a colon, when every line from the one
    below it down to paragraph `index` is a list item."""
    for back, segment in enumerate(reversed(segments[:index])):
        body = text[segment.start : segment.end].rstrip()
        below = segments[index - back]
        if not _ITEM.match(text[below.start : below.end]) or back >= MAX_ITEMS:
            return None
        if body.endswith(":"):
            return segment, segment.start + sentence_spans(body)[-1][0]  # never empty: the last span runs to the end
    return None


def _matched_parties(doc: Doc, offset: int, start: int, context: EntityContext) -> list[Mention]:
    """The parties the awarder patterns match in the intro sentence (from `start`, absolute)."""
    found: list[Mention] = []
    for _key_id, begin, end in _matcher(doc.vocab)(doc):
        span = doc[begin:end]
        if offset + span.start_char < start:
            continue
        found += [m for m in context.between(offset + span.start_char, offset + span.end_char) if m.is_party and m.label == "ORG"]
    return found


def _key(mention: Mention) -> str:
    return mention.entity_id or mention.text
