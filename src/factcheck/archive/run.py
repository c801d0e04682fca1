"""`factcheck archive`: partitions of archives checked on Dask, written as they finish, resumable.

The work of a partition is the per-article function of a plain run (`Checker.iter_reports`,
lines as `--format jsonl` writes them), so the partition files concatenated in name order are
byte for byte `factcheck --format jsonl` on the same archives. Each finished partition is
written atomically (its totals first, then `NAME.jsonl`), so a run that stops, however it stops,
leaves only whole partitions, and a rerun with the same arguments skips them.
"""

from __future__ import annotations

import importlib
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import ModuleType

from pydantic import BaseModel, ConfigDict

from factcheck import __version__
from factcheck.archive.inputs import INSTALL_EXTRA, ArchiveFields
from factcheck.archive.plan import Partition, plan_partitions
from factcheck.engine import RuleSettings
from factcheck.errors import ConfigError, Errors
from factcheck.models import Severity
from factcheck.registry import Registry
from factcheck.report.write import write_atomic

DONE_DIR = ".done"  # per-partition totals; a partition is finished when its NAME.jsonl exists
MANIFEST = "manifest.json"
SUMMARY = "summary.json"
IN_FLIGHT_PER_WORKER = 2  # partitions queued per worker: all busy, the client holds few results


class Manifest(BaseModel):
    """What a run's output depends on: a rerun must match it to resume."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tool_version: str
    archives: list[str]
    partition_size: int
    fields: ArchiveFields
    settings: str
    registry: str


@dataclass
class ArchiveTotals:
    partitions: int = 0
    skipped: int = 0  # finished by an earlier run
    files: int = 0
    claims: int = 0
    findings: dict[str, int] = field(default_factory=lambda: {s.value: 0 for s in Severity})
    worst: int = 0
    start_up_seconds: float = 0.0
    seconds: float = 0.0

    def add(self, counts: dict) -> None:
        self.files += counts["files"]
        self.claims += counts["claims"]
        for level, count in counts["findings"].items():
            self.findings[level] += count
        self.worst = max(self.worst, counts["worst"])

    def summary(self) -> dict:
        return {"files": self.files, "claims": self.claims, "findings": dict(self.findings)}


def partition_output(checker, partition: Partition, fields: ArchiveFields, max_bytes: int) -> tuple[str, dict]:
    """A partition's JSON Lines and totals, computed by `checker` (on a worker, or in this process)."""
    from factcheck.report.json import format_jsonl_line
    from factcheck.report.stream import Totals

    totals = Totals()
    lines = []
    for report in checker.iter_reports(partition.documents(fields, max_bytes)):
        totals.add(report)
        lines.append(format_jsonl_line(report))
    return "".join(lines), {"files": totals.files, "claims": totals.claims, "findings": totals.counts, "worst": totals.worst}


def run_archive(
    archives: list[str],
    output_dir: str,
    registry: Registry | None,
    model: str | None = None,
    settings: RuleSettings = RuleSettings(),
    fields: ArchiveFields = ArchiveFields(),
    max_bytes: int = 5 * 1024 * 1024,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 500,
    processes: bool = True,
    on_partition: Callable[[Partition], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> ArchiveTotals:
    """Check every partition not finished yet on Dask; return the totals of all partitions."""
    distributed = _import_distributed()
    began = time.perf_counter()
    directory = Path(output_dir)
    partitions = plan_partitions(archives, partition_size)
    _claim_directory(directory, Manifest(tool_version=__version__, archives=archives, partition_size=partition_size, fields=fields, settings=repr(settings), registry=_registry_digest(registry)))
    todo = [p for p in partitions if not (directory / f"{p.name}.jsonl").exists()]
    totals = ArchiveTotals(partitions=len(partitions), skipped=len(partitions) - len(todo))
    if on_plan is not None:
        on_plan(sum(p.articles for p in todo))
    if todo:
        with _client(distributed, workers, scheduler, processes) as client:
            from factcheck.archive.worker import CheckerPlugin, check_partition

            client.register_plugin(CheckerPlugin(registry, model, settings))  # the registry, pickled, once per worker
            totals.start_up_seconds = time.perf_counter() - began
            for partition, (text, counts) in _completed(distributed, client, check_partition, todo, fields, max_bytes, workers):
                _write_partition(directory, partition, text, counts)
                if on_partition is not None:
                    on_partition(partition)
    for partition in partitions:
        totals.add(json.loads((directory / DONE_DIR / f"{partition.name}.json").read_text(encoding="utf-8")))
    totals.seconds = time.perf_counter() - began
    write_atomic(directory / SUMMARY, json.dumps({"schema_version": "1", "tool": {"name": "factcheck", "version": __version__}, "partitions": totals.partitions, "summary": totals.summary()}, indent=2) + "\n")
    return totals


def _completed(distributed, client, task, todo: list[Partition], fields: ArchiveFields, max_bytes: int, workers: int) -> Iterator[tuple[Partition, tuple[str, dict]]]:
    """Results as they finish, at most a few partitions per worker in flight."""
    queue = iter(todo)
    window = max(1, IN_FLIGHT_PER_WORKER * max(workers, len(client.scheduler_info().get("workers", {}))))
    running = {}
    for partition in _take(queue, window):
        running[client.submit(task, partition, fields, max_bytes, key=f"factcheck-{partition.name}", pure=False)] = partition
    pool = distributed.as_completed(list(running))
    for future in pool:
        partition = running.pop(future)
        result = future.result()  # a task's InputError (a bad record) is raised here, with its place
        future.release()
        yield partition, result
        for following in _take(queue, 1):
            nxt = client.submit(task, following, fields, max_bytes, key=f"factcheck-{following.name}", pure=False)
            running[nxt] = following
            pool.add(nxt)


def _take(iterator: Iterator[Partition], count: int) -> list[Partition]:
    return list(islice(iterator, count))


def _write_partition(directory: Path, partition: Partition, text: str, counts: dict) -> None:
    """Totals first, then the lines: NAME.jsonl existing means both are complete."""
    write_atomic(directory / DONE_DIR / f"{partition.name}.json", json.dumps(counts, sort_keys=True) + "\n")
    write_atomic(directory / f"{partition.name}.jsonl", text)


def _claim_directory(directory: Path, manifest: Manifest) -> None:
    """Make DIR, or resume in it when it holds a run of the same archives and settings."""
    path = directory / MANIFEST
    if path.exists():
        try:
            previous = Manifest.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError:
            raise ConfigError(Errors.E316(path=path)) from None
        if previous != manifest:
            raise ConfigError(Errors.E317(directory=directory))
        for leftover in [*directory.glob(".*.tmp"), *(directory / DONE_DIR).glob(".*.tmp")]:
            leftover.unlink(missing_ok=True)  # a write the killed run did not finish
        return
    try:
        (directory / DONE_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(Errors.E318(directory=directory, reason=exc.strerror)) from None
    write_atomic(path, manifest.model_dump_json(indent=2) + "\n")


def _registry_digest(registry: Registry | None) -> str:
    import hashlib

    if registry is None:
        return "none"
    items = sorted((k, v.model_dump_json()) for table in (registry.entities, registry.facts) for k, v in table.items())
    return hashlib.sha256(repr(items).encode()).hexdigest()[:16]


def _import_distributed() -> ModuleType:
    """The archive extra's `distributed`, imported by name (absent where only the lint extra is
    installed), or a ConfigError that says how to install it."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ConfigError(Errors.E319(hint=INSTALL_EXTRA)) from None


class _client:
    """A Client on `scheduler`, or on a LocalCluster of `workers` single-threaded workers."""

    def __init__(self, distributed, workers: int, scheduler: str | None, processes: bool):
        self.distributed, self.workers, self.scheduler, self.processes = distributed, workers, scheduler, processes
        self.cluster = None

    def __enter__(self):
        d = self.distributed
        if self.scheduler:
            self.client = d.Client(self.scheduler)
        else:
            self.cluster = d.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=self.processes, dashboard_address=None, silence_logs=logging.CRITICAL)  # a worker still heartbeating while the cluster closes logs a traceback
            self.client = d.Client(self.cluster)
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
