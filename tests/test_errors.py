"""The error catalogue: one code per failure, every raise site on a template, all in the README."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from factcheck.errors import ConfigError, Errors, ErrorTemplate, FactcheckError, InputError, ModelError, RegistryError

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "factcheck"
ERROR_CLASSES = {"FactcheckError": "E", "InputError": "E1", "ModelError": "E1", "RegistryError": "E2", "ConfigError": "E3"}
TEMPLATES = {name: value for name, value in vars(Errors).items() if isinstance(value, ErrorTemplate)}


def _raise_sites() -> list[tuple[str, int, str, ast.expr | None]]:
    """(file, line, error class, first argument) of every error constructed in the package."""
    sites = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES:
                first = node.args[0] if node.args else None
                sites.append((str(path.relative_to(ROOT)), node.lineno, node.func.id, first))
    return sites


def _template_code(argument: ast.expr | None) -> str | None:
    """"E203" for `Errors.E203(...)`, else None."""
    if isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute):
        owner = argument.func.value
        if isinstance(owner, ast.Name) and owner.id == "Errors":
            return argument.func.attr
    return None


def test_codes_are_well_formed_unique_and_named_after_themselves():
    assert TEMPLATES, "no templates found"
    for name, template in TEMPLATES.items():
        assert re.fullmatch(r"E[1-3]\d\d", template.code), template.code
        assert name == template.code, f"Errors.{name} carries code {template.code}"
    duplicates = [code for code, n in Counter(t.code for t in TEMPLATES.values()).items() if n > 1]
    assert not duplicates
    for family in "123":  # within a family, two codes never share one message
        templates = [t.template for t in TEMPLATES.values() if t.code[1] == family]
        assert len(set(templates)) == len(templates), f"E{family}xx: two codes share one message"


def test_every_raise_site_names_a_template_of_its_family():
    sites = _raise_sites()
    assert len(sites) > 50
    for path, line, cls, argument in sites:
        code = _template_code(argument)
        assert code is not None, f"{path}:{line}: {cls}(...) without an Errors template"
        assert code in TEMPLATES, f"{path}:{line}: no Errors.{code}"
        assert code.startswith(ERROR_CLASSES[cls]), f"{path}:{line}: {cls} raised with {code}"


def test_every_template_is_used_somewhere():
    used = set()
    for path in SOURCE.rglob("*.py"):
        if path.name != "errors.py":
            used |= set(re.findall(r"\bErrors\.(E\d{3})\b", path.read_text(encoding="utf-8")))
    assert set(TEMPLATES) - used == set()


def test_readme_lists_every_code_with_its_message():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Error codes") :]
    for template in TEMPLATES.values():
        assert f"| {template.code} |" in table, f"{template.code} missing from the README's error codes"
        assert template.template.replace("|", "\\|") in table, f"{template.code}: README message differs"


def test_a_template_sets_the_code_and_the_class_keeps_its_default():
    error = InputError(Errors.E103(), path="drafts/*.md")
    assert (error.code, str(error)) == ("E103", "drafts/*.md: E103 no files match this pattern")
    assert RegistryError("plain message").code == "E201"
    assert ModelError(Errors.E102(candidates="a, b", hint="install one")).code == "E102"
    assert ConfigError(Errors.E303(problem="Invalid value"), path="p.toml", line=2, column=11).code == "E303"
    assert isinstance(ConfigError("x"), FactcheckError)


def test_the_snippet_shows_the_offending_line_with_a_caret(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.factcheck]\nfail-on = error\n', encoding="utf-8")
    error = ConfigError(Errors.E303(problem="Invalid value"), path=str(config), line=2, column=11)
    assert error.snippet() == "    2 | fail-on = error\n      |           ^"


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("<stdin>", 3),  # no file to read again
        (None, 3),
        ("missing.yaml", 1),
        ("exists", None),  # no line to show
        ("exists", 99),  # past the end
    ],
)
def test_no_snippet_without_a_file_line(tmp_path, path, line):
    (tmp_path / "exists").write_text("one line\n", encoding="utf-8")
    where = str(tmp_path / path) if path in ("exists", "missing.yaml") else path
    assert InputError(Errors.E109(), path=where, line=line).snippet() is None


def test_a_long_line_is_cut_around_the_column(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("x" * 5000 + "!" + "y" * 5000 + "\n", encoding="utf-8")
    snippet = InputError(Errors.E110(byte=0xFF, offset=5000), path=str(article), line=1, column=5001).snippet()
    shown, caret = snippet.split("\n")
    assert len(shown) < 300
    assert shown[caret.index("^")] == "!"
