"""Stage 1, read: paths, directories and stdin into `Document`s, and offsets into line/column.

Articles are UTF-8 (a leading BOM is dropped); anything else is an `InputError` that names
the file and the place, never a traceback.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import Errors, InputError
from factcheck.files import describe_os_error, read_regular
from factcheck.models import DOCUMENT_FORMATS, Document, DocumentFormat, one_of
from factcheck.normalize.fold import unmask_lookalikes
from factcheck.walk import glob_files, unique_files, walk_files

if TYPE_CHECKING:
    from factcheck.exclude import Exclusions

ARTICLE_SUFFIXES: dict[str, DocumentFormat] = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
FORMATS = DOCUMENT_FORMATS
_GLOB_CHARS = frozenset("*?[")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STDIN = "-"
_NEWLINE = re.compile("\n")


def expand_paths(paths: Iterable[str], exclusions: Exclusions | None = None) -> list[str]:
    """Files named directly are taken whatever their suffix; directories give their articles, sorted.

    A path with glob characters that names no file is a pattern (`articles/*.md`,
    `drafts/**/*.html`; `**` spans directories); what it matches is taken as if named.
    A file named twice is read once. A directory walk skips what `exclusions` (default:
    hidden and virtual-environment folders, .gitignore) leaves out; see factcheck.walk.
    """
    from factcheck.exclude import Exclusions, kept_files

    exclusions = exclusions or Exclusions()
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        if _GLOB_CHARS & set(raw) and not Path(raw).exists():
            matches = glob_files(raw)  # loop-safe: a symlink to .. does not hang, a file matches once
            if not matches:
                raise InputError(Errors.E103(), path=raw)
            found.extend(expand_paths(matches, exclusions))
            continue
        path = Path(raw)
        if path.is_dir():
            articles = kept_files(path, sorted(p for p in walk_files(path) if Path(p).suffix.lower() in ARTICLE_SUFFIXES), exclusions)
            if not articles:
                suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
                raise InputError(Errors.E104(suffixes=suffixes), path=raw)
            found.extend(articles)
        elif path.is_file():
            found.append(raw)
        elif path.exists():
            raise InputError(Errors.E105(), path=raw)
        else:
            raise InputError(Errors.E101(reason=_why_unreachable(raw)), path=raw)
    return unique_files(list(dict.fromkeys(found)))


def _why_unreachable(path: str) -> str:
    """Why a named path is neither file nor directory: missing, a symlink loop, no permission."""
    import os

    try:
        os.stat(path)
    except OSError as exc:
        return describe_os_error(exc)
    return "no such file or directory"


def read_documents(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text") -> Iterator[Document]:
    for path in expand_paths(paths):
        yield read_document(path, max_bytes=max_bytes, stdin_format=stdin_format)


def read_document(path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text") -> Document:
    """One article; its format comes from its suffix (stdin: `stdin_format`)."""
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        data = read_regular(path, max_bytes, InputError, what="article", hint=" (see --max-bytes)")
        name = path
    if len(data) > max_bytes:
        raise InputError(Errors.E106(limit=max_bytes, hint=" (see --max-bytes)"), path=name)
    fmt = stdin_format if path == STDIN else _format_of(path)
    return make_document(name, decode(data, name), fmt)


def make_document(path: str, text: str, fmt: str = "text") -> Document:
    """A Document with its prose view (markup blanked at the same offsets)."""
    from factcheck.prose import prose_view

    if fmt not in FORMATS:
        raise InputError(Errors.E107(fmt=fmt, formats=", ".join(FORMATS)), path=path)
    document_format = one_of(FORMATS, fmt)
    prose = prose_view(text, document_format)
    unmasked = unmask_lookalikes(prose if prose is not None else text)  # "Аcme" (Cyrillic А) reads as Acme
    if unmasked != (prose if prose is not None else text):
        prose = unmasked
    return Document(path=path, text=text, format=document_format, prose=prose)


def decode(data: bytes, name: str) -> str:
    """UTF-8 only; NUL bytes mean a binary file (or UTF-16/32, which says so)."""
    wide = _wide_encoding(data)
    if wide:
        raise InputError(Errors.E108(encoding=wide), path=name, line=1)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        raise InputError(Errors.E109(), path=name, line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            Errors.E110(byte=data[exc.start], offset=exc.start),
            path=name,
            line=line,
            column=column,
        ) from None
    return text.removeprefix("\ufeff")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32/UTF-16 by their byte-order mark, or by NUL bytes alternating with ASCII."""
    for mark, name in ((b"\xff\xfe\x00\x00", "UTF-32LE"), (b"\x00\x00\xfe\xff", "UTF-32BE"), (b"\xff\xfe", "UTF-16LE"), (b"\xfe\xff", "UTF-16BE")):
        if data.startswith(mark):
            return name
    head = data[:64]
    if len(head) >= 8 and head[1::2].count(0) == len(head[1::2]) and 0 not in head[0::2]:
        return "UTF-16LE"
    if len(head) >= 8 and head[0::2].count(0) == len(head[0::2]) and 0 not in head[1::2]:
        return "UTF-16BE"
    return None


def _format_of(path: str) -> DocumentFormat:
    return ARTICLE_SUFFIXES.get(Path(path).suffix.lower(), "text") if path != STDIN else "text"


class LineIndex:
    """Maps character offsets to 1-based (line, column); columns count code points."""

    def __init__(self, text: str):
        self._starts = [0]
        self._starts.extend(match.end() for match in _NEWLINE.finditer(text))  # C speed on 5 MB articles

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def offset(self, line: int, column: int = 1) -> int:
        return self._starts[line - 1] + column - 1
