"""Reading a file the tool did not write: a regular file, under a size limit, or a clear error.

Articles, the registry, the config file and the baseline can all come from a pull request,
so none is trusted: `factcheck-baseline.json -> /dev/zero` would otherwise grow without bound
and a FIFO would block forever. The file is opened without blocking, checked with `fstat`
(the check and the read see the same file, whatever is renamed in between), then read to at
most `limit + 1` bytes.

Default limits (bytes), each overridable by an environment variable of the same name:
FACTCHECK_MAX_REGISTRY_BYTES (per registry file) 20 MiB, FACTCHECK_MAX_CONFIG_BYTES 1 MiB,
FACTCHECK_MAX_BASELINE_BYTES 50 MiB. Articles use `--max-bytes` / `max-bytes` (5 MiB).
"""

from __future__ import annotations

import errno
import os
import stat

from factcheck.errors import FactcheckError, InputError

MiB = 1024 * 1024
LIMITS = {"registry": 20 * MiB, "config": 1 * MiB, "baseline": 50 * MiB}
HARD_LIMIT = 1024 * MiB  # no limit, however configured, goes past 1 GiB: memory is ~constant × bytes


def limit_for(kind: str) -> int:
    """The byte limit for a kind of file: its environment variable, else the default."""
    raw = os.environ.get(f"FACTCHECK_MAX_{kind.upper()}_BYTES")
    if raw is None:
        return LIMITS[kind]
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= HARD_LIMIT:
        raise InputError(f"FACTCHECK_MAX_{kind.upper()}_BYTES={raw!r}: a whole number of bytes from 1 to {HARD_LIMIT}")
    return value


def read_regular(path: str, limit: int, error: type[FactcheckError] = InputError, what: str = "file", hint: str = "") -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes (symlinks followed)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(f"cannot read {what}: {describe_os_error(exc)}", path=path) from None
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise error(f"cannot read {what}: not a regular file ({file_kind(mode)})", path=path)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise error(f"cannot read {what}: {describe_os_error(exc)}", path=path) from None
    if len(data) > limit:
        raise error(f"larger than the {limit:,}-byte limit{hint}", path=path)
    return data


def describe_os_error(exc: OSError) -> str:
    """A lower-case reason; a symlink loop says so (not "no such file")."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    message = exc.strerror or str(exc)
    return message[:1].lower() + message[1:]


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"
