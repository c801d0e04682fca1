"""The `factcheck_money` component: money mentions as spans, parsed by the pure `normalize.money` core.

The statistical NER's MONEY label is not used: the small English model misses forms such
as "$15B". Mentions keep their exact character offsets in `span._.fc_money`; the span is
the token-aligned cover of them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.nlp import extensions
from factcheck.normalize.money import find_money

MONEY_NAME = "factcheck_money"


@Language.factory(MONEY_NAME)
def create_money_component(nlp: Language, name: str) -> MoneyComponent:
    return MoneyComponent()


class MoneyComponent:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for mention in find_money(extensions.doc_text(doc)):
            span = doc.char_span(mention.start, mention.end, label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            span._.fc_money = mention
            spans.append(span)
        doc.spans[extensions.MONEY_SPANS] = spans
        return doc
