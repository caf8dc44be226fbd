"""What a batch tells its user on standard error: a progress bar while it runs, a summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..serialize import FACT_LISTS
from .articles import Outcome


@dataclass(slots=True)
class Summary:
    articles: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output (--resume)
    duplicates: int = 0  # a source seen earlier in this run
    facts: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        self.errors += outcome.error is not None
        self.facts.update(outcome.fact_counts)

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0


class RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "", style="progress.data.speed")


def make_progress(console: Console, disable: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=disable,
        transient=True,
    )


def print_summary(summary: Summary, console: Console, output: Path | None = None) -> None:
    where = f" to {output}" if output is not None else ""
    errors = f", {summary.errors} error{'s' * (summary.errors != 1)}" if summary.errors else ", no errors"
    console.print(
        f"{summary.articles} articles{where}{errors} in {summary.elapsed:.1f} s ({summary.rate:.1f} articles/s)",
        markup=False,
        highlight=False,
    )
    console.print("facts: " + ", ".join(f"{name} {summary.facts[name]}" for name in FACT_LISTS), markup=False)
    if summary.skipped:
        console.print(f"skipped {summary.skipped} articles already in the output", markup=False)
    if summary.duplicates:
        console.print(f"skipped {summary.duplicates} repeated sources (each source is processed once)", markup=False)
