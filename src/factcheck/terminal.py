"""What the command line shares with the conventions of ruff and Vale: colour, "did you mean",
and the per-rule statistics."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping

from factcheck.models import Report


def use_color(choice: str, to_terminal: bool, environ: Mapping[str, str]) -> bool:
    """--color always|never wins; with auto, NO_COLOR (any value) turns colour off and FORCE_COLOR
    (non-empty) turns it on, else colour only on a terminal (https://no-color.org, https://force-color.org)."""
    if choice != "auto":
        return choice == "always"
    if "NO_COLOR" in environ:
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return to_terminal


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """" (did you mean 'nvidia'?)", or "" when nothing is close (case is ignored)."""
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return f" (did you mean {by_lower[close[0]]!r}?)" if close else ""


def rule_choices() -> list[str]:
    from factcheck.rules import ALL_RULES

    return [name for rule in ALL_RULES for name in (rule.code, rule.name)]


def format_statistics(report: Report) -> str:
    """One line per rule, most frequent first: count, code, name, and [*] when fixable (as ruff)."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: set[str] = set()
    for file in report.files:
        for finding in file.findings:
            counts[(finding.code, finding.rule)] += 1
            if finding.fix is not None:
                fixable.add(finding.code)
    width = max((len(str(n)) for n in counts.values()), default=1)
    lines = [f"{n:>{width}}\t{code}\t{'[*] ' if code in fixable else ''}{rule}" for (code, rule), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "".join(line + "\n" for line in lines)
