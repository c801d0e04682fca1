"""What a formatter is told besides the report: every formatter is `(report, options) -> str`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FormatOptions:
    """Each format reads what concerns it: colour and width the text report, `base` the
    formats that print paths relative to a directory (SARIF, GitHub, GitLab)."""

    color: bool = False
    width: int = 100
    base: Path | None = None  # None: the working directory


PLAIN = FormatOptions()
