"""Every custom attribute factcheck sets on spaCy objects; all carry the `fc_` prefix."""

from spacy.tokens import Span

MONEY_SPANS = "fc_money"  # doc.spans key of the money component


def register() -> None:
    if not Span.has_extension("fc_money"):
        Span.set_extension("fc_money", default=None)  # the MoneyMention behind a money span


register()
