"""The pipeline, readable top to bottom: read -> nlp -> extract -> resolve -> check -> Report.

`Checker.check_documents` is a pure function of (texts, registry, settings): the same input
gives the same Report, whatever the batch it runs in.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.check import RuleSettings, check_claims
from factcheck.extract import extract_claims
from factcheck.models import Document, FileReport, Report
from factcheck.nlp import Pipeline
from factcheck.read import DEFAULT_MAX_BYTES, expand_paths, read_documents
from factcheck.registry import Registry
from factcheck.resolve import resolve_claims

BATCH = 64  # articles per nlp batch: bounded memory on archives


class Checker:
    def __init__(self, registry: Registry | None, model: str | None = None, settings: RuleSettings = RuleSettings()):
        self.registry = registry
        self.settings = settings
        self.pipeline = Pipeline(registry or Registry(), model=model)

    def check_documents(self, documents: Iterable[Document]) -> Report:
        files: list[FileReport] = []
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) == BATCH:
                files.extend(self._check_batch(batch))
                batch = []
        if batch:
            files.extend(self._check_batch(batch))
        return Report(files=tuple(files))

    def check_paths(self, paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
        """Files come out sorted by path, so the report does not depend on the order they were named in."""
        return self.check_documents(read_documents(sorted(expand_paths(paths)), max_bytes=max_bytes))

    def check_text(self, text: str, path: str = "<text>") -> FileReport:
        return self._check_batch([Document(path=path, text=text)])[0]

    def _check_batch(self, documents: list[Document]) -> list[FileReport]:
        reports = []
        for analysis in self.pipeline.analyze_many(documents):
            claims = extract_claims(analysis)
            if self.registry is not None:
                claims = resolve_claims(claims, self.registry)
            findings, support = check_claims(analysis.document, claims, self.registry, self.settings)
            reports.append(FileReport(document=analysis.document, claims=tuple(claims), findings=tuple(findings), support=support))
        return reports
