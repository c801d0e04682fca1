"""The pipeline, readable top to bottom: read -> nlp -> extract -> resolve -> check -> Report.

`Checker.check_documents` is a pure function of (texts, registry, settings): the same input
gives the same Report, whatever the batch it runs in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.check import RuleSettings, check_claims
from factcheck.extract import extract_claims
from factcheck.models import Document, FileReport, Report
from factcheck.nlp import Pipeline
from factcheck.read import DEFAULT_MAX_BYTES, make_document, read_documents
from factcheck.registry import Registry
from factcheck.resolve import resolve_claims
from factcheck.prose import readable_claims
from factcheck.suppress import apply_suppressions

BATCH = 64  # articles per nlp batch: bounded memory on archives


class Checker:
    def __init__(self, registry: Registry | None, model: str | None = None, settings: RuleSettings = RuleSettings()):
        self.registry = registry
        self.settings = settings
        self.pipeline = Pipeline(registry or Registry(), model=model)

    def check_documents(self, documents: Iterable[Document], on_file: Callable[[FileReport], None] | None = None) -> Report:
        """`on_file` is called as each article's report is ready (a progress bar)."""
        files: list[FileReport] = []
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) == BATCH:
                files.extend(self._check_batch(batch, on_file))
                batch = []
        if batch:
            files.extend(self._check_batch(batch, on_file))
        return Report(files=tuple(files))

    def check_paths(self, paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", on_file: Callable[[FileReport], None] | None = None) -> Report:
        return self.check_documents(read_documents(paths, max_bytes=max_bytes, stdin_format=stdin_format), on_file)

    def check_text(self, text: str, path: str = "<text>", format: str = "text") -> FileReport:
        return self._check_batch([make_document(path, text, format)])[0]

    def _check_batch(self, documents: list[Document], on_file: Callable[[FileReport], None] | None = None) -> list[FileReport]:
        reports = []
        for analysis in self.pipeline.analyze_many(documents):
            claims = extract_claims(analysis)
            if self.registry is not None:
                claims = resolve_claims(claims, self.registry)
            findings, support = check_claims(analysis.document, claims, self.registry, self.settings)
            findings = apply_suppressions(analysis.document, findings)
            claims = readable_claims(analysis.document, claims)  # after check: rules saw the spans as parsed
            reports.append(FileReport(document=analysis.document, claims=tuple(claims), findings=tuple(findings), support=support))
            if on_file is not None:
                on_file(reports[-1])
        return reports
