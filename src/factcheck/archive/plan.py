"""Cut archives into partitions: the unit of work on Dask, of output (DIR/NAME.jsonl) and of resume.

A JSON Lines partition is a byte range of whole lines, found by one pass over the file that
reads no record; a Parquet partition is a row group. Names sort in archive order, so the
partition files concatenated in name order are `factcheck --format jsonl` on the same archives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck.archive.inputs import PARQUET_SUFFIXES, ArchiveFields, _open, _parquet, read_jsonl, read_parquet
from factcheck.models import Document

DEFAULT_PARTITION_SIZE = 500  # articles: a few MB of output, about a minute of one core on money-dense news


class Partition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str  # the output file's stem; sorts in archive order
    archive: str
    kind: Literal["jsonl", "parquet"]
    articles: int
    start: int = 0  # jsonl: byte range [start, end) and the line number at start
    end: int = 0
    first_line: int = 1
    row_group: int = 0  # parquet

    def documents(self, fields: ArchiveFields, max_bytes: int) -> Iterator[Document]:
        if self.kind == "parquet":
            return read_parquet(self.archive, fields, max_bytes, row_groups=[self.row_group])
        return read_jsonl(self.archive, fields, max_bytes, start=self.start, end=self.end, first_line=self.first_line)


def plan_partitions(archives: list[str], size: int = DEFAULT_PARTITION_SIZE) -> list[Partition]:
    partitions: list[Partition] = []
    for number, archive in enumerate(archives):
        prefix = f"{number:04d}-{_slug(Path(archive).stem)}"
        cut = _parquet_partitions if archive.lower().endswith(PARQUET_SUFFIXES) else _jsonl_partitions
        partitions.extend(cut(archive, prefix, size))
    return partitions


def _jsonl_partitions(archive: str, prefix: str, size: int) -> Iterator[Partition]:
    index, start, first_line, records, offset, line = 0, 0, 1, 0, 0, 0
    with _open(archive) as stream:
        for raw in stream:
            line += 1
            offset += len(raw)
            records += bool(raw.strip())
            if records == size:
                yield Partition(name=f"{prefix}-{index:06d}", archive=archive, kind="jsonl", articles=records, start=start, end=offset, first_line=first_line)
                index, start, first_line, records = index + 1, offset, line + 1, 0
    if records:
        yield Partition(name=f"{prefix}-{index:06d}", archive=archive, kind="jsonl", articles=records, start=start, end=offset, first_line=first_line)


def _parquet_partitions(archive: str, prefix: str, size: int) -> Iterator[Partition]:
    """One partition per row group: Parquet writers already size them (`size` is not used)."""
    metadata = _parquet(archive).metadata
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        if rows:
            yield Partition(name=f"{prefix}-{group:06d}", archive=archive, kind="parquet", articles=rows, row_group=group)


def _slug(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:40] or "archive"
