"""Checking an article is a pure function of (text, registry, settings): picklable, batch- and process-independent."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import RuleSettings
from factcheck.models import Document, Severity

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_REGISTRY = Path(__file__).resolve().parent / "fixtures" / "registry"

# Fictional articles: several claims each, one with a total that does not add up, one plain.
ARTICLES = {
    "01-acme.txt": "Acme and Bolt to invest $16 billion in Cirrus\n\nAcme will invest $5 billion in Cirrus Labs.\nBolt will invest up to $10 billion in Cirrus.\n",
    "02-dynamo.txt": "Dynamo AI commits $30 billion to Cirrus Cloud\n\nDynamo AI agreed to buy $30 billion of capacity on Cirrus Cloud over seven years.\n",
    "03-weather.txt": "Rain expected on Tuesday\n\nThe forecast calls for light rain in the afternoon and clear skies by evening.\n",
    "04-bolt.txt": "Bolt Systems raises money\n\nBolt Systems said on Monday it raised about $2.5 billion from investors.\nThe company is valued at more than $60 billion, people familiar said.\n",
    "05-mixed.txt": "Cirrus Labs deal\n\nCirrus signed a partnership with Acme. Acme will pay roughly $700 million a year.\n",
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in sorted(ARTICLES)]


def test_jobs_2_json_is_byte_identical_to_jobs_1_via_cli_runner(articles):
    runner = CliRunner()
    base = ["check", "--sources", str(FIXTURE_REGISTRY), "--format", "json", "--exit-zero", *articles]
    one = runner.invoke(app, [*base, "--jobs", "1"])
    two = runner.invoke(app, [*base, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, (one.output, two.output)
    assert one.stdout == two.stdout
    order = [line.split('"path": ')[1] for line in two.stdout.splitlines() if '"path": ' in line]
    assert [p.strip('",') for p in order] == articles  # input order kept


def test_jobs_2_via_subprocess_matches_jobs_1(articles):
    def run(jobs: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "factcheck", "check", "-s", str(FIXTURE_REGISTRY), "-f", "json", "--jobs", jobs, *articles],
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=300,
        )

    one, two = run("1"), run("2")
    assert one.returncode == two.returncode == 1, two.stderr  # the 01 article's total is wrong
    assert one.stdout == two.stdout


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_integer(bad, articles):
    result = CliRunner().invoke(app, ["check", "--jobs", bad, articles[0]])
    assert result.exit_code == 2


def test_jobs_help_text():
    result = CliRunner().invoke(app, ["check", "--help"])
    assert "--jobs" in result.output


def test_alone_equals_within_batch(checker, articles):
    from factcheck.read import read_documents

    documents = list(read_documents(articles))
    batch = checker.check_documents(documents).files
    alone = [checker.check_documents([document]).files[0] for document in documents]
    assert batch == tuple(alone)
    parallel = checker.check_documents(documents, jobs=2).files
    assert parallel == batch


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda checker: Document(path="a.txt", text=ARTICLES["01-acme.txt"]), id="Document"),
        pytest.param(lambda checker: checker.registry, id="Registry"),
        pytest.param(lambda checker: RuleSettings(select=frozenset({"FC101"}), severity={"FC101": Severity.ERROR}), id="RuleSettings"),
        pytest.param(lambda checker: checker.check_text(ARTICLES["01-acme.txt"], path="a.txt"), id="FileReport"),
    ],
)
def test_pickle_round_trip(make, checker):
    value = make(checker)
    copy = pickle.loads(pickle.dumps(value))
    if hasattr(value, "facts"):  # Registry: a dataclass whose indexes must survive the trip
        assert copy.facts == value.facts and copy.entities == value.entities
        some = next(iter(value.facts.values()))
        assert copy.facts_about(some.subject) == value.facts_about(some.subject)
        assert copy.family("cirrus-cloud") == value.family("cirrus-cloud")
    else:
        assert copy == value


def test_registry_children_survive_pickle(checker):
    copy = pickle.loads(pickle.dumps(checker.registry))
    assert copy.children("cirrus") == checker.registry.children("cirrus") == {"cirrus-cloud"}
