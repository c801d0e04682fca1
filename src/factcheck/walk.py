"""Loop-safe directory walking and `**` globbing: each directory entered once, each file once.

`glob.glob("**", recursive=True)` and `Path.rglob` follow symlinked directories with no
memory of where they have been: a link to `..` makes them hang, a link to `.` lists each
file dozens of times. Here a directory is entered only if its (device, inode) has not been
seen, so a walk visits every real directory once however links point, and a file reached
through two names is yielded once (the first name in sorted order).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

_GLOB_CHARS = frozenset("*?[")


class TooManyEntries(Exception):
    """A walk met more directory entries than its budget (`/` or a home directory by mistake)."""


def walk_files(root: str | Path, specials: list[str] | None = None, max_entries: int | None = None) -> Iterator[str]:
    """Every regular file under `root` (symlinks followed, loops cut), in sorted order.

    Entries that are neither files nor directories (FIFOs, devices, sockets) are appended to
    `specials` when given; more than `max_entries` entries raises TooManyEntries.
    """
    seen_dirs: set[tuple[int, int]] = set()
    budget = max_entries
    seen_files: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        directory = stack.pop()
        try:
            info = os.stat(directory)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue  # unreadable directory: nothing to walk (a named file still errors when read)
        subdirectories = []
        if budget is not None:
            budget -= len(entries)
            if budget < 0:
                raise TooManyEntries(f"more than {max_entries:,} entries under {root}")
        for entry in entries:
            try:
                if entry.is_dir():
                    subdirectories.append(entry.path)
                elif entry.is_file():
                    key = _identity(entry.path)
                    if key is not None and key not in seen_files:
                        seen_files.add(key)
                        yield str(Path(entry.path))  # as pathlib spells it: no "./" prefix
                elif specials is not None and os.path.lexists(entry.path):
                    specials.append(str(Path(entry.path)))
            except OSError:
                continue  # a dangling or looping link is not a file
        stack.extend(reversed(subdirectories))


def glob_files(pattern: str) -> list[str]:
    """Files matching a glob (`*`, `?`, `[...]`, `**` across directories), sorted, each once."""
    parts = pattern.split("/")
    literal = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        literal.append(part)
    root = "/".join(literal) if literal else "."
    if pattern.startswith("/") and not literal[1:]:
        root = "/"
    rest = parts[len(literal):]
    matcher = re.compile(_translate("/".join(rest)))
    found = []
    for path in walk_files(root):
        relative = Path(path).relative_to(Path(root)).as_posix() if root != "/" else path[1:]
        if matcher.fullmatch(relative) and not _hidden(relative):
            found.append(path)
    return sorted(found)


def _translate(pattern: str) -> str:
    """Glob to regex: `**/` any directories, `*` within one name, `?` one character, `[...]` a class."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and (close := pattern.find("]", i + 2)) > 0:
            body = pattern[i + 1 : close]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "".join(out)


def _hidden(relative: str) -> bool:
    """Like glob: wildcards do not match names starting with a dot."""
    return any(part.startswith(".") and part not in (".", "..") for part in relative.split("/"))


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def unique_files(paths: list[str]) -> list[str]:
    """The paths with a file named twice (`a.txt`, `./a.txt`, a link to it) kept once, first name."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for path in paths:
        key = _identity(path) if path != "-" else None
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(path)
    return kept
