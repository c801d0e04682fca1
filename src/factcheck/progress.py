"""A progress bar on stderr for batches of articles, only when stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from factcheck.models import FileReport

MIN_FILES = 2  # one article needs no bar


@contextmanager
def progress_bar(total: int, console=None) -> Iterator[Callable[[FileReport], None] | None]:
    """Yields a per-file callback that advances the bar, or None when no bar is shown.

    `console` is for tests; by default the bar draws on stderr when it is a terminal, so
    pipes, CI logs and captured output never see it.
    """
    if total < MIN_FILES or (console is None and not sys.stderr.isatty()):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = console or Console(stderr=True)
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[path]}"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("checking", total=total, path="")
        yield lambda file: progress.update(task, advance=1, path=file.document.path)
