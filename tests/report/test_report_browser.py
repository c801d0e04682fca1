"""The HTML report in a real browser: Debian's chromium, headless, driven by playwright.

Skips, saying why, when playwright or /usr/bin/chromium is missing (`make test` tries to
install both). Never runs `playwright install`: the system browser is the one under test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import HOSTILE_TEXT
from factcheck.models import Report
from factcheck.report.html import format_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"no chromium at {CHROMIUM} or on PATH (apt-get install chromium; `make test` tries it)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, tmp_path):
    """Opens an HTML string from a file:// URL and records console messages and requests."""
    pages = []

    def open_html(html: str, width: int = 1280, height: int = 720):
        path = tmp_path / f"report{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": width, "height": height})
        page.console_messages, page.requests = [], []
        page.on("console", lambda message: page.console_messages.append(message.text))
        page.on("pageerror", lambda error: page.console_messages.append(str(error)))
        page.on("request", lambda request: page.requests.append(request.url))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield open_html
    for page in pages:
        page.close()


def claim_mark(page, text: str):
    return page.locator("mark.claim", has_text=text).first


def test_clicking_a_contradicted_claim_shows_its_fact_evidence_and_fix(seed_report, open_page):
    page = open_page(format_html(seed_report))
    detail = page.locator("section.detail:visible")
    assert detail.count() == 0
    mark = claim_mark(page, "$5 Billion")
    assert "s-contradicted" in mark.get_attribute("class")
    mark.click()
    assert detail.count() == 1
    shown = detail.inner_text()
    assert "contradicted" in shown and "FC201" in shown
    assert "Suggested fix: replace with up to $5 Billion" in shown  # in the article's own style
    assert "Microsoft up to $5 billion in the startup" in shown  # an evidence quote
    assert "invests_in" in shown and "exact" in shown  # the structured fact
    link = detail.locator("a[href^='https://www.semafor.com/']")
    assert link.count() == 1 and link.is_visible()
    assert "selected" in mark.get_attribute("class")
    assert page.console_messages == []  # no CSP violation: the script and style hashes match
    assert page.requests == [page.url]  # nothing but the page itself was loaded


def test_findings_list_jumps_to_the_text_and_opens_the_claim(seed_report, open_page):
    page = open_page(format_html(seed_report))
    page.locator("ol.findings a", has_text="FC103").click()
    assert page.url.endswith("#f0-finding3")
    shown = page.locator("section.detail:visible").inner_text()
    assert "$15B" in shown and "FC103" in shown and "up to $15B" in shown
    assert page.locator("#f0-finding3").evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top <= innerHeight; }")


def test_money_flow_arrow_opens_its_claim(seed_report, open_page):
    page = open_page(format_html(seed_report))
    page.locator("svg.flow text.label", has_text="up to $10B").first.click()
    assert "Up to $10 Billion" in page.locator("section.detail:visible").inner_text()


def test_script_in_the_article_does_not_run_and_shows_literally(checker, open_page):
    report = Report(files=(checker.check_text(HOSTILE_TEXT, path="claims/hostile.txt"),))
    page = open_page(format_html(report))
    assert page.evaluate("typeof window.pwned") == "undefined"
    text = page.locator(".article").inner_text()
    assert "<script>window.pwned=1</script>" in text
    assert '"><img src=x onerror="window.pwned=1">' in text
    assert page.locator(".article img, .article script").count() == 0
    assert page.requests == [page.url]


def test_hostile_registry_evidence_is_text_and_not_linked(hostile_report, open_page):
    page = open_page(format_html(hostile_report))
    claim_mark(page, "$5 billion").click()
    detail = page.locator("section.detail:visible")
    shown = detail.inner_text()
    assert "<script>window.pwned=1</script> quoted" in shown
    assert "javascript:alert(1)" in shown
    assert "<img src=x onerror=window.pwned=1> differs" in shown
    assert page.locator("a[href^='javascript'], a[href^='JAVASCRIPT']").count() == 0
    detail.locator("code.url").click()  # the javascript: URL is inert text
    assert detail.locator("a[href='https://example.com/a?b=1&c=2']").count() == 1
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("svg text.name", has_text='bolt"><svg onload=window.pwned=1>').count() == 1


# Written for these tests: a Markdown draft with front matter, emphasis, a link, a table and
# an entity, and the same story as an HTML page with boilerplate around it.
MARKDOWN_DRAFT = """---
title: Draft
author: desk
---
# Kestrel Bets on Wren

Kestrel will invest **up to $40 million** in [Wren](https://example.com/wren), the
companies said on Monday.

| Backer | Amount |
|---|---|
| Kestrel | $40 million |

Wren&rsquo;s founders said Heron adds $12 million, for $52 million in all.
"""
HTML_DRAFT = """<!doctype html><html><head><title>Kestrel</title><style>p { margin: 0 }</style></head><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>Kestrel Bets on Wren</h1>
<p>Kestrel will invest <strong>up to $40&nbsp;million</strong> in Wren, the companies said on Monday.
Wren&rsquo;s founders said Heron adds $12 million, for $52 million in all.</p>
<p>The two firms have worked together since 2019, and the money goes to new labs in Leeds and York over three years.</p>
</article><footer>Copyright the desk</footer></body></html>
"""
SOURCE_MARKS = ("**", "|", "---", "title:", "&rsquo;", "&nbsp;", "<strong>", "](", "# Kestrel", "Home")


@pytest.mark.parametrize("text, fmt, path", [(MARKDOWN_DRAFT, "markdown", "drafts/wren.md"), (HTML_DRAFT, "html", "drafts/wren.html")])
def test_markdown_and_html_articles_show_as_prose(checker, open_page, text, fmt, path):
    page = open_page(format_html(Report(files=(checker.check_text(text, path=path, format=fmt),))))
    shown = page.locator(".article").inner_text()
    assert not [mark for mark in SOURCE_MARKS if mark in shown], shown
    assert "Wren’s founders said Heron adds $12 million" in shown
    assert shown.lstrip().startswith("Kestrel Bets on Wren")
    claim_mark(page, "up to $40").click()  # highlights where the claims are, in the rendered text
    assert "up to $40 million" in claim_mark(page, "up to $40").inner_text().replace("\u00a0", " ")
    assert "up to $40" in page.locator("section.detail:visible").inner_text()
    assert page.console_messages == []


def save_screenshot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot beside the test's files, and in $FACTCHECK_SCREENSHOTS when set
    (to look at them after a run)."""
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("FACTCHECK_SCREENSHOTS"):
        Path(os.environ["FACTCHECK_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(os.environ["FACTCHECK_SCREENSHOTS"]) / name)
    assert path.stat().st_size > 10_000  # a picture, not a blank page
    return path


NO_OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth"
IN_VIEW = "e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.top < innerHeight - 40 && r.left >= 0 && r.right <= innerWidth; }"
# The first box of the element (a highlight wrapped over two lines has two; its bounding
# rectangle's centre may fall between them).
NOT_COVERED = "e => { const r = e.getClientRects()[0]; const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return at !== null && (at === e || e.contains(at)); }"


@pytest.mark.parametrize("width", [1400, 400])
def test_layout_at_desktop_and_phone_width(seed_report, open_page, tmp_path, width):
    page = open_page(format_html(seed_report), width=width, height=800)
    save_screenshot(page, tmp_path, f"report-{width}.png")
    assert page.evaluate(NO_OVERFLOW), page.evaluate("document.documentElement.scrollWidth")
    mark = page.locator("mark.claim").last  # the lowest claim: its details must still come into view
    mark.click()
    detail = page.locator("section.detail:visible")
    assert detail.count() == 1
    assert detail.evaluate(IN_VIEW), detail.evaluate("e => JSON.stringify(e.getBoundingClientRect())")
    assert mark.evaluate(NOT_COVERED)  # the tapped claim stays in sight above the sheet
    save_screenshot(page, tmp_path, f"report-{width}-tapped.png")
    assert page.evaluate(NO_OVERFLOW)
    assert page.console_messages == []


def test_phone_shows_the_money_flow_as_a_list(seed_report, open_page, tmp_path):
    page = open_page(format_html(seed_report), width=400, height=800)
    assert not page.locator("svg.flow").is_visible()
    items = page.locator(".flow-list .flow-item")
    assert items.count() >= 4 and items.first.is_visible()
    assert float(items.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 14
    assert "Anthropic → Microsoft Azure" in page.locator(".flow-list").inner_text()
    assert page.locator(".flow-list-note").is_visible() and not page.locator(".flow-note").is_visible()  # "tap a line", not "click an arrow"
    item = items.filter(has_text="up to $10B").first
    item.click()
    detail = page.locator("section.detail:visible")
    assert "Up to $10 Billion" in detail.inner_text() and detail.evaluate(IN_VIEW)
    page.locator(".panel .close").click()
    assert not page.locator(".panel").is_visible()


def test_every_arrow_and_label_can_be_clicked(seed_report, open_page):
    """On each arrow some point reaches that arrow (no other arrow's hit area lies over it),
    and each amount label is on top of every line (no dashed line strikes through it)."""
    page = open_page(format_html(seed_report), width=1400, height=900)
    page.locator("svg.flow").scroll_into_view_if_needed()
    reached = page.evaluate("""() => [...document.querySelectorAll("svg.flow path.line")].map(line => {
        const total = line.getTotalLength();
        const matrix = line.getScreenCTM();
        for (let t = 0.15; t < 0.9; t += 0.05) {
            const p = line.getPointAtLength(total * t);
            const x = matrix.a * p.x + matrix.c * p.y + matrix.e, y = matrix.b * p.x + matrix.d * p.y + matrix.f;
            const at = document.elementFromPoint(x, y);
            if (at === line) return true;
        }
        return false;
    })""")
    assert reached and all(reached), reached
    labels = page.locator("svg.flow text.label")
    for i in range(labels.count()):
        assert labels.nth(i).evaluate(NOT_COVERED), labels.nth(i).inner_text()
    for i in range(labels.count()):  # each label opens its own claim
        label = labels.nth(i)
        label.click()
        target = label.get_attribute("data-claim")
        assert page.locator(f"#detail-{target}").is_visible()
