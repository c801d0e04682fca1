"""What the machine formats (SARIF, GitLab, GitHub) share: where a finding is, as a
repository-relative path and 1-based positions, and a fingerprint that survives edits
elsewhere in the article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from factcheck.fingerprint import finding_contexts, fingerprint
from factcheck.models import FileReport, Finding, Span
from factcheck.read import LineIndex

STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Region:
    """1-based; `end_column` exclusive, as SARIF and DESIGN.md's JSON have it."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Located:
    """A finding with everything a machine format needs to place it."""

    finding: Finding
    path: str  # repository-relative with forward slashes where possible
    region: Region
    fingerprint: str  # factcheck.fingerprint of the finding, without the occurrence
    occurrence: int  # 1 for the first finding with this hash in the file, then 2, 3 ...


def region(index: LineIndex, span: Span) -> Region:
    line, column = index.position(span.start)
    end_line, end_column = index.position(span.end)
    return Region(line, column, end_line, end_column)


def relative_path(path: str, base: Path | None = None) -> str:
    """The path relative to `base` (the working directory, which CI runs in at the repository
    root) with forward slashes; an absolute path when it lies outside `base`."""
    if path == STDIN_NAME:
        return path
    base = (base or Path.cwd()).resolve()
    try:
        resolved = Path(path).resolve()
    except (ValueError, OSError, RuntimeError):  # a name no file can have (NUL), or a link loop
        return Path(path).as_posix()
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.as_posix() if Path(path).is_absolute() else Path(path).as_posix()


def artifact_uri(path: str) -> str:
    """A URI reference for SARIF: relative paths percent-encoded, absolute ones as file:// URIs."""
    if path.startswith("/"):
        return "file://" + quote(path)
    return quote(path)


def located(file: FileReport, base: Path | None = None) -> Iterator[Located]:
    """The file's findings in report order, each placed and fingerprinted."""
    text = file.document.text
    index = LineIndex(text)
    path = relative_path(file.document.path, base)
    seen: Counter[str] = Counter()
    for finding, context in zip(file.findings, finding_contexts(file), strict=True):
        # The one definition of a finding's identity (shared with baselines): no line numbers.
        digest = fingerprint(path, finding.code, text[finding.span.start : finding.span.end], context)
        seen[digest] += 1
        yield Located(finding, path, region(index, finding.span), digest, seen[digest])
