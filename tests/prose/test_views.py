"""Prose views: markup blanked, prose kept at its own offsets (no spaCy needed)."""

from __future__ import annotations

import pytest

from factcheck.prose import prose_view
from factcheck.prose.html import html_prose
from factcheck.prose.markdown import markdown_prose

# (name, markdown, words that must stay prose, markup that must be gone from the view)
MARKDOWN_CASES = [
    ("heading", "# Acme backs Cirrus #\n", ["Acme backs Cirrus"], ["#"]),
    ("setext heading", "Acme backs Cirrus\n=================\n", ["Acme backs Cirrus"], ["="]),
    ("emphasis", "Acme will invest **$5 billion** in _Cirrus_.\n", ["$5 billion", "Cirrus"], ["*", "_"]),
    ("link target", "See [Acme's filing](https://acme.example/f \"10-K\") today.\n", ["Acme's filing", "today"], ["https", "](", "10-K", "["]),
    ("reference link", "See [the filing][1].\n\n[1]: https://acme.example/f\n", ["the filing"], ["https", "[1]"]),
    ("image", "![Acme $9 billion chart](chart.png) Bolt said.\n", ["Bolt said."], ["$9 billion", "chart.png"]),
    ("inline code", "Run `acme --invest $4 billion` now.\n", ["Run", "now."], ["`", "$4 billion"]),
    ("fenced code", "Text.\n\n```\nAcme will invest $3 billion.\n```\n", ["Text."], ["$3 billion", "```"]),
    ("comment", "<!-- Acme $2 billion draft note -->\nBolt spoke.\n", ["Bolt spoke."], ["$2 billion", "<!--"]),
    ("front matter", "---\ntitle: Acme $1 billion\n---\nBolt spoke.\n", ["Bolt spoke."], ["$1 billion", "title"]),
    ("blockquote", "> Acme will invest $5 billion.\n", ["Acme will invest $5 billion."], [">"]),
    ("table", "| who | amount |\n| --- | ---: |\n| Acme | $5 billion |\n", ["Acme", "$5 billion"], ["|", "---"]),
    ("inline html", "Acme <span class=\"x\">will invest</span> $5 billion.\n", ["will invest", "$5 billion"], ["span", "<"]),
    ("escape", "Acme \\*will\\* invest.\n", ["will", "invest."], ["\\", "*"]),
]


@pytest.mark.parametrize("name, source, kept, gone", MARKDOWN_CASES, ids=[c[0] for c in MARKDOWN_CASES])
def test_markdown_view(name, source, kept, gone):
    view = markdown_prose(source)
    assert len(view) == len(source)
    for words in kept:
        assert words in view
        at = view.index(words)
        assert source[at : at + len(words)] == words  # prose stays at its own offsets
    for markup in gone:
        assert markup not in view


def test_markdown_soft_breaks_join_a_paragraph_but_not_two():
    source = "Acme will invest\n$5 billion in Cirrus.\n\nBolt spoke.\n"
    view = markdown_prose(source)
    assert view.splitlines()[0] == "Acme will invest $5 billion in Cirrus."
    assert "\n\nBolt spoke." in view


HTML_PAGE = """<!doctype html>
<html><head><title>Acme $1 billion</title><style>p { color: red }</style>
<script>var total = "$2 billion";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article>
<h1>Acme backs Cirrus</h1>
<p>Acme will invest <b>$5&nbsp;billion</b> in Cirrus, the company said on Monday
in a statement.</p>
<!-- an editor's note about $3 billion -->
<p>Bolt&rsquo;s plan is to invest up to $10 billion in Cirrus over three years.</p>
</article>
<footer>Copyright Acme. Subscribe for $4 a month.</footer>
</body></html>
"""


def test_html_view_keeps_the_article_and_blanks_the_rest():
    view = html_prose(HTML_PAGE)
    assert len(view) == len(HTML_PAGE)
    for words in ("Acme backs Cirrus", "the company said on Monday in a statement.", "invest up to $10 billion in Cirrus"):
        assert words in view
    for gone in ("$1 billion", "$2 billion", "$3 billion", "Subscribe", "Home", "Markets", "<", "color"):
        assert gone not in view


def test_html_entities_decode_in_place():
    view = html_prose(HTML_PAGE)
    at = HTML_PAGE.index("&rsquo;")
    assert view[at : at + len("&rsquo;")] == "      ’"
    assert "$5      billion" in view  # &nbsp; is a space; the claim still starts on "$5" in the file


def test_html_blocks_are_paragraphs():
    view = html_prose("<p>Acme will invest\n$5 billion.</p><p>Bolt spoke.</p>")
    lines = [line.strip() for line in view.split("\n") if line.strip()]
    assert lines == ["Acme will invest $5 billion.", "Bolt spoke."]


def test_html_fragment_without_main_text_keeps_all_but_boilerplate():
    view = html_prose("<nav>Menu</nav><p>Cirrus raised $3 billion.</p>")
    assert "Cirrus raised $3 billion." in view and "Menu" not in view


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme spoke.\n", None),  # all prose: no view
        ("[factcheck: ignore FC202]\nAcme spoke.\n", " " * 25 + "\nAcme spoke.\n"),
        ("Acme [factcheck: ignore] spoke.\n", "Acme " + " " * 19 + " spoke.\n"),  # a same-line marker (silences its line)
        ("Acme [factcheck ignore] spoke.\n", None),  # no colon: not a marker
    ],
)
def test_text_view_blanks_marker_lines(text, expected):
    assert prose_view(text, "text") == expected


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = st.sampled_from(
    ["<p>", "</p>", "<div>", "<b>", "</b>", "<!--", "-->", "<script>", "</script>", "&amp;", "&rsquo;", "&#36;", "&nbsp", "&bogus;",
     "<", ">", "\n", "\r\n", " ", "Acme", "$5 billion", "**", "_", "`", "```", "[", "](", ")", "# ", "> ", "|", "---", "<![CDATA[", "]]>", "é", "\t"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_views_never_fail_and_keep_offsets(source):
    for view in (html_prose(source), markdown_prose(source), prose_view(source, "text") or source):
        assert len(view) == len(source)


def test_html_main_text_without_semantic_tags_comes_from_trafilatura():
    page = """<html><body><div class="menu"><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></div>
<main><div class="story"><h1>Acme backs Cirrus</h1>
<p>Acme will invest $5 billion in Cirrus, the company said on Monday in a statement to investors.</p>
<p>The deal makes Acme the largest shareholder in Cirrus, which builds data centres in Europe.</p></div>
<div class="related"><h3>Related</h3><ul><li><a href="/x">Dynamo raised $9 billion last year in a round led by Nimbus</a></li></ul></div>
</main><div class="cookie">We use cookies to improve your experience. Accept all cookies.</div></body></html>"""
    kept = [line.strip() for line in html_prose(page).split("\n") if line.strip()]
    assert kept == [
        "Acme backs Cirrus",
        "Acme will invest $5 billion in Cirrus, the company said on Monday in a statement to investors.",
        "The deal makes Acme the largest shareholder in Cirrus, which builds data centres in Europe.",
    ]


# A file that ends inside a tag, declaration or comment: as in browsers (and html.parser from
# Python 3.11.13 on), the construct runs to the end of the file, so it is not prose; the text
# before it is kept at its offsets. (name, html, prose that must stay, text that must be gone)
UNTERMINATED_AT_END = [
    ("unclosed single quote", "<p>Acme will invest $5 billion in Cirrus.</p><a href='x", ["Acme will invest $5 billion in Cirrus."], ["href", "<a"]),
    ("unclosed double quote", '<p>Bolt raised $2 million.</p><img alt="Bolt paid $9 million', ["Bolt raised $2 million."], ["$9 million", "alt"]),
    ("quote then a > inside it", "<p>Dynamo spent $40 million.</p><a title='see > more", ["Dynamo spent $40 million."], ["see", "more"]),
    ("tag cut before its >", "<p>Nimbus paid $3 billion.</p><p class=lead", ["Nimbus paid $3 billion."], ["class", "lead"]),
    ("end tag cut before its >", "<p>Cirrus lost $8 million.</p></p", ["Cirrus lost $8 million."], ["</p"]),
    ("unclosed CDATA", "<p>Acme earned $6 billion.</p><![CDATA[ Acme earned $1 billion", ["Acme earned $6 billion."], ["$1 billion", "CDATA"]),
    ("unclosed declaration", "<p>Bolt owes $7 million.</p><!DOCTYPE html", ["Bolt owes $7 million."], ["DOCTYPE"]),
    ("unclosed processing instruction", "<p>Acme spent $4 million.</p><?xml version", ["Acme spent $4 million."], ["xml"]),
]


@pytest.mark.parametrize("name, source, kept, gone", UNTERMINATED_AT_END, ids=[c[0] for c in UNTERMINATED_AT_END])
def test_html_construct_unterminated_at_the_end_is_not_prose(name, source, kept, gone):
    view = html_prose(source)
    assert len(view) == len(source)
    for words in kept:
        assert words in view and view.index(words) == source.index(words)  # at its own offset
    for markup in gone:
        assert markup not in view


@pytest.mark.parametrize(
    "source, kept",
    [
        ("<p>Acme paid $5 billion for Bolt <", "Acme paid $5 billion for Bolt <"),  # a lone < at the end is text
        ("<p>Acme paid $5 billion for Bolt </", "Acme paid $5 billion for Bolt </"),
        ("<p>Acme paid <a href='/b'>Bolt</a> $5 billion.</p>", "Acme paid Bolt $5 billion."),  # closed quotes: unchanged
        ("<p>Acme paid <a title=\"a > b\">Bolt</a> $5 billion.</p>", "Acme paid Bolt $5 billion."),  # a quoted >
    ],
)
def test_html_closed_or_bare_markup_keeps_its_prose(source, kept):
    view = html_prose(source)
    assert len(view) == len(source)
    assert " ".join(view.split()) == kept
