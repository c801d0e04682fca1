"""Stage 6, report: one pure function per output format, Report -> str."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Report
from factcheck.report.github import format_github
from factcheck.report.gitlab import format_gitlab
from factcheck.report.html import format_html
from factcheck.report.json import format_json
from factcheck.report.sarif import format_sarif
from factcheck.report.text import format_text

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "gitlab": format_gitlab,
    "github": format_github,
    "html": format_html,
}

__all__ = ["FORMATTERS", "Formatter", "format_github", "format_gitlab", "format_html", "format_json", "format_sarif", "format_text"]
