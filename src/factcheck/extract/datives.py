"""The receiver of a double-object money verb (issue 13): "Acme will pay Bolt $9 billion", "Acme
owes Bolt €2bn", "Dynamo gave Cirrus $50 million", "Acme lent Bolt £30m". The subject pays, the
indirect object receives, the figure is the direct object (or sits inside it). The small English
model often reads the construction otherwise, so the receiver is read from the parses it really
produces:

- a dative: "pay Bolt $9 billion" (Bolt `dative`, the figure `dobj`);
- a first direct object before the figure: "pay Bolt €2bn" (two `dobj`s), "owes Bolt Labs €2bn"
  with the figure an `npadvmod` of the verb;
- a name the parser hung inside the figure: "pay Iren $US9.7bn" (Iren a modifier of "$");
- the passive subject: "Bolt was paid $5 million by Acme", "Bolt will be paid €2bn".

A receiver after a preposition ("paid $5 million to Bolt") is the lexicon's `object_preps`, not
this. Which verbs take a receiver this way is data (`object_dative` in nlp/patterns/relations.json).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.nlp.extensions import MONEY_SPANS

NOMINAL = ("NOUN", "PROPN", "PRON")
FIGURE_ROLES = ("dobj", "npadvmod", "attr")  # how the parser hangs the figure on the verb


def indirect_objects(verb: Token, money_head: Token | None) -> list[Token]:
    """The tokens that name who receives the money `verb` moves, in order of trust; none when the
    figure is not the verb's own (only datives are then read: "pay Bolt a $9 billion fee")."""
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in NOMINAL]
    if money_head is None or found:
        return found
    figure = _figure_on(verb, money_head)
    if figure is None:
        return []
    return _misread_receivers(verb, figure, _money_start(money_head)) or passive_receivers(verb)


def _misread_receivers(verb: Token, figure: Token, start: int) -> list[Token]:
    """A first direct object before the figure ("pay Bolt €2bn"), or a name the parser hung
    inside the figure ("pay Iren $US9.7bn"): `start` is where the money mention begins."""
    found = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINAL and c.right_edge.i < start]
    return found + [t for t in figure.subtree if t.i < start and t.pos_ == "PROPN" and t.head.i >= start]


def passive_receivers(verb: Token) -> list[Token]:
    """"Bolt was paid $5 million": the passive subject of a double-object verb received the money."""
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in NOMINAL]


def _figure_on(verb: Token, money_head: Token) -> Token | None:
    """The figure's root as the verb's direct object (or what the parser took for one), else None;
    the first of a list of figures stands for the others."""
    token = money_head
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token if token.head.i == verb.i and token.dep_ in FIGURE_ROLES and token.i > verb.i else None


def _money_start(money_head: Token) -> int:
    """Where the money mention around `money_head` begins (its first token, "$" in "$US9.7bn")."""
    spans: list[Span] = list(money_head.doc.spans.get(MONEY_SPANS, []))
    return next((s.start for s in spans if s.start <= money_head.i < s.end), money_head.left_edge.i)
