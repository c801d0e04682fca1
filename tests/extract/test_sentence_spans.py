"""A claim's `sentence_span` covers exactly the words its `sentence` quotes: rules that look for a
name "in the claim's own sentence" by offset read the same text the report shows."""

from __future__ import annotations

import pytest

CASES = [
    # the sentence before holds no claim, so the parse sees it blanked: the span starts after the blanks
    ("Bolt is a chip designer based in Oslo with a long history. Acme will invest $5 billion in Bolt.\n", "text"),
    ("The weather was fine. Nobody expected it. Cirrus paid $400 million to Dynamo, the firms said.\n", "text"),
    ("Acme will invest $5 billion in Bolt. Bolt said it will spend $2 billion on chips.\n", "text"),
    ("Acme bought Bolt for $3 billion.   Cirrus paid $400 million to Dynamo, it said.\n", "text"),
    ("Some intro.\n\n**Deal:** Acme will invest *up to* $5 billion in Bolt. [Cirrus](https://c.example) paid $1 billion to Dynamo.\n", "markdown"),
    ('<p>Intro here.</p>\n<p><b>Acme</b> will invest $5 billion in Bolt. <i>Cirrus</i> paid $1 billion to Dynamo.</p>\n', "html"),
    ("Satya Lee, Acme's chief executive, said Bolt raised €300 million. Acme's Dana Ray, Bolt's CEO, agreed.\n", "text"),
]


@pytest.mark.parametrize(("text", "format"), CASES)
def test_sentence_span_is_the_quoted_sentence(checker, text, format):
    file = checker.check_text(text, path=f"a.{format}", format=format)
    prose = file.document.prose_text
    assert file.claims
    for claim in file.claims:
        if claim.kind not in ("money", "relation"):
            continue
        shown = " ".join(prose[claim.sentence_span.start : claim.sentence_span.end].split())
        assert prose[claim.sentence_span.start].strip(), f"{claim.id} sentence span starts on a blank"
        assert claim.sentence_span.start <= claim.span.start and claim.span.end <= claim.sentence_span.end
        assert shown == " ".join(claim.sentence.split()) or file.document.prose is not None  # readable_claims rewrites markup in `sentence`
