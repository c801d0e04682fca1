"""Findings and claims in LSP terms, without a server: ranges, quick fixes, hovers."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

pytest.importorskip("lsprotocol", reason="the language server needs the server extra: pip install 'factcheck[server]'")

from lsprotocol import types

from factcheck.models import Amount, Document, FileReport, Finding, Fix, MoneyClaim, Qualifier, Severity, Span
from factcheck.server import convert


def utf16(text: str):
    lines = text.split("\n")

    def to_client(line: int, column: int) -> types.Position:
        return types.Position(line=line, character=len(lines[line][:column].encode("utf-16-le")) // 2)

    return to_client


def report(text: str, start: int, end: int, fix: str | None = "up to $5 million") -> FileReport:
    claim = MoneyClaim(
        id="c1", kind="money", span=Span(start=start, end=end), text=text[start:end], sentence=text, sentence_span=Span(start=0, end=len(text)),
        amount=Amount(value=Decimal(5_000_000), currency="USD", qualifier=Qualifier.UP_TO), subject="kestrel", relation="invests_in", object="wren",
    )
    finding = Finding(code="FC103", rule="hedge-drift", severity=Severity.WARNING, span=claim.span, message="a hedge lost", claims=("c1",), fix=Fix(replacement=fix) if fix else None)
    return FileReport(document=Document(path="a.txt", text=text), claims=(claim,), findings=(finding,))


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Kestrel puts $5 million into Wren.", 13, 23, (0, 13, 0, 23)),
        ("🚀 Kestrel puts $5 million into Wren.", 15, 25, (0, 16, 0, 26)),  # the rocket is 2 UTF-16 units
        ("A headline\n\nKestrel puts $5 million in.", 25, 35, (2, 13, 2, 23)),
    ],
)
def test_diagnostic_ranges_are_in_client_units(text, start, end, expected):
    (diagnostic,) = convert.diagnostics(report(text, start, end), utf16(text))
    where = diagnostic.range
    assert (where.start.line, where.start.character, where.end.line, where.end.character) == expected
    assert (diagnostic.code, diagnostic.source, diagnostic.severity) == ("FC103", "factcheck", types.DiagnosticSeverity.Warning)


@pytest.mark.parametrize(
    "fix, line, expected",
    [("up to $5 million", 0, ["up to $5 million"]), (None, 0, []), ("up to $5 million", 3, [])],
)
def test_quick_fix_only_for_a_fix_in_the_requested_range(fix, line, expected):
    text = "Kestrel puts $5 million into Wren.\n\n\nMore text here."
    cursor = types.Position(line=line, character=15)  # an editor asks at the cursor
    wanted = types.Range(start=cursor, end=cursor)
    actions = convert.quick_fixes(report(text, 13, 23, fix), "file:///a.txt", wanted, utf16(text))
    assert [edit.new_text for action in actions for edit in action.edit.changes["file:///a.txt"]] == expected


@pytest.mark.parametrize("offset, shown", [(15, True), (2, False), (30, False)])
def test_hover_on_a_claim_gives_its_fact_and_findings(offset, shown):
    text = "Kestrel puts $5 million into Wren."
    hover = convert.hover(report(text, 13, 23), offset, utf16(text))
    assert (hover is not None) == shown
    if shown:
        assert "kestrel invests in wren" in hover.contents.value and "FC103" in hover.contents.value


def test_hover_names_no_placeholder_for_a_missing_party():
    text = "It puts $5 million into Wren."
    base = report(text, 8, 18)
    claim = base.claims[0].model_copy(update={"subject": None})
    hover = convert.hover(base.model_copy(update={"claims": (claim,)}), 10, utf16(text))
    assert "?" not in hover.contents.value and "party not named" in hover.contents.value


def test_server_without_pygls_says_how_to_install():
    script = "import sys; sys.modules['pygls'] = None; from factcheck.cli import main; main(['server'])"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "pip install 'factcheck[server]'" in result.stderr
