"""`patrolx events`: the reports of one event grouped across outlets (see docs/events.md).

A command of `cli.app`, kept in its own module; `cli` imports it last, once the shared options are declared.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from .cli import Model, PatternDirs, ReferenceDate, _check_output, _end_startup, _fail, _output_stream, app
from .errors import PatrolxError


@app.command(epilog="Example: patrolx events facts.jsonl --output events.jsonl")
def events(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Facts written by 'patrolx extract' or 'patrolx batch' (JSON Lines), or articles to read first: "
            'folders (searched recursively), article files, feeds (*.jsonl) of {"id", "text", "published"?, '
            "\"url\"?}; '-' for facts or feed records on standard input.",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="JSON Lines file to write (only when done; default: standard output).",
        ),
    ] = None,
    glob: Annotated[
        str, typer.Option("--glob", metavar="PATTERN", help="File names to take from folders of articles.")
    ] = "*.txt",
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, metavar="N", help="Processes reading articles (default: the machine's cores)."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    reference_date: ReferenceDate = None,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
) -> None:
    """Group articles that report the same event and print one JSON line per event.

    Each event: its fields merged from all its reports, its sources and where the reports disagree (conflicts).

    Reports are grouped by activity date, acting countries, aircraft and regions (docs/events.md).

    An article without a full activity date is an event of its own: give publication dates (feeds, --reference-date).
    """
    _end_startup()
    from rich.console import Console

    from .api import parse_reference_date
    from .batch import Settings, default_workers
    from .batch.progress import make_progress
    from .events.reading import count_records
    from .events.run import run_events

    stderr = Console(stderr=True, soft_wrap=True, highlight=False)
    missing = [name for name in inputs if name != "-" and not os.path.exists(name)]
    if missing:
        _fail(f"{missing[0]}: no such file or folder", code=2)
    _check_output(output)
    try:
        settings = Settings(parse_reference_date(reference_date), model, tuple(str(d) for d in pattern_dirs or ()))
    except PatrolxError as error:
        _fail(str(error), code=2)
    show_progress = not quiet and stderr.is_terminal
    total = count_records(inputs, glob) if show_progress else None
    try:
        with _output_stream(output) as out, make_progress(stderr, disable=not show_progress) as progress:
            bar = progress.add_task("reports", total=total)
            summary = run_events(
                inputs,
                out,
                settings=settings,
                glob=glob,
                workers=workers or default_workers(),
                on_record=lambda tally: progress.update(bar, completed=tally.records),
            )
    except (PatrolxError, OSError) as error:
        _fail(str(error), code=2)
    except KeyboardInterrupt:
        _fail("interrupted", code=130)
    tally = summary.tally
    for failure in tally.failed:
        stderr.print(f"Error: {failure}", markup=False)
    if not quiet:
        skipped = f" ({tally.skipped} without an event: --only or older output)" if tally.skipped else ""
        failed = f", {len(tally.failed)} failed" if tally.failed else ""
        stderr.print(
            f"{tally.reports} reports{skipped}{failed} -> {summary.events} events, {summary.merged} told by several "
            f"reports, {summary.conflicts} with conflicts, in {summary.elapsed:.1f} s",
            markup=False,
        )
    if tally.failed:
        raise typer.Exit(1)
