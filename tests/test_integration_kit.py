"""The integration kit: pre-commit hook, shell completion, --version."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the CLI and report whether spaCy was imported (completion must stay instant)."""
    code = (
        "import sys\nfrom factcheck.cli import main\n"
        f"sys.argv = ['factcheck', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})}, cwd=ROOT)


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "factcheck")
    assert (hook["entry"], hook["language"], hook["types_or"]) == ("factcheck", "python", ["markdown", "text", "html"])
    assert any(dep.startswith("en-core-web-sm") for dep in hook["additional_dependencies"])  # a model, or every run fails E102
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("a.txt", "b.md", "c.markdown", "d.html", "e.htm"))
    assert not pattern.search("setup.py")


def test_readme_pre_commit_rev_is_a_commit():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rev = re.search(r"^\s*rev: (\S+)", readme, re.MULTILINE).group(1)
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot look the rev up")
    found = subprocess.run(["git", "cat-file", "-t", rev], cwd=ROOT, capture_output=True, text=True)
    assert found.stdout.strip() == "commit", f"README's pre-commit rev {rev} is not a commit of this repository"


# Typer detects the user's shell from the process tree; these tests name the shell instead,
# so they mean the same under bash, sh (CI) or a detached job.
NAMED_SHELL = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}


def test_show_completion_does_not_import_spacy():
    result = run_cli(["--show-completion", "bash"], NAMED_SHELL)
    assert "_factcheck_completion" in result.stdout
    assert result.stderr.strip().endswith("NO-SPACY")


def test_completion_offers_commands_and_options():
    env = {"_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "factcheck re", "COMP_CWORD": "1"}
    result = run_cli([], env)
    assert result.stdout.split() == ["review"] and result.stderr.strip().endswith("NO-SPACY")
    env = {"_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "factcheck draft.md --stdin-format ", "COMP_CWORD": "3"}
    assert run_cli([], env).stdout.split() == ["text", "markdown", "html"]


def test_version():
    result = run_cli(["--version"])
    assert result.stdout.strip() == "factcheck 0.1.0" and result.stderr.strip() == "NO-SPACY"


def test_install_completion_writes_into_home(tmp_path):
    result = run_cli(["--install-completion", "bash"], {"HOME": str(tmp_path), **NAMED_SHELL})
    assert "bash completion installed" in result.stdout and result.stderr.strip().endswith("NO-SPACY")
    assert "_factcheck_completion" in (tmp_path / ".bash_completions" / "factcheck.sh").read_text()
