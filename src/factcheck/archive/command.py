"""The `factcheck archive` command's work, kept out of cli.py: archives named, progress, summary."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from factcheck.archive.inputs import ArchiveFields, is_archive
from factcheck.archive.run import ArchiveTotals, run_archive
from factcheck.errors import Errors, InputError
from factcheck.read import expand_paths


def archive_paths(paths: list[str]) -> list[str]:
    """The archives named (globs expanded), sorted as a plain run sorts its inputs."""
    found = sorted(expand_paths(paths))
    for path in found:
        if not is_archive(path):
            raise InputError(Errors.E134(), path=path)
    return found


def archive_command(paths: list[str], output_dir: str, registry, model, settings, fields: ArchiveFields, max_bytes: int, workers: int, scheduler: str | None, partition_size: int) -> ArchiveTotals:
    archives = archive_paths(paths)
    with _progress() as (on_plan, on_partition):
        totals = run_archive(
            archives, output_dir, registry, model=model, settings=settings, fields=fields, max_bytes=max_bytes,
            workers=workers, scheduler=scheduler, partition_size=partition_size, on_plan=on_plan, on_partition=on_partition,
        )
    print(summary_line(totals, output_dir))
    return totals


def summary_line(totals: ArchiveTotals, output_dir: str) -> str:
    counts = totals.findings
    resumed = f" ({totals.skipped} done before)" if totals.skipped else ""
    return (
        f"{totals.files} articles in {totals.partitions} partitions{resumed} checked into {output_dir}/, "
        f"{totals.claims} claims: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
        + (f" in {totals.seconds:.1f} s (workers ready in {totals.start_up_seconds:.1f} s)" if totals.skipped < totals.partitions else "")
    )


@contextmanager
def _progress():
    """A bar over the articles still to check, on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=None, name="starting workers")
        yield (lambda total: progress.update(task, total=total)), (lambda p: progress.update(task, advance=p.articles, name=p.name))
