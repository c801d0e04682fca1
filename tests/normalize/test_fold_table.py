"""The shipped confusables table (nlp/patterns/confusables.json, read instead of the library's
whole JSON at start-up) is the one computed from confusable-homoglyphs."""

from __future__ import annotations

from factcheck.normalize import fold


def test_shipped_table_matches_the_library():
    fold._confusable_map.cache_clear()
    assert fold._confusable_map() == fold.confusable_table()


def test_folding_reads_the_table():
    assert fold.fold_name("\u0410nthropic") == "Anthropic"  # Cyrillic A
    assert fold.fold_name("Acme\u200b Corp") == "Acme Corp"
