"""How a deal is paid for is no price of it (issue 14).

"Acme will fund the purchase with $4 billion of new debt", "the takeover will be paid for with $3
billion of stock", "Acme secured a $5 billion bridge loan to fund its purchase of Bolt": the
figure is money taken on to pay for the deal, not the deal's value nor a purchase. Read as the
price, it is compared with the registry's deal value and summed as a part of the deal; its
relation is other (relations.py keeps its parties).

Two readings (lexicon: relations.json, `_financing`):
- a financing verb takes the figure with "with", "through", "via" or "by" (or "using"), and what
  it pays for is a deal, or, when the figure's own noun is an instrument, anything but a named
  party ("Dynamo funded Cirrus with $50 million" is an investment);
- the figure's own noun is an instrument, taken on to fund a deal: the object of a verb that
  takes it on with a purpose clause ("issued $3 billion of bonds to fund the takeover"), a
  purpose clause of its own ("a $5 billion loan to fund the purchase"), or, for a loan or bond,
  "for the deal".
"in cash" after "buy Bolt for $4 billion" and "pay $4 billion in cash and stock" stay the price:
no financing verb takes the figure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import relation_lexicon

NAMED = ("ORG", "PERSON", "GPE", "NORP")
PURPOSE_LINKS = ("advcl", "xcomp", "acl", "relcl", "conj")


def finances_a_deal(money: Span) -> bool:
    """The figure is money a deal is paid with, not the deal's price (see the module's docstring)."""
    phrase = _figure_phrase(money)
    instrument = _names_instrument(money, phrase, "financing_instruments")
    return _taken_by_financing_verb(phrase, instrument) or (instrument and _instrument_for_a_deal(money, phrase))


def _figure_phrase(money: Span) -> Token:
    """The noun phrase the figure heads or sizes: "$2 billion" in "... and $2 billion of debt" (the
    first of its list), "loan" in "a $5 billion bridge loan", "mix" in "a mix of $2 billion of debt"."""
    token = money.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in ("nummod", "compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in relation_lexicon()["mix_nouns"]:
        token = of.head
    return token


def _names_instrument(money: Span, phrase: Token, words: str) -> bool:
    """What the figure is: "$2 billion of debt", "$500 million in term loans", "a $3 billion credit facility"."""
    instruments = set(relation_lexicon()[words])
    own = [phrase] if phrase.i not in range(money.start, money.end) else []
    nouns = [*own, *(c for c in phrase.children if c.dep_ == "compound")]
    nouns += [p for t in {money.root, phrase} for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in c.children if p.dep_ == "pobj"]
    return any(n.lower_ in instruments or n.lemma_.lower() in instruments for n in nouns)


def _taken_by_financing_verb(phrase: Token, instrument: bool) -> bool:
    """"fund the purchase with $4 billion", "financed through $6 billion of bonds", "pay for the
    deal using $2 billion of cash on hand"."""
    prep = phrase.head
    if phrase.dep_ == "pobj" and prep.dep_ in ("prep", "agent") and prep.lower_ in relation_lexicon()["financing_preps"]:
        verb = prep.head
    elif phrase.dep_ == "dobj" and phrase.head.lemma_.lower() == "use" and phrase.head.tag_ == "VBG":
        verb = phrase.head.head  # "using" hangs on the verb of the clause, or beside the paying verb
    else:
        return False
    verb = _verb_of_thing(verb)
    candidates = [verb, *(c for c in verb.children if c.dep_ in PURPOSE_LINKS and c.pos_ == "VERB")]
    return any(_pays_for(c, any_thing=instrument) for c in candidates)


def _verb_of_thing(token: Token) -> Token:
    """The verb whose thing paid for a "with" or "using" hangs on: "fund [the purchase with $4
    billion]", "pay for [the deal with ...]" (the parser often attaches it to the noun)."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass"):
        return token.head
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ == "for":
        return token.head.head
    return token


def _instrument_for_a_deal(money: Span, phrase: Token) -> bool:
    """"secured a $5 billion bridge loan to fund its purchase of Bolt", "a $2 billion term loan
    for the acquisition", "$4 billion of bonds will be issued to finance the takeover"."""
    lex = relation_lexicon()
    purposes = [c for c in phrase.children if c.dep_ in ("acl", "relcl")]
    verb = phrase.head
    if phrase.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lex["instrument_source_verbs"]:
        purposes += [c for c in verb.children if c.dep_ in PURPOSE_LINKS]
    if any(_pays_for(c, any_thing=False) for c in purposes):
        return True
    borrowed = _names_instrument(money, phrase, "borrowing_instruments")
    return borrowed and any(_deal_noun(p) for c in phrase.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj")


def _pays_for(verb: Token, any_thing: bool) -> bool:
    """A financing verb whose thing paid for is a deal ("fund the purchase", "the takeover will be
    financed", "pay for the deal"), or, with `any_thing`, anything that is no named party."""
    if verb.lemma_.lower() == "help":  # "to help fund the purchase"
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), verb)
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in relation_lexicon()["financing_verbs"]:
        return False
    things = _things_paid_for(verb)
    if lemma == "pay" and not things:
        return False  # "pay $4 billion": a price, with no "for" it pays
    if not things:
        return any_thing
    return all(_deal_noun(t) or (any_thing and not _named(t)) for t in things)


def _things_paid_for(verb: Token) -> list[Token]:
    """What a financing verb pays for: its object ("fund the purchase"), its passive subject ("the
    takeover will be financed"), the noun a participle hangs on ("the deal, funded with"); for
    "pay", the object of its "for"."""
    if verb.lemma_.lower() == "pay":
        return _paid_for(verb)
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found = [verb.head]
    return found


def _paid_for(verb: Token) -> list[Token]:
    """"pay for the deal": the object of its "for"; "the deal will be paid for": its passive subject."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    found = [p for c in fors for p in c.children if p.dep_ == "pobj"]
    return found or ([c for c in verb.children if c.dep_ == "nsubjpass"] if fors else [])


def _deal_noun(token: Token) -> bool:
    return token.lemma_.lower() in relation_lexicon()["financed_nouns"] and not _named(token)


def _named(token: Token) -> bool:
    return token.ent_type_ in NAMED or token.pos_ == "PROPN"
