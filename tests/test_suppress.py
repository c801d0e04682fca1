"""Inline suppressions: a marker silences rules on the next paragraph, and is not prose."""

from __future__ import annotations

import pytest

from factcheck.errors import InputError
from factcheck.read import LineIndex

WRONG = "Acme will invest $7 billion in Cirrus."  # the registry has $5 billion: FC201

# (name, format, text, (line, code) of the findings left)
CASES = [
    ("text: no marker", "text", f"{WRONG}\n\n{WRONG}\n", [(1, "FC201"), (3, "FC201")]),
    ("text: code silences the next paragraph only", "text", f"{WRONG}\n[factcheck: ignore FC201]\n{WRONG}\n{WRONG}\n", [(1, "FC201"), (4, "FC201")]),
    ("text: by rule name", "text", f"[factcheck: ignore registry-contradiction]\n{WRONG}\n", []),
    ("text: bare ignore is every rule", "text", f"[factcheck: ignore]\n\n{WRONG}\n", []),
    ("text: other code leaves it, and the marker is unused", "text", f"[factcheck: ignore FC101, FC202]\n{WRONG}\n", [(1, "FC902"), (2, "FC201")]),
    ("text: same-line marker silences its line only", "text", f"{WRONG} [factcheck: ignore FC201]\n{WRONG}\n", [(2, "FC201")]),
    ("text: same-line bare marker", "text", f"{WRONG} [factcheck: ignore]\n\n{WRONG}\n", [(3, "FC201")]),
    ("text: off and on", "text", f"{WRONG}\n[factcheck: off]\n{WRONG}\n\n{WRONG}\n[factcheck: on]\n{WRONG}\n", [(1, "FC201"), (7, "FC201")]),
    ("text: off to the end", "text", f"{WRONG}\n[factcheck: off FC201]\n{WRONG}\n{WRONG}\n", [(1, "FC201")]),
    ("text: file-level marker", "text", f"{WRONG}\n\n{WRONG}\n[factcheck: ignore-file FC201]\n", []),
    ("markdown: same-line comment", "markdown", f"{WRONG} <!-- factcheck: ignore FC201 -->\n\n{WRONG}\n", [(3, "FC201")]),
    ("markdown: off and on", "markdown", f"<!-- factcheck: off -->\n{WRONG}\n<!-- factcheck: on -->\n\n{WRONG}\n", [(5, "FC201")]),
    ("html: file-level comment", "html", f"<!-- factcheck: ignore-file registry-contradiction -->\n<article><p>{WRONG}</p>\n<p>{WRONG}</p></article>\n", []),
    ("html: unused file-level comment", "html", f"<!-- factcheck: ignore-file FC103 -->\n<article><p>{WRONG}</p></article>\n", [(1, "FC902"), (2, "FC201")]),
    ("text: a comment marker is not a text marker", "text", f"<!-- factcheck: ignore FC201 -->\n{WRONG}\n", [(2, "FC201")]),
    ("markdown: comment", "markdown", f"# Acme\n\n<!-- factcheck: ignore FC201 -->\n**{WRONG}**\n\n{WRONG}\n", [(6, "FC201")]),
    ("markdown: several codes", "markdown", f"<!-- factcheck: ignore FC101,FC201 -->\n\n{WRONG}\n", []),
    ("html: comment", "html", f"<article><p>{WRONG}</p>\n<!-- factcheck: ignore FC201 -->\n<p>{WRONG}</p></article>\n", [(1, "FC201")]),
]


@pytest.mark.parametrize("name, fmt, text, expected", CASES, ids=[c[0] for c in CASES])
def test_suppressions(checker, name, fmt, text, expected):
    file = checker.check_text(text, path="draft", format=fmt)
    index = LineIndex(text)
    assert [(index.position(f.span.start)[0], f.code) for f in file.findings] == expected


def test_marker_lines_are_not_claims(checker):
    file = checker.check_text("[factcheck: ignore FC201]\nAcme has $3 billion in cash.\n", format="text")
    assert [c.text for c in file.claims] == ["$3 billion"]


def test_unknown_code_in_a_marker_is_an_error_with_its_line(checker):
    with pytest.raises(InputError, match=r"draft:2: E119 unknown rule 'FC999'"):
        checker.check_text(f"{WRONG}\n[factcheck: ignore FC999]\n{WRONG}\n", path="draft", format="text")


def test_cli_markdown_marker_silences_and_unknown_code_exits_2(tmp_path):
    from pathlib import Path

    from typer.testing import CliRunner

    from factcheck.cli import app

    registry = str(Path(__file__).resolve().parent / "fixtures" / "registry")
    draft = tmp_path / "draft.md"
    draft.write_text(f"<!-- factcheck: ignore FC201 -->\n{WRONG}\n")
    runner = CliRunner()
    assert runner.invoke(app, ["check", "--sources", registry, str(draft)]).exit_code == 0
    draft.write_text(f"<!-- factcheck: ignore FC9999 -->\n{WRONG}\n")
    result = runner.invoke(app, ["check", "--sources", registry, str(draft)])
    assert result.exit_code == 2 and "draft.md:1: E119 unknown rule 'FC9999' in suppression marker" in result.output


def test_a_marker_for_a_rule_that_did_not_run_is_not_unused(fixture_registry):
    from factcheck.api import Checker
    from factcheck.engine import RuleSettings

    only_hedges = Checker(fixture_registry, settings=RuleSettings(select=frozenset({"FC103", "FC902"})))
    file = only_hedges.check_text(f"[factcheck: ignore FC201]\n{WRONG}\n", path="draft", format="text")
    assert [f.code for f in file.findings] == []


def test_unused_suppression_can_be_turned_off(fixture_registry):
    from factcheck.api import Checker
    from factcheck.engine import RuleSettings

    quiet = Checker(fixture_registry, settings=RuleSettings(ignore=frozenset({"FC902"})))
    assert quiet.check_text("[factcheck: ignore FC103]\nNothing here.\n", format="text").findings == ()
