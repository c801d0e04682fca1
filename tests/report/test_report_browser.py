"""The HTML report in a real browser: Debian's chromium, headless, driven by playwright.

Skips, saying why, when playwright or /usr/bin/chromium is missing (`make test` tries to
install both). Never runs `playwright install`: the system browser is the one under test.
"""

from __future__ import annotations

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

    def open_html(html: str):
        path = tmp_path / f"report{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page()
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
    edge = page.locator("svg.flow g.edge", has_text="up to $10B").first
    edge.locator("text").click()
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
    assert page.locator("svg text", has_text='bolt"><svg onload=window.pwned=1>').count() == 1
