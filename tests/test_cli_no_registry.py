"""No silent switch-off: a run without a registry says where it looked; --require-sources makes it exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "Acme Corp will pay $3 billion to Beta Labs over five years.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=300)


@pytest.fixture
def bare_dir(tmp_path: Path) -> Path:
    """A directory with an article and no ./sources, as a CI job started from the wrong place sees it."""
    (tmp_path / "draft.txt").write_text(ARTICLE)
    return tmp_path


CASES = [
    # name, extra args, config file text, exit code, stderr fragment
    ("default: a warning naming the place", [], None, 0, "warning: no registry: looked for {dir}/sources"),
    ("flag: exit 2", ["--require-sources"], None, 2, "E202 no registry: looked for {dir}/sources"),
    ("config key: exit 2", [], "require-sources = true\n", 2, "E202 no registry: looked for {dir}/sources"),
    ("config key off: a warning", [], "require-sources = false\n", 0, "warning: no registry"),
]


@pytest.mark.parametrize(("name", "args", "config", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_missing_registry_is_said_and_can_be_required(bare_dir, name, args, config, code, message):
    if config is not None:
        (bare_dir / ".factcheck.toml").write_text(config)
    result = run("--exit-zero", *args, "draft.txt", cwd=bare_dir)
    assert result.returncode == code, result.stderr
    assert message.format(dir=bare_dir.resolve()) in result.stderr
    assert "Traceback" not in result.stderr


def test_required_registry_that_exists_runs(bare_dir):
    registry = bare_dir / "sources"
    registry.mkdir()
    (registry / "entities.yaml").write_text("entities:\n  - id: acme\n    name: Acme Corp\n    aliases: [Acme]\n    kind: organization\n")
    result = run("--exit-zero", "--require-sources", "draft.txt", cwd=bare_dir)
    assert result.returncode == 0, result.stderr
    assert "no registry" not in result.stderr
