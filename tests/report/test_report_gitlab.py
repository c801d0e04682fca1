"""`--format gitlab`: a GitLab Code Quality report."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import ROOT, SEED_PATH, finding_at, make_report
from factcheck.report.gitlab import format_gitlab
from factcheck.report.options import FormatOptions

# The fields GitLab documents as required for a Code Quality report, and its severity scale.
CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string"},
                    "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def seed_issues(seed_report) -> list[dict]:
    return json.loads(format_gitlab(seed_report, FormatOptions(base=ROOT)))


def test_seed_report_has_the_required_fields(seed_issues, seed_report):
    jsonschema.validate(seed_issues, CODE_QUALITY)
    assert len(seed_issues) == len(seed_report.files[0].findings)
    assert {issue["location"]["path"] for issue in seed_issues} == {SEED_PATH}
    assert len({issue["fingerprint"] for issue in seed_issues}) == len(seed_issues)


def test_severity_mapping_and_lines(seed_issues):
    by_check = {issue["check_name"]: issue for issue in seed_issues}
    assert by_check["FC201 registry-contradiction"]["severity"] == "critical"
    assert by_check["FC103 hedge-drift"]["severity"] == "minor"
    assert by_check["FC202 unverified"]["severity"] == "info"
    assert by_check["FC103 hedge-drift"]["location"]["lines"]["begin"] == 54
    assert 'Fix: replace with "up to $5 Billion"' in by_check["FC201 registry-contradiction"]["description"]


TEXT = "Acme invests $5 billion in Cirrus.\n"


def test_fingerprint_is_stable_when_the_line_moves_and_differs_per_file():
    def fingerprint(text, path="claims/a.txt"):
        return json.loads(format_gitlab(make_report(text, findings=[finding_at(text, "$5 billion")], path=path)))[0]["fingerprint"]

    assert fingerprint(TEXT) == fingerprint("A new first line.\n\n" + TEXT)
    assert fingerprint(TEXT) != fingerprint(TEXT, path="claims/b.txt")


def test_same_finding_twice_gets_two_fingerprints():
    text = TEXT + TEXT
    findings = [finding_at(text, "$5 billion", occurrence=0), finding_at(text, "$5 billion", occurrence=1)]
    issues = json.loads(format_gitlab(make_report(text, findings=findings)))
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]
    assert [i["location"]["lines"]["begin"] for i in issues] == [1, 2]


def test_no_findings_is_an_empty_list():
    assert json.loads(format_gitlab(make_report(TEXT))) == []
