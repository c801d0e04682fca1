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


def fact_entry(
    ident: str,
    subject: str,
    relation: str,
    value: object,
    *,
    currency: str = "USD",
    obj: str | None = None,
    date: str | None = None,
    qualifier: str = "exact",
    high: object | None = None,
    per: str | None = None,
    period: str | None = None,
    quote: str | None = None,
) -> str:
    """One fact of a facts.yaml, as a line of YAML flow style: an amount, its one source (whose
    quote is the figure and its currency unless given), and whatever else is asked."""
    amount = f"value: {value}, currency: {currency}, qualifier: {'range' if high is not None else qualifier}"
    amount += "".join(f", {key}: {part}" for key, part in (("high", high), ("per", per), ("period", period)) if part is not None)
    extra = "".join(f", {key}: {part}" for key, part in (("object", obj), ("date", date)) if part is not None)
    source = f'{{url: "https://example.com/{ident}", publisher: Example News, quote: "{quote or f"{value} {currency}"}"}}'
    return f"  - {{id: {ident}, subject: {subject}, relation: {relation}{extra}, amount: {{{amount}}}, sources: [{source}]}}\n"
