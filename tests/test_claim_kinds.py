"""The claim union: `kind` picks the model, and each kind carries only its own fields."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from factcheck.models import Claim, MoneyClaim, PercentClaim, QuantityClaim, RelationClaim

BASE = {"id": "c1", "span": {"start": 0, "end": 3}, "text": "12%", "sentence": "It rose 12%.", "sentence_span": {"start": 0, "end": 12}}
CLAIMS = TypeAdapter(Claim)


@pytest.mark.parametrize(
    ("fields", "model"),
    [
        ({"kind": "money"}, MoneyClaim),
        ({"kind": "relation", "relation": "ceo_of"}, RelationClaim),
        ({"kind": "percent", "value": "12", "role": "change", "direction": "up"}, PercentClaim),
        ({"kind": "percent", "value": "10", "high": "12", "qualifier": "range"}, PercentClaim),
        ({"kind": "quantity", "value": "725", "unit": "jobs"}, QuantityClaim),
    ],
)
def test_kind_selects_the_model(fields, model):
    assert type(CLAIMS.validate_python({**BASE, **fields})) is model


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "percent", "value": "12", "amount": None},  # a percent has no amount
        {"kind": "quantity", "value": "3", "unit": "GW", "subject": "Acme"},  # nor a quantity a subject
        {"kind": "relation", "amount": None},
        {"kind": "percent", "value": "12", "role": "growth"},  # roles are change, share, rate
        {"kind": "figure", "value": "12"},
    ],
)
def test_fields_of_another_kind_are_refused(fields):
    with pytest.raises(ValidationError):
        CLAIMS.validate_python({**BASE, **fields})
