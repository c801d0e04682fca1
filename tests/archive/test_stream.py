"""Streamed reports: written article by article, byte for byte what the whole-Report formatters give."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.models import Report
from factcheck.read import make_document
from factcheck.report import FORMATTERS
from factcheck.report import stream as streaming

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Acme and Bolt to invest $16 billion in Cirrus\n\nAcme will invest $5 billion in Cirrus Labs.\nBolt will invest up to $10 billion in Cirrus.\n",
    "Rain is expected on Tuesday, with clear skies by evening.\n",
    "Bolt Systems said it raised about $2.5 billion.\nIt is valued at more than $60 billion.\n",
]


@pytest.fixture(scope="module")
def reports(checker):
    return checker.check_documents([make_document(f"a{i}.txt", t) for i, t in enumerate(TEXTS)]).files


@pytest.mark.parametrize("fmt", streaming.STREAMED)
@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_streamed_report_is_the_formatters_output(reports, fmt, count, capsys):
    files = reports[:count]
    totals = streaming.write_report(iter(files), fmt, None)
    assert capsys.readouterr().out == FORMATTERS[fmt](Report(files=files))
    assert totals.files == count and totals.claims == sum(len(f.claims) for f in files)


def test_each_article_is_written_before_the_next_is_checked(reports, monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    written_before = []

    def checked():
        for file in reports:
            written_before.append(out.getvalue().count("\n"))
            yield file

    streaming.write_report(checked(), "jsonl", None)
    assert written_before == [0, 1, 2]


def test_jsonl_lines_are_the_entries_of_json_files(reports):
    whole = json.loads(FORMATTERS["json"](Report(files=reports)))
    lines = FORMATTERS["jsonl"](Report(files=reports)).splitlines()
    assert [json.loads(line) for line in lines] == whole["files"]


def test_cli_jsonl_on_an_archive_and_on_files(tmp_path):
    archive = tmp_path / "a.jsonl"
    archive.write_text("".join(json.dumps({"id": f"news/{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "--sources", "tests/fixtures/registry", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"), str(archive)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 1, run.stderr  # the first article sums a hedged amount as firm
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["path"] for line in lines] == ["news/0", "news/1", "news/2"]
    assert [f["code"] for f in lines[0]["findings"] if f["severity"] != "info"] == ["FC103"]
