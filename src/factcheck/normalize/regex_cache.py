"""Compiled regular expressions kept on disk between runs: the grammars' cold start.

The money, percent and quantity grammars are built from word lists (every ISO code, every
currency name CLDR knows, the hedge words ...) into a few very long expressions. Compiling
them is pure Python in the standard library (`re._parser` and `re._compiler`), about 0.4 s of
every run that checks an article: more than half of what factcheck adds to spaCy's own start.

`compile` gives the same `re.Pattern` as `re.compile`, and remembers the compiler's output
(the flags, the opcode list and the group names) in a file named by a hash of the expression,
its flags and the interpreter's regular-expression engine. The next run that builds the same
expression hands those to `_sre.compile`, the constructor `re.compile` itself ends with, and
skips parsing and code generation. The key holds the full text of the expression, so a
change to a word list or to the code building it is a new key, never a stale pattern; the
engine validates the opcodes it is given (a damaged file raises, and the expression is then
compiled as usual). Any failure to read or write the cache only means compiling as usual.

The cache directory is $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck; FACTCHECK_CACHE_DIR=off turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler; another interpreter just compiles as usual
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

OFF = "off"
_ENGINE = repr((sys.implementation.cache_tag, sys.version_info[:3], getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None)))


def cache_dir() -> Path | None:
    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    if configured:
        return None if configured == OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the compiler's work cached on disk."""
    folder = cache_dir()
    if _sre is None or folder is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_ENGINE}\0{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"re-{key[:32]}.marshal"
    cached = _load(path, pattern, flags)
    if cached is not None:
        return cached
    parts = _compiled_parts(pattern, flags)
    _store(path, (pattern, int(flags), *parts))
    compiled: re.Pattern[str] = _sre.compile(pattern, *parts)
    return compiled


def _compiled_parts(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal cannot write
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _load(path: Path, pattern: str, flags: int) -> re.Pattern[str] | None:
    try:
        stored: Any = marshal.loads(path.read_bytes())
        text, stored_flags, *parts = stored
        if text != pattern or stored_flags != int(flags) or len(parts) != 5:
            return None
        compiled: re.Pattern[str] = _sre.compile(pattern, *parts)
        return compiled
    except (OSError, EOFError, ValueError, TypeError, RuntimeError):  # absent, damaged, or another engine's
        return None


def _store(path: Path, value: tuple[Any, ...]) -> None:
    """Written to a temporary file and renamed, so a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".re-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(value))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):  # read-only or full disk: compiled as usual next time too
        pass
