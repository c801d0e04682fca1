"""Walking a directory for articles the way ruff and Vale walk a project.

Skipped by default: hidden folders (`.git`, `.venv`, `.tox` ...), virtual environments (any
folder holding `pyvenv.cfg`, and `venv`, `site-packages`, `node_modules`, `__pycache__`),
whatever the `.gitignore` files of the project ignore, and the `--exclude` patterns
(gitignore syntax). `factcheck .` in a clone so checks the project's articles only. A file
named on the command line is always checked: exclusion applies to what a walk finds.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

DEFAULT_EXCLUDE = (".*", "venv", "site-packages", "node_modules", "__pycache__")
VENV_MARKER = "pyvenv.cfg"  # written by `python -m venv` and virtualenv at the root of every environment


@dataclass(frozen=True)
class Exclusions:
    """`exclude` replaces the defaults (as ruff's --exclude does); `extend` adds to them."""

    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend: tuple[str, ...] = ()
    respect_gitignore: bool = True
    _spec: pathspec.PathSpec = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_spec", pathspec.GitIgnoreSpec.from_lines([*self.exclude, *self.extend]))

    def excluded(self, relative: str, is_dir: bool) -> bool:
        return self._spec.match_file(relative + "/" if is_dir else relative)


def walk_articles(root: Path, suffixes: Iterable[str], exclusions: Exclusions = Exclusions()) -> list[str]:
    """The articles under `root`, sorted; symbolic links to folders are not followed (no loops)."""
    wanted = {s.lower() for s in suffixes}
    return sorted(str(path) for path in _walk(root, exclusions) if path.suffix.lower() in wanted)


def _walk(root: Path, exclusions: Exclusions) -> Iterator[Path]:
    absolute_root = root.resolve()
    ignores = _ancestor_gitignores(absolute_root) if exclusions.respect_gitignore else []
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        if exclusions.respect_gitignore and (here / ".gitignore").is_file():
            ignores = [*ignores, _gitignore(absolute_root / here.relative_to(root))]
        dirs[:] = sorted(d for d in dirs if not _skipped(here / d, root, absolute_root, True, exclusions, ignores))
        for name in files:
            path = here / name
            if path.is_file() and not _skipped(path, root, absolute_root, False, exclusions, ignores):
                yield path


def _skipped(path: Path, root: Path, absolute_root: Path, is_dir: bool, exclusions: Exclusions, ignores: list[tuple[Path, pathspec.PathSpec]]) -> bool:
    relative = path.relative_to(root)
    if exclusions.excluded(relative.as_posix(), is_dir):
        return True
    if is_dir and (path / VENV_MARKER).is_file():
        return True
    absolute = absolute_root / relative
    return any(_ignored_by(absolute, base, spec, is_dir) for base, spec in ignores)


def _ignored_by(path: Path, base: Path, spec: pathspec.PathSpec, is_dir: bool) -> bool:
    try:
        relative = path.relative_to(base).as_posix()
    except ValueError:
        return False
    return spec.match_file(relative + "/" if is_dir else relative)


def _gitignore(folder: Path) -> tuple[Path, pathspec.PathSpec]:
    lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    return folder, pathspec.GitIgnoreSpec.from_lines(lines)


def _ancestor_gitignores(root: Path) -> list[tuple[Path, pathspec.PathSpec]]:
    """The .gitignore files of `root` (absolute) and above, up to the repository's top (the folder with .git)."""
    found = []
    if (root / ".git").exists():
        return []  # the walk reads root's own .gitignore
    for folder in root.parents:
        if (folder / ".gitignore").is_file():
            found.append(_gitignore(folder))
        if (folder / ".git").exists():
            break
    else:
        return []  # not inside a repository: a stray .gitignore above is not the project's
    return list(reversed(found))
