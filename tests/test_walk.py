"""Directory walks skip hidden and virtual-environment folders, .gitignore'd paths and --exclude."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.exclude import Exclusions
from factcheck.read import expand_paths

ARTICLE = "Kestrel will invest $5 million in Wren.\n"


def make_clone(root: Path) -> None:
    """A newsroom repository: its articles, and what a clone and a set-up leave beside them."""
    files = [
        "articles/one.md", "articles/deep/two.txt", "README.md",
        ".venv/lib/python3.11/site-packages/pkg/data.txt",  # a virtual environment (hidden)
        "env/lib/data.txt",  # a virtual environment by its marker
        "venv/notes.txt", "node_modules/pkg/readme.md", ".git/description.txt", ".tox/log.txt",
        "build/out.html",  # ignored by .gitignore
        "articles/draft.tmp.md",  # ignored by a nested .gitignore
    ]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(ARTICLE, encoding="utf-8")
    (root / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (root / ".gitignore").write_text("build/\n", encoding="utf-8")
    (root / "articles" / ".gitignore").write_text("*.tmp.md\n", encoding="utf-8")


def relative(root: Path, found: list[str]) -> list[str]:
    return sorted(Path(p).resolve().relative_to(root.resolve()).as_posix() for p in found)


@pytest.mark.parametrize(
    "exclusions, expected",
    [
        (Exclusions(), ["README.md", "articles/deep/two.txt", "articles/one.md"]),
        (Exclusions(extend=("README.md",)), ["articles/deep/two.txt", "articles/one.md"]),
        (Exclusions(extend=("deep/",)), ["README.md", "articles/one.md"]),
        (Exclusions(respect_gitignore=False), ["README.md", "articles/deep/two.txt", "articles/draft.tmp.md", "articles/one.md", "build/out.html"]),
        (Exclusions(exclude=(), respect_gitignore=False), None),  # nothing excluded but the venv marker
    ],
)
def test_walk_skips_what_a_project_does_not_publish(tmp_path, exclusions, expected):
    make_clone(tmp_path)
    found = relative(tmp_path, expand_paths([str(tmp_path)], exclusions))
    if expected is None:
        assert ".venv/lib/python3.11/site-packages/pkg/data.txt" in found and "env/lib/data.txt" not in found
    else:
        assert found == expected


def test_relative_walk_from_inside_the_clone(tmp_path, monkeypatch):
    make_clone(tmp_path)
    (tmp_path / ".git").mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path / "articles")
    assert sorted(expand_paths(["."])) == ["deep/two.txt", "one.md"]  # the parent .gitignore is read too


def test_a_file_named_is_checked_even_if_excluded(tmp_path):
    make_clone(tmp_path)
    named = str(tmp_path / "build" / "out.html")
    assert expand_paths([named]) == [named]


def test_factcheck_dot_in_a_clone_checks_only_the_articles(tmp_path):
    make_clone(tmp_path)
    result = subprocess.run([sys.executable, "-m", "factcheck", ".", "--format", "json", "--exit-zero"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    paths = sorted(file["path"] for file in json.loads(result.stdout)["files"])
    assert paths == ["README.md", "articles/deep/two.txt", "articles/one.md"]
