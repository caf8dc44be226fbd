"""Batch on a Dask cluster of two worker processes: the local run's lines, none lost when a worker dies; the
library entry `patrolx.dask`."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="Dask is not installed: pip install -e '.[dask]' (CI installs it)")

from distributed import Client  # noqa: E402

import patrolx  # noqa: E402
import patrolx.batch.cluster  # noqa: E402
import patrolx.dask  # noqa: E402
from patrolx.batch import Settings, iter_tasks, process, run_batch  # noqa: E402
from patrolx.batch.cluster import CHUNKS_PER_THREAD, DaskWorkers, start_local_cluster  # noqa: E402
from patrolx.cli import app  # noqa: E402
from patrolx.serialize import FACT_LISTS  # noqa: E402

from .conftest import DEV_CORPUS, SAMPLES  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two worker processes on this machine, as `--dask local --workers 2` starts them."""
    with start_local_cluster(2) as local_cluster, Client(local_cluster, set_as_default=False) as client:
        yield local_cluster.scheduler_address, client


def articles() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(DEV_CORPUS.glob("*.txt"))]


def write_feed(path: Path, count: int, extra_lines: tuple[str, ...] = ()) -> list[str]:
    """A feed of `count` records made of the dev articles (their publication dates varying); their sources."""
    texts = articles()
    lines = [
        json.dumps({"id": f"a{number}", "text": text, "published": f"2022-05-{number % 28 + 1:02d}"})
        for number, text in enumerate(texts[number % len(texts)] for number in range(count))
    ]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return [f"a{number}" for number in range(count)]


def expected_lines(inputs: list[str]) -> dict[str, str]:
    """What the local run writes for each source, processed here one article at a time."""
    return {task.source: process(task, Settings()).line.removesuffix("\n") for task in iter_tasks(inputs)}


def lines_by_source(path: Path) -> dict[str, str]:
    data = path.read_text(encoding="utf-8")
    assert data.endswith("\n"), "output ends with a partial line"
    lines = data.splitlines()
    by_source = {json.loads(line)["source"]: line for line in lines}
    assert len(by_source) == len(lines), "a source was written twice"
    return by_source


def test_the_cluster_writes_the_local_runs_lines(cluster, tmp_path):
    address, _ = cluster
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 40, extra_lines=("{not json", json.dumps({"id": "no-text"})))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    inputs = [str(DEV_CORPUS), str(SAMPLES), str(feed), str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt")]
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"

    assert runner.invoke(app, ["batch", *inputs, "-o", str(local), "--workers", "1", "-q"]).exit_code == 1
    result = runner.invoke(app, ["batch", *inputs, "-o", str(on_dask), "--dask", address, "-q"])

    assert result.exit_code == 1, result.output  # the broken inputs are error records, as in the local run
    expected = lines_by_source(local)
    assert len(expected) == 17 + len(list(SAMPLES.glob("*.txt"))) + 42 + 2
    assert lines_by_source(on_dask) == expected
    assert sum('"error":{' in line for line in expected.values()) == 4


def test_a_worker_killed_mid_run_loses_no_article(cluster, tmp_path):
    address, client = cluster
    client.wait_for_workers(2)
    feed, out = tmp_path / "feed.jsonl", tmp_path / "out.jsonl"
    sources = write_feed(feed, 300)
    run = threading.Thread(target=run_batch, args=([str(feed)], out), kwargs={"settings": Settings(), "dask": address})
    run.start()
    try:
        victim = _worker_with_work(client, out)
        lines_when_killed = out.read_bytes().count(b"\n")
        os.kill(client.run(os.getpid)[victim], signal.SIGKILL)
    finally:
        run.join(timeout=120)
    assert not run.is_alive()

    assert lines_when_killed < len(sources)
    assert victim not in client.nthreads()  # it died holding chunks, which other workers then processed
    by_source = lines_by_source(out)
    assert sorted(by_source) == sorted(sources)
    assert by_source == expected_lines([str(feed)])


def _worker_with_work(client: Client, out: Path) -> str:
    """Once some lines are written: the address of a worker that is processing chunks."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            busy = [worker for worker, keys in client.processing().items() if keys]
            if busy:
                return busy[0]
        time.sleep(0.01)
    raise AssertionError("no worker was processing chunks")


def test_articles_in_flight_are_bounded_so_client_memory_stays_flat(cluster, tmp_path):
    address, client = cluster
    client.wait_for_workers(2)
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 120)
    pulled = 0

    def counted(tasks):
        nonlocal pulled
        for task in tasks:
            pulled += 1
            yield task

    chunk_size = 8
    bound = (CHUNKS_PER_THREAD * 2 + 1) * chunk_size  # two threads' chunks in flight, plus the one being read
    written, most_in_flight = 0, 0
    with DaskWorkers(Settings(), address, chunk_size=chunk_size) as workers:
        for _ in workers.map(counted(iter_tasks([str(feed)]))):
            written += 1
            most_in_flight = max(most_in_flight, pulled - written)
    assert written == 120
    assert 0 < most_in_flight <= bound < 120


def test_resume_on_the_cluster_finishes_a_killed_runs_output(cluster, tmp_path):
    address, client = cluster
    client.wait_for_workers(2)
    feed, out = tmp_path / "feed.jsonl", tmp_path / "out.jsonl"
    sources = write_feed(feed, 30)
    expected = expected_lines([str(feed)])
    out.write_text("".join(expected[source] + "\n" for source in sources[:10]) + expected[sources[10]][:25])

    result = runner.invoke(app, ["batch", str(feed), "-o", str(out), "--resume", "--dask", address])

    assert result.exit_code == 0, result.output
    assert lines_by_source(out) == expected
    assert "skipped 10 articles already in the output" in result.stderr


def test_dask_local_starts_its_own_cluster(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(out), "--dask", "local", "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert lines_by_source(out) == expected_lines([str(SAMPLES)])


def test_workers_is_refused_with_a_clusters_address(cluster, tmp_path):
    address, _ = cluster
    result = runner.invoke(app, ["batch", str(SAMPLES), "--dask", address, "--workers", "2"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --workers")


def test_an_unreachable_scheduler_is_one_error_line_and_no_output(tmp_path, monkeypatch):
    monkeypatch.setattr(patrolx.batch.cluster, "CONNECT_TIMEOUT", "1s")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(out), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --dask tcp://127.0.0.1:9: cannot reach")
    assert not out.exists()


@pytest.mark.parametrize("address", ["foo", "xyz://127.0.0.1:8786"])
def test_a_malformed_address_is_one_error_line(address, tmp_path):
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(tmp_path / "out.jsonl"), "--dask", address])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: --dask {address}: not a scheduler's address such as tcp://HOST:8786")
    assert not (tmp_path / "out.jsonl").exists()


def test_extract_bag_gives_a_row_per_article_or_per_fact(cluster):
    import dask.bag as db

    _, client = cluster
    texts = articles()[:6]
    records = [json.dumps({"id": number, "text": text}) for number, text in enumerate(texts)] + ['{"id": "x"}']
    bag = db.from_sequence(records, npartitions=3)

    rows = client.compute(patrolx.dask.extract_bag(bag, reference_date="2022-05-24"), sync=True)
    facts = client.compute(patrolx.dask.extract_bag(bag, per="fact", reference_date="2022-05-24"), sync=True)

    expected = [patrolx.facts_to_dict(patrolx.extract(text, reference_date="2022-05-24")) for text in texts]
    assert [row["source"] for row in rows] == ["0", "1", "2", "3", "4", "5", "x"]
    assert rows[-1]["error"] == 'x: no "text" string' and rows[-1]["dates"] is None
    for row, article in zip(rows, expected, strict=False):
        assert row["error"] is None and row["reference_date"] == "2022-05-24"
        assert {family: json.loads(row[family]) for family in FACT_LISTS} == {
            family: article[family] for family in FACT_LISTS
        }
    assert len(facts) == sum(len(article[family]) for article in expected for family in FACT_LISTS) + 1
    first_country = next(row for row in facts if row["family"] == "countries")
    assert json.loads(first_country["fact"]) == expected[0]["countries"][0]
    assert first_country["text"] == texts[0][first_country["start"] : first_country["end"]]


def test_extract_frame_for_map_partitions():
    pandas = pytest.importorskip("pandas", reason="pandas is not installed")
    texts = articles()[:3]
    frame = pandas.DataFrame({"id": [10, 11, 12], "body": texts, "published": ["2022-05-24", None, "2021-01-02"]})

    result = patrolx.dask.extract_frame(frame, text="body")

    assert list(result.columns) == list(patrolx.dask.frame_meta().columns) == list(patrolx.dask.ARTICLE_COLUMNS)
    assert list(result["source"]) == ["10", "11", "12"]
    assert list(result["reference_date"]) == [
        "2022-05-24",
        patrolx.extract(texts[1]).reference_date,
        "2021-01-02",
    ]
    facts = patrolx.dask.extract_frame(frame, text="body", per="fact")
    assert list(facts.columns) == list(patrolx.dask.FACT_COLUMNS)
    assert len(facts) == sum(len(json.loads(value)) for family in FACT_LISTS for value in result[family])
