"""`--format sarif`: valid SARIF 2.1.0 carrying what GitHub code scanning reads."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SEED_PATH, claim_at, finding_at, make_report
from factcheck.models import Fix
from factcheck.report.locations import artifact_uri, relative_path
from factcheck.report.options import FormatOptions
from factcheck.report.sarif import _rule, format_sarif
from factcheck.rules import ALL_RULES, Rule

SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-2.1.0.json").read_text())


def validate(log: dict) -> None:
    validator = jsonschema.validators.validator_for(SCHEMA)
    validator(SCHEMA, format_checker=validator.FORMAT_CHECKER).validate(log)


@pytest.fixture(scope="module")
def seed_sarif(seed_report) -> dict:
    return json.loads(format_sarif(seed_report, FormatOptions(base=ROOT)))


def test_seed_sarif_validates_against_the_schema(seed_sarif):
    validate(seed_sarif)
    assert seed_sarif["version"] == "2.1.0"
    assert seed_sarif["$schema"].endswith("sarif-2.1.0.json")


def test_driver_lists_every_rule_with_its_descriptions(seed_sarif):
    run = seed_sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("factcheck", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in ALL_RULES]
    for descriptor, rule in zip(driver["rules"], ALL_RULES, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.explanation()
        assert rule.summary in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] == {"info": "note"}.get(rule.severity.value, rule.severity.value)


def test_results_place_each_finding(seed_sarif, seed_report):
    results = seed_sarif["runs"][0]["results"]
    rules = seed_sarif["runs"][0]["tool"]["driver"]["rules"]
    assert len(results) == len(seed_report.files[0].findings)
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == SEED_PATH
    by_code = {r["ruleId"]: r for r in results}
    hedge = by_code["FC103"]
    assert hedge["level"] == "warning"
    assert hedge["locations"][0]["physicalLocation"]["region"] == {"startLine": 54, "startColumn": 49, "endLine": 54, "endColumn": 53}
    assert {loc["message"]["text"].split(":")[0] for loc in hedge["relatedLocations"]} <= {"c4", "c5", "c17"}
    assert by_code["FC202"]["level"] == "note"
    assert by_code["FC201"]["level"] == "error"


def test_fix_replaces_the_flagged_region(seed_sarif):
    contradiction = next(r for r in seed_sarif["runs"][0]["results"] if r["ruleId"] == "FC201")
    (change,) = contradiction["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    assert change["artifactLocation"]["uri"] == SEED_PATH
    assert replacement["insertedContent"]["text"] == "up to $5 Billion"
    assert replacement["deletedRegion"] == contradiction["locations"][0]["physicalLocation"]["region"]
    assert "fixes" not in next(r for r in seed_sarif["runs"][0]["results"] if r["ruleId"] == "FC202")


def test_fingerprints_survive_edits_to_other_lines(project_checker, seed_text, seed_sarif):
    lines = seed_text.split("\n")
    # A new paragraph above most findings, and a reworded sentence without a claim.
    lines.insert(20, "An editor added this paragraph about nothing in particular.\n")
    edited = "\n".join(lines).replace("The deal is not a simple transaction", "The deal is hardly a simple transaction")
    assert edited != seed_text
    moved = json.loads(format_sarif(make_report_from(project_checker, edited), FormatOptions(base=ROOT)))

    def prints(log):
        return {(r["ruleId"], r["partialFingerprints"]["primaryLocationLineHash"]): r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"]}

    before, after = prints(seed_sarif), prints(moved)
    assert before.keys() == after.keys()
    assert any(after[key] != line for key, line in before.items())  # lines moved, fingerprints did not


def make_report_from(checker, text):
    from factcheck.models import Report

    return Report(files=(checker.check_text(text, path=SEED_PATH),))


TEXT = "Acme invests $5 billion in Cirrus.\nOther words.\nAcme invests $5 billion in Cirrus.\n"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ((TEXT, "FC201", 0), (TEXT, "FC201", 1), True),  # the same words on another line: same hash
        ((TEXT, "FC201", 0), ("New first line.\n" + TEXT, "FC201", 0), True),  # moved down a line
        ((TEXT, "FC201", 0), (TEXT, "FC202", 0), False),  # another rule
        ((TEXT, "FC201", 0), (TEXT.replace("Other", "Some other"), "FC201", 0), True),  # unrelated edit
        ((TEXT, "FC201", 0), (TEXT.replace("in Cirrus.\nOther", "in Bolt.\nOther"), "FC201", 0), False),  # its own line edited
    ],
)
def test_fingerprint_depends_on_rule_and_line_text_not_position(first, second, same):
    def hash_of(text, code, occurrence):
        report = make_report(text, findings=[finding_at(text, "$5 billion", code, occurrence=occurrence)])
        return json.loads(format_sarif(report))["runs"][0]["results"][0]["partialFingerprints"]["primaryLocationLineHash"]

    assert (hash_of(*first) == hash_of(*second)) is same


def test_identical_findings_get_occurrence_numbers():
    findings = [finding_at(TEXT, "$5 billion", occurrence=0), finding_at(TEXT, "$5 billion", occurrence=1)]
    results = json.loads(format_sarif(make_report(TEXT, findings=findings)))["runs"][0]["results"]
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert hashes[0].split(":")[0] == hashes[1].split(":")[0]
    assert [h.split(":")[1] for h in hashes] == ["1", "2"]


def test_columns_count_code_points_and_fix_is_carried():
    text = "Émile’s 🚀 startup: Acme invests $5 billion in Cirrus.\n"
    finding = finding_at(text, "$5 billion", fix=Fix(replacement="up to $5B"))
    log = json.loads(format_sarif(make_report(text, [claim_at(text, "$5 billion")], [finding])))
    validate(log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": text.index("$") + 1, "endLine": 1, "endColumn": text.index("$") + 11}


def test_aliases_become_deprecated_ids():
    class Renamed(Rule):
        """Why: x."""

        code, name, severity, summary, aliases = "FC199", "renamed", ALL_RULES[0].severity, "A summary.", ("FC198",)

    assert _rule(Renamed)["deprecatedIds"] == ["FC198"]
    assert "deprecatedIds" not in _rule(ALL_RULES[0])


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("claims/a.txt", "claims/a.txt"),
        ("./claims/../claims/a.txt", "claims/a.txt"),
        (str(ROOT / "claims" / "a.txt"), "claims/a.txt"),
        ("/elsewhere/a.txt", "/elsewhere/a.txt"),
        ("<stdin>", "<stdin>"),
    ],
)
def test_relative_path(path, expected):
    assert relative_path(path, base=ROOT) == expected


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("claims/a.txt", "claims/a.txt"),
        ("claims/my draft#1.txt", "claims/my%20draft%231.txt"),
        ("/elsewhere/a b.txt", "file:///elsewhere/a%20b.txt"),
        ("<stdin>", "%3Cstdin%3E"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri


def test_absolute_path_outside_base_is_a_valid_uri(tmp_path: Path):
    text = "Acme invests $5 billion in Cirrus.\n"
    log = json.loads(format_sarif(make_report(text, findings=[finding_at(text, "$5 billion")], path=str(tmp_path / "x y.txt")), FormatOptions(base=ROOT)))
    validate(log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")
