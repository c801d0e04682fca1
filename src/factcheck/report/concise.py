"""`--format concise`: one line per finding, as ruff's concise output, for editors' quickfix
lists and `grep`:

    claims/draft.md:14:21: FC201 [*] Nvidia's stake is up to $10 billion, not $15 billion

`[*]` marks a finding with a suggested fix (`--fix` applies it). The summary line of the text
report follows (left out with `--quiet`).
"""

from __future__ import annotations

from factcheck.models import FileReport, Finding, Report
from factcheck.read import LineIndex
from factcheck.report.escape import no_workflow_commands, visible
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.report.text import format_text_summary


def format_concise(report: Report, options: FormatOptions = PLAIN) -> str:
    files = "".join(format_concise_file(file) for file in report.files)
    return files + format_text_summary(len(report.files), sum(len(f.claims) for f in report.files), report.severity_counts())


def format_concise_file(file: FileReport) -> str:
    index = LineIndex(file.document.text)
    return "".join(concise_line(visible(file.document.path), finding, index) + "\n" for finding in file.findings)


def concise_line(path: str, finding: Finding, index: LineIndex) -> str:
    line, column = index.position(finding.span.start)
    fixable = "[*] " if finding.fix is not None else ""
    message = visible(" ".join(finding.message.split()))  # one line, whatever the message holds
    return no_workflow_commands(f"{path}:{line}:{column}: {finding.code} {fixable}{message}")
