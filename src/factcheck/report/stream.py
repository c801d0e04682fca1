"""Reports written as each article is checked, so a batch of any size runs in flat memory.

`--format jsonl` (one line per article), `json`, `text` and `github` stream to stdout: each
article's part is written as soon as it is checked and then dropped (an `--output` file is
written whole, atomically); only running totals are kept (the text
summary, the JSON `summary`, the exit code). Their output is byte for byte what the formatter
gives on the whole Report. SARIF, GitLab and HTML are one document built around all the
findings (rule tables, one page), so their reports are collected first.
"""

from __future__ import annotations

import io
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from factcheck import __version__
from factcheck.models import SCHEMA_VERSION, FileReport, Report, Severity

STREAMED = ("jsonl", "json", "text", "github", "concise")


@dataclass
class Totals:
    """What a streamed report still needs once its articles are gone."""

    files: int = 0
    claims: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})
    worst: int = 0  # the rank of the most severe finding (0: none)

    def add(self, file: FileReport) -> None:
        self.files += 1
        self.claims += len(file.claims)
        for finding in file.findings:
            self.counts[finding.severity.value] += 1
            self.worst = max(self.worst, finding.severity.rank)


def write_report(reports: Iterable[FileReport], fmt: str, output: str | None, color: bool = False, inputs: Iterable[str] = ()) -> Totals:
    """Write the report of `reports` in `fmt` to stdout, streamed where the format allows, or to
    `output` (whole, through `write_atomic`: atomic, and never over one of the `inputs`)."""
    totals = Totals()
    counted = _counting(reports, totals)
    if fmt not in STREAMED:
        from factcheck.report import FORMATTERS, FormatOptions

        _emit(FORMATTERS[fmt](Report(files=tuple(counted)), FormatOptions(color=color)), output, inputs)
        return totals
    parts = _PARTS[fmt](color)
    first = next(counted, None)  # a failure on the first article (no model, a bad file) writes nothing
    files = itertools.chain([first] if first is not None else [], counted)
    if output is not None:
        buffer = io.StringIO()
        buffer.write(parts.head())
        for file in files:
            buffer.write(parts.file(file))
        buffer.write(parts.tail(totals))
        _emit(buffer.getvalue(), output, inputs)
        return totals
    from factcheck.report.write import write_stdout

    try:
        write_stdout(parts.head())
        for file in files:
            write_stdout(parts.file(file), flush=True)  # a reader (a pipe, `tail -f`) sees each article as it is done
        write_stdout(parts.tail(totals))
    except BrokenPipeError:
        _quiet_stdout()  # `factcheck ... | head`: the reader wanted no more
    return totals


def _emit(text: str, output: str | None, inputs: Iterable[str]) -> None:
    from factcheck.report.write import write_atomic, write_stdout

    if output is None:
        write_stdout(text)
    else:
        write_atomic(output, text, inputs=inputs)


def _counting(reports: Iterable[FileReport], totals: Totals) -> Iterator[FileReport]:
    for file in reports:
        totals.add(file)
        yield file


@dataclass(frozen=True)
class _Parts:
    head: Callable[[], str]
    file: Callable[[FileReport], str]
    tail: Callable[[Totals], str]


def _jsonl(color: bool) -> _Parts:
    from factcheck.report.json import format_jsonl_line

    return _Parts(head=str, file=format_jsonl_line, tail=lambda totals: "")


def _text(color: bool) -> _Parts:
    from factcheck.report.text import format_text_file, format_text_summary

    return _Parts(
        head=str,
        file=lambda file: format_text_file(file, color=color),
        tail=lambda totals: format_text_summary(totals.files, totals.claims, totals.counts, color=color),
    )


def _concise(color: bool) -> _Parts:
    from factcheck.report.concise import format_concise_file
    from factcheck.report.text import format_text_summary

    return _Parts(head=str, file=format_concise_file, tail=lambda totals: format_text_summary(totals.files, totals.claims, totals.counts))


def _github(color: bool) -> _Parts:
    from factcheck.report.github import format_github

    return _Parts(head=str, file=lambda file: format_github(Report(files=(file,))), tail=lambda totals: "")


def _json(color: bool) -> _Parts:
    """`format_json`'s document cut around its `files` list: the list's entries are written one by one."""
    from factcheck.report.escape import json_escaped
    from factcheck.report.json import file_out

    seen = [0]

    def file(report: FileReport) -> str:
        entry = json_escaped(file_out(report).model_dump_json(indent=2)).replace("\n", "\n    ")
        seen[0] += 1
        return ("\n    " if seen[0] == 1 else ",\n    ") + entry

    def tail(totals: Totals) -> str:
        after = _json_skeleton(totals).partition('"files": []')[2]
        return ("\n  ]" if seen[0] else "]") + after

    return _Parts(head=lambda: _json_skeleton(Totals()).partition('"files": []')[0] + '"files": [', file=file, tail=tail)


def _json_skeleton(totals: Totals) -> str:
    from factcheck.report.schema import JsonReport, SeverityCounts, Summary, Tool

    summary = Summary(files=totals.files, claims=totals.claims, findings=SeverityCounts(**totals.counts))
    report = JsonReport(schema_version=SCHEMA_VERSION, tool=Tool(version=__version__), files=[], summary=summary)
    return report.model_dump_json(indent=2) + "\n"


_PARTS: dict[str, Callable[[bool], _Parts]] = {"jsonl": _jsonl, "text": _text, "github": _github, "json": _json, "concise": _concise}


def _quiet_stdout() -> None:
    """Point stdout at /dev/null once its reader has gone, so the final flush cannot fail
    (the recipe of Python's signal documentation for SIGPIPE)."""

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
