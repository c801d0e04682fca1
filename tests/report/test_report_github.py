"""`--format github`: workflow commands, parsed back the way the Actions runner reads them."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEED_PATH, finding_at, make_report
from factcheck.models import Evidence, Fix
from factcheck.report.github import escape_data, escape_property, format_github
from factcheck.report.options import FormatOptions

COMMAND = re.compile(r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<data>.*)$")


def unescape_data(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(value: str) -> str:
    return unescape_data(value.replace("%3A", ":").replace("%2C", ","))


def parse(output: str) -> list[dict]:
    """The runner's reading of a command line: properties split on ',' then the first '='."""
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, f"not a workflow command: {line!r}"
        properties = dict(item.split("=", 1) for item in match["properties"].split(","))
        commands.append(
            {
                "command": match["command"],
                **{key: unescape_property(value) for key, value in properties.items()},
                "message": unescape_data(match["data"]),
            }
        )
    return commands


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% up", "50%25 up", "50%25 up"),
        ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
        ("FC103: x, y", "FC103: x, y", "FC103%3A x%2C y"),
        ("%0A literal", "%250A literal", "%250A literal"),
        ("::warning::x", "::warning::x", "%3A%3Awarning%3A%3Ax"),
    ],
)
def test_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop
    assert unescape_data(data) == raw and unescape_property(prop) == raw


def test_seed_findings_parse_back(seed_report):
    output = format_github(seed_report, FormatOptions(base=ROOT))
    commands = parse(output)
    assert len(commands) == len(seed_report.files[0].findings)
    hedge = next(c for c in commands if c["title"].startswith("FC103"))
    assert hedge == {**hedge, "command": "warning", "file": SEED_PATH, "line": "54", "col": "49", "endLine": "54", "endColumn": "53", "title": "FC103 hedge-drift"}
    contradiction = next(c for c in commands if c["title"].startswith("FC201"))
    assert contradiction["command"] == "error"
    assert 'Fix: replace with "up to $5 Billion"' in contradiction["message"]
    assert next(c for c in commands if c["title"].startswith("FC202"))["command"] == "notice"


def test_hostile_path_and_message_round_trip():
    text = "Acme invests $5 billion in Cirrus.\n"
    path = "claims/a,b:c%d.txt"
    message = "100% wrong:\nline two, with ::error:: inside\r\n"
    finding = finding_at(text, "$5 billion", message=message, fix=Fix(replacement="up to $5B"), evidence=(Evidence(publisher="Pub, Inc.", url="https://example.com/a,b"),))
    output = format_github(make_report(text, findings=[finding], path=path))
    assert output.count("\n") == 1  # one command, one line
    (command,) = parse(output)
    assert command["file"] == path
    assert command["message"].startswith(message)
    assert command["message"].endswith('Fix: replace with "up to $5B".\nSource: Pub, Inc. https://example.com/a,b')


def test_no_findings_prints_nothing():
    assert format_github(make_report("Nothing here.\n")) == ""
