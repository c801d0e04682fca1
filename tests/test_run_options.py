"""The CLI wires: options -> config.run_options (one frozen model) -> api -> formatter -> exit code,
and every command's failure goes through one handler (DefaultToCheck.invoke)."""

from __future__ import annotations

import pydantic
import pytest

from factcheck import cli
from factcheck.config import run_options
from factcheck.errors import Errors, RegistryError
from factcheck.interrupt import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated
from factcheck.models import Severity


def _project(tmp_path):
    (tmp_path / "a.txt").write_text("Acme raised $5 million.\n", encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text('fail-on = "error"\nmax-bytes = 1000\ncurrency = "AUD"\nignore = ["FC202"]\nmodel = "from-config"\n', encoding="utf-8")
    return str(tmp_path / "a.txt")


def test_an_option_given_wins_over_the_config_file_which_wins_over_the_default(tmp_path):
    article = _project(tmp_path)
    configured = run_options([article])
    assert (configured.fail_on, configured.max_bytes, configured.currency, configured.ignore, configured.model) == (Severity.ERROR, 1000, "AUD", frozenset({"FC202"}), "from-config")
    given = run_options([article], fail_on="info", max_bytes=50, currency="cad", ignore=["FC101"], model="cli-model")
    assert (given.fail_on, given.max_bytes, given.currency, given.ignore, given.model) == (Severity.INFO, 50, "CAD", frozenset({"FC101"}), "cli-model")
    default = run_options([article], no_config=True)
    assert (default.fail_on, default.max_bytes, default.currency, default.ignore) == (Severity.WARNING, 5 * 1024 * 1024, None, frozenset())


def test_run_options_are_frozen(tmp_path):
    options = run_options([_project(tmp_path)])
    with pytest.raises(pydantic.ValidationError):
        options.model = "other"  # type: ignore[misc]


def test_stdin_filename_sets_the_stdin_format(tmp_path):
    assert run_options(["-"], no_config=True, stdin_filename="draft.md").stdin_format == "markdown"
    assert run_options(["-"], no_config=True, stdin_filename="draft.md", stdin_format="html").stdin_format == "html"


def _main(args, monkeypatch, raised):
    def fail(*_args, **_kwargs):
        raise raised

    monkeypatch.setattr(cli, "_load_sources", fail)
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    return exit_.value.code


@pytest.mark.parametrize("command", [["sources", "show", "x"], ["claims", "a.txt"], ["check", "a.txt"]])
def test_one_handler_for_every_command(command, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Acme raised $5 million.\n", encoding="utf-8")
    assert _main(command, monkeypatch, RuntimeError("boom")) == 2
    assert "factcheck: error: internal error: RuntimeError: boom (rerun with --debug for a traceback)" in capsys.readouterr().err
    assert _main(command, monkeypatch, KeyboardInterrupt()) == EXIT_INTERRUPTED
    assert _main(command, monkeypatch, Terminated()) == EXIT_TERMINATED
    assert capsys.readouterr().err.count("factcheck: error: interrupted") == 2


def test_a_tool_failure_prints_its_code_location_and_snippet(monkeypatch, capsys, tmp_path):
    registry = tmp_path / "facts.yaml"
    registry.write_text("facts:\n  - id: x\n    amount: lots\n", encoding="utf-8")
    assert _main(["sources", "show", "x"], monkeypatch, RegistryError(Errors.E203(), path=str(registry), line=3, column=13)) == 2
    err = capsys.readouterr().err
    assert f"factcheck: error: {registry}:3:13: E203" in err
    assert "    3 |     amount: lots\n      |             ^" in err


def test_debug_shows_the_traceback(monkeypatch, capsys):
    assert _main(["sources", "show", "x", "--debug"], monkeypatch, RuntimeError("boom")) == 2
    assert "Traceback (most recent call last)" in capsys.readouterr().err
