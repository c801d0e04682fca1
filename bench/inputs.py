"""Benchmark: do Markdown and HTML renderings of the dev corpus give the same claims, at the same places?

Each dev article (read at run time from ../shared/corpus/dev; never copied) is rendered
three ways: as is (.txt); as Markdown (a `#` headline, bold figures, a link, front matter,
a code block and a suppression-free comment); as an HTML page (head, nav, footer with
boilerplate, one `<p>` per line, `&` `<` `>` and apostrophes as entities). A claim of the
.txt (its text and line:column) is "kept" in a rendering when the rendering has a claim
with the same words at the line:column where those words now sit in the source file.

Prints per-format recall of the .txt claims, extra claims, and the prose-view time.

    .venv/bin/python bench/inputs.py
"""

from __future__ import annotations

import html
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
MONEY = re.compile(r"(?:US)?\$\d[\d.,]*(?:\s?(?:billion|million|trillion|[BMT]\b))?", re.IGNORECASE)


def to_markdown(text: str) -> tuple[str, dict[int, int]]:
    """Markdown with a blank line after each paragraph; returns the txt line -> md line map."""
    lines = text.split("\n")
    out = ["---", "title: draft", "---", "<!-- desk note: not prose -->", f"# {lines[0]}", ""]
    where = {1: 5}
    for number, line in enumerate(lines[1:], start=2):
        where[number] = len(out) + 1
        out += [MONEY.sub(lambda m: f"**{m.group(0)}**", line), ""]
    out += ["```", "Code: $999 billion is not prose.", "```"]
    return "\n".join(out) + "\n", where


def to_html(text: str) -> tuple[str, dict[int, int]]:
    head = [
        "<!doctype html><html><head><title>Site</title><script>var x = '$1 billion';</script></head><body>",
        '<nav><a href="/">Home</a> <a href="/tech">Tech</a> Subscribe for $5 a month</nav>',
        "<article>",
    ]
    lines = text.split("\n")
    body = [f"<h1>{html.escape(lines[0], quote=False)}</h1>"]
    body += [f"<p>{html.escape(line, quote=False).replace(chr(39), '&#39;')}</p>" if line.strip() else "" for line in lines[1:]]
    tail = ["</article>", "<footer>Copyright 2025. All rights reserved. Advertise with us.</footer></body></html>"]
    return "\n".join(head + body + tail) + "\n", {n: n + len(head) for n in range(1, len(lines) + 1)}


def claim_places(file, source: str) -> set[tuple[str, int]]:
    from factcheck.read import LineIndex

    index = LineIndex(source)
    return {(re.sub(r"\s+", " ", c.text), index.position(c.span.start)[0]) for c in file.claims if c.kind == "money"}


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    from factcheck.api import Checker
    from factcheck.prose import prose_view
    from factcheck.registry import load_registry

    checker = Checker(load_registry(ROOT / "sources"))
    totals = {"markdown": [0, 0, 0, 0.0], "html": [0, 0, 0, 0.0]}  # kept, of, extra, seconds
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        base = claim_places(checker.check_text(text, path=path.name), text)
        for fmt, render in (("markdown", to_markdown), ("html", to_html)):
            source, where = render(text)
            started = time.perf_counter()
            prose_view(source, fmt)
            totals[fmt][3] += time.perf_counter() - started
            found = claim_places(checker.check_text(source, path=path.name, format=fmt), source)
            expected = {(words, where[line]) for words, line in base}
            totals[fmt][0] += len(expected & found)
            totals[fmt][1] += len(expected)
            totals[fmt][2] += len(found - expected)
            for missing in sorted(expected - found):
                print(f"  {fmt} {path.name}: missing {missing}")
    for fmt, (kept, of, extra, seconds) in totals.items():
        print(f"{fmt:8} kept {kept}/{of} txt money claims at the right source line ({kept / max(of, 1):.1%}); {extra} extra; prose view {seconds * 1000:.0f} ms for 9 articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
