"""Stage 6, report: one pure function per output format, Report -> str."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Report
from factcheck.report.json import format_json
from factcheck.report.text import format_text

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
}

__all__ = ["FORMATTERS", "Formatter", "format_json", "format_text"]
