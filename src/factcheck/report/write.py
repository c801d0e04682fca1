"""Write a file whole or not at all: a temporary file in the same directory, then a rename.

Only a regular file (or a new path) is replaced that way. A symlink's target is what gets
written, never the link itself; anything else (`/dev/null`, `/dev/full`, a FIFO, a terminal)
is written through, as a shell redirection would, because renaming over a device file would
replace it (as root, the system's `/dev/null`). An output that is one of the run's inputs is
refused before anything is written: the report would overwrite the article it reports on.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import Errors, InputError


def write_atomic(path: str | Path, text: str, inputs: Iterable[str] = ()) -> None:
    """Write `text` to `path`; refuse when `path` is the same file as one of `inputs`."""
    refuse_input_as_output(path, inputs)
    target = _follow_symlink(Path(path), str(path))
    kind = _file_kind(target)
    if kind is not None and not stat.S_ISREG(kind):
        _write_through(target, text, str(path))
        return
    _replace(target, text, str(path))


def refuse_input_as_output(path: str | Path, inputs: Iterable[str]) -> None:
    """An output that is an input (same device and inode, however it is spelled) is an error."""
    try:
        out = os.stat(path)
    except OSError:
        return  # a new file cannot be an input
    if not stat.S_ISREG(out.st_mode):
        return
    for name in inputs:
        try:
            other = os.stat(name)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (out.st_dev, out.st_ino):
            raise InputError(Errors.E114(name=name), path=str(path))


def _follow_symlink(target: Path, shown: str) -> Path:
    """The file a symlink chain ends at (which may not exist yet); a loop is an error."""
    if not target.is_symlink():
        return target
    try:
        return target.resolve(strict=False)
    except (OSError, RuntimeError):
        raise InputError(Errors.E115(), path=shown) from None


def _file_kind(target: Path) -> int | None:
    try:
        return target.stat().st_mode
    except OSError:
        return None


def _write_through(target: Path, text: str, shown: str) -> None:
    """A device, FIFO or socket: open it and write, as `> target` in a shell does."""
    try:
        with open(target, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
    except OSError as exc:
        raise InputError(Errors.E116(reason=_reason(exc)), path=shown) from None


def _replace(target: Path, text: str, shown: str) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(Errors.E116(reason=_reason(exc)), path=shown) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))  # mkstemp makes 0600; a report keeps the usual mode
        os.replace(temporary, target)
    except BaseException as exc:  # the old file stays as it was; no temporary file is left behind
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(Errors.E116(reason=_reason(exc)), path=shown) from None
        raise


def _reason(exc: OSError) -> str:
    """strerror in lower case ("no space left on device"), as the other input errors read."""
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    message = exc.strerror or str(exc)
    return message[:1].lower() + message[1:]


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or what the umask gives a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_stdout(text: str, flush: bool = False) -> None:
    """The report on standard output; a closed or full stdout is an error naming it (exit 2)."""
    import sys

    if sys.stdout is None:  # started with fd 1 closed (`factcheck >&-`)
        raise InputError(Errors.E117(), path="<stdout>")
    try:
        sys.stdout.write(text)
        if flush:
            sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = _reason(exc) if isinstance(exc, OSError) else "standard output is closed"
        raise InputError(Errors.E116(reason=reason), path="<stdout>") from None
