"""Cheap articles stay cheap: an article that cannot hold a claim skips spaCy altogether.

A claim is a money mention or a relation word (pipeline.RELATION_TRIGGERS, PARTNER_TRIGGERS):
the statistical components already run only on sentences with one of them, and extraction makes
claims from nothing else. So an article whose paragraphs, read exactly as the pipeline reads them
(`paragraph_texts`), have no money mention by the money grammar's own regular expressions
(`find_money`, the same function the `factcheck_money` component calls) and no relation word
yields no claim, and its spaCy pass can be skipped with the same output. Most articles of a
general archive name no money; for them a run is a few regular expressions.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.models import Document
from factcheck.normalize.money import find_money


def paragraph_texts(document: Document) -> Iterator[str]:
    """Each paragraph as the pipeline hands it to spaCy (bullets and over-long runs masked)."""
    from factcheck.nlp.pipeline import mask_bullets, mask_long_words, mask_typography, paragraphs

    text = document.prose_text
    for start, end in paragraphs(text):
        yield mask_long_words(mask_typography(mask_bullets(text[start:end])))


def claim_possible_in(document: Document) -> bool:
    """False only when no paragraph has a money mention or a relation word: then no claim can come out."""
    from factcheck.nlp.pipeline import PARTNER_TRIGGERS, RELATION_TRIGGERS

    for text in paragraph_texts(document):
        if RELATION_TRIGGERS.search(text) or PARTNER_TRIGGERS.search(text) or find_money(text):
            return True
    return False
