"""`--format csv`: one row per fact, a header row, RFC 4180 quoting; loadable by spreadsheets and databases."""

from __future__ import annotations

import csv
import json
from collections import Counter

import duckdb
import pytest
from typer.testing import CliRunner

from patrolx.cli import app
from patrolx.serialize import FACT_LISTS
from patrolx.serialize_csv import COLUMNS

from .conftest import SAMPLES

# Real-world awkward text: quotation marks and commas inside a quote, which CSV must quote and double.
FEED_RECORD = {
    "id": "feed-1",
    "text": 'The spokesman said the flights were "unacceptable, dangerous" and, he added, "provocative".\n\n'
    "Russian Tu-95MS bombers flew over the Sea of Japan on Tuesday.",
    "published": "2024-03-05",
}


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def inputs(tmp_path) -> list[str]:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(FEED_RECORD) + "\n", encoding="utf-8")
    return [str(SAMPLES), str(feed)]


def batch(runner, inputs: list[str], out, *options: str) -> None:
    result = runner.invoke(app, ["batch", *inputs, "-o", str(out), "--quiet", *options])
    assert result.exit_code == 0, result.stderr


def facts_per_source_and_family(jsonl) -> Counter:
    counts: Counter = Counter()
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for name in FACT_LISTS:
            counts[article["source"], name] += len(article[name])
    return +counts


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_batch_as_csv_has_one_row_per_fact_of_the_json_output(runner, inputs, tmp_path, workers):
    jsonl, table = tmp_path / "facts.jsonl", tmp_path / "facts.csv"
    batch(runner, inputs, jsonl, "--workers", workers)
    batch(runner, inputs, table, "--workers", workers, "--format", "csv")
    expected = facts_per_source_and_family(jsonl)

    with table.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(COLUMNS)
    assert Counter((row["source"], row["family"]) for row in rows) == expected
    assert len(rows) == sum(expected.values()) > 50

    loaded = duckdb.execute("SELECT count(*), count(DISTINCT source) FROM read_csv(?, header = true)", [str(table)])
    assert loaded.fetchone() == (len(rows), len(list(SAMPLES.glob("*.txt"))) + 1)  # the samples and the feed


def test_each_row_carries_the_facts_text_offsets_and_values(runner, inputs, tmp_path):
    jsonl, table = tmp_path / "facts.jsonl", tmp_path / "facts.csv"
    batch(runner, inputs, jsonl, "--workers", "1")
    batch(runner, inputs, table, "--workers", "1", "--format", "csv")
    articles = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    with table.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    expected = [(a["source"], name, fact) for a in articles for name in FACT_LISTS for fact in a[name]]
    assert len(rows) == len(expected)
    for row, (source, name, fact) in zip(rows, expected, strict=True):
        assert (row["source"], row["family"], row["text"]) == (source, name, fact["text"])
        assert (int(row["start"]), int(row["end"])) == (fact["start"], fact["end"])
        normalized = {"dates": "value", "durations": "value", "aircraft": "family", "countries": "iso3"}
        if name in normalized:
            assert row["value"] == (fact[normalized[name]] or "")
        if name == "quotes":
            assert row["kind"] == fact["kind"]
            assert row["speaker"] == (fact["speaker"]["text"] if fact["speaker"] else "")
    quoted = [row["text"] for row in rows if row["source"] == "feed-1" and row["family"] == "quotes"]
    assert 'the flights were "unacceptable, dangerous" and' in quoted


def test_rows_follow_rfc_4180(runner, inputs, tmp_path):
    table = tmp_path / "facts.csv"
    batch(runner, inputs, table, "--workers", "1", "--format", "csv")
    data = table.read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert b'"the flights were ""unacceptable, dangerous"" and"' in data


def test_extract_as_csv_writes_one_header_for_several_files(runner):
    files = [str(path) for path in sorted(SAMPLES.glob("*.txt"))]
    as_json = runner.invoke(app, ["extract", *files, "--format", "jsonl"])
    as_csv = runner.invoke(app, ["extract", *files, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.stderr
    rows = list(csv.reader(as_csv.stdout.splitlines()))
    facts = sum(len(json.loads(line)[name]) for line in as_json.stdout.splitlines() for name in FACT_LISTS)
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 1 + facts
    assert {row[0] for row in rows[1:]} == set(files)


def test_an_article_that_fails_is_an_error_row(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["batch", str(missing), "--format", "csv", "--workers", "1"])
    assert result.exit_code == 1
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [(row["source"], row["family"]) for row in rows] == [(str(missing), "error")]
    assert "missing.txt" in rows[0]["text"] and rows[0]["value"]


def test_resume_is_refused_for_csv(runner, inputs, tmp_path):
    result = runner.invoke(app, ["batch", *inputs, "-o", str(tmp_path / "f.csv"), "--format", "csv", "--resume"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --resume") and "jsonl" in result.stderr
    assert not (tmp_path / "f.csv").exists()
