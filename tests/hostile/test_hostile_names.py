"""Evasion: look-alike letters and invisible characters in a name do not hide a contradiction."""

from __future__ import annotations

import pytest

from factcheck.normalize.fold import fold_name, looks_disguised

DISGUISES = [
    ("\u0410cme", "Acme"),  # Cyrillic capital A
    ("Ac\u200bme", "Acme"),  # zero-width space
    ("Acm\u0435", "Acme"),  # Cyrillic small ie
    ("\uff21cme", "Acme"),  # full-width A
    ("Ac\u202eme", "Acme"),  # bidi override
    ("Ci\u00adrrus", "Cirrus"),  # soft hyphen
]


@pytest.mark.parametrize(("disguised", "plain"), DISGUISES)
def test_folding_undoes_disguises(disguised, plain):
    assert fold_name(disguised) == plain
    assert looks_disguised(disguised)


@pytest.mark.parametrize("word", ["Acme", "Zürich", "café", "Москва", "東京", "naïve", "Ångström"])
def test_real_words_are_not_disguised(word):
    assert not looks_disguised(word)


# Each way of hiding "Acme" (or "Cirrus"): look-alike letters, and invisible characters anywhere
# in the word (zero-width space, joiner and non-joiner, word joiner, BOM, bidi marks, overrides
# and isolates, soft hyphen).
HIDDEN_ACME = [d for d, plain in DISGUISES if plain == "Acme"] + [
    "Ac\u200dme", "A\u200ccme", "Acm\u2060e", "Ac\ufeffme", "\u200bAcme", "Acme\u200b", "A\u2066cme\u2069",
    "\u202bAcme\u202c", "Ac\u200fme", "Ac\u00adme", "\u0410c\u200bm\u0435",
]
HIDDEN_CIRRUS = ["C\u0456rrus", "Ci\u200brrus", "Cir\u202erus", "\u0421irrus", "Cirru\u0455"]


def codes(report) -> list[str]:
    return sorted(f.code for f in report.findings)


def test_the_plain_spelling_is_contradicted(checker):
    assert "FC201" in codes(checker.check_text("Acme will invest $9 billion in Cirrus, the companies said.\n"))


@pytest.mark.parametrize("disguised", HIDDEN_ACME, ids=[ascii(d) for d in HIDDEN_ACME])
def test_a_disguised_subject_is_still_contradicted_and_reported(checker, disguised):
    hidden = checker.check_text(f"{disguised} will invest $9 billion in Cirrus, the companies said.\n")
    assert "FC201" in codes(hidden) and "FC202" not in codes(hidden)
    assert "FC901" in codes(hidden)
    assert hidden.claims[0].subject == "acme"


@pytest.mark.parametrize("disguised", HIDDEN_CIRRUS, ids=[ascii(d) for d in HIDDEN_CIRRUS])
def test_a_disguised_object_is_still_contradicted_and_reported(checker, disguised):
    hidden = checker.check_text(f"Acme will invest $9 billion in {disguised}, the companies said.\n")
    assert "FC201" in codes(hidden) and "FC901" in codes(hidden)
    assert hidden.claims[0].object == "cirrus"


@pytest.mark.parametrize("disguised", ["Ac\u200bme Corporation", "Acme Corp\u200b.", "\u0410cme Corporation"])
def test_a_disguised_multiword_name_is_matched(checker, disguised):
    hidden = checker.check_text(f"{disguised} will invest $9 billion in Cirrus, the companies said.\n")
    assert "FC201" in codes(hidden) and "FC901" in codes(hidden)


def test_invisible_characters_keep_every_span_exact(checker):
    text = "Ac\u200bme will invest $9\u200b billion in Ci\u202errus.\n"
    report = checker.check_text(text)
    for claim in report.claims:
        assert text[claim.span.start : claim.span.end] == claim.text


@pytest.mark.parametrize("disguised", [d for d, _ in DISGUISES if d != "\uff21cme"])
def test_a_disguised_name_still_fails_the_build(checker, disguised):
    """Whatever extraction makes of it, the disguise itself is a warning: `--fail-on warning` fails."""
    report = checker.check_text(f"{disguised} will invest $9 billion in Cirrus, the companies said.\n")
    assert any(f.code == "FC901" and f.severity.value in ("warning", "error") for f in report.findings)
