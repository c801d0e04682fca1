"""Report.exit_code: 1 when a finding is at or above --fail-on, else 0 (DESIGN.md exit codes)."""

from __future__ import annotations

import pytest

from factcheck.models import Document, FileReport, Finding, Report, Severity, Span


def _report(*severities: Severity) -> Report:
    findings = tuple(Finding(code="FC101", rule="total-mismatch", severity=s, span=Span(start=0, end=4), message="m") for s in severities)
    return Report(files=(FileReport(document=Document(path="a.txt", text="text"), claims=(), findings=findings),))


@pytest.mark.parametrize(
    ("severities", "fail_on", "expected"),
    [
        ((), Severity.INFO, 0),
        ((Severity.INFO,), Severity.WARNING, 0),
        ((Severity.INFO,), Severity.INFO, 1),
        ((Severity.WARNING,), Severity.WARNING, 1),
        ((Severity.WARNING, Severity.INFO), Severity.ERROR, 0),
        ((Severity.INFO, Severity.ERROR), Severity.ERROR, 1),
    ],
)
def test_exit_code_is_one_at_or_above_fail_on(severities, fail_on, expected):
    assert _report(*severities).exit_code(fail_on) == expected


def test_no_files_is_a_clean_run():
    assert Report(files=()).exit_code(Severity.INFO) == 0
