"""What the registry tests share: a Checker over a registry written for the test, and the findings
of a text an editor must act on. Imported by name (`from registry_helpers import ...`): pytest puts
this folder on the path of the tests in it."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import Checker
from factcheck.read import LineIndex
from factcheck.registry import load_registry


def checker_over(root: Path, entities: str, facts: str) -> Checker:
    """A Checker over the registry of `entities` and `facts` (YAML text), written into `root`."""
    (root / "entities.yaml").write_text(entities, encoding="utf-8")
    (root / "facts.yaml").write_text(facts, encoding="utf-8")
    return Checker(load_registry(root))


def serious(checker: Checker, text: str) -> list[str]:
    """code@line of the findings at warning or above, sorted."""
    report = checker.check_text(text, path="case.txt")
    index = LineIndex(text)
    return sorted(f"{f.code}@{index.position(f.span.start)[0]}" for f in report.findings if f.severity.value in ("warning", "error"))
