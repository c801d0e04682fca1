"""`--format json` is the dump of its output models, and those are views of the stage models
(report/schema.py): same fields, types and defaults, positions for offsets, internals left out."""

from __future__ import annotations

import json
from decimal import Decimal

import jsonschema
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import Amount, Document, Evidence, FileReport, Finding, Fix, MoneyClaim, PercentClaim, QuantityClaim, RelationClaim, Report, Severity, Span, TimeAnchor
from factcheck.report.json import format_json
from factcheck.report.schema import JsonReport, _view

TEXT = "Kelda paid $4.5 billion for Morrow.\nMorrow's revenue rose 12% to 30 stores; Ana Ruiz is Kelda's CEO.\n"


def _report() -> Report:
    sentence = Span(start=0, end=35)
    money = MoneyClaim(
        id="c1", span=Span(start=11, end=23), text="$4.5 billion", sentence=TEXT[:35], sentence_span=sentence,
        subject="kelda", relation="acquires", object="morrow", metric="deal", guessed_subject=None, subject_found="clause",
        amount=Amount(value=Decimal("4.5e9"), currency="USD", precision=Decimal("0.05e9")), time=TimeAnchor(period="2024", text="in 2024"),
    )
    second = Span(start=36, end=101)
    percent = PercentClaim(id="c2", span=Span(start=58, end=61), text="12%", sentence=TEXT[36:101], sentence_span=second, value=Decimal(12), precision=Decimal("0.5"), role="change", direction="up")
    stores = QuantityClaim(id="c3", span=Span(start=65, end=74), text="30 stores", sentence=TEXT[36:101], sentence_span=second, value=Decimal(30), unit="stores")
    ceo = RelationClaim(id="c4", span=Span(start=76, end=100), text="Ana Ruiz is Kelda's CEO", sentence=TEXT[36:101], sentence_span=second, subject="ana-ruiz", relation="ceo_of", object="kelda")
    finding = Finding(
        code="FC201", rule="registry-contradiction", severity=Severity.ERROR, span=money.span, message="m", claims=("c1",),
        evidence=(Evidence(publisher="Kelda", url="https://example.org/k", quote="q", fact="f1"),), fix=Fix(replacement="$4 billion"),
    )
    file = FileReport(document=Document(path="a.txt", text=TEXT), claims=(money, percent, stores, ceo), findings=(finding,), support={"c4": ("f2",)})
    return Report(files=(file,))


def _output() -> dict:
    return json.loads(format_json(_report()))


def test_each_object_has_the_keys_of_the_contract_in_its_order():
    out = _output()
    money, percent, stores, ceo = out["files"][0]["claims"]
    positions = ["line", "column", "end_line", "end_column"]
    assert list(money) == ["id", "kind", *positions, "text", "sentence", "amount", "subject", "relation", "object", "subjects", "parties", "supported_by", "time", "subject_found"]
    assert list(money["amount"]) == ["value", "high", "currency", "qualifier", "per", "period", "currency_ambiguous"]
    assert list(money["time"]) == ["period", "text", "running_total"]
    assert list(percent) == ["id", *positions, "text", "sentence", "value", "high", "qualifier", "kind", "points", "role", "direction", "of"]
    assert list(stores) == ["id", *positions, "text", "sentence", "value", "high", "qualifier", "kind", "unit"]
    assert list(ceo) == list(money) and ceo["amount"] is None and ceo["time"] is None and ceo["supported_by"] == ["f2"]
    finding = out["files"][0]["findings"][0]
    assert list(finding) == ["code", "rule", "severity", *positions, "message", "claims", "evidence", "fix", "trace"]
    assert list(finding["evidence"][0]) == ["publisher", "url", "date", "quote", "fact"]
    assert (money["line"], money["column"], money["end_column"], money["amount"]["value"]) == (1, 12, 24, 4500000000)


def test_internal_fields_stay_out():
    text = format_json(_report())
    for internal in ("precision", "sentence_span", "paragraph", "metric", "guessed_subject", "context", "span"):
        assert f'"{internal}"' not in text


def test_a_stage_field_neither_shown_nor_internal_is_refused():
    class Stage(BaseModel):
        shown: int
        new: int

    with pytest.raises(TypeError, match="new"):
        _view("StageOut", Stage, ("shown",))
    assert list(_view("StageOut", Stage, internal=("new",)).model_fields) == ["shown"]


def test_the_schema_command_prints_the_models_schema_and_the_output_validates():
    printed = json.loads(CliRunner().invoke(app, ["schema"]).output)
    assert printed == JsonReport.model_json_schema(mode="serialization")
    jsonschema.validate(_output(), printed)
    claim = printed["$defs"]["ClaimOut"]
    assert set(claim["required"]) == set(claim["properties"])  # every key is always written
    assert claim["properties"]["kind"]["enum"] == ["money", "relation"]
