"""Whole-pipeline fuzzing: any text ends in a report, any bytes in a report or a clear exit 2.

`make test` runs a bounded session (the `bounded` hypothesis profile of conftest.py, a few
hundred examples in all, in-process through the session's `checker`, plus a handful of
command-line runs for byte-level input); `make fuzz` runs the same properties with the
`fuzz` profile (FACTCHECK_FUZZ=1: thousands of examples) and the tests marked `fuzz`
(full-size inputs: 100,000 "$1B", 1 MB lines, 1 and 5 MB articles through the CLI).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.models import Report
from factcheck.report import FORMATTERS

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT / "tests" / "fixtures" / "registry"
# Characters that break naive text handling: controls, bidi and zero-width marks, odd spaces,
# line and paragraph separators, emoji with joiners, combining marks.
ODD = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\r", "\r\n", "\t", "\v", "\f", "\u2028", "\u2029",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff",
    "\u00a0", "\u2009", "\u202f", "\u3000", "\u0301", "😀", "👩\u200d💻", "🇺🇸", "ﷺ", "𝟏", "١٢٣",
]
# Pieces of real claims, so that generated text reaches extraction and the rules.
PIECES = [
    "Acme", "Bolt", "Cirrus", "Dynamo", " will invest ", " up to ", "$10 billion", "$1B", "€2bn", " in ",
    " and ", ", respectively", " a combined ", "$15B", " valued at ", " CEO ", "Jane Doe", ". ", "\n", "\n\n",
    "• ", "Partners: ", " between $1 and $2 billion", " per share", " billions ", "multi-billion-dollar",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(ODD), st.text(max_size=6)), max_size=60).map("".join),
)


def assert_sound(file_report) -> None:
    """Every claim and finding quotes the text at its span; every format renders."""
    text = file_report.document.text
    for claim in file_report.claims:
        assert 0 <= claim.span.start < claim.span.end <= len(text)
        assert text[claim.span.start : claim.span.end] == claim.text
    for finding in file_report.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
    report = Report(files=(file_report,))
    json.loads(FORMATTERS["json"](report))
    FORMATTERS["text"](report)


@given(texts)
def test_any_text_ends_in_a_sound_report(checker, text):
    assert_sound(checker.check_text(text))


@settings(max_examples=max(10, settings.default.max_examples // 4))
@given(st.lists(texts, min_size=2, max_size=5))
def test_batches_give_the_same_reports_as_single_articles(checker, articles):
    from factcheck.read import make_document  # as check_text builds them (the folded prose view included)

    together = checker.check_documents(make_document(f"a{i}.txt", t, "text") for i, t in enumerate(articles))
    for i, text in enumerate(articles):
        alone = checker.check_text(text, path=f"a{i}.txt")
        assert together.files[i] == alone


# Big inputs: `make test` runs each at a size that takes seconds; `make fuzz` at full size
# (100,000 "$1B" in a row takes minutes: spaCy parses 5,000-token runs, but nothing is quadratic).
BIG = {
    "10,000 empty lines": lambda scale: "\n" * 10_000,
    "$1B in a row": lambda scale: "$1B " * (100_000 if scale else 1_000),
    "$1B on their own lines": lambda scale: "$1B\n" * (100_000 if scale else 1_000),
    "a long line of claims": lambda scale: ("Acme will invest $10 billion in Cirrus, said Bolt " * 21_000)[: 1_000_000 if scale else 20_000],
    "a 1 MB line with no space": lambda scale: "$" * 1_000_000,
}


@pytest.mark.parametrize("make", list(BIG.values()), ids=list(BIG))
def test_big_inputs_complete(checker, make):
    assert_sound(checker.check_text(make(False)))


@pytest.mark.fuzz
@pytest.mark.parametrize("make", list(BIG.values()), ids=list(BIG))
def test_huge_inputs_complete(checker, make):
    assert_sound(checker.check_text(make(True)))


# Byte-level cases go through the real command line: decoding happens there.
BYTES = {
    "invalid utf-8": (b"Acme paid $1B\n\xff\xfe in cash", 2, "not valid UTF-8"),
    "lone surrogate encoded": (b"Acme paid \xed\xa0\x80 $1B", 2, "not valid UTF-8"),
    "nul byte": (b"Acme paid $1B\x00", 2, "binary file"),
    "bom, crlf, rtl, zwj": ("\ufeffAcme will invest $1 billion in Cirrus.\r\n\u200fBolt\u200d paid €2bn.\r\n".encode(), None, ""),
    "controls and emoji": ("\x1b[31m😀 Acme\x07 will invest\u00a0$10 billion\u2028in Cirrus 👩\u200d💻".encode(), None, ""),
    "empty": (b"", None, ""),
}


def run_cli(*args: str, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "--sources", str(REGISTRY), *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=timeout,
    )


@pytest.mark.parametrize(("data", "code", "message"), list(BYTES.values()), ids=list(BYTES))
def test_bytes_end_in_a_report_or_a_clear_error(tmp_path, data, code, message):
    article = tmp_path / "article.txt"
    article.write_bytes(data)
    result = run_cli("--format", "json", str(article))
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    if code == 2:
        assert result.returncode == 2
        assert result.stdout == b""
        first, *snippet = stderr.strip().splitlines()
        assert message in first and all(re.match(r"^ *(\d+ )?\| ", line) for line in snippet), stderr  # the error, then its file's line
    else:
        assert result.returncode in (0, 1), stderr
        json.loads(result.stdout)


@pytest.mark.fuzz
@pytest.mark.parametrize("megabytes", [1, 5])
def test_big_articles_complete_through_the_cli(tmp_path, megabytes):
    paragraph = "Acme will invest up to $10 billion in Cirrus. Bolt said the deal was worth about $3 billion.\n"
    article = tmp_path / "big.txt"
    article.write_text((paragraph * (megabytes * 1024 * 1024 // len(paragraph)))[: megabytes * 1024 * 1024 - 1])
    result = run_cli("--format", "json", str(article), timeout=900)
    assert result.returncode in (0, 1), result.stderr.decode()
    json.loads(result.stdout)


# Hostile markup: generated HTML and Markdown of deep nesting, unclosed tags and long runs of
# markup characters. Prose views must keep offsets and finish in time linear in the input.
from factcheck.prose import prose_view  # noqa: E402
from factcheck.prose.hostile_shapes import SHAPES  # noqa: E402

HTML_PIECES = ["<div>", "</div>", "<p>", "</p>", "<b>", "<i>", "</i>", "<!--", "-->", "<script>", "</script>", "&amp;", "&", "<", ">", "<a href='", "'>", "<br/>", "<pre>", "<nav>", "$5 billion", "Acme ", " "]
MARKDOWN_PIECES = ["[", "]", "(", ")", "![", "`", "``", "*", "_", "~~", "# ", "> ", "- ", "<!--", "-->", "<", ">", "\\", "|", "---\n", "\n", "    ", "$5 billion", "Acme "]
hostile_markup = st.one_of(
    st.tuples(st.just("html"), st.lists(st.sampled_from(HTML_PIECES), max_size=400).map("".join)),
    st.tuples(st.just("markdown"), st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=400).map("".join)),
    st.tuples(st.sampled_from(["html", "markdown"]), st.tuples(st.sampled_from(HTML_PIECES + MARKDOWN_PIECES), st.integers(1, 3000)).map(lambda p: p[0] * p[1])),
)


@given(hostile_markup)
def test_hostile_markup_keeps_offsets(case):
    fmt, text = case
    view = prose_view(text, fmt)
    assert view is None or len(view) == len(text)


@pytest.mark.parametrize(("fmt", "make"), [(fmt, make) for _, fmt, make in SHAPES], ids=[name for name, _, _ in SHAPES])
def test_hostile_shapes_complete(fmt, make):
    view = prose_view(make(2_000), fmt)
    assert view is None or len(view) == len(make(2_000))


def _seconds(text: str, fmt: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        prose_view(text, fmt)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.fuzz
@pytest.mark.parametrize(("fmt", "make"), [(fmt, make) for _, fmt, make in SHAPES], ids=[name for name, _, _ in SHAPES])
def test_hostile_shapes_take_linear_time(fmt, make):
    """Doubling the input at most doubles the time, plus noise. Asserted loosely over two
    doublings, on a shared machine: 4x the input within 8x the time and 0.1 s (quadratic
    gives 16x). bench/hostile.py prints the measured ratios."""
    small, large = _seconds(make(10_000), fmt), _seconds(make(40_000), fmt)
    assert large <= 8 * small + 0.1, f"{small:.3f}s -> {large:.3f}s"
