"""--help renders without rich.markdown and rich.traceback, byte for byte as typer's full import does."""

from __future__ import annotations

import subprocess
import sys

import pytest

HELP = (
    "import sys\n"
    "{prelude}\n"
    "from factcheck.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print('LOADED' if 'rich.markdown' in sys.modules or 'rich.traceback' in sys.modules else 'LIGHT', file=sys.stderr)\n"
)


def _help(args: list[str], prelude: str = "") -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", HELP.format(prelude=prelude), *args], capture_output=True, text=True, env={"COLUMNS": "100", "PATH": ""}, check=False)
    return done.stdout, done.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["check", "--help"], ["sources", "--help"]])
def test_help_is_the_same_without_the_modules_it_never_renders(args: list[str]) -> None:
    light, light_state = _help(args)
    full, full_state = _help(args, prelude="import typer.rich_utils")
    assert light == full and "Usage" in light
    assert (light_state, full_state) == ("LIGHT", "LOADED")


def test_the_real_modules_load_after_the_help_renderer() -> None:
    code = (
        "from factcheck.light_help import import_help_renderer\n"
        "import_help_renderer()\n"
        "from rich.markdown import Markdown\n"
        "from rich.traceback import Traceback\n"
        "print(Markdown.__module__, Traceback.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["rich.markdown", "rich.traceback"]
