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

from factcheck.errors import ConfigError, Errors, ErrorTemplate, FactcheckError, InputError, RegistryError

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
        raise InputError(Errors.E118(kind=kind.upper(), raw=raw, limit=HARD_LIMIT))
    return value


# Each family's codes for a file it cannot read and for one over its size limit.
_READ_ERRORS: dict[type[FactcheckError], tuple[ErrorTemplate, ErrorTemplate]] = {
    InputError: (Errors.E135, Errors.E106),
    RegistryError: (Errors.E226, Errors.E227),
    ConfigError: (Errors.E320, Errors.E321),
}


def read_regular(path: str, limit: int, error: type[FactcheckError] = InputError, what: str = "file", hint: str = "") -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes (symlinks followed)."""
    unreadable, too_large = _READ_ERRORS.get(error, _READ_ERRORS[InputError])
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(unreadable(what=what, reason=describe_os_error(exc)), path=path) from None
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise error(unreadable(what=what, reason=f"not a regular file ({file_kind(mode)})"), path=path)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise error(unreadable(what=what, reason=describe_os_error(exc)), path=path) from None
    if len(data) > limit:
        raise error(too_large(limit=limit, hint=hint), path=path)
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
