"""tools/complexity.py, the complexity gate of `make lint`: it fails a function above the limit
(radon's count), passes one at or below it, honours `pending`, and fails a stale pending entry."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("radon", reason="radon comes with the lint extra (`make lint` installs it)")

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("complexity_gate", ROOT / "tools" / "complexity.py")
complexity = importlib.util.module_from_spec(spec)
sys.modules["complexity_gate"] = complexity  # its dataclasses look their module up there
spec.loader.exec_module(complexity)


def branches(name: str, count: int) -> str:
    """A function of complexity `count + 1`: one `if` per branch."""
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(count))
    return f"def {name}(x):\n{body}    return -1\n"


SOURCE = branches("tangled", 16) + "\n\n" + branches("plain", 14) + "\n\nclass Holder:\n" + "".join("    " + line + "\n" for line in branches("method", 15).splitlines())
LIMIT = complexity.Settings(15, frozenset())


def test_measures_functions_and_methods_as_radon_counts():
    measured = {m.key: m.complexity for m in complexity.measure(SOURCE, "mod.py")}
    assert measured == {"mod.py::tangled": 17, "mod.py::plain": 15, "mod.py::Holder.method": 16}


def test_flags_a_function_above_the_limit_and_passes_one_at_it():
    found = complexity.problems(complexity.measure(SOURCE, "mod.py"), LIMIT)
    assert [line.split(" ")[0] for line in found] == ["mod.py::tangled", "mod.py::Holder.method"]
    assert "complexity 17 > 15" in found[0]


def test_passes_a_module_whose_functions_are_all_small():
    assert complexity.problems(complexity.measure(branches("plain", 14), "mod.py"), LIMIT) == []


def test_pending_functions_pass_and_stale_entries_fail():
    pending = complexity.Settings(15, frozenset({"mod.py::tangled", "mod.py::Holder.method", "mod.py::plain", "gone.py::f"}))
    found = complexity.problems(complexity.measure(SOURCE, "mod.py"), pending)
    assert [line.split(":")[0] for line in found] == ["gone.py", "mod.py"]
    assert all("remove it from" in line for line in found)


def test_reads_the_limit_and_pending_list_from_pyproject(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.complexity-gate]\nmax = 12\npending = ["a.py::f"]\n', encoding="utf-8")
    assert complexity.settings(tmp_path / "pyproject.toml") == complexity.Settings(12, frozenset({"a.py::f"}))


def test_the_package_passes_its_own_gate():
    package = complexity.measure_package(ROOT / complexity.PACKAGE)
    assert complexity.problems(package, complexity.settings(ROOT / "pyproject.toml")) == []
