"""Hostile HTML and Markdown shapes, each a function of a size n: the inputs the linear-time
property is checked on (tests/test_fuzz.py loosely, bench/hostile.py by doubling).

Each once took quadratic time or worse in a prose walker or a regex: deep nesting, unclosed
tags, long runs of markup characters on one line.
"""

from __future__ import annotations

from collections.abc import Callable

Shape = tuple[str, str, Callable[[int], str]]  # name, input format, n -> text

# Open: none. Unclosed attribute quotes in HTML ("<a href='x " * n) were quadratic in the HTML
# prose view until the view stopped handing an unterminated construct to html.parser's close()
# (prose/html.py, _unterminated_markup): before, 1,000 repeats took 0.33 s, 8,000 16 s.
OPEN_SHAPES: tuple[Shape, ...] = ()

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
    # The unterminated-construct family: html.parser's close() retried each from the next "<"
    ("unclosed attribute quotes", "html", lambda n: "<a href='x " * n),
    ("unclosed double quotes", "html", lambda n: '<a href="x ' * n),
    ("attribute values with <", "html", lambda n: "<a title='<b' x " * n),
    ("one tag, many attributes", "html", lambda n: "<a " + "b=c " * n),
    ("unclosed CDATA", "html", lambda n: "<![CDATA[ " * n),
    ("unclosed end tags", "html", lambda n: "</a " * n),
    ("unclosed declarations", "html", lambda n: "<!x " * n),
    ("unclosed processing instructions", "html", lambda n: "<? " * n),
    ("text then unclosed quote", "html", lambda n: "<p>$1B paid. " * (n // 4) + "<a href='x " * (n // 4)),
    ("markdown unclosed link titles", "markdown", lambda n: '[a](b "' * n),
    ("markdown unclosed images", "markdown", lambda n: "![a](" * n),
    ("markdown reference brackets", "markdown", lambda n: "[a][" * n),
    ("markdown reference titles", "markdown", lambda n: "[a]: b '" * n),
    ("markdown unclosed autolinks", "markdown", lambda n: "<http://a " * n),
    ("markdown unclosed html quotes", "markdown", lambda n: "<a href='x " * n),
)
