"""The registry checks itself: its own evidence, and correct articles about its deals, raise nothing.

Every source quote in sources/, checked as an article against sources/, gives no warning or
error, unless the figure flagged is one a fact's `note` records as reported otherwise (a report
that drops the source's "up to": the registry keeps it as evidence of the deal, not of the
hedge). Correct sentences in our own words about the same deals pass too.
"""

from __future__ import annotations

import pytest

from factcheck.models import Document, Severity
from factcheck.registry.quotes import quote_problem


def _serious(file_report, registry=None) -> list[str]:
    return [
        f"{f.code} {f.message}"
        for f in file_report.findings
        if f.severity.rank >= Severity.WARNING.rank and not (registry and _noted_deviation(file_report, f, registry))
    ]


def _noted_deviation(file_report, finding, registry) -> bool:
    """A finding on a figure that the cited fact's note records as reported otherwise
    ('Some outlets drop "up to"'): the registry has already said why."""
    facts = [registry.facts[e.fact] for e in finding.evidence if e.fact in registry.facts]
    figure = file_report.document.text[finding.span.start : finding.span.end]
    return any(f.note and f.amount and quote_problem(figure, f.amount, "") and not quote_problem(figure, f.amount, f.note) for f in facts)


def _quotes_that_state_their_fact(registry):
    for fact in registry.facts.values():
        for index, source in enumerate(fact.sources):
            if fact.amount is not None and quote_problem(source.quote, fact.amount, "") and fact.note:
                continue  # the note explains why this quote states the figure otherwise
            yield f"{fact.id}#{index}", source.quote


def test_every_source_quote_passes_against_the_registry(project_checker, project_registry):
    documents = [Document(path=key, text=quote) for key, quote in _quotes_that_state_their_fact(project_registry)]
    assert len(documents) > 100
    report = project_checker.check_documents(documents)
    flagged = {f.document.path: (f.document.text, _serious(f, project_registry)) for f in report.files if _serious(f, project_registry)}
    assert flagged == {}


CORRECT_ARTICLE = """Two chipmakers and a cloud giant bet big on Anthropic

Nvidia has agreed to put as much as $10 billion into Anthropic, and Microsoft will add up to $5 billion, the companies said on Tuesday.

Nvidia will invest up to $10 billion in Anthropic, and Microsoft up to $5 billion.

Together Nvidia and Microsoft are pledging up to $15 billion.

Anthropic in turn has committed to buy $30 billion of computing capacity from Microsoft Azure.
"""


@pytest.mark.parametrize(
    "text",
    [
        CORRECT_ARTICLE,
        "Microsoft will invest up to $5 billion in Anthropic, and Nvidia up to $10 billion.",
        "Meta has taken a 49% stake in Scale AI for $14.3 billion, a deal that values the data-labelling startup at more than $29 billion.",
        "OpenAI's new agreement with Amazon Web Services is worth $38 billion over seven years.",
    ],
    ids=["article", "gapping-reversed", "valuation-beside-investor", "aws-deal"],
)
def test_correct_text_about_registry_deals_raises_nothing(project_checker, text):
    assert _serious(project_checker.check_text(text)) == []
