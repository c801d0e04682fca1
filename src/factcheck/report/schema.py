"""The JSON output format of DESIGN.md as pydantic models: `--format json` dumps them, and
`factcheck schema` prints their JSON Schema."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factcheck.models import JsonDecimal, Period, Qualifier, Relation, Severity, Trace


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Tool(_Out):
    name: str = "factcheck"
    version: str


class AmountOut(_Out):
    value: JsonDecimal
    high: JsonDecimal | None
    currency: str
    qualifier: Qualifier
    per: str | None = None
    period: Period | None = None


class ClaimOut(_Out):
    id: str
    kind: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str
    amount: AmountOut | None
    subject: str | None
    relation: Relation | None
    object: str | None
    subjects: list[str] = []
    parties: list[str] = []
    supported_by: list[str] = []


class EvidenceOut(_Out):
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    quote: str | None = None
    fact: str | None = None


class FixOut(_Out):
    replacement: str


class FindingOut(_Out):
    code: str
    rule: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    claims: list[str]
    evidence: list[EvidenceOut]
    fix: FixOut | None
    trace: Trace | None = None  # arithmetic findings: figures with intervals, computation, consistent range


class FileOut(_Out):
    path: str
    claims: list[ClaimOut]
    findings: list[FindingOut]


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
