"""`--fix` and `--diff`: the findings' suggested fixes as edits to the article.

Only unambiguous fixes become edits: exactly one replacement stands for a span (two rules that
disagree on a span give no edit), no other fixed span overlaps it, and the span is prose only
(a span with Markdown or HTML markup inside would lose it). Fixes are in the article's style:
`in_article_style` writes "$15 billion" where the article writes "$10 billion", not "$15B".
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass

from factcheck.models import FileReport, Finding, Report, Span
from factcheck.wording import in_article_style  # noqa: F401  (the engine styles fixes; tests read it here)


@dataclass(frozen=True)
class Edit:
    span: Span
    replacement: str
    findings: tuple[Finding, ...]  # the findings this edit fixes


def planned_edits(file: FileReport) -> list[Edit]:
    """The unambiguous edits of a file, in text order."""
    document = file.document
    by_span: dict[tuple[int, int], list[Finding]] = defaultdict(list)
    for finding in file.findings:
        if finding.fix is not None:
            by_span[(finding.span.start, finding.span.end)].append(finding)
    edits = []
    for (start, end), findings in sorted(by_span.items()):
        replacements = {f.fix.replacement for f in findings if f.fix is not None}
        original = document.text[start:end]
        if len(replacements) != 1 or original != document.prose_text[start:end]:
            continue  # rules disagree, or markup inside the span
        (replacement,) = replacements
        if replacement != original:
            edits.append(Edit(Span(start=start, end=end), replacement, tuple(findings)))
    return [edit for edit in edits if not any(_overlap(edit.span, other.span) for other in edits if other is not edit)]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def apply_edits(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in sorted(edits, key=lambda e: e.span.start):
        pieces += [text[cursor : edit.span.start], edit.replacement]
        cursor = edit.span.end
    return "".join(pieces) + text[cursor:]


def unified_diff(path: str, before: str, after: str) -> str:
    """git's form (a/ and b/ before a relative path), so `git apply` and `patch -p1` take it."""
    old, new = (path, path) if path.startswith("/") else (f"a/{path}", f"b/{path}")
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def without_fixed(file: FileReport, edits: list[Edit]) -> FileReport:
    """The file's report less the findings its edits fixed."""
    fixed = {id(f) for edit in edits for f in edit.findings}
    return file.model_copy(update={"findings": tuple(f for f in file.findings if id(f) not in fixed)})


@dataclass(frozen=True)
class FixOutcome:
    report: Report  # less the findings fixed (with --fix)
    diff: str  # every file's unified diff
    fixed: int  # findings fixed (or, with --diff, fixable)
    files: int  # files changed (or that would change)


def fix_report(report: Report, write: bool) -> FixOutcome:
    """Apply (write=True, each file atomically) or only diff the unambiguous fixes."""
    from factcheck.errors import Errors, InputError
    from factcheck.read import STDIN
    from factcheck.report.locations import STDIN_NAME

    files, diffs, fixed, changed = [], [], 0, 0
    for file in report.files:
        edits = planned_edits(file)
        if not edits:
            files.append(file)
            continue
        path = file.document.path
        after = apply_edits(file.document.text, edits)
        diffs.append(unified_diff(path, file.document.text, after))
        fixed += sum(len(edit.findings) for edit in edits)
        changed += 1
        if write:
            if path in (STDIN, STDIN_NAME):
                raise InputError(Errors.E112(), path=path)
            _rewrite(path, file.document.text, after)
            file = without_fixed(file, edits)
        files.append(file)
    return FixOutcome(Report(files=tuple(files)), "".join(diffs), fixed, changed)


BOM = "\ufeff"


def _rewrite(path: str, before: str, after: str) -> None:
    """Write the fixed text in place, atomically; refuse when the file changed since it was read."""
    from pathlib import Path

    from factcheck.errors import Errors, InputError
    from factcheck.report.write import write_atomic

    current = Path(path).read_text(encoding="utf-8")
    if current.removeprefix(BOM) != before:
        raise InputError(Errors.E113(), path=path)
    write_atomic(path, (BOM if current.startswith(BOM) else "") + after)
