"""`--help` without the parts of rich it never renders.

typer draws help with `typer.rich_utils`, which imports `rich.markdown` (markdown-it, its plugins)
and `rich.traceback` (pygments, rich.pretty) at module level: about 0.1 s, a third of `--help`.
Our app uses the "rich" markup mode (typer's default) and pretty exceptions are off, so help
never builds a `Markdown` nor a `Traceback`. While `typer.rich_utils` is imported, placeholders
stand in for those two modules; they are taken out at once, so a later `import rich.markdown`
(anyone's) loads the real one. The help text is the same byte for byte (tests/test_light_help.py).
"""

from __future__ import annotations

import sys
import types

STAND_INS = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class _NeverRendered:
    """A placeholder class: typer names it in annotations and in code paths our app never takes."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError("factcheck.light_help: a placeholder was used; import typer.rich_utils without it")


def import_help_renderer() -> None:
    """Import typer.rich_utils now, with placeholders for the rich modules help does not use."""
    if "typer.rich_utils" in sys.modules:
        return
    installed = [name for name in STAND_INS if name not in sys.modules]
    for name in installed:
        module = types.ModuleType(name)
        setattr(module, STAND_INS[name], type(STAND_INS[name], (_NeverRendered,), {}))
        sys.modules[name] = module
    try:
        import typer.rich_utils  # noqa: F401
    finally:
        for name in installed:
            del sys.modules[name]
