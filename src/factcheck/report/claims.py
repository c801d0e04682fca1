"""`factcheck claims`: the extracted claims as a table (fitted to the terminal), JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from factcheck.models import Report
from factcheck.normalize.money import format_amount
from factcheck.read import LineIndex
from factcheck.report.json import claim_out

CSV_COLUMNS = ("path", "id", "kind", "line", "column", "end_line", "end_column", "text", "value", "high", "currency", "qualifier", "subject", "relation", "object", "supported_by")
TABLE_COLUMNS = ("id", "line:col", "text", "amount", "subject", "relation", "object", "registry")


def claim_records(report: Report):
    """(path, ClaimOut) per claim, in report order: positions 1-based as in --format json."""
    for file in report.files:
        index = LineIndex(file.document.text)
        for claim in file.claims:
            yield file.document.path, claim_out(claim, index, file.support.get(claim.id, ()))


def format_claims_json(report: Report) -> str:
    files: dict[str, list] = {file.document.path: [] for file in report.files}
    for path, claim in claim_records(report):
        files[path].append(claim.model_dump(mode="json"))
    body = {"schema_version": report.schema_version, "tool": {"name": "factcheck", "version": report.tool_version}, "files": [{"path": p, "claims": c} for p, c in files.items()]}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def format_claims_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for path, claim in claim_records(report):
        data = claim.model_dump(mode="json")
        amount = data.get("amount") or {}  # percent and quantity claims carry value and qualifier themselves
        row = {**data, **{k: amount.get(k) for k in ("value", "high", "currency", "qualifier") if amount}, "path": path, "supported_by": " ".join(data.get("supported_by") or ())}
        writer.writerow(["" if row.get(column) is None else row[column] for column in CSV_COLUMNS])
    return buffer.getvalue()


def format_claims_table(report: Report, width: int | None = None) -> str:
    """One table per file; rich wraps the long columns to fit `width` (the terminal's by default)."""
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, no_color=True, highlight=False)
    for file in report.files:
        index = LineIndex(file.document.text)
        table = Table(title=file.document.path, show_lines=False, expand=False)
        for column in TABLE_COLUMNS:
            table.add_column(column, overflow="fold", ratio=3 if column == "text" else None)
        for claim in file.claims:
            line, col = index.position(claim.span.start)
            a = claim.amount if claim.kind == "money" else None  # relation claims have no amount
            shown = format_amount(a.value, a.currency, a.qualifier.value, a.high) if a else _figure(claim)
            shown += " (currency open)" if a and a.currency_ambiguous else ""
            parties = (getattr(claim, field, None) or "" for field in ("subject", "relation", "object"))
            table.add_row(claim.id, f"{line}:{col}", claim.text, shown, *parties, ", ".join(file.support.get(claim.id, ())))
        console.print(table)
    return buffer.getvalue()


def _figure(claim) -> str:
    """A figure as the table shows it: "12% (change, up)", "725 jobs", "3: Acme, Bolt, Cirrus",
    "7 years (term)", "2 months after", "last month"."""
    if claim.kind == "count":
        return f"{claim.value}: {', '.join(claim.items)}"  # the text column already names the noun
    if claim.kind == "duration":
        return _duration(claim)
    if claim.kind not in ("percent", "quantity"):
        return ""
    value = f"{claim.value:f}".rstrip("0").rstrip(".") if "." in f"{claim.value:f}" else f"{claim.value:f}"
    if claim.high is not None:
        value += "–" + (f"{claim.high:f}".rstrip("0").rstrip(".") if "." in f"{claim.high:f}" else f"{claim.high:f}")
    if claim.kind == "quantity":
        return f"{value} {claim.unit}"
    notes = ", ".join(n for n in (claim.role, claim.direction, claim.of and f"of {claim.of}") if n)
    return f"{value}{' pp' if claim.points else '%'}" + (f" ({notes})" if notes else "")


def _duration(claim) -> str:
    if claim.role == "recent":
        return claim.text
    length = f"{claim.value} {claim.unit}{'s' if claim.value != 1 else ''}" if claim.value is not None else f"{claim.unit}s"
    return f"{length} (term)" if claim.role == "term" else f"{length} {claim.direction}"


CLAIM_FORMATTERS = {"table": format_claims_table, "json": format_claims_json, "csv": format_claims_csv}
