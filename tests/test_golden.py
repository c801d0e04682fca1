"""Whole-article goldens: reviewed by hand when they change (`pytest --update-golden`, then read the diff)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.read import LineIndex
from factcheck.report import format_json

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {"anthropic-microsoft-nvidia": ROOT / "claims" / "anthropic-microsoft-nvidia.txt"}


def finding_lines(file_report) -> str:
    index = LineIndex(file_report.document.text)
    lines = []
    for f in file_report.findings:
        line, col = index.position(f.span.start)
        lines.append(f"{line}:{col}:{f.code}:{f.message}")
    return "\n".join(lines) + "\n"


def normalized_json(report) -> str:
    data = json.loads(format_json(report))
    data["tool"]["version"] = "<version>"
    for file in data["files"]:
        file["path"] = Path(file["path"]).name
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case, project_checker, update_golden):
    report = project_checker.check_paths([str(CASES[case])])
    outputs = {"expected.txt": finding_lines(report.files[0]), "expected.json": normalized_json(report)}
    directory = GOLDEN / case
    for name, actual in outputs.items():
        path = directory / name
        if update_golden:
            directory.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden {path}; run pytest --update-golden and review it"
        assert actual == path.read_text(encoding="utf-8"), f"{path} differs; review, then pytest --update-golden"


def test_seed_article_claims(project_checker):
    """Issue 2's acceptance: 13 money mentions, right values, qualifiers and lines; FC101 on 1, FC103 on 54."""
    file = project_checker.check_paths([str(CASES["anthropic-microsoft-nvidia"])]).files[0]
    index = LineIndex(file.document.text)
    money = [(index.position(c.span.start)[0], c.text, c.amount and (int(c.amount.value), c.amount.qualifier.value)) for c in file.claims if c.kind == "money"]
    assert money == [
        (1, "$35 Billion", (35_000_000_000, "exact")),
        (5, "past $35 billion", (35_000_000_000, "more_than")),
        (13, "$30 Billion", (30_000_000_000, "exact")),
        (14, "Up to $10 Billion", (10_000_000_000, "up_to")),
        (15, "$5 Billion", (5_000_000_000, "exact")),
        (15, "$30B", (30_000_000_000, "exact")),
        (16, "$350 billion", (350_000_000_000, "exact")),
        (32, "multi-billion-dollar", None),
        (38, "$30 billion", (30_000_000_000, "exact")),
        (48, "$38 billion", (38_000_000_000, "exact")),
        (54, "$30 billion", (30_000_000_000, "exact")),
        (54, "$15B", (15_000_000_000, "exact")),
        (64, "$350 billion", (350_000_000_000, "exact")),
    ]
    found = {(index.position(f.span.start)[0], f.code) for f in file.findings}
    assert (1, "FC101") in found
    assert (54, "FC103") in found
    fc103 = next(f for f in file.findings if f.code == "FC103")
    assert fc103.fix.replacement == "up to $15B"
    assert index.position(fc103.span.start) == (54, 49)
    supported = set(file.support)
    errors_on_supported = [f for f in file.findings if f.severity.value == "error" and set(f.claims) & supported]
    assert errors_on_supported == []
