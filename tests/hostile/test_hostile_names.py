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


@pytest.mark.parametrize("disguised", [DISGUISES[0][0], DISGUISES[2][0]])
def test_a_disguised_name_is_still_contradicted_and_reported(checker, disguised):
    plain = checker.check_text("Acme will invest $9 billion in Cirrus, the companies said.\n")
    hidden = checker.check_text(f"{disguised} will invest $9 billion in Cirrus, the companies said.\n")

    def codes(report):
        return sorted(f.code for f in report.findings)

    assert "FC201" in codes(plain)
    assert "FC201" in codes(hidden)
    assert "FC901" in codes(hidden)


@pytest.mark.parametrize("disguised", [d for d, _ in DISGUISES if d != "\uff21cme"])
def test_a_disguised_name_still_fails_the_build(checker, disguised):
    """Whatever extraction makes of it, the disguise itself is a warning: `--fail-on warning` fails."""
    report = checker.check_text(f"{disguised} will invest $9 billion in Cirrus, the companies said.\n")
    assert any(f.code == "FC901" and f.severity.value in ("warning", "error") for f in report.findings)
