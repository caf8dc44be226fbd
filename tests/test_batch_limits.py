"""A batch's time limit per article, and retrying exactly the articles that failed."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

import patrolx.batch.articles
from patrolx.cli import app

ARTICLE = "Two Russian Tu-95 bombers flew over the Sea of Japan on Tuesday, Japan's defence ministry said.\n"


def lines_by_source(path):
    return {record["source"]: record for record in map(json.loads, path.read_text().splitlines())}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_over_the_time_limit_gets_a_timeout_record_and_the_batch_goes_on(tmp_path, monkeypatch, workers):
    extract = patrolx.batch.articles.extract

    def slow_on_stuck(text, **options):
        if "STUCK" in text:
            time.sleep(30)
        return extract(text, **options)

    monkeypatch.setattr(patrolx.batch.articles, "extract", slow_on_stuck)  # forked workers inherit it
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(ARTICLE)
    (folder / "stuck.txt").write_text("STUCK " + ARTICLE)
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "-w", workers, "--timeout", "1", "-q"])
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    lines = lines_by_source(out)
    assert len(lines) == 4
    stuck = lines.pop(str(folder / "stuck.txt"))
    assert stuck["error"]["type"] == "Timeout"
    assert "--timeout" in stuck["error"]["message"]
    assert all(record["aircraft"] for record in lines.values())


def test_retry_errors_replaces_exactly_the_error_records(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_text("")
    out = tmp_path / "out.jsonl"
    first = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "-w", "1", "-q"])
    assert first.exit_code == 1
    before = lines_by_source(out)
    assert "error" in before[str(folder / "empty.txt")]

    (folder / "empty.txt").write_text(ARTICLE)  # the problem fixed
    again = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "-w", "1", "-q", "--retry-errors"])
    assert again.exit_code == 0, again.stderr
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sorted(sources) == sorted(before)  # every article once
    after = lines_by_source(out)
    assert after[str(folder / "good.txt")] == before[str(folder / "good.txt")]
    assert "error" not in after[str(folder / "empty.txt")]
    assert after[str(folder / "empty.txt")]["aircraft"]


def test_retry_errors_needs_the_output_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--retry-errors", "-q"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --retry-errors needs --output")
