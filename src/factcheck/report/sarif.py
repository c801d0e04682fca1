"""`--format sarif`: SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.

One run; the driver lists every rule (so `ruleIndex` is stable across articles); each result
carries a repository-relative location, a line-independent `primaryLocationLineHash`, the
claims it is about as related locations, and the suggested replacement as a SARIF fix.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.models import FileReport, Report, Severity
from factcheck.read import LineIndex
from factcheck.report.escape import json_escaped
from factcheck.report.locations import Located, Region, artifact_uri, located, region
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.rules import ALL_RULES, Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck/"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(report: Report, options: FormatOptions = PLAIN) -> str:
    """The report as a SARIF log; paths are made relative to `options.base` (default: the working directory)."""
    rule_index = {rule.code: i for i, rule in enumerate(ALL_RULES)}
    results = [result for file in report.files for result in _results(file, rule_index, options.base)]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": report.tool_version,
                        "semanticVersion": report.tool_version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(rule) for rule in ALL_RULES],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json_escaped(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"


def _rule(rule: type[Rule]) -> dict:
    descriptor = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation()},
        "help": {"text": f"{rule.summary}\n\n{rule.explanation()}"},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": ["factcheck", "consistency" if rule.code.startswith("FC1") else "registry"]},
    }
    if rule.aliases:
        descriptor["deprecatedIds"] = list(rule.aliases)
    return descriptor


def _sarif_region(where: Region) -> dict:
    return {
        "startLine": where.line,
        "startColumn": where.column,
        "endLine": where.end_line,
        "endColumn": where.end_column,
    }


def _results(file: FileReport, rule_index: dict[str, int], base: Path | None) -> list[dict]:
    index = LineIndex(file.document.text)
    claims = {claim.id: claim for claim in file.claims}
    results = []
    for item in located(file, base):
        results.append(_result(item, rule_index, index, claims))
    return results


def _result(item: Located, rule_index: dict[str, int], index: LineIndex, claims: dict) -> dict:
    finding = item.finding
    uri = artifact_uri(item.path)
    result: dict = {
        "ruleId": finding.code,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _sarif_region(item.region)}}
        ],
        "partialFingerprints": {"primaryLocationLineHash": f"{item.fingerprint[:16]}:{item.occurrence}"},
    }
    if finding.code in rule_index:  # a code outside the catalogue still gets its ruleId
        result["ruleIndex"] = rule_index[finding.code]
    related = [claims[cid] for cid in finding.claims if cid in claims and claims[cid].span != finding.span]
    if related:
        result["relatedLocations"] = [
            {
                "id": number,
                "message": {"text": f"{claim.id}: {claim.text}"},
                "physicalLocation": {"artifactLocation": {"uri": uri}, "region": _sarif_region(region(index, claim.span))},
            }
            for number, claim in enumerate(related, start=1)
        ]
    if finding.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": f"Replace with \"{finding.fix.replacement}\""},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {"deletedRegion": _sarif_region(item.region), "insertedContent": {"text": finding.fix.replacement}}
                        ],
                    }
                ],
            }
        ]
    sources = [e for e in finding.evidence if e.url or e.quote]
    if sources:
        # Not a SARIF field GitHub shows, but kept for tools that read the log in full.
        result["properties"] = {"evidence": [e.model_dump(exclude_none=True) for e in sources]}
    return result
