"""Messages in plain English: possessives, plurals, the article's words as read, no library prefixes."""

from __future__ import annotations

import pytest

from factcheck.wording import as_read, library_message, plural, possessive


@pytest.mark.parametrize("name, expected", [("The parties", "The parties'"), ("Acme", "Acme's"), ("Moss", "Moss's"), ("Acme and Bolt", "Acme and Bolt's"), ("the companies", "the companies'")])
def test_possessive(name, expected):
    assert possessive(name) == expected


@pytest.mark.parametrize("count, noun, expected", [(0, "claim", "0 claims"), (1, "claim", "1 claim"), (2, "file", "2 files")])
def test_plural(count, noun, expected):
    assert plural(count, noun) == expected


@pytest.mark.parametrize(
    "message, expected",
    [
        ("'up to   $10 billion' is firm.", "'up to $10 billion' is firm."),  # blanks where ** was
        ("'$5\nbillion' is firm.", "'$5 billion' is firm."),  # a hard-wrapped line
        ("plain text.", "plain text."),
    ],
)
def test_as_read(message, expected):
    assert as_read(message) == expected


@pytest.mark.parametrize("message, expected", [("Value error, 'bogus' is not one of x", "'bogus' is not one of x"), ("Input should be a valid date", "Input should be a valid date")])
def test_library_message(message, expected):
    assert library_message(message) == expected


def test_describe_never_shows_a_question_mark_for_an_unnamed_party(checker):
    # Written for this test: a total whose parts name only the receiving side.
    text = "Cirrus raised $3 million in March and $2 million in May, $9 million in total.\n"
    file = checker.check_text(text)
    assert all("?" not in f.message for f in file.findings)


def test_text_summary_says_one_claim(checker):
    from factcheck.models import Report
    from factcheck.report.text import format_text

    file = checker.check_text("Kestrel has $4 million in cash.\n")
    assert "1 file checked, 1 claim:" in format_text(Report(files=(file,)))
