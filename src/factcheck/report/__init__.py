"""Stage 6, report: one pure function per output format, Report -> str.

A formatter's module is imported when it is first asked for: a run that prints text does not
pay for Jinja (HTML) or the JSON schema models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module

from factcheck.models import Report
from factcheck.report.options import PLAIN, FormatOptions

# One signature for every format: the report, and the options that concern some of them.
Formatter = Callable[[Report, FormatOptions], str]

# format name -> the module and function that render it
_LOCATIONS: dict[str, tuple[str, str]] = {
    "text": ("factcheck.report.text", "format_text"),
    "json": ("factcheck.report.json", "format_json"),
    "jsonl": ("factcheck.report.json", "format_jsonl"),
    "sarif": ("factcheck.report.sarif", "format_sarif"),
    "gitlab": ("factcheck.report.gitlab", "format_gitlab"),
    "github": ("factcheck.report.github", "format_github"),
    "html": ("factcheck.report.html", "format_html"),
    "concise": ("factcheck.report.concise", "format_concise"),
}


class _Formatters(Mapping[str, Formatter]):
    """Format name -> formatter, each imported on first use."""

    def __getitem__(self, name: str) -> Formatter:
        module, function = _LOCATIONS[name]
        return getattr(import_module(module), function)

    def __iter__(self) -> Iterator[str]:
        return iter(_LOCATIONS)

    def __len__(self) -> int:
        return len(_LOCATIONS)


FORMATTERS: Mapping[str, Formatter] = _Formatters()
_BY_FUNCTION = {function: name for name, (_, function) in _LOCATIONS.items()}


def __getattr__(attribute: str) -> Formatter:
    """`from factcheck.report import format_json` still works, importing only that module."""
    if attribute in _BY_FUNCTION:
        return FORMATTERS[_BY_FUNCTION[attribute]]
    raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")


__all__ = ["FORMATTERS", "PLAIN", "FormatOptions", "Formatter", *_BY_FUNCTION]
