"""The mutation benchmark's planting helpers (bench/mutations.py is not a package: load it by path)."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_mutations", ROOT / "bench" / "mutations.py")
mutations = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = mutations  # dataclasses look their module up by name
spec.loader.exec_module(mutations)


@pytest.mark.parametrize(
    ("text", "factor", "expected"),
    [
        ("$5 billion", Decimal("1.1"), "$5.5 billion"),
        ("US$38 billion", Decimal(2), "US$76 billion"),
        ("up to $10 billion", Decimal("0.9"), "up to $9 billion"),
        ("$100B", Decimal(10), "$1000B"),
        ("£10.55 billion", Decimal(2), "£21.1 billion"),
        ("$0.01", Decimal("1.1"), "$0.011"),
        ("ten billion dollars", Decimal(2), None),
    ],
)
def test_scaled_text_keeps_the_format(text, factor, expected):
    assert mutations.scaled_text(text, factor) == expected


def test_replace_in_line_uses_the_gold_position():
    article = mutations.Article("a", "Headline $5 billion\nAcme paid $5 billion to Bolt.\n", [])
    assert mutations.replace_in_line(article, 2, 10, "$5 billion", "$6 billion") == "Headline $5 billion\nAcme paid $6 billion to Bolt.\n"


def test_count_variants_raise_a_listed_count():
    article = mutations.Article("a", "Nimbus runs on three clouds (Cirrus Cloud, Acme Cloud and Bolt Cloud).\n", [], gold=False)
    [variant] = mutations.count_variants(article)
    assert variant.text.startswith("Nimbus runs on four clouds")


def test_skips_clearly_without_the_corpus(tmp_path, capsys):
    assert mutations.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skip: development corpus not found" in capsys.readouterr().out


def test_a_swap_replaces_every_mention_of_the_company_in_its_line():
    from factcheck.registry import load_registry

    names = mutations.Names(load_registry(ROOT / "tests" / "fixtures" / "registry"))
    article = mutations.Article("a", "Headline\nCirrus Labs (Cirrus) took $10 billion from Bolt; Cirrus said so.\n", [])
    text = mutations.replace_everywhere_in_line(article, 2, "cirrus", "Cirrus", "Dynamo", names)
    assert text.split("\n")[1] == "Dynamo (Dynamo) took $10 billion from Bolt; Dynamo said so."
