"""Every rule's pass_* and fail_* cases (rules/cases/FCxxx.yaml), against the fictional test registry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.read import LineIndex

CASES_DIR = Path(__file__).resolve().parent / "cases"


def load_cases():
    for path in sorted(CASES_DIR.glob("FC*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}")


@pytest.mark.parametrize(("code", "case"), list(load_cases()))
def test_rule_case(checker, code, case):
    report = checker.check_text(case["text"], path="case.txt")
    index = LineIndex(case["text"])
    found = sorted(f"{f.code}@{index.position(f.span.start)[0]}" for f in report.findings if f.code == code)
    assert found == sorted(case["expect"]), [f.message for f in report.findings]
