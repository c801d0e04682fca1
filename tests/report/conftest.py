"""Reports for the formatter tests: the seed article checked against the project's sources,
and hand-built reports (no model needed) for edge cases such as hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Amount, Claim, Document, Evidence, FileReport, Finding, Fix, MoneyClaim, RelationClaim, Report, Severity, Span

ROOT = Path(__file__).resolve().parents[2]
SEED_PATH = "claims/anthropic-microsoft-nvidia.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / SEED_PATH).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_report(project_checker, seed_text) -> Report:
    """The seed article under its repository-relative path, as CI would name it."""
    return Report(files=(project_checker.check_text(seed_text, path=SEED_PATH),))


def claim_at(text: str, words: str, id: str = "c1", **fields) -> Claim:
    start = text.index(words)
    kind = MoneyClaim if "amount" in fields else RelationClaim
    return kind(
        id=id,
        span=Span(start=start, end=start + len(words)),
        text=words,
        sentence=words,
        sentence_span=Span(start=start, end=start + len(words)),
        **fields,
    )


def finding_at(text: str, words: str, code: str = "FC201", occurrence: int = 0, **fields) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    defaults = {
        "rule": {"FC101": "total-mismatch", "FC103": "hedge-drift", "FC201": "registry-contradiction", "FC202": "unverified"}[code],
        "severity": {"FC101": Severity.WARNING, "FC103": Severity.WARNING, "FC201": Severity.ERROR, "FC202": Severity.INFO}[code],
        "message": f"{words} is flagged",
    }
    return Finding(code=code, span=Span(start=start, end=start + len(words)), **{**defaults, **fields})


def make_report(text: str, claims=(), findings=(), path: str = "claims/draft.txt", support=None) -> Report:
    return Report(files=(FileReport(document=Document(path=path, text=text), claims=tuple(claims), findings=tuple(findings), support=support or {}),))


def usd(value: int, qualifier: str = "exact") -> Amount:
    return Amount(value=value, currency="USD", qualifier=qualifier)


HOSTILE_TEXT = (
    "Acme will invest $5 billion in Cirrus. <script>window.pwned=1</script>\n"
    '\n"><img src=x onerror="window.pwned=1"> Bolt pays $2 billion to Dynamo.\n'
)


@pytest.fixture
def hostile_report() -> Report:
    """Article text, claim fields and registry evidence all carrying markup and a javascript: URL."""
    text = HOSTILE_TEXT
    acme = claim_at(text, "$5 billion", "c1", amount=usd(5_000_000_000), subject="acme", relation="invests_in", object="<b>cirrus</b>")
    bolt = claim_at(text, "$2 billion", "c2", amount=usd(2_000_000_000), subject='bolt"><svg onload=window.pwned=1>', relation="invests_in", object="dynamo")
    finding = finding_at(
        text,
        "$5 billion",
        message="<img src=x onerror=window.pwned=1> differs",
        claims=("c1",),
        evidence=(
            Evidence(publisher="<i>Evil</i> Press", url="javascript:alert(1)", date="2025-01-01", quote="<script>window.pwned=1</script> quoted", fact="acme-fact"),
            Evidence(publisher="Good Press", url="https://example.com/a?b=1&c=2", quote="a fine quote"),
        ),
        fix=Fix(replacement="<script>window.pwned=1</script>"),
    )
    return make_report(text, [acme, bolt], [finding])
