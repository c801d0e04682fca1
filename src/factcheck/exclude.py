"""What a directory walk leaves out, the way ruff and Vale walk a project.

Skipped by default: hidden folders and files (`.git`, `.venv`, `.tox` ...), virtual environments
(any folder holding `pyvenv.cfg`, and `venv`, `site-packages`, `node_modules`, `__pycache__`),
whatever the repository's `.gitignore` files ignore, and the `--exclude` patterns (gitignore
syntax). `factcheck .` in a clone so checks the project's articles only. A file named on the
command line is always checked: exclusion applies to what a walk finds (factcheck.walk).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a spec is built: pathspec costs ~0.05 s, and one article never needs it
    import pathspec

DEFAULT_EXCLUDE = (".*", "venv", "site-packages", "node_modules", "__pycache__")
VENV_MARKER = "pyvenv.cfg"  # written by `python -m venv` and virtualenv at the root of every environment


@dataclass(frozen=True)
class Exclusions:
    """`exclude` replaces the defaults (as ruff's --exclude does); `extend` adds to them."""

    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend: tuple[str, ...] = ()
    respect_gitignore: bool = True

    @cached_property
    def _spec(self) -> pathspec.PathSpec:
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines([*self.exclude, *self.extend])

    def excluded(self, relative: str, is_dir: bool) -> bool:
        return self._spec.match_file(relative + "/" if is_dir else relative)


def kept_files(root: Path, files: Iterable[str], exclusions: Exclusions = Exclusions()) -> list[str]:
    """The walked `files` under `root` that no exclusion, virtual environment or .gitignore leaves out."""
    absolute_root = root.resolve()
    above = _ancestor_gitignores(absolute_root) if exclusions.respect_gitignore else ()
    return [f for f in files if not _left_out(Path(f).relative_to(root), absolute_root, exclusions, above)]


def _left_out(relative: Path, absolute_root: Path, exclusions: Exclusions, above: tuple) -> bool:
    parts = relative.parts
    for depth in range(1, len(parts) + 1):
        is_dir = depth < len(parts)
        prefix = "/".join(parts[:depth])
        if exclusions.excluded(prefix, is_dir):
            return True
        if is_dir and (absolute_root / prefix / VENV_MARKER).is_file():
            return True
    if not exclusions.respect_gitignore:
        return False
    absolute = absolute_root / relative
    folders = [absolute_root / "/".join(parts[:depth]) for depth in range(len(parts))]
    specs = [*above, *((folder, spec) for folder in folders if (spec := _gitignore(folder)) is not None)]
    return any(_ignored_by(absolute, base, spec) for base, spec in specs)


def _ignored_by(absolute: Path, base: Path, spec: pathspec.PathSpec) -> bool:
    try:
        parts = absolute.relative_to(base).parts
    except ValueError:
        return False
    prefixes = ["/".join(parts[:depth]) + "/" for depth in range(1, len(parts))]  # git skips an ignored folder whole
    return any(spec.match_file(p) for p in prefixes) or spec.match_file("/".join(parts))


@lru_cache(maxsize=1024)
def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    path = folder / ".gitignore"
    if not path.is_file():
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())


def _ancestor_gitignores(root: Path) -> tuple:
    """The .gitignore files above `root` (absolute), up to the repository's top (the folder with .git)."""
    if (root / ".git").exists():
        return ()
    found = []
    for folder in root.parents:
        spec = _gitignore(folder)
        if spec is not None:
            found.append((folder, spec))
        if (folder / ".git").exists():
            return tuple(found)
    return ()  # not inside a repository: a stray .gitignore above is not the project's
