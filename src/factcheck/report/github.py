"""`--format github`: GitHub Actions workflow commands, one line per finding, which the
runner turns into annotations on the pull request's changed lines.

    ::warning file=claims/a.txt,line=54,col=49,endLine=54,endColumn=53,title=FC103 hedge-drift::message

The escaping follows @actions/core (toolkit/packages/core/src/command.ts): in the message,
% CR LF become %25 %0D %0A; in a property value, also : and , become %3A and %2C.
"""

from __future__ import annotations

from factcheck.models import Report, Severity
from factcheck.report.escape import visible
from factcheck.report.locations import located
from factcheck.report.options import PLAIN, FormatOptions

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """@actions/core's escaping, then every other control character made visible (ESC, C1, bidi)."""
    return visible(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"), tabs=False)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report, options: FormatOptions = PLAIN) -> str:
    lines = []
    for file in report.files:
        for item in located(file, options.base):
            finding, where = item.finding, item.region
            properties = {
                "file": item.path,
                "line": where.line,
                "col": where.column,
                "endLine": where.end_line,
                "endColumn": where.end_column,
                "title": f"{finding.code} {finding.rule}",
            }
            message = finding.message
            if finding.fix is not None:
                message += f'\nFix: replace with "{finding.fix.replacement}".'
            for evidence in finding.evidence:
                if evidence.url:
                    message += f"\nSource: {evidence.publisher or evidence.url} {evidence.url}"
            joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
            lines.append(f"::{COMMAND[finding.severity]} {joined}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
