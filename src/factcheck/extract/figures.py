"""Percent and quantity claims: figures that are not money, read from the paragraph's text.

They need no parse: the pure grammars (normalize.percent, normalize.quantity) find them in the
prose, and each claim quotes its sentence as the sentence splitter of the pipeline cuts it.
Offsets are into the document's text (the prose view keeps them), so positions stay exact in
.txt, .md and .html alike.
"""

from __future__ import annotations

from factcheck.extract.locate import BareParagraph, Paragraph, Sentences, where
from factcheck.models import PercentClaim, Qualifier, QuantityClaim
from factcheck.normalize.percent import find_percents
from factcheck.normalize.quantity import find_quantities


def figure_claims(paragraph: Paragraph, prose: str) -> list[PercentClaim | QuantityClaim]:
    """The paragraph's percent and quantity claims (ids are set by the caller)."""
    text = prose[paragraph.start : paragraph.end]
    sentences = Sentences(text)
    claims: list[PercentClaim | QuantityClaim] = []
    for mention in find_percents(text):
        claims.append(
            PercentClaim(
                id="c0",
                **where(paragraph, sentences, mention.start, mention.end),
                value=mention.value,
                high=mention.high,
                qualifier=Qualifier(mention.qualifier),
                precision=mention.precision,
                points=mention.points,
                role=mention.role,
                direction=mention.direction,
                of=mention.of,
            )
        )
    for quantity in find_quantities(text):
        claims.append(
            QuantityClaim(
                id="c0",
                **where(paragraph, sentences, quantity.start, quantity.end),
                value=quantity.value,
                high=quantity.high,
                unit=quantity.unit,
                qualifier=Qualifier(quantity.qualifier),
                precision=quantity.precision,
            )
        )
    return claims


__all__ = ["BareParagraph", "Paragraph", "figure_claims"]
