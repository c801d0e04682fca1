"""The `factcheck_attributes` component: the model's attribute ruler as table lookups.

spaCy's `attribute_ruler` maps each token's fine tag (and a few words, dependency labels and
whitespace) to its coarse POS, morphology and some lemmas with a Matcher of some 180 patterns,
and sets every match through a Span: about an eighth of a run's CPU. Almost every one of its
patterns is about one token, so the result for a token depends only on its (tag, lower form,
dependency label, is-space) key: this component evaluates the same patterns once per distinct
key, remembers the merged attributes, and sets them on each token with the same setter the
ruler uses. Multi-token patterns ("gon na", "there is") are checked where their first token
matches. Rules apply in the ruler's order (a later rule wins, as in `AttributeRuler.match`) and
conditions read the Doc as the tagger and parser left it, so `pos_`, `morph`, `lemma_`, `tag_`
and `dep_` come out exactly as the ruler would set them, for every word, not only the ones the
project reads. A model whose ruler uses a pattern form not understood here (an operator, a
predicate other than IN, NOT_IN and REGEX, an attribute other than those below) keeps its
ruler: `compile_rules` returns None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

ATTRIBUTES_NAME = "factcheck_attributes"
# Pattern attribute -> (column of the key, how a pattern value is read for that column).
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_KEY_ATTRS: list[int | str] = ["TAG", "LOWER", "DEP", "IS_SPACE"]  # the key's columns, in _COLUMNS order
_CACHE_LIMIT = 200_000  # distinct token keys remembered; an archive's vocabulary keeps growing

Key = tuple[int, int, int, int]  # tag, lower, dep hashes and is_space, as Doc.to_array gives them
Test = Callable[[Key], bool]
Entry = tuple[dict, tuple[tuple[int, dict], ...], bool]


@dataclass(frozen=True)
class Rule:
    order: int  # the ruler's index: later rules override earlier ones
    patterns: tuple[tuple[Test, ...], ...]
    index: int  # which token of the match gets the attributes (as AttributeRuler's `index`)
    attrs: dict
    tags: frozenset[int] | None = None  # the tag hashes one of which the rule requires, if it does


@dataclass(frozen=True)
class CompiledRules:
    single: tuple[Rule, ...]  # every pattern one token long
    multi: tuple[Rule, ...]


def compile_rules(ruler, strings) -> CompiledRules | None:
    """The ruler's patterns as key tests, or None when a pattern has a form not handled here."""
    single: list[Rule] = []
    multi: list[Rule] = []
    for order, (entry, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True)):
        patterns: list[tuple[Test, ...]] = []
        for pattern in entry["patterns"]:
            tests = [_token_test(spec, strings) for spec in pattern]
            known = [test for test in tests if test is not None]
            if not pattern or len(known) != len(tests):
                return None
            patterns.append(tuple(known))
        rule = Rule(order, tuple(patterns), index, attrs, _required_tags(entry["patterns"], strings))
        (single if all(len(p) == 1 for p in patterns) and index in (0, -1) else multi).append(rule)
    return CompiledRules(tuple(single), tuple(multi))


def _required_tags(patterns: list, strings) -> frozenset[int] | None:
    """The tags a one-token rule can match at all (equality or IN on TAG in every pattern), else None."""
    tags: set[int] = set()
    for pattern in patterns:
        value = pattern[0].get("TAG") if len(pattern) == 1 else None
        if isinstance(value, str):
            tags.add(strings[value] if value else 0)
        elif isinstance(value, dict) and list(value) == ["IN"]:
            tags.update(strings[v] if v else 0 for v in value["IN"])
        else:
            return None
    return frozenset(tags)


def _token_test(spec: dict, strings) -> Test | None:
    tests = []
    for attr, value in spec.items():
        if attr not in _COLUMNS:
            return None
        test = _value_test(_COLUMNS[attr], value, strings)
        if test is None:
            return None
        tests.append(test)
    return lambda key: all(test(key) for test in tests)


def _value_test(column: int, value, strings) -> Test | None:
    """Equality, IN, NOT_IN or REGEX on one column of the key, as the Matcher compares them."""
    if column == 3:  # IS_SPACE: a boolean
        return (lambda key: bool(key[3]) == value) if isinstance(value, bool) else None
    if isinstance(value, str):
        wanted = strings[value] if value else 0
        return lambda key: key[column] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, operand), = value.items()
    return _operator_test(column, op, operand, strings)


def _operator_test(column: int, op: str, operand, strings) -> Test | None:
    """IN, NOT_IN or REGEX on one column of the key; None for any other operator."""
    if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
        members = frozenset(strings[v] if v else 0 for v in operand)
        return (lambda key: key[column] in members) if op == "IN" else (lambda key: key[column] not in members)
    if op == "REGEX" and isinstance(operand, str):
        pattern = re.compile(operand)
        return lambda key: pattern.search(strings[key[column]] if key[column] else "") is not None
    return None


class AttributeTable:
    """Callable component: sets what the attribute ruler would set, from cached per-key results."""

    def __init__(self, rules: CompiledRules):
        self.rules = rules
        self._cache: dict[Key, Entry] = {}
        self._first = tuple(t for rule in rules.multi for p in rule.patterns for t in p[:1])
        # Rules bucketed by the tag they require (most require one): a key's first evaluation
        # tests its tag's rules and those requiring none, in the ruler's order.
        self._untagged = tuple(rule for rule in rules.single if rule.tags is None)
        tags = {tag for rule in rules.single if rule.tags for tag in rule.tags}
        self._by_tag = {tag: tuple(r for r in rules.single if r.tags is None or tag in r.tags) for tag in tags}

    def __call__(self, doc: Doc) -> Doc:
        keys = [tuple(row) for row in doc.to_array(_KEY_ATTRS).tolist()]
        entries = [self._entry(key) for key in keys]
        extra = self._multi_matches(keys, entries) if self.rules.multi else {}
        for i, (merged, singles, _) in enumerate(entries):
            attrs = _merge(sorted([*singles, *extra[i]], key=lambda r: r[0])) if i in extra else merged
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _entry(self, key: Key) -> Entry:
        """A key's merged single-token attributes, the matches they merge, and whether a
        multi-token pattern can start here; computed once per distinct key."""
        entry = self._cache.get(key)
        if entry is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            singles = tuple((rule.order, rule.attrs) for rule in self._candidates(key) if any(p[0](key) for p in rule.patterns))
            entry = (_merge(singles), singles, any(first(key) for first in self._first))
            self._cache[key] = entry
        return entry

    def _candidates(self, key: Key) -> tuple[Rule, ...]:
        return self._by_tag.get(key[0], self._untagged)

    def _multi_matches(self, keys: list[Key], entries: list[Entry]) -> dict[int, list[tuple[int, dict]]]:
        """Token index -> (rule order, attrs) of the multi-token rules matching over it."""
        extra: dict[int, list[tuple[int, dict]]] = {}
        for start, (_, _, starts_multi) in enumerate(entries):
            if not starts_multi:
                continue
            for rule in self.rules.multi:
                for pattern in rule.patterns:
                    end = start + len(pattern)
                    if end <= len(keys) and all(test(keys[start + j]) for j, test in enumerate(pattern)):
                        target = start + (rule.index if rule.index >= 0 else len(pattern) + rule.index)
                        extra.setdefault(target, []).append((rule.order, rule.attrs))
        return extra


def _merge(matches) -> dict:
    merged: dict = {}
    for _, attrs in matches:
        merged.update(attrs)
    return merged


@Language.factory(ATTRIBUTES_NAME)
def create_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """Built from the pipeline's own `attribute_ruler` (which must be present and compilable)."""
    rules = compile_rules(nlp.get_pipe("attribute_ruler"), nlp.vocab.strings)
    if rules is None:
        raise ValueError("the model's attribute_ruler uses a pattern form factcheck_attributes does not handle")
    return AttributeTable(rules)
