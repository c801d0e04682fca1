"""The `factcheck_entities` component: registry names as entities, with the registry id.

Every entity's name and aliases are matched as whole tokens, case-sensitively (a
PhraseMatcher on ORTH); the longest match wins, and it overrides what the statistical NER
found there. It runs before `ner`, so the NER keeps these and labels the rest.
spaCy's own entity_ruler would do the same, but it counts all its patterns on every call,
which costs time in proportion to the registry on each paragraph.

A name spelled with invisible characters ("Ac\u200bme": zero-width, bidi controls, soft
hyphens) is matched as its folded spelling (normalize.fold): the matcher also runs over a copy
of the Doc with each such token folded, token for token, so the entity keeps the text as
written and gets the registry id (FC901 reports the disguise). Look-alike letters are mapped
earlier, in the prose view (read.make_document), since that keeps offsets.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factcheck.normalize.fold import fold_name, has_invisible
from factcheck.registry import Registry

LABELS = {"organization": "ORG", "person": "PERSON", "product": "PRODUCT", "place": "GPE"}
RULER_NAME = "factcheck_entities"


@Language.factory(RULER_NAME)
def create_registry_ruler(nlp: Language, name: str) -> RegistryRuler:
    return RegistryRuler(nlp)


class RegistryRuler:
    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}

    def add_registry(self, registry: Registry, make_doc: Callable[[str], Doc]) -> None:
        for entity in registry.entities.values():
            self.labels[entity.id] = LABELS[entity.kind]
            self.matcher.add(entity.id, [make_doc(name) for name in dict.fromkeys(entity.names)])

    def __call__(self, doc: Doc) -> Doc:
        strings = self.vocab.strings
        found = [
            Span(doc, start, end, label=self.labels[strings[key]], span_id=strings[key])
            for key, start, end in self.matcher(_folded(doc))
        ]
        if not found:
            return doc
        found = filter_spans(found)  # longest first: "Microsoft Azure" over "Microsoft"
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
        doc.ents = sorted(found + kept, key=lambda span: span.start)
        return doc


def _folded(doc: Doc) -> Doc:
    """The Doc itself, or (when a token hides invisible characters) a copy with the same tokens
    folded: token i of the copy is token i of `doc`, so match offsets carry over."""
    if doc.text.isascii() or not has_invisible(doc.text):
        return doc
    words = [(fold_name(token.text) or token.text) if has_invisible(token.text) else token.text for token in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
