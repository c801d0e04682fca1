"""Meta-tests that keep the rule catalogue honest."""

from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.models import Severity
from factcheck.rules import ALL_RULES
from factcheck.rules.base import CODE, SECTIONS, SLUG

CASES_DIR = Path(__file__).resolve().parent / "cases"
DESIGN_SEVERITIES = {"FC101": "warning", "FC102": "error", "FC103": "warning", "FC104": "warning", "FC105": "warning", "FC106": "warning", "FC107": "warning", "FC108": "warning", "FC109": "warning", "FC110": "warning", "FC111": "warning", "FC112": "warning", "FC113": "warning", "FC114": "warning", "FC201": "error", "FC202": "info", "FC203": "warning", "FC901": "warning", "FC902": "info"}


def test_codes_and_names_are_unique_and_well_formed():
    codes = [r.code for r in ALL_RULES]
    names = [r.name for r in ALL_RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in ALL_RULES:
        assert CODE.match(rule.code), rule.code
        assert SLUG.match(rule.name), rule.name
        assert isinstance(rule.severity, Severity)
        assert rule.summary.endswith(".")


def test_default_severities_follow_design():
    for rule in ALL_RULES:
        assert rule.severity.value == DESIGN_SEVERITIES[rule.code]


ARITHMETIC_RULES = ("FC101", "FC107", "FC108", "FC109", "FC110", "FC111", "FC112", "FC113", "FC114")


def test_arithmetic_rules_document_their_tolerance():
    for rule in ALL_RULES:
        if rule.code in ARITHMETIC_RULES:
            assert "Tolerance:" in rule.explanation(), rule.code
            assert "trace:" in rule.explanation(), rule.code  # `factcheck explain` shows an example trace


def test_every_rule_explains_itself():
    for rule in ALL_RULES:
        text = rule.explanation()
        for section in SECTIONS:
            assert f"{section}:" in text, (rule.code, section)


def test_every_rule_has_a_passing_and_a_failing_case():
    for rule in ALL_RULES:
        path = CASES_DIR / f"{rule.code}.yaml"
        assert path.exists(), path
        names = [c["name"] for c in yaml.safe_load(path.read_text())["cases"]]
        assert any(n.startswith("pass_") for n in names), rule.code
        assert any(n.startswith("fail_") for n in names), rule.code


def test_every_rule_module_is_in_the_catalogue():
    package = Path(__file__).resolve().parents[2] / "src" / "factcheck" / "rules"
    modules = {p.stem for p in package.glob("*/fc*.py")}
    listed = {r.__module__.rsplit(".", 1)[1] for r in ALL_RULES}
    assert modules == listed


def test_readme_rule_table_lists_every_rule_with_its_name_and_severity():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for rule in ALL_RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity.value} |" in readme, rule.code
