"""Archive inputs: JSON Lines and Parquet files holding one article per record.

A record has an id (the article's path in every report), its text, and optionally its
publication date (which feeds the rules that need one, such as FC106's "last month") and URL.
Field names are configurable (`--archive-fields id=doc_id,text=body`). Records are read one at
a time, so an archive of any size is never in memory whole. A bad record is an `InputError`
naming the archive and the line (JSON Lines) or row (Parquet).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict

from factcheck.errors import ConfigError, Errors, InputError
from factcheck.models import Document
from factcheck.read import DEFAULT_MAX_BYTES, decode, make_document, read_document

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
INSTALL_EXTRA = "pip install 'factcheck[archive]'"


class ArchiveFields(BaseModel):
    """Which field of a record holds what."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = "id"
    text: str = "text"
    date: str = "date"
    url: str = "url"

    @classmethod
    def parse(cls, spec: str | None) -> ArchiveFields:
        """`id=doc_id,text=body`: the names this archive uses, the others left at their default."""
        if not spec:
            return cls()
        names: dict[str, str] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, value = item.partition("=")
            if not sep or key.strip() not in cls.model_fields or not value.strip():
                raise ConfigError(Errors.E315(item=item, fields=", ".join(cls.model_fields)))
            names[key.strip()] = value.strip()
        return cls(**names)


def is_archive(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)


def iter_documents(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text", fields: ArchiveFields = ArchiveFields()) -> Iterator[Document]:
    """Articles of plain files and archives alike, lazily, in the order of `paths`."""
    for path in paths:
        if is_archive(path):
            yield from read_archive(path, fields, max_bytes)
        else:
            yield read_document(path, max_bytes=max_bytes, stdin_format=stdin_format)


def read_archive(path: str, fields: ArchiveFields = ArchiveFields(), max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    if path.lower().endswith(PARQUET_SUFFIXES):
        return read_parquet(path, fields, max_bytes)
    return read_jsonl(path, fields, max_bytes)


def count_articles(paths: Iterable[str]) -> int:
    """How many articles `iter_documents` will give (for a progress bar): one per file, one per record."""
    total = 0
    for path in paths:
        if not is_archive(path):
            total += 1
        elif path.lower().endswith(PARQUET_SUFFIXES):
            total += _parquet(path).metadata.num_rows
        else:
            with _open(path) as stream:
                total += sum(1 for line in stream if line.strip())
    return total


def read_jsonl(path: str, fields: ArchiveFields = ArchiveFields(), max_bytes: int = DEFAULT_MAX_BYTES, start: int = 0, end: int | None = None, first_line: int = 1) -> Iterator[Document]:
    """The records of a JSON Lines file, or of its byte range [start, end) beginning at line `first_line`."""
    with _open(path) as stream:
        stream.seek(start)
        number, offset = first_line - 1, start
        for raw in stream:
            if end is not None and offset >= end:
                return
            number += 1
            offset += len(raw)
            if not raw.strip():
                continue
            yield _record_document(_parse_line(raw, path, number), fields, path, f"line {number}", number, max_bytes)


def _parse_line(raw: bytes, path: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(decode(raw, path))
    except InputError as exc:
        raise InputError(Errors.E121(reason=exc.message), path=path, line=number) from None
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E122(reason=exc.msg), path=path, line=number, column=exc.colno) from None
    if not isinstance(record, dict):
        raise InputError(Errors.E123(), path=path, line=number)
    return record


def read_parquet(path: str, fields: ArchiveFields = ArchiveFields(), max_bytes: int = DEFAULT_MAX_BYTES, row_groups: Iterable[int] | None = None) -> Iterator[Document]:
    """The rows of a Parquet file (or of some of its row groups), one row group in memory at a time."""
    parquet = _parquet(path)
    available = set(parquet.schema_arrow.names)
    for required in (fields.id, fields.text):
        if required not in available:
            raise InputError(Errors.E124(column=required, columns=", ".join(sorted(available))), path=path)
    columns = [name for name in (fields.id, fields.text, fields.date, fields.url) if name in available]
    groups = range(parquet.num_row_groups) if row_groups is None else row_groups
    row = 0
    for group in groups:
        row = sum(parquet.metadata.row_group(g).num_rows for g in range(group))
        for record in parquet.read_row_group(group, columns=columns).to_pylist():
            row += 1
            yield _record_document(record, fields, path, f"row {row}", None, max_bytes)


def _record_document(record: dict[str, Any], fields: ArchiveFields, path: str, where: str, line: int | None, max_bytes: int) -> Document:
    identifier, text = record.get(fields.id), record.get(fields.text)
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    if not isinstance(identifier, str) or not identifier:
        raise InputError(Errors.E125(where=where, field=fields.id), path=path, line=line)
    if not isinstance(text, str):
        raise InputError(Errors.E126(where=where, field=fields.text), path=path, line=line)
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(Errors.E127(where=where, limit=max_bytes), path=path, line=line)
    if "\x00" in text:
        raise InputError(Errors.E128(where=where), path=path, line=line)
    url = record.get(fields.url)
    document = make_document(identifier, text, "text")
    return document.model_copy(update={"date": _date(record.get(fields.date), fields.date, path, where, line), "url": url if isinstance(url, str) else None})


def _date(value: Any, field: str, path: str, where: str, line: int | None) -> dt.date | None:
    """A date, or an ISO 8601 date-time whose date is taken ("2025-11-18T09:30:00Z")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(Errors.E129(where=where, field=field, value=value), path=path, line=line)


def _open(path: str):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(Errors.E130(reason=exc.strerror), path=path) from None


def _parquet(path: str):
    try:
        # The archive extra, imported by name: absent where only the lint extra is installed, and
        # without type information (no py.typed), so a module whose attributes are untyped.
        pq = importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise InputError(Errors.E131(hint=INSTALL_EXTRA), path=path) from None
    try:
        return pq.ParquetFile(path)
    except OSError as exc:
        raise InputError(Errors.E132(reason=exc), path=path) from None
    except Exception as exc:  # pyarrow raises ArrowInvalid for a file that is not Parquet
        raise InputError(Errors.E133(reason=exc), path=path) from None

