"""What runs on a Dask worker: the Checker, built once per worker by a plugin, and the task.

This module imports `distributed`; only the archive command imports it. The plugin is shipped
to each worker once with the registry already parsed (pickled), so no worker reads YAML; the
task then looks the worker's Checker up instead of receiving it with every partition.
"""

from __future__ import annotations

import threading

# The archive extra (typed): run.py imports this module only once `distributed` is importable; where
# only the lint extra is installed it is missing, and where it is installed the ignore is unused.
from distributed import WorkerPlugin, get_worker  # type: ignore[import-not-found, unused-ignore]

from factcheck.api import Checker
from factcheck.archive.inputs import ArchiveFields
from factcheck.archive.plan import Partition
from factcheck.engine import RuleSettings
from factcheck.registry import Registry

PLUGIN_NAME = "factcheck-checker"
# A Checker (its spaCy pipeline) is not thread-safe, and in-process workers (processes=False)
# share one loaded model: one partition at a time per process. A worker process with one
# thread, the default, never waits on it.
_LOCK = threading.Lock()


class CheckerPlugin(WorkerPlugin):
    name = PLUGIN_NAME

    def __init__(self, registry: Registry | None, model: str | None, settings: RuleSettings):
        self.registry, self.model, self.settings = registry, model, settings
        self.checker: Checker | None = None

    def setup(self, worker) -> None:
        with _LOCK:
            self.checker = Checker(self.registry, model=self.model, settings=self.settings)


def check_partition(partition: Partition, fields: ArchiveFields, max_bytes: int) -> tuple[str, dict]:
    """The partition's `--format jsonl` lines and its totals: the same per-article function as
    `factcheck --format jsonl` (Checker.iter_reports, format_jsonl_line)."""
    from factcheck.archive.run import partition_output

    plugin = get_worker().plugins[PLUGIN_NAME]
    if not isinstance(plugin, CheckerPlugin) or plugin.checker is None:
        raise RuntimeError("the factcheck worker plugin did not set up a Checker on this worker")
    checker = plugin.checker
    with _LOCK:
        return partition_output(checker, partition, fields, max_bytes)
