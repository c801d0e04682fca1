"""The complexity gate of `make lint`: no function or method in src/factcheck above the limit.

Measured with radon, as issue 15 measures it (ruff's mccabe counts differently: it leaves out
boolean operators and comprehensions, so it passes functions radon scores above 15). The limit
and the functions still being reworked elsewhere (`pending`) are in pyproject.toml under
[tool.complexity-gate]. A pending function that is no longer above the limit, or no longer
exists, fails too, so the list can only shrink.

Usage: python tools/complexity.py [ROOT]   (ROOT: the repository, by default this file's parent's)
Exit status: 0 clean, 1 a function above the limit or a stale pending entry.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

PACKAGE = Path("src") / "factcheck"


@dataclass(frozen=True)
class Measured:
    key: str  # "extract/gapping.py::apply_gapping", "resolve.py::Resolver._orient"
    line: int
    complexity: int


@dataclass(frozen=True)
class Settings:
    limit: int
    pending: frozenset[str]


def settings(pyproject: Path) -> Settings:
    table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("complexity-gate", {})
    return Settings(int(table.get("max", 15)), frozenset(table.get("pending", ())))


def measure(source: str, relative: str) -> Iterator[Measured]:
    """Every function and method of one module (a closure counts in the function around it, as radon counts it)."""
    for block in cc_visit(source):
        if isinstance(block, Function):
            yield Measured(f"{relative}::{block.fullname}", block.lineno, block.complexity)


def measure_package(package: Path) -> Iterator[Measured]:
    for path in sorted(package.rglob("*.py")):
        yield from measure(path.read_text(encoding="utf-8"), path.relative_to(package).as_posix())


def problems(measured: Iterable[Measured], config: Settings) -> list[str]:
    """What fails the gate: each function above the limit that is not pending, each stale pending entry."""
    found = []
    above = set()
    for m in measured:
        if m.complexity > config.limit:
            above.add(m.key)
            if m.key not in config.pending:
                found.append(f"{m.key} (line {m.line}): complexity {m.complexity} > {config.limit}; split it into named steps")
    found.extend(f"{key}: pending, but not above {config.limit} (or gone): remove it from [tool.complexity-gate] pending" for key in sorted(config.pending - above))
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    config = settings(root / "pyproject.toml")
    found = problems(measure_package(root / PACKAGE), config)
    for line in found:
        print(line)
    if not found:
        print(f"no function above complexity {config.limit} (radon), {len(config.pending)} pending")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
