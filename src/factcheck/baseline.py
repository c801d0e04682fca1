"""Baselines: findings an editor has reviewed and accepted, so they stop failing the build.

`factcheck review --write-baseline FILE` records every current finding with its
fingerprint (see factcheck.fingerprint) and an optional reason; `factcheck --baseline FILE`
reports only the findings that are not in it. Rewriting a baseline keeps the reasons of
findings already in it and drops the findings that are gone (a fixed claim drops out).

Paths in a baseline are relative to the baseline's directory, so it works from any
working directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck import __version__
from factcheck.errors import ConfigError, Errors
from factcheck.files import limit_for, read_regular
from factcheck.fingerprint import file_fingerprints
from factcheck.models import FileReport, Report
from factcheck.read import LineIndex

BASELINE_VERSION = 1


class BaselineEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    path: str
    code: str
    line: int = Field(ge=1, description="Where it was when recorded; informational, not matched.")
    text: str
    message: str
    reason: str | None = None


class Baseline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = Field(default=BASELINE_VERSION, ge=1, le=BASELINE_VERSION)
    tool_version: str = __version__
    findings: tuple[BaselineEntry, ...] = ()

    def fingerprints(self) -> frozenset[str]:
        return frozenset(entry.fingerprint for entry in self.findings)


def baseline_path_of(article: str, baseline_file: str | Path) -> str:
    """The article's path as the baseline records it: relative to the baseline's directory."""
    if article.startswith("<"):  # <stdin>, <text>
        return article
    base = Path(baseline_file).resolve().parent
    return Path(os.path.relpath(Path(article).resolve(), base)).as_posix()


def load_baseline(path: str | Path) -> Baseline:
    if not os.path.lexists(path):
        raise ConfigError(Errors.E312(), path=str(path))
    data = read_regular(str(path), limit_for("baseline"), ConfigError, what="baseline")  # not /dev/zero, not a FIFO
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(Errors.E313(offset=exc.start), path=str(path), line=data.count(b"\n", 0, exc.start) + 1) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(Errors.E314(problem=f"not JSON ({exc.msg})"), path=str(path), line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ConfigError(Errors.E314(problem="nested too deeply"), path=str(path)) from None
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        from factcheck.wording import validation_message

        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"])) or "(top level)"
        raise ConfigError(Errors.E314(problem=f"{where}: {validation_message(first)}"), path=str(path)) from None


def build_baseline(report: Report, baseline_file: str | Path, reason: str | None = None, previous: Baseline | None = None) -> Baseline:
    """Every finding of the report; reasons already recorded for a fingerprint are kept."""
    kept_reasons = {e.fingerprint: e.reason for e in previous.findings if e.reason} if previous else {}
    entries = []
    for file in report.files:
        path = baseline_path_of(file.document.path, baseline_file)
        index = LineIndex(file.document.text)
        for finding, print_ in zip(file.findings, file_fingerprints(file, path), strict=True):
            entries.append(
                BaselineEntry(
                    fingerprint=print_,
                    path=path,
                    code=finding.code,
                    line=index.position(finding.span.start)[0],
                    text=file.document.text[finding.span.start : finding.span.end],
                    message=finding.message,
                    reason=kept_reasons.get(print_, reason),
                )
            )
    return Baseline(findings=tuple(entries))


def dump_baseline(baseline: Baseline) -> str:
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def filter_report(report: Report, baseline: Baseline, baseline_file: str | Path) -> tuple[Report, int]:
    """The report without the baselined findings, and how many were hidden."""
    known = baseline.fingerprints()
    files: list[FileReport] = []
    hidden = 0
    for file in report.files:
        prints = file_fingerprints(file, baseline_path_of(file.document.path, baseline_file))
        findings = tuple(f for f, p in zip(file.findings, prints, strict=True) if p not in known)
        hidden += len(file.findings) - len(findings)
        files.append(file.model_copy(update={"findings": findings}))
    return report.model_copy(update={"files": tuple(files)}), hidden


def filter_stream(files: Iterable[FileReport], baseline: Baseline, baseline_file: str | Path, hidden: list[int]) -> Iterator[FileReport]:
    """`filter_report` article by article, for streamed reports; `hidden` counts what it left out."""
    for file in files:
        report, count = filter_report(Report(files=(file,)), baseline, baseline_file)
        hidden[0] += count
        yield report.files[0]
