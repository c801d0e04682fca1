"""Every format is one pure function `(report, options) -> str` (flake8's and Vale's printers)."""

from __future__ import annotations

import inspect

import pytest

from factcheck.models import Document, FileReport, Report
from factcheck.report import FORMATTERS, FormatOptions

REPORT = Report(files=(FileReport(document=Document(path="a.txt", text="No money here.\n"), claims=(), findings=()),))


@pytest.mark.parametrize("name", sorted(FORMATTERS))
def test_every_format_takes_the_report_and_its_options(name):
    formatter = FORMATTERS[name]
    assert list(inspect.signature(formatter).parameters) == ["report", "options"]
    assert isinstance(formatter(REPORT, FormatOptions()), str)
    assert formatter(REPORT, FormatOptions()) == formatter(REPORT)  # the options default to plain
