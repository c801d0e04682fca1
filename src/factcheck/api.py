"""The pipeline, readable top to bottom: read -> nlp -> extract -> resolve -> check -> Report.

`Checker.check_documents` is a pure function of (texts, registry, settings): the same input
gives the same Report, whatever the batch it runs in and however many worker processes.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from factcheck.archive.inputs import ArchiveFields, iter_documents
from factcheck.engine import RuleSettings, check_claims
from factcheck.extract import extract_claims, figures_only, with_counts_and_durations
from factcheck.interrupt import kill_workers, quiet_worker
from factcheck.models import Document, FileReport, Report
from factcheck.nlp import Pipeline
from factcheck.prose import readable_claims
from factcheck.read import DEFAULT_MAX_BYTES, expand_paths, make_document
from factcheck.registry import Registry
from factcheck.resolve import Resolver, resolve_claims
from factcheck.suppress import apply_suppressions, ran_codes
from factcheck.windows import cap_claims, default_max_claims, extract_all

if TYPE_CHECKING:
    from factcheck.config import RunOptions

BATCH = 64  # articles per nlp batch: bounded memory on archives
CHUNK = 8  # articles per task sent to a worker process: small enough to keep every worker busy
OnFile = Callable[[FileReport], None]
class Checker:
    def __init__(self, registry: Registry | None, model: str | None = None, settings: RuleSettings = RuleSettings(), thorough: bool = False, currency: str | None = None, cache_paragraphs: int = 0, max_claims: int | None = None):
        self.registry = registry
        # Claims checked per article (default 5,000; windows.MAX_CLAIMS): a real article has tens.
        self.max_claims = max_claims or default_max_claims()
        self.settings = settings
        self.currency = currency  # what a bare "$" means when the article does not say (normalize.dollars)
        self._model = model
        # cache_paragraphs: re-checks of an edited text (the language server) reuse unchanged paragraphs' Docs
        self.pipeline = Pipeline(registry or Registry(), model=model, thorough=thorough, cache_paragraphs=cache_paragraphs)
        self.resolver = Resolver(registry) if registry is not None else None  # built once: alias table, fuzzy cache
        self._ran = ran_codes(settings, registry is not None)  # rules whose markers can be unused

    @classmethod
    def for_run(cls, options: RunOptions, registry: Registry | None) -> Checker:
        """The Checker of a command-line run (config.run_options)."""
        return cls(registry, model=options.model, settings=options.rule_settings(), currency=options.currency, max_claims=options.max_claims)

    @classmethod
    def run_documents(cls, files: Iterable[str], options: RunOptions) -> Iterator[Document]:
        """`documents` as a run reads them; the run's date goes to articles that carry none of
        their own (an archive record's date wins)."""
        documents = cls.documents(files, max_bytes=options.max_bytes, stdin_format=options.stdin_format, fields=options.fields)
        date = options.date
        if date is None:
            return documents
        return (d if d.date is not None else d.model_copy(update={"date": date}) for d in documents)

    def check_documents(self, documents: Iterable[Document], on_file: OnFile | None = None, jobs: int = 1) -> Report:
        """Check every article; with jobs > 1 in that many worker processes, same output and order.
        `on_file` is called as each article's report is ready (a progress bar)."""
        return Report(files=tuple(self.iter_reports(documents, on_file, jobs=jobs)))

    def iter_reports(self, documents: Iterable[Document], on_file: OnFile | None = None, jobs: int = 1) -> Iterator[FileReport]:
        """`check_documents` one article at a time: each report is yielded as soon as its batch is
        done and nothing is kept, so memory stays flat however long the archive (`--format jsonl`)."""
        if jobs > 1:
            for report in self._check_parallel(documents, jobs):
                if on_file is not None:
                    on_file(report)
                yield report
            return
        for batch in _chunks(documents, BATCH):
            yield from self._check_batch(batch, on_file)

    def check_paths(self, paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", on_file: OnFile | None = None, jobs: int = 1, fields: ArchiveFields = ArchiveFields()) -> Report:
        return self.check_documents(self.documents(paths, max_bytes, stdin_format, fields), on_file, jobs=jobs)

    @staticmethod
    def documents(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", fields: ArchiveFields = ArchiveFields()) -> Iterator[Document]:
        """Files come out sorted by path, so the report does not depend on the order they were named
        in; an archive (.jsonl, .parquet) gives its articles in the archive's order, read lazily."""
        return iter_documents(sorted(expand_paths(paths)), max_bytes=max_bytes, stdin_format=stdin_format, fields=fields)

    def check_text(self, text: str, path: str = "<text>", format: str = "text") -> FileReport:
        return self._check_batch([make_document(path, text, format)])[0]

    def _check_batch(self, documents: list[Document], on_file: OnFile | None = None) -> list[FileReport]:
        reports = []
        for document, claims, notes in self._extract(documents):
            if self.registry is not None:
                claims = resolve_claims(claims, self.registry, self.resolver)
            findings, support = check_claims(document, claims, self.registry, self.settings)
            findings = apply_suppressions(document, findings, ran=self._ran, unused_severity=self.settings.severity.get("FC902"))
            claims = readable_claims(document, claims)  # after check: rules saw the spans as parsed
            reports.append(FileReport(document=document, claims=tuple(claims), findings=tuple(findings), support=support, notes=notes))
            if on_file is not None:
                on_file(reports[-1])
        return reports

    def _extract(self, documents: list[Document]) -> Iterator[tuple[Document, list, tuple[str, ...]]]:
        """Each article with its claims (capped) and notes, in order; spaCy sees a bounded window
        of text at a time, and an article that cannot hold a claim skips it (windows, prefilter).
        Counts and durations are read from the whole article after the other kinds."""
        extracted = extract_all(documents, self.pipeline.analyze_many, lambda analysis: extract_claims(analysis, currency=self.currency), self.max_claims, figures_only)
        for document, claims, notes in extracted:
            if not notes:  # an article past the cap is not read further
                claims, notes = cap_claims(with_counts_and_durations(document, claims), self.max_claims)
            yield document, claims, notes

    def _check_parallel(self, documents: Iterable[Document], jobs: int) -> Iterator[FileReport]:
        """Chunks of articles to a process pool, results yielded in input order.

        At most 2 chunks per worker are in flight, so an archive is never read into memory whole.
        With 'fork' (Linux) each worker inherits a copy of this Checker, model and entity ruler
        already built, and starts in milliseconds; with 'spawn' each builds its own once.
        """
        global _worker
        forking = sys.platform == "linux"
        context = multiprocessing.get_context("fork" if forking else "spawn")
        setup = {"initializer": quiet_worker} if forking else {"initializer": _start_worker, "initargs": (self.registry, self._model, self.settings, self.currency, self.max_claims)}
        _worker = self if forking else None
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, **setup)
        try:
            pending: deque[Future[list[FileReport]]] = deque()
            for chunk in _chunks(documents, CHUNK):
                pending.append(pool.submit(_check_chunk, chunk))
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:  # Ctrl-C, SIGTERM, an error: the workers stop now, not after their chunk
            kill_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True)
            _worker = None


_worker: Checker | None = None  # the Checker of a worker process: inherited (fork) or built by _start_worker (spawn)


def _start_worker(registry: Registry | None, model: str | None, settings: RuleSettings, currency: str | None = None, max_claims: int | None = None) -> None:
    global _worker
    quiet_worker()
    _worker = Checker(registry, model=model, settings=settings, currency=currency, max_claims=max_claims)


def _check_chunk(documents: list[Document]) -> list[FileReport]:
    assert _worker is not None, "worker not initialized"
    return _worker._check_batch(documents)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk
