"""Archive inputs: JSON Lines and Parquet records become Documents whose id is the path."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.archive.inputs import ArchiveFields, count_articles, iter_documents, read_jsonl
from factcheck.archive.plan import plan_partitions
from factcheck.errors import ConfigError, InputError


def write_jsonl(path, records) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"id": "a", "text": "Plain words."}, ("a", "Plain words.", None, None)),
        ({"id": "b", "text": "x", "date": "2024-03-05"}, ("b", "x", dt.date(2024, 3, 5), None)),
        ({"id": "c", "text": "x", "date": "2024-03-05T09:30:00Z"}, ("c", "x", dt.date(2024, 3, 5), None)),
        ({"id": 7, "text": "x", "url": "https://example.org/7"}, ("7", "x", None, "https://example.org/7")),
        ({"id": "d", "text": "x", "date": None, "extra": [1, 2]}, ("d", "x", None, None)),
    ],
)
def test_a_record_becomes_a_document_with_its_id_as_path(tmp_path, record, expected):
    (document,) = read_jsonl(write_jsonl(tmp_path / "a.jsonl", [record]))
    assert (document.path, document.text, document.date, document.url) == expected


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "a"', "not a JSON object"),
        ('["a", "b"]', "must be a JSON object"),
        ('{"text": "x"}', "'id'"),
        ('{"id": "", "text": "x"}', "'id'"),
        ('{"id": "a", "text": 5}', "'text'"),
        ('{"id": "a", "text": "x", "date": "last week"}', "not a date"),
        ('{"id": "a", "text": "x\\u0000y"}', "NUL"),
    ],
)
def test_a_bad_record_is_an_input_error_naming_its_line(tmp_path, line, message):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"id": "ok", "text": "fine"}, line])
    with pytest.raises(InputError, match=message) as caught:
        list(read_jsonl(path))
    assert caught.value.path == path and caught.value.line == 2


def test_field_names_are_configurable():
    fields = ArchiveFields.parse("id=doc_id, text=body,date=published")
    assert (fields.id, fields.text, fields.date, fields.url) == ("doc_id", "body", "published", "url")


@pytest.mark.parametrize("spec", ["id", "name=x", "id=", "text"])
def test_a_bad_field_spec_is_a_config_error(spec):
    with pytest.raises(ConfigError):
        ArchiveFields.parse(spec)


def test_renamed_fields_are_read(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"doc_id": "n1", "body": "Words.", "published": "2023-01-02"}])
    (document,) = read_jsonl(path, ArchiveFields.parse("id=doc_id,text=body,date=published"))
    assert (document.path, document.text, document.date) == ("n1", "Words.", dt.date(2023, 1, 2))


def test_plain_files_and_archives_mix_in_the_order_given(tmp_path):
    archive = write_jsonl(tmp_path / "b.jsonl", [{"id": "b1", "text": "one"}, "", {"id": "b2", "text": "two"}])
    article = tmp_path / "a.txt"
    article.write_text("plain", encoding="utf-8")
    paths = [str(article), archive]
    assert [d.path for d in iter_documents(paths)] == [str(article), "b1", "b2"]
    assert count_articles(paths) == 3


@pytest.mark.parametrize("size, expected", [(1, [1, 1, 1, 1, 1]), (2, [2, 2, 1]), (5, [5]), (9, [5])])
def test_partitions_cover_every_record_once_in_order(tmp_path, size, expected):
    records = [{"id": f"r{i}", "text": f"text {i}"} for i in range(5)]
    archive = write_jsonl(tmp_path / "p.jsonl", [*records[:2], "", *records[2:]])
    partitions = plan_partitions([archive], size)
    assert [p.articles for p in partitions] == expected
    assert [d.path for p in partitions for d in p.documents(ArchiveFields(), 10_000)] == [r["id"] for r in records]
    assert [p.name for p in partitions] == sorted(p.name for p in partitions)


def test_a_partition_reports_the_archive_line_of_a_bad_record(tmp_path):
    archive = write_jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}, '{"id": "c"}'])
    last = plan_partitions([archive], 2)[-1]
    with pytest.raises(InputError) as caught:
        list(last.documents(ArchiveFields(), 10_000))
    assert caught.value.line == 3


def test_parquet_rows_are_documents_one_row_group_at_a_time(tmp_path):
    pa = pytest.importorskip("pyarrow", reason="Parquet needs the archive extra (pip install 'factcheck[archive]')")
    import pyarrow.parquet as pq

    table = pa.table({"id": ["p1", "p2", "p3"], "text": ["one", "two", "three"], "date": ["2022-05-06", None, "2022-05-08"]})
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=2)
    documents = list(iter_documents([str(path)]))
    assert [(d.path, d.text, d.date) for d in documents] == [("p1", "one", dt.date(2022, 5, 6)), ("p2", "two", None), ("p3", "three", dt.date(2022, 5, 8))]
    partitions = plan_partitions([str(path)])
    assert [p.articles for p in partitions] == [2, 1]
    assert [d.path for p in partitions for d in p.documents(ArchiveFields(), 10_000)] == ["p1", "p2", "p3"]
    with pytest.raises(InputError, match="no column 'body'"):
        list(iter_documents([str(path)], fields=ArchiveFields(text="body")))


@pytest.mark.parametrize(
    "date, codes",
    [("2031-06-01", ["FC106"]), ("2031-06-01T08:00:00+02:00", ["FC106"]), (None, [])],
)
def test_an_archive_date_feeds_the_rules_that_need_one(checker, tmp_path, date, codes):
    record = {"id": "n", "text": "Acme invested $5 billion in Cirrus last year."}
    if date:
        record["date"] = date
    (report,) = checker.check_documents(read_jsonl(write_jsonl(tmp_path / "d.jsonl", [record]))).files
    assert [f.code for f in report.findings if f.code != "FC202"] == codes
