"""Nothing injected: control characters in article, registry and file-name text never reach
an output raw, and the text report never prints a GitHub workflow command."""

from __future__ import annotations

import json
import re

import pytest

from factcheck.models import Document, Evidence, FileReport, Finding, Fix, Report, Severity, Span
from factcheck.report import FORMATTERS
from factcheck.report.escape import UNSAFE

HOSTILE = [
    "\r\n::error file=x::forged",
    "\x1b[2J\x1b]0;pwned\x07",
    "\u202eevil\u202c",
    "\x85next line\x9b31m",
    "\u2028\u2029",
    "\x00nul\x7fdel",
]
RAW_IN_JSON = re.compile("[\x1b\x07\x00\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def hostile_report(payload: str) -> Report:
    text = f"Acme raised {payload} $5 billion.\nSecond line.\n"
    at = text.index("$5")
    finding = Finding(
        code="FC201",
        rule="registry-contradiction",
        severity=Severity.ERROR,
        span=Span(start=at, end=at + 11),
        message=f"'$5 billion' {payload} disagrees",
        evidence=(Evidence(publisher=f"Pub{payload}", url=f"https://example.com/{payload}", date="2025-01-01", quote=f"quote {payload} end"),),
        fix=Fix(replacement=f"$6 billion{payload}"),
    )
    document = Document(path=f"dir/na{payload}me.txt", text=text)
    return Report(files=(FileReport(document=document, claims=(), findings=(finding,)),))


@pytest.mark.parametrize("payload", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("fmt", ["text", "github"])
def test_people_formats_show_controls_escaped(fmt, payload):
    out = FORMATTERS[fmt](hostile_report(payload))
    assert not UNSAFE.search(out.replace("\n", "")), repr(out)
    for line in out.splitlines():
        assert not line.lstrip().startswith("::") or (fmt == "github" and line.startswith(("::error ", "::warning ", "::notice ")))


@pytest.mark.parametrize("payload", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_json_formats_keep_the_text_but_write_controls_as_escapes(fmt, payload):
    out = FORMATTERS[fmt](hostile_report(payload))
    assert not RAW_IN_JSON.search(out), repr(out)
    assert "\r" not in out
    if fmt == "json":
        assert json.loads(out)["files"][0]["findings"][0]["message"] == f"'$5 billion' {payload} disagrees"


@pytest.mark.parametrize("payload", HOSTILE, ids=range(len(HOSTILE)))
def test_html_shows_controls_as_text(payload):
    out = FORMATTERS["html"](hostile_report(payload))
    assert not RAW_IN_JSON.search(out)


def test_text_report_cannot_start_a_workflow_command():
    report = hostile_report("x")
    named = report.files[0].document.model_copy(update={"path": "::error::evil.txt"})
    out = FORMATTERS["text"](Report(files=(report.files[0].model_copy(update={"document": named}),)))
    assert all(not line.lstrip().startswith("::") for line in out.splitlines())
    assert "\\x3a:error::evil.txt" in out


def test_caret_stays_under_the_claim_when_escapes_widen_the_line():
    out = FORMATTERS["text"](hostile_report("\x1b\x1b"))
    source, caret = [line for line in out.splitlines() if "|" in line][:2]
    assert source.index("$5") == caret.index("^")
