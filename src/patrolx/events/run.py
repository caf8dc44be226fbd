"""`patrolx events`: reports read, sorted by day on disk, grouped in one pass, merged, one JSON line per event."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

import orjson

from ..batch import Settings
from .grouping import group_reports, sort_key
from .merging import merge_event
from .ordering import sorted_reports
from .reading import Tally, read_reports
from .report import Report


@dataclass(slots=True)
class EventsSummary:
    tally: Tally = field(default_factory=Tally)
    events: int = 0
    merged: int = 0  # events told by more than one report
    conflicts: int = 0  # events whose reports disagree somewhere
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0


def run_events(
    inputs: list[str],
    out: TextIO,
    *,
    settings: Settings,
    glob: str = "*.txt",
    workers: int = 1,
    on_record: Callable[[Tally], None] = lambda tally: None,
) -> EventsSummary:
    """Group the reports in `inputs` into events and write each event as one JSON line to `out`.

    `on_record` is called with the running tally as each report is read (for a progress bar)."""
    summary = EventsSummary()
    reports = _counted(read_reports(inputs, settings, glob, workers, summary.tally), summary.tally, on_record)
    for group in group_reports(sorted_reports(reports, sort_key)):
        event = merge_event(group)
        out.write(orjson.dumps(event).decode() + "\n")
        summary.events += 1
        summary.merged += len(group) > 1
        summary.conflicts += bool(event["conflicts"])
    summary.elapsed = time.perf_counter() - summary.started
    return summary


def _counted(reports: Iterator[Report], tally: Tally, tick: Callable[[Tally], None]) -> Iterator[Report]:
    for report in reports:
        tick(tally)
        yield report
