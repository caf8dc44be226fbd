"""The batch command: inputs, output lines, errors, resuming, workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from patrolx.batch import cut_partial_line, published_date, record_task, sources_done
from patrolx.cli import app
from patrolx.errors import InputError

runner = CliRunner()

PLACES = ["the Sea of Japan", "the East China Sea", "the Baltic Sea", "the Black Sea", "the Philippine Sea"]
ACTORS = ["Russian", "Chinese", "French", "Japanese", "Turkish"]


def article(number: int) -> str:
    actor, place = ACTORS[number % len(ACTORS)], PLACES[number % len(PLACES)]
    return (
        f"Item {number}. {actor} patrol aircraft were tracked over {place} this week, officials said.\n"
        f"The flight lasted several hours and ended without incident, according to a statement.\n"
    )


def write_folder(folder: Path, count: int) -> list[str]:
    """`count` articles spread over the folder and a subfolder; their paths as the batch names them."""
    paths = []
    for number in range(count):
        path = folder / ("sub" if number % 2 else "") / f"item-{number:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(number), encoding="utf-8")
        paths.append(str(path))
    return paths


def feed_line(identifier: str | int, text: str, **extra: str) -> str:
    return json.dumps({"id": identifier, "text": text, **extra}) + "\n"


def read_lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "output ends with a partial line"
    return [json.loads(line) for line in data.splitlines()]


def batch(*args: str, **kwargs):
    return runner.invoke(app, ["batch", "--workers", "1", *args], **kwargs)


def test_folder_gives_one_line_per_matching_file_recursively(tmp_path):
    paths = write_folder(tmp_path / "in", 6)
    (tmp_path / "in" / "notes.md").write_text("Russian notes, not an article.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = batch(str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = read_lines(out)
    assert sorted(line["source"] for line in lines) == sorted(paths)
    first = next(line for line in lines if line["source"].endswith("item-000.txt"))
    assert [c["iso3"] for c in first["countries"]] == ["RUS"]
    assert [r["name"] for r in first["regions"]] == ["Sea of Japan"]
    assert "6 articles" in result.stderr and "no errors" in result.stderr
    assert "countries 6, regions 6" in result.stderr


def test_glob_selects_other_files(tmp_path):
    (tmp_path / "a.md").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(2), encoding="utf-8")
    result = batch(str(tmp_path), "--glob", "*.md", "-q")
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(tmp_path / "a.md")]


def test_jsonl_feed_with_published_dates_and_a_bad_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        feed_line("r1", article(1), published="2023-03-14T09:30:00Z", url="https://example.org/1")
        + "{not json\n"
        + "\n"
        + feed_line(7, article(2)),
        encoding="utf-8",
    )
    result = batch(str(feed), "--reference-date", "2021-01-02", "-q")
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == ["r1", f"{feed}:2", "7"]
    assert lines[0]["reference_date"] == "2023-03-14"
    assert lines[2]["reference_date"] == "2021-01-02"
    assert lines[1]["error"]["type"] == "InputError"


def test_stdin_feed(tmp_path):
    records = "".join(feed_line(f"s{number}", article(number)) for number in range(4))
    result = batch("-", "-q", input=records)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == ["s0", "s1", "s2", "s3"]
    assert lines[1]["countries"][0]["iso3"] == "CHN"
    assert lines[0]["reference_date"] is None


def test_bad_files_become_error_records_and_the_batch_goes_on(tmp_path):
    good = write_folder(tmp_path, 3)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = batch(str(tmp_path), "-o", str(out))
    assert result.exit_code == 1
    lines = {line["source"]: line for line in read_lines(out)}
    assert set(lines) == set(good) | {str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt")}
    assert lines[str(tmp_path / "binary.txt")]["error"]["type"] == "InputError"
    assert "empty" in lines[str(tmp_path / "empty.txt")]["error"]["message"]
    assert all("countries" in lines[path] for path in good)
    assert "5 articles" in result.stderr and "2 errors" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes as a name")
def test_a_file_name_that_is_not_utf8_is_written_escaped_and_resumed(tmp_path):
    good = write_folder(tmp_path, 2)
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as odd:
        odd.write(article(7).encode())
    out = tmp_path / "out.jsonl"
    result = batch(str(tmp_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = {line["source"]: line for line in read_lines(out)}
    escaped = f"{tmp_path}/caf\\udce9.txt"
    assert set(lines) == set(good) | {escaped}
    assert [country["name"] for country in lines[escaped]["countries"]] == ["France"]
    again = batch(str(tmp_path), "-o", str(out), "--resume")
    assert again.exit_code == 0 and "skipped 3 articles already in the output" in again.stderr
    assert len(read_lines(out)) == 3


def test_lone_surrogates_in_a_feed(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "bad", "text": "Chinese jets \\ud800 flew."}\n{"id": "odd\\udc80", "text": "Chinese jets flew."}\n'
    )
    out = tmp_path / "out.jsonl"
    result = batch(str(feed), "-o", str(out))
    assert result.exit_code == 1
    bad, odd = read_lines(out)
    assert bad["source"] == "bad" and "lone surrogate \\ud800 at character 13" in bad["error"]["message"]
    assert odd["source"] == "odd\\udc80" and odd["countries"][0]["iso2"] == "CN"


def test_resume_cuts_a_partial_line_and_finishes_every_article_once(tmp_path):
    paths = write_folder(tmp_path / "in", 8)
    out = tmp_path / "out.jsonl"
    assert batch(*paths[:3], "-o", str(out), "-q").exit_code == 0
    with out.open("ab") as file:
        file.write(b'{"source": "' + paths[3].encode() + b'", "reference_da')  # a run killed mid-line
    result = batch(str(tmp_path / "in"), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    sources = [line["source"] for line in read_lines(out)]
    assert sorted(sources) == sorted(paths)
    assert "5 articles" in result.stderr and "skipped 3" in result.stderr


def test_resume_needs_an_output_file(tmp_path):
    result = batch(str(tmp_path), "--resume")
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_resume_after_sigkill(tmp_path):
    """Kill a run with SIGKILL while it waits for more input, then resume: every article exactly once."""
    out = tmp_path / "out.jsonl"
    records = [feed_line(f"k{number}", article(number)) for number in range(30)]
    command = [sys.executable, "-m", "patrolx", "batch", "-", "-o", str(out), "--workers", "1", "--quiet"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    try:
        process.stdin.write("".join(records[:12]).encode())
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while (not out.exists() or out.read_bytes().count(b"\n") < 12) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        process.stdin.close()
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert len(read_lines(out)) == 12

    result = batch("-", "-o", str(out), "--resume", input="".join(records))
    assert result.exit_code == 0, result.output
    sources = [line["source"] for line in read_lines(out)]
    assert sorted(sources) == sorted(f"k{number}" for number in range(30))


def test_two_workers_give_the_same_lines_as_one(tmp_path):
    write_folder(tmp_path / "in", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert batch(str(tmp_path / "in"), "-o", str(one), "-q").exit_code == 0
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), "-o", str(two), "--workers", "2", "-q"])
    assert result.exit_code == 0
    by_source = {line["source"]: line for line in read_lines(two)}
    assert len(by_source) == 12
    assert by_source == {line["source"]: line for line in read_lines(one)}


def test_a_repeated_source_is_processed_once(tmp_path):
    path = write_folder(tmp_path, 1)[0]
    result = batch(path, path, "-q")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_record_task_reports_what_is_wrong():
    assert record_task(b'{"id": "x", "text": "Some text."}', "f:1").text == "Some text."
    assert record_task(b"[1, 2]", "f:2").problem == "not a JSON object"
    missing_id = record_task(b'{"text": "Some text."}', "f:3")
    assert missing_id.source == "f:3" and "id" in missing_id.problem
    missing_text = record_task(b'{"id": 5}', "f:4")
    assert missing_text.source == "5" and "text" in missing_text.problem
    assert record_task(b'{"id": "x", "text": "\xff\xfe"}', "f:5").problem.startswith("not a JSON record")


def test_published_date_takes_the_date_of_an_iso_timestamp():
    assert str(published_date("2022-05-24T23:10:00-05:00", "a")) == "2022-05-24"
    assert str(published_date("2022-05-24", "a")) == "2022-05-24"
    assert published_date("", "a") is None
    with pytest.raises(InputError):
        published_date("24 May 2022", "a")


def test_cut_partial_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"source": "a"}\n{"source": "b"}\n{"sour')
    assert cut_partial_line(path) == len(b'{"sour')
    assert path.read_bytes() == b'{"source": "a"}\n{"source": "b"}\n'
    assert cut_partial_line(path) == 0
    assert sources_done(path) == {"a", "b"}
    path.write_bytes(b"no newline at all")
    assert sources_done(path) == set()
    assert path.read_bytes() == b""


def test_dask_without_dask_installed_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an import finds when Dask is not installed
    monkeypatch.delitem(sys.modules, "patrolx.batch.cluster", raising=False)
    out = tmp_path / "out.jsonl"
    result = batch(str(write_folder(tmp_path / "in", 1)[0]), "-o", str(out), "--dask", "local")
    assert result.exit_code == 2
    assert result.stderr == "Error: --dask needs Dask, which is not installed: pip install 'patrolx[dask]'\n"
    assert not out.exists()
