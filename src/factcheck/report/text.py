"""`--format text` (the default): a linter-style report for people, rendered with rich.

    path:line:col: CODE severity rule-name
      message
       14 |   • Nvidia's Stake: Up to $10 Billion direct investment in Anthropic.
          |                     ^^^^^^^^^^^^^^^^^
      evidence: publisher (date) "quote" url
      fix: replace with "up to $15B"
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from factcheck.arithmetic.trace import trace_lines
from factcheck.models import FileReport, Finding, Report
from factcheck.read import LineIndex
from factcheck.report.escape import no_workflow_commands, visible
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.wording import plural

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SNIPPET = 100  # characters of context shown around a finding on long lines


def format_text(report: Report, options: FormatOptions = PLAIN) -> str:
    color, width = options.color, options.width
    files = "".join(format_text_file(file, color, width) for file in report.files)
    return files + format_text_summary(len(report.files), sum(len(f.claims) for f in report.files), report.severity_counts(), color, width)


def format_text_file(file: FileReport, color: bool = False, width: int = 100) -> str:
    """One article's findings: the text report streams them file by file (whole lines, so the
    line-by-line `no_workflow_commands` gives what it gives on the whole report)."""
    console, buffer = _console(color, width)
    _file(console, file)
    return no_workflow_commands(buffer.getvalue())


def format_text_summary(files: int, claims: int, counts: dict[str, int], color: bool = False, width: int = 100) -> str:
    console, buffer = _console(color, width)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info")]
    console.print(escape(f"{plural(files, 'file')} checked, {plural(claims, 'claim')}: " + ", ".join(parts)))
    return no_workflow_commands(buffer.getvalue())


def _console(color: bool, width: int) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False, soft_wrap=True), buffer


def _file(console: Console, file: FileReport) -> None:
    index = LineIndex(file.document.text)
    lines = file.document.text.split("\n")
    for finding in file.findings:
        _finding(console, file.document.path, finding, index, lines)


def _finding(console: Console, path: str, finding: Finding, index: LineIndex, lines: list[str]) -> None:
    line, column = index.position(finding.span.start)
    end_line, end_column = index.position(finding.span.end)
    severity = finding.severity.value
    header = Text.assemble(
        (f"{visible(path)}:{line}:{column}: ", "bold"),
        (finding.code, STYLE[severity]),
        " ",
        (severity, STYLE[severity]),
        " ",
        (finding.rule, "dim"),
    )
    console.print(header)
    console.print(Text("  " + visible(finding.message)))
    source = lines[line - 1] if line - 1 < len(lines) else ""
    stop = end_column if end_line == line else len(source) + 1
    start_cut = max(0, column - 1 - SNIPPET // 2)
    shown = visible(source[start_cut : start_cut + SNIPPET].replace("\t", " "))
    prefix = "…" if start_cut else ""
    gutter = f"  {line:>5} | "
    console.print(Text(gutter + prefix + shown, style="dim"))
    before = visible(source[start_cut : column - 1].replace("\t", " "))  # escapes widen the line: the caret follows
    caret_at = len(gutter) + len(prefix) + len(before)
    marked = visible(source[column - 1 : stop - 1].replace("\t", " "))
    console.print(Text(" " * (len(gutter) - 2) + "| " + " " * (caret_at - len(gutter)) + "^" * max(1, min(len(marked), SNIPPET)), style=STYLE[severity]))
    for evidence in finding.evidence:
        source_line = f"  evidence: {evidence.publisher or ''}"
        if evidence.date:
            source_line += f" ({evidence.date})"
        if evidence.quote:
            source_line += f' "{evidence.quote}"'
        if evidence.url:
            source_line += f" {evidence.url}"
        console.print(Text(visible(source_line), style="dim"))
    if finding.trace:
        for trace_line in trace_lines(finding.trace):
            console.print(Text(visible("  " + trace_line), style="dim"))
    if finding.fix:
        console.print(Text.assemble("  fix: replace with ", (f'"{visible(finding.fix.replacement)}"', "green")))
    console.print()
