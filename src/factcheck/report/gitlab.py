"""`--format gitlab`: a GitLab Code Quality report (a JSON list of CodeClimate-style issues).

GitLab reads description, check_name, fingerprint, severity, location.path and
location.lines.begin; the fingerprint must be unique in the report and stable across
pushes, or merge requests show every finding as new.
"""

from __future__ import annotations

import hashlib
import json

from factcheck.models import Report, Severity
from factcheck.report.escape import json_escaped
from factcheck.report.locations import located
from factcheck.report.options import PLAIN, FormatOptions

# GitLab's scale is info < minor < major < critical < blocker. A factcheck error is a
# statement the article or the registry contradicts: critical; a warning needs a look: minor.
SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "minor", Severity.INFO: "info"}


def format_gitlab(report: Report, options: FormatOptions = PLAIN) -> str:
    issues = []
    for file in report.files:
        for item in located(file, options.base):
            finding = item.finding
            description = f"{finding.code} {finding.rule}: {finding.message}"
            if finding.fix is not None:
                description += f' Fix: replace with "{finding.fix.replacement}".'
            # The path is part of the fingerprint: the same sentence in two articles is two issues.
            unique = hashlib.sha256(f"{item.fingerprint}\0{item.occurrence}".encode()).hexdigest()
            issues.append(
                {
                    "type": "issue",
                    "description": description,
                    "check_name": f"{finding.code} {finding.rule}",
                    "fingerprint": unique,
                    "severity": SEVERITY[finding.severity],
                    "categories": ["Bug Risk"],
                    "location": {
                        "path": item.path,
                        "lines": {"begin": item.region.line, "end": item.region.end_line},
                    },
                }
            )
    return json_escaped(json.dumps(issues, indent=2, ensure_ascii=False)) + "\n"
