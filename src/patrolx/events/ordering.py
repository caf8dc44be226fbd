"""Sorting reports by day with memory that stays flat: runs of a bounded size are sorted in memory and written to
temporary files, then merged back in one streamed pass."""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import orjson

from .report import Report

RUN_SIZE = 20_000  # reports sorted in memory at a time (a few MB)

SortKey = Callable[[Report], tuple]


def sorted_reports(reports: Iterable[Report], key: SortKey, run_size: int = RUN_SIZE) -> Iterator[Report]:
    """`reports` in `key` order. Up to `run_size` reports are sorted in memory; more go through sorted runs on
    disk, deleted when the iteration ends."""
    run: list[tuple[tuple, Report]] = []
    with tempfile.TemporaryDirectory(prefix="patrolx-events-") as folder:
        runs: list[Path] = []
        for report in reports:
            run.append((key(report), report))
            if len(run) >= run_size:
                runs.append(_write_run(run, Path(folder) / f"run{len(runs)}.jsonl"))
                run = []
        run.sort(key=lambda item: item[0])
        if not runs:
            yield from (report for _, report in run)
            return
        if run:
            runs.append(_write_run(run, Path(folder) / f"run{len(runs)}.jsonl"))
            run = []
        streams = [_read_run(path) for path in runs]
        for _, report in heapq.merge(*streams, key=lambda item: item[0]):
            yield report


def _write_run(run: list[tuple[tuple, Report]], path: Path) -> Path:
    run.sort(key=lambda item: item[0])
    with path.open("wb") as out:
        for sort_key, report in run:
            out.write(orjson.dumps([list(sort_key), report.to_row()]) + b"\n")
    return path


def _read_run(path: Path) -> Iterator[tuple[tuple, Report]]:
    with path.open("rb") as lines:
        for line in lines:
            sort_key, row = orjson.loads(line)
            yield tuple(sort_key), Report.from_row(row)
