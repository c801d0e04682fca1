"""Every custom attribute factcheck sets on spaCy objects; all carry the `fc_` prefix."""

from collections.abc import Callable

from spacy.tokens import Doc, Span

MONEY_SPANS = "fc_money"  # doc.spans key of the money component
TEXT_KEY = "fc_text"  # doc.user_data key: the text the Doc was made from


def register() -> None:
    if not Span.has_extension("fc_money"):
        Span.set_extension("fc_money", default=None)  # the MoneyMention behind a money span


def make_doc(make: Callable[[str], Doc], text: str) -> Doc:
    """A tokenized Doc that remembers its text (see `doc_text`)."""
    doc = make(text)
    doc.user_data[TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The Doc's text. `Doc.text` joins every token anew on each call, and the money component,
    the sentence filter and the quoting each need it; a Doc's text never changes, so the one it
    was made from is kept."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


register()
