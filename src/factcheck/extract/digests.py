"""A results digest's section headings name the company of the paragraph below (issue 13).

A digest of several companies' results gives each a heading, "Dover net up 39%", and then a
paragraph, "Dover has reported ... Net sales went up 23% to ...". The tagger may see no name in
"Dover" at all; then a subjectless figure of the paragraph ("Net sales went up ...") is guessed
for the company of the section above, which is wrong. The heading pattern (nlp/patterns/
digests.json) says which run of words is the company; when the paragraph below names it again,
the name is an organization wherever the article uses it, so the paragraph's own company is the
salient one.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from spacy.matcher import Matcher
from spacy.tokens import Doc

from factcheck.nlp.pipeline import Segment

MAX_HEADING_CHARS = 80
_MATCHERS: dict[int, Matcher] = {}


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("factcheck.nlp").joinpath("patterns/digests.json").read_text(encoding="utf-8"))


def _matcher(doc: Doc) -> Matcher:
    """The heading pattern of digests.json, its word lists filled in, compiled once per vocabulary."""
    key = id(doc.vocab)
    if key not in _MATCHERS:
        data = _data()
        lists = {"RESULTS_NOUNS": data["results_nouns"], "DIRECTIONS": data["directions"]}
        pattern = [{**node, "LOWER": {"IN": lists[node["LOWER"]["IN"]]}} if "LOWER" in node else node for node in data["heading"]]
        matcher = Matcher(doc.vocab)
        matcher.add("heading", [pattern], greedy="LONGEST")
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def heading_companies(segments: tuple[Segment, ...], text: str) -> set[tuple[str, ...]]:
    """The words of each company a results heading names and the paragraph below names again."""
    found: set[tuple[str, ...]] = set()
    for heading, below in pairwise(segments):
        line = text[heading.start : heading.end]
        if len(line) > MAX_HEADING_CHARS or line.rstrip().endswith((".", "!", "?")):
            continue
        words = _heading_name(heading.context_doc if heading.context_doc is not None else heading.doc)
        if words and re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", text[below.start : below.end]):
            found.add(words)
    return found


def _heading_name(doc: Doc) -> tuple[str, ...] | None:
    """The capitalized run that opens the heading, up to its results noun."""
    first = next((t.i for t in doc if not t.is_space), None)
    results = set(_data()["results_nouns"])
    for _key, start, end in _matcher(doc)(doc):
        if start == first:
            name = next(doc[start:i] for i in range(start, end) if doc[i].lower_ in results)
            return tuple(t.text for t in name) or None
    return None
