"""Hostile HTML and Markdown shapes, each a function of a size n: the inputs the linear-time
property is checked on (tests/test_fuzz.py loosely, bench/hostile.py by doubling).

Each once took quadratic time or worse in a prose walker or a regex: deep nesting, unclosed
tags, long runs of markup characters on one line.
"""

from __future__ import annotations

from collections.abc import Callable

Shape = tuple[str, str, Callable[[int], str]]  # name, input format, n -> text

# Open (found while adding shapes, not fixed yet): unclosed attribute quotes in HTML,
# "<a href='x " * n, take time quadratic in n in the HTML prose view (1,000: 1.3 s; 4,000:
# 8.7 s). It joins SHAPES when the walker is linear on it.
OPEN_SHAPES: tuple[Shape, ...] = (("unclosed attribute quotes", "html", lambda n: "<a href='x " * n),)

SHAPES: tuple[Shape, ...] = (
    ("nested <div>s with text", "html", lambda n: "<div>x " * n),
    ("unclosed <p>s", "html", lambda n: "<p>a " * n),
    ("unclosed <script>", "html", lambda n: "<script>" + "x " * n),
    ("deep inline tags", "html", lambda n: "<b><i>" * n + "$5 billion"),
    ("unclosed comments", "html", lambda n: "<!-- " * n),
    ("entity runs", "html", lambda n: "&amp" * n),
    ("markdown [ runs", "markdown", lambda n: "[ " * n),
    ("markdown <!-- runs", "markdown", lambda n: "<!-- " * n),
    ("heading with spaces", "markdown", lambda n: "# " + " " * n + "x"),
    ("backtick runs", "markdown", lambda n: "`a " * n),
    ("unclosed links", "markdown", lambda n: "[a](" * n),
    ("emphasis runs", "markdown", lambda n: "*_" * n),
    ("nested quotes", "markdown", lambda n: "> " * min(n, 5000) + "$1B"),
    ("nested lists", "markdown", lambda n: "".join(" " * (2 * (i % 50)) + "- $1B\n" for i in range(n // 10))),
    ("angle runs", "markdown", lambda n: "<a " * n),
    ("nested tables and lists", "html", lambda n: "<table><tr><td><ul><li>$1B " * (n // 4)),
    ("numeric entity runs", "html", lambda n: "&#x" * n + "$5 billion"),
    ("bare < runs", "html", lambda n: "< " * n),
    ("fence runs", "markdown", lambda n: "```\n" * (n // 2) + "$1B\n"),
    ("table pipes", "markdown", lambda n: "|" * n + "\n|---|\n| $1B |\n"),
    ("link reference runs", "markdown", lambda n: "[a]: " * n),
    ("html blocks in markdown", "markdown", lambda n: "<div>\n" * (n // 3) + "$1B\n"),
)
