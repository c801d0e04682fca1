"""The models' closed vocabularies (relations, periods, formats, directions) and `one_of`, which
types a string read from data or an option as one of them, checked, so mypy with default
settings can follow it into the Literal-typed fields."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from factcheck.extract.lexicon import relation_lexicon
from factcheck.models import DIRECTIONS, DOCUMENT_FORMATS, PERIODS, RELATIONS, Amount, Document, MoneyClaim, PercentClaim, one_of
from factcheck.normalize.money import lexicon as money_lexicon
from factcheck.read import ARTICLE_SUFFIXES


@pytest.mark.parametrize(
    ("names", "value"),
    [
        (RELATIONS, "invests_in"),
        (RELATIONS, "ceo_of"),
        (RELATIONS, "other"),
        (PERIODS, "annual"),
        (PERIODS, "quarterly"),
        (DOCUMENT_FORMATS, "markdown"),
        (DOCUMENT_FORMATS, "text"),
        (DIRECTIONS, "down"),
    ],
)
def test_a_name_of_the_vocabulary_is_itself(names, value):
    assert one_of(names, value) == value
    assert one_of(names, value) in names


@pytest.mark.parametrize("names", [RELATIONS, PERIODS, DOCUMENT_FORMATS, DIRECTIONS])
def test_none_stays_none(names):
    assert one_of(names, None) is None


@pytest.mark.parametrize(
    ("names", "value"),
    [
        (RELATIONS, "invests"),  # a lexicon key, not a relation
        (RELATIONS, "Acquires"),  # names are lower case: no folding
        (RELATIONS, ""),
        (PERIODS, "annually"),  # a word of the money lexicon, not its period
        (PERIODS, "weekly"),
        (DOCUMENT_FORMATS, "md"),  # a suffix, not a format
        (DOCUMENT_FORMATS, "html "),
        (DIRECTIONS, "none"),  # the lexicon's "no way", which percent.py maps to None first
    ],
)
def test_a_name_outside_the_vocabulary_is_refused(names, value):
    with pytest.raises(ValueError, match="is not one of"):
        one_of(names, value)


@pytest.mark.parametrize(
    ("names", "model", "field"),
    [
        (RELATIONS, MoneyClaim, "relation"),
        (PERIODS, Amount, "period"),
        (DOCUMENT_FORMATS, Document, "format"),
        (DIRECTIONS, PercentClaim, "direction"),
    ],
)
def test_each_vocabulary_is_what_its_field_accepts(names, model, field):
    schema = model.model_json_schema()["properties"][field]
    options = schema.get("anyOf", [schema])
    assert {value for option in options for value in option.get("enum", ())} == set(names)


def _relation_values(data) -> set[str]:
    """Every relation the relation lexicon names: the values of its *relation* keys and `without_object`."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if "relation" in key or key == "without_object":
                found.update(value if isinstance(value, list) else [value])
            found |= _relation_values(value)
    elif isinstance(data, list):
        for item in data:
            found |= _relation_values(item)
    return found


def test_the_data_names_only_names_of_the_vocabularies():
    """`one_of` never raises on what the package ships: the lexicons and the suffix table."""
    relations = _relation_values(relation_lexicon())
    assert relations and relations <= set(RELATIONS)
    assert set(money_lexicon()["periods"].values()) <= set(PERIODS)
    percent = json.loads(resources.files("factcheck.nlp").joinpath("patterns/percent.json").read_text(encoding="utf-8"))
    for table in ("change_words_before", "change_nouns_after"):
        assert set(percent[table]) <= {*DIRECTIONS, "none"}
    assert set(ARTICLE_SUFFIXES.values()) <= set(DOCUMENT_FORMATS)
