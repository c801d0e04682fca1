"""The JSON output format of DESIGN.md as pydantic models: `--format json` dumps them, and
`factcheck schema` prints their JSON Schema (`model_json_schema`).

Each object of the output is a *view* of the stage model it reports (`Amount`, a claim, a
`Finding`, ...): its fields, with their types, defaults and descriptions, are taken from that
model, in the order the JSON gives them, with positions (line and column, worked out only here)
in place of character offsets. What a view leaves out is named with it and is internal (precision,
offsets, the paragraph, a guessed subject no rule compares). A field added to a stage model must
be shown or left out by name, so the JSON can only grow by adding (`_view` refuses anything else).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from factcheck.models import Amount, CountClaim, DurationClaim, Evidence, Finding, Fix, MoneyClaim, PercentClaim, QuantityClaim, TimeAnchor

POSITIONS = ("line", "column", "end_line", "end_column")  # 1-based; columns in code points, end exclusive
_POSITION_FIELDS: dict[str, Any] = {name: (int, ...) for name in POSITIONS}
# What every claim keeps to itself: offsets (the JSON gives positions) and the paragraph index.
_CLAIM_INTERNALS = ("span", "sentence_span", "paragraph")


class _Out(BaseModel):
    # Every key is always written (defaults included), so the schema lists every key as required;
    # views read the stage models' attributes (a nested Amount becomes its AmountOut).
    model_config = ConfigDict(extra="forbid", from_attributes=True, json_schema_serialization_defaults_required=True)


def _view(name: str, model: type[BaseModel], layout: tuple[str, ...] | None = None, *, internal: tuple[str, ...] = (), types: dict[str, Any] | None = None, added: dict[str, Any] | None = None, doc: str | None = None) -> type[_Out]:
    """An output model with `model`'s fields in `layout` order (default: the model's order less
    `internal`). `types` replaces a field's type by its view; `added` declares the fields the
    stage model does not have (positions, supported_by), as `create_model` takes them."""
    types, added = types or {}, added or {}
    layout = layout or tuple(f for f in model.model_fields if f not in internal)
    unplaced = set(model.model_fields) - set(layout) - set(internal)
    if unplaced:  # a new stage field: show it (add it to the layout) or name it internal
        raise TypeError(f"{name}: {model.__name__} fields neither shown nor internal: {', '.join(sorted(unplaced))}")
    fields: dict[str, Any] = {}
    for field in layout:
        if field in added:
            fields[field] = added[field]
            continue
        info = model.model_fields[field]
        fields[field] = (types.get(field, info.annotation), info)
    view: type[_Out] = create_model(name, __base__=_Out, __doc__=doc or model.__doc__, **fields)
    return view


class Tool(_Out):
    name: str = "factcheck"
    version: str


AmountOut = _view("AmountOut", Amount, internal=("precision",))
TimeOut = _view("TimeOut", TimeAnchor)
EvidenceOut = _view("EvidenceOut", Evidence)
FixOut = _view("FixOut", Fix)

# Money and relation claims share one object: a relation claim has a null amount and time.
ClaimOut = _view(
    "ClaimOut",
    MoneyClaim,
    ("id", "kind", *POSITIONS, "text", "sentence", "amount", "subject", "relation", "object", "subjects", "parties", "supported_by", "time", "subject_found"),
    internal=(*_CLAIM_INTERNALS, "subject_text", "object_text", "paragraph_parties", "context", "guessed_subject", "subject_group", "metric", "purpose", "object_found", "subject_role", "object_role"),  # a purpose is shown as the object when there is none
    types={"kind": Literal["money", "relation"], "amount": AmountOut | None, "time": TimeOut | None},
    added={**_POSITION_FIELDS, "supported_by": (list[str], Field(default_factory=list, description="Ids of the registry facts that support the claim."))},
    doc="A money mention, or a relation with no money in it (then `amount` and `time` are null).",
)
_FIGURE = ("id", *POSITIONS, "text", "sentence", "value", "high", "qualifier", "kind")
PercentClaimOut = _view("PercentClaimOut", PercentClaim, (*_FIGURE, "points", "role", "direction", "of"), internal=(*_CLAIM_INTERNALS, "precision"), added=_POSITION_FIELDS)
QuantityClaimOut = _view("QuantityClaimOut", QuantityClaim, (*_FIGURE, "unit"), internal=(*_CLAIM_INTERNALS, "precision"), added=_POSITION_FIELDS)
_PLACE = ("id", "kind", *POSITIONS, "text", "sentence")
CountClaimOut = _view("CountClaimOut", CountClaim, (*_PLACE, "value", "noun", "items"), internal=(*_CLAIM_INTERNALS, "value_span", "items_span"), added=_POSITION_FIELDS)
DurationClaimOut = _view("DurationClaimOut", DurationClaim, (*_PLACE, "role", "value", "unit", "direction", "relative_to"), internal=(*_CLAIM_INTERNALS, "value_span"), added=_POSITION_FIELDS)
CLAIM_VIEWS: dict[str, type[_Out]] = {"money": ClaimOut, "relation": ClaimOut, "percent": PercentClaimOut, "quantity": QuantityClaimOut, "count": CountClaimOut, "duration": DurationClaimOut}

FindingOut = _view(
    "FindingOut",
    Finding,
    ("code", "rule", "severity", *POSITIONS, "message", "claims", "evidence", "fix", "trace"),
    internal=("span",),
    types={"evidence": tuple[EvidenceOut, ...], "fix": FixOut | None},  # type: ignore[valid-type]
    added=_POSITION_FIELDS,
)


class FileOut(_Out):
    path: str
    claims: list[ClaimOut | PercentClaimOut | QuantityClaimOut | CountClaimOut | DurationClaimOut]  # type: ignore[valid-type]
    findings: list[FindingOut]  # type: ignore[valid-type]


class SeverityCounts(_Out):
    error: int
    warning: int
    info: int


class Summary(_Out):
    files: int
    claims: int
    findings: SeverityCounts


class JsonReport(_Out):
    schema_version: str
    tool: Tool
    files: list[FileOut]
    summary: Summary
