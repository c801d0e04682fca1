"""`--format html` as markup: states, escaping, links, the content policy, the money flow.
(tests/report/test_report_browser.py runs the page in a real browser.)"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

from conftest import claim_at, make_report, usd
from factcheck.report.html import format_html, safe_link


class Page(HTMLParser):
    """Collects what the tests look at: tags with their attributes, and inline script/style."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.inline: dict[str, str] = {}
        self._open: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._open = tag if tag in ("script", "style") else None

    def handle_data(self, data):
        if self._open:
            self.inline[self._open] = self.inline.get(self._open, "") + data

    def handle_endtag(self, tag):
        self._open = None

    def marks(self) -> dict[str, set[str]]:
        """Claim DOM id -> the state classes its highlights carry."""
        found: dict[str, set[str]] = {}
        for tag, attrs in self.tags:
            if tag == "mark" and "data-claim" in attrs:
                found.setdefault(attrs["data-claim"], set()).update(c for c in attrs["class"].split() if c.startswith("s-"))
        return found


@pytest.fixture(scope="module")
def seed_page(seed_report) -> tuple[str, Page]:
    html = format_html(seed_report)
    return html, Page(html)


def test_claim_states_on_the_seed_article(seed_page, seed_report):
    _, page = seed_page
    claims = seed_report.files[0].claims
    target = {claim.text + f"@{claim.span.start}": f"f0-c{i}" for i, claim in enumerate(claims)}
    marks = page.marks()

    def state(text):
        (key,) = [k for k in target if k.startswith(text + "@")][:1] or [None]
        return marks[target[key]]

    assert state("$5 Billion") == {"s-contradicted"}  # FC201
    assert state("$35 Billion") == {"s-inconsistent"}  # FC101
    assert state("$15B") == {"s-inconsistent"}  # FC103
    assert state("Up to $10 Billion") == {"s-supported"}
    assert state("past $35 billion") == {"s-unverified"}
    assert len(marks) == len(claims)  # every claim is highlighted


def test_every_claim_has_a_detail_panel_and_every_finding_an_anchor(seed_page, seed_report):
    _, page = seed_page
    ids = {attrs.get("id") for _, attrs in page.tags}
    file = seed_report.files[0]
    assert all(f"detail-f0-c{i}" in ids for i in range(len(file.claims)))
    assert all(f"f0-finding{i}" in ids for i in range(len(file.findings)))
    jumps = [attrs["href"] for tag, attrs in page.tags if tag == "a" and "jump" in attrs.get("class", "")]
    assert {f"#f0-finding{i}" for i in range(len(file.findings))} <= set(jumps)


def test_evidence_quotes_links_and_fix_are_in_the_contradicted_claims_panel(seed_page):
    html, _ = seed_page
    panel = html[html.index('id="detail-f0-c4"') :]
    panel = panel[: panel.index("</section>")]
    assert "up to $5B" in panel and "FC201" in panel
    assert 'href="https://www.semafor.com/' in panel
    assert "Microsoft up to $5 billion in the startup" in panel


def test_page_is_self_contained_under_a_strict_policy(seed_page):
    html, page = seed_page
    (meta,) = [attrs for tag, attrs in page.tags if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
    assert policy["default-src"] == "'none'"
    for kind in ("script", "style"):
        digest = base64.b64encode(hashlib.sha256(page.inline[kind].encode()).digest()).decode()
        assert policy[f"{kind}-src"] == f"'sha256-{digest}'"
    # Nothing to fetch: no src, no stylesheet link, no url() but the SVG's own markers.
    assert not [attrs for _, attrs in page.tags if "src" in attrs]
    assert not [tag for tag, _ in page.tags if tag in ("link", "iframe", "object", "embed", "img")]
    assert not [attrs for _, attrs in page.tags if any(k.startswith("on") for k in attrs)]
    assert set(re.findall(r"url\(([^)]*)\)", html)) <= {f"#f0-arrow-{s}" for s in ("contradicted", "inconsistent", "supported", "unverified")}
    assert not [attrs for tag, attrs in page.tags if tag == "a" and not attrs["href"].startswith(("#", "https://", "http://"))]


def test_money_flow_on_the_seed_article(seed_page):
    html, page = seed_page
    edges = [attrs for tag, attrs in page.tags if tag == "path" and "line" in attrs.get("class", "").split()]
    assert len(edges) >= 4
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "up to $10B</text>" in svg and "$30B</text>" in svg and "$5B</text>" in svg
    assert "Nvidia → Anthropic: up to $10B" in svg
    assert "Anthropic → Microsoft Azure: $30B" in svg  # the article's names, not registry ids
    assert "microsoft-azure →" not in html and "→ microsoft-azure" not in html
    assert any("hedged" in e["class"] for e in edges)


def test_diagram_draws_every_label_after_every_line(seed_page):
    """SVG paints in document order: lines first, then labels (with a white halo), so no
    line strikes through a label; hit areas under all lines, so none covers another arrow."""
    html, _ = seed_page
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.rindex('class="hit"') < svg.index('class="line') < svg.rindex('class="line') < svg.index('class="label"') < svg.index('class="name"')


@pytest.mark.parametrize(
    "key, texts, article, expected",
    [
        ("microsoft-azure", ["Azure", "Microsoft Azure"], "", "Microsoft Azure"),  # the fullest wording
        ("openai", [None], "Then OpenAI said so.", "OpenAI"),  # spelled as the article spells it
        ("amazon-web-services", [None], "on Amazon Web\nServices", "Amazon Web Services"),
        ("wren", ["the startup"], "", "wren"),  # a reference is no name; nothing better: the id
    ],
)
def test_display_names(key, texts, article, expected):
    from factcheck.report.html import _display_names

    text = article + " $1 billion"
    claims = [claim_at(text, "$1 billion", f"c{i}", amount=usd(1_000_000_000), subject="acme", relation="invests_in", object=key, object_text=words) for i, words in enumerate(texts)]
    assert _display_names(claims, text).get(key, key) == expected


def test_raises_flows_from_the_investor():
    text = "Dynamo raised $2 billion from Acme.\n"
    claim = claim_at(text, "$2 billion", amount=usd(2_000_000_000), subject="dynamo", relation="raises", object="acme")
    html = format_html(make_report(text, [claim]))
    assert "Acme → Dynamo: $2B" in html


def test_no_flow_without_parties():
    text = "Some $2 billion changed hands.\n"
    html = format_html(make_report(text, [claim_at(text, "$2 billion", amount=usd(2_000_000_000))]))
    assert "<svg" not in html and "names both who pays" in html


def test_hostile_text_is_escaped(hostile_report):
    html = format_html(hostile_report)
    page = Page(html)
    assert "<script>window.pwned" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "<img" not in html and "<svg onload" not in html and "<b>cirrus" not in html and "<i>Evil" not in html
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.pwned=1&#34;&gt;" in html
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert "https://example.com/a?b=1&c=2" in links
    assert not [href for href in links if "javascript" in href.lower()]
    assert "javascript:alert(1)" in html  # shown as text, not linked
    assert len([t for t, _ in page.tags if t == "script"]) == 1


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.com/x", True),
        ("http://example.com/x", True),
        ("HTTPS://EXAMPLE.COM/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" https://example.com", False),
        ("https://exa mple.com", False),
        ("https://example.com/\nx", False),
        ("data:text/html,<script>1</script>", False),
        ("//example.com/x", False),
        ("example.com", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_link(url, linked):
    assert safe_link(url) == (url if linked else None)


def test_several_files_get_their_own_ids():
    from factcheck.models import Report

    text = "Acme invests $5 billion in Cirrus.\n"
    one = make_report(text, [claim_at(text, "$5 billion", amount=usd(5_000_000_000), subject="acme", relation="invests_in", object="cirrus")]).files[0]
    html = format_html(Report(files=(one, one.model_copy(update={"document": one.document.model_copy(update={"path": "b.txt"})}))))
    ids = [attrs["id"] for _, attrs in Page(html).tags if "id" in attrs]
    assert len(ids) == len(set(ids))
    assert "detail-f0-c0" in ids and "detail-f1-c0" in ids
