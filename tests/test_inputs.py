"""Markdown, HTML, globs and stdin: claims found in prose, positions pointing into the source file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.read import LineIndex, expand_paths, read_document

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tests" / "fixtures" / "registry"

MARKDOWN = """---
title: Acme backs Cirrus
---
# Acme and **Bolt** back Cirrus

Acme will invest **$7 billion** in [Cirrus](https://cirrus.example/a "$6 billion").
Bolt will invest up to
$10 billion in Cirrus.

```
Acme will invest $9 billion in Cirrus.
```
"""

HTML = """<html><head><title>Acme $1 billion</title></head><body>
<nav><a href="/">Home</a> Acme will invest $3 billion in Cirrus.</nav>
<article>
<h1>Acme backs Cirrus</h1>
<p>Acme will invest
  <b>$7 billion</b> in Cirrus, the company said on Monday in a statement.</p>
<p>Bolt&rsquo;s plan: Bolt will invest up to $10 billion in Cirrus, it said.</p>
</article>
<footer>Copyright. Acme will invest $4 billion in Cirrus.</footer>
</body></html>
"""


def positions(file, text):
    index = LineIndex(text)
    return {claim.text: index.position(claim.span.start) for claim in file.claims}


def test_markdown_claims_point_into_the_file(checker):
    file = checker.check_text(MARKDOWN, path="a.md", format="markdown")
    found = positions(file, MARKDOWN)
    # Markup ignored, code and link targets are not prose, wrapped lines read as one sentence.
    assert set(found) == {"$7 billion", "up to $10 billion"}  # a soft line break reads as a space
    assert found["$7 billion"] == (6, 20)
    for claim in file.claims:
        if "\n" not in MARKDOWN[claim.span.start : claim.span.end]:
            assert claim.text == MARKDOWN[claim.span.start : claim.span.end]
    assert [(f.code, LineIndex(MARKDOWN).position(f.span.start)) for f in file.findings] == [("FC201", (6, 20))]


def test_html_claims_point_at_the_source_line(checker):
    file = checker.check_text(HTML, path="a.html", format="html")
    found = positions(file, HTML)
    lines = HTML.split("\n")
    assert found == {"$7 billion": (6, lines[5].index("$7") + 1), "up to $10 billion": (7, lines[6].index("up to") + 1)}  # nav, title, footer are not the article
    assert found["$7 billion"] == (6, 6)
    claim = next(c for c in file.claims if c.text == "$7 billion")
    assert HTML[claim.span.start : claim.span.end] == "$7 billion"
    assert [f.code for f in file.findings] == ["FC201"]


@pytest.mark.parametrize(
    "name, suffix, fmt",
    [("text", ".txt", "text"), ("markdown", ".md", "markdown"), ("long markdown", ".markdown", "markdown"), ("html", ".html", "html"), ("htm", ".HTM", "html"), ("unknown", ".rst", "text")],
)
def test_format_from_suffix(tmp_path, name, suffix, fmt):
    path = tmp_path / f"article{suffix}"
    path.write_text("Acme spoke.\n")
    assert read_document(str(path)).format == fmt


def test_directories_include_markdown_and_html(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.markdown", "skip.png", "sub/f.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert found == ["a.txt", "b.md", "c.html", "d.htm", "e.markdown", "sub/f.md"]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("*.md", ["b.md"]),
        ("**/*.md", ["b.md", "sub/deep/f.md"]),
        ("sub/**/*.md", ["sub/deep/f.md"]),
        ("[ab].*", ["a.txt", "b.md"]),
    ],
)
def test_globs(tmp_path, monkeypatch, pattern, expected):
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.md", "sub/deep/f.md"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("x")
    assert expand_paths([pattern]) == expected


def test_glob_without_match_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no files match"):
        expand_paths(["drafts/*.md"])


def test_a_file_named_twice_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("x")
    assert expand_paths(["a.md", "*.md"]) == ["a.md"]


def test_stdin_format(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"# Acme **spoke**\n")))
    document = read_document("-", stdin_format="markdown")
    assert document.path == "<stdin>" and document.format == "markdown"
    assert document.prose_text.strip() == "Acme   spoke"


def test_unknown_stdin_format_is_an_error():
    from factcheck.read import make_document

    with pytest.raises(InputError, match="unknown input format"):
        make_document("x", "text", "rtf")


def run(*args, stdin=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True, cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=300)


def test_cli_markdown_from_stdin_and_html_glob(tmp_path):
    (tmp_path / "page.html").write_text(HTML)
    result = run("--sources", str(REGISTRY), "--format", "json", "--stdin-format", "markdown", "-", str(tmp_path / "*.html"), stdin=MARKDOWN.encode())
    assert result.returncode == 1, result.stderr
    files = json.loads(result.stdout)["files"]
    assert [Path(f["path"]).name for f in files] == ["<stdin>", "page.html"]
    assert [(f["code"], f["line"], f["column"]) for f in files[0]["findings"]] == [("FC201", 6, 20)]
    assert [(f["code"], f["line"], f["column"]) for f in files[1]["findings"]] == [("FC201", 6, 6)]
    assert result.stderr.decode().count("\n") == 0  # no progress bar when stderr is not a terminal


def test_progress_bar_draws_on_a_terminal_only_for_batches():
    from rich.console import Console

    from factcheck.progress import progress_bar

    class File:
        class document:
            path = "a.md"

    with progress_bar(1, console=Console(file=io.StringIO(), force_terminal=True)) as tick:
        assert tick is None
    out = io.StringIO()
    with progress_bar(2, console=Console(file=out, force_terminal=True, width=80)) as tick:
        tick(File)
        tick(File)
    assert "checking" in out.getvalue()
    with progress_bar(5) as tick:  # pytest captures stderr: not a terminal
        assert tick is None


def test_claims_read_as_the_reader_sees_them(checker):
    page = "<p>Cirrus said Acme will invest $5&nbsp;billion in Cirrus.</p>"
    claim = checker.check_text(page, format="html").claims[0]
    assert (claim.text, page[claim.span.start : claim.span.end]) == ("$5 billion", "$5&nbsp;billion")
    assert claim.sentence == "Cirrus said Acme will invest $5 billion in Cirrus."
    source = "Acme will invest **$7 billion** in [Cirrus](https://cirrus.example).\n"
    claim = checker.check_text(source, format="markdown").claims[0]
    assert (claim.text, claim.sentence) == ("$7 billion", "Acme will invest $7 billion in Cirrus.")
