"""bench/corpus_check.py: it finds the repository's articles and catches a misplaced claim span."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("corpus_check", ROOT / "bench" / "corpus_check.py")
corpus_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_check)


def claim(text: str, line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"id": "c1", "text": text, "line": line, "column": column, "end_line": end_line, "end_column": end_column}


def test_finds_the_repository_articles():
    found = corpus_check.repository_articles()
    assert ROOT / "claims" / "anthropic-microsoft-nvidia.txt" in found
    assert all(".venv" not in p.parts for p in found)


def test_span_problems_accepts_exact_spans_and_names_wrong_ones(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("\ufeffAcme paid\n€2bn to Bolt, then up to\n$5\nbillion.\n", encoding="utf-8")
    good = {"files": [{"path": str(article), "claims": [claim("€2bn", 2, 1, 2, 5), claim("$5\nbillion", 3, 1, 4, 8)]}]}
    assert corpus_check.span_problems(good, {str(article): article}) == []
    bad = {"files": [{"path": str(article), "claims": [claim("€2bn", 2, 2, 2, 6)]}]}
    [problem] = corpus_check.span_problems(bad, {str(article): article})
    assert "says '€2bn', the file has '2bn '" in problem


def test_span_problems_reads_a_markdown_soft_break_as_a_space(tmp_path: Path):
    article = tmp_path / "a.md"
    article.write_text("* Acme pays up to $5\n  billion to Bolt.\n", encoding="utf-8")
    wrapped = {"files": [{"path": str(article), "claims": [claim("up to $5 billion", 1, 13, 2, 10)]}]}
    assert corpus_check.span_problems(wrapped, {str(article): article}) == []
    as_text = tmp_path / "a.txt"
    as_text.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    [problem] = corpus_check.span_problems({"files": [{"path": str(as_text), "claims": wrapped["files"][0]["claims"]}]}, {str(as_text): as_text})
    assert "the file has 'up to $5\\n  billion'" in problem
