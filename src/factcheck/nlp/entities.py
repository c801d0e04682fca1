"""The `factcheck_entities` component: registry names as entities, with the registry id.

Every entity's name and aliases are matched as whole tokens, case-sensitively (a
PhraseMatcher on ORTH); the longest match wins, and it overrides what the statistical NER
found there. It runs before `ner`, so the NER keeps these and labels the rest.
spaCy's own entity_ruler would do the same, but it counts all its patterns on every call,
which costs time in proportion to the registry on each paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

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
            for key, start, end in self.matcher(doc)
        ]
        if not found:
            return doc
        found = filter_spans(found)  # longest first: "Microsoft Azure" over "Microsoft"
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
        doc.ents = sorted(found + kept, key=lambda span: span.start)
        return doc
