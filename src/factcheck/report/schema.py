"""The JSON output format of DESIGN.md as pydantic models: `--format json` dumps them, and
`factcheck schema` prints their JSON Schema."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck.models import JsonDecimal, PercentRole, Period, Qualifier, Relation, Severity, Trace


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
    currency_ambiguous: bool = False  # the text leaves the currency open: `currency` is only the likeliest reading


class TimeOut(_Out):
    period: str | None = None  # "2016", "Q3 2008", "FY2002", "2025-03", "series e", "a year earlier"
    text: str | None = None
    running_total: bool = False  # "to date", "so far", "cumulative", "in all"


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
    time: TimeOut | None = None  # the period the text gives the figure (DESIGN.md `time`)
    # How the subject was found: clause, label, or a guess (paragraph, article) no rule relies on.
    subject_found: str | None = None


class _FigureOut(_Out):
    id: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str
    value: JsonDecimal
    high: JsonDecimal | None
    qualifier: Qualifier


class PercentClaimOut(_FigureOut):
    """A percentage: role `change` ("rose 14%"), `share` ("a 49% stake"), `rate` ("an interest rate of 5%") or null."""

    kind: Literal["percent"]
    points: bool = False  # "percentage points"
    role: PercentRole | None
    direction: Literal["up", "down"] | None = None
    of: str | None  # what it is a share or change of, where the sentence says


class QuantityClaimOut(_FigureOut):
    """A counted or measured magnitude that is not money: "725 jobs", "10 gigawatts"."""

    kind: Literal["quantity"]
    unit: str


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
    claims: list[ClaimOut | PercentClaimOut | QuantityClaimOut]
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
