"""The hook under the real pre-commit: `try-repo` on a scratch repository, the way a newsroom
adds it. The hook's environment (package and model) is built once and cached by pre-commit
(about 2 minutes the first time); skipped, with the reason, where it cannot be installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
# Written for this test: a headline that drops the body's "up to" (FC103), and a clean article.
WRONG = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"
CLEAN = "Kestrel will invest $4 million in Wren.\n"
pytestmark = pytest.mark.install
INSTALL_FAILED = ("An unexpected error has occurred", "CalledProcessError", "Could not find a version")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    if PRE_COMMIT is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: try-repo needs one")
    repo = tmp_path_factory.mktemp("newsroom")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "wrong.md").write_text(WRONG, encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "notes.py").write_text("print('not an article')\n", encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    return repo


def try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess:
    result = subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "factcheck", "--files", *files], cwd=repo, capture_output=True, text=True, timeout=900)
    if result.returncode not in (0, 1) or any(sign in result.stdout + result.stderr for sign in INSTALL_FAILED):
        pytest.skip(f"pre-commit could not install the hook: {(result.stdout + result.stderr).strip().splitlines()[-1:]}")
    return result


@pytest.fixture(scope="module")
def hook_run(scratch) -> subprocess.CompletedProcess:
    """One try-repo over the three files: building the hook's environment is most of a run's two
    minutes, and try-repo builds it afresh each time, so both tests read this one run."""
    return try_repo(scratch, "wrong.md", "clean.txt", "notes.py")


def test_hook_fails_on_a_finding_and_names_it(hook_run):
    assert hook_run.returncode == 1 and "FC103" in hook_run.stdout and "wrong.md" in hook_run.stdout, hook_run.stdout


def test_hook_passes_a_clean_article_and_skips_other_files(hook_run):
    """The clean article and the Python file, checked in the same run, are named in no finding."""
    findings = [line for line in hook_run.stdout.splitlines() if ": FC" in line or " FC1" in line]
    assert findings and not any(name in line for line in findings for name in ("clean.txt", "notes.py")), hook_run.stdout
