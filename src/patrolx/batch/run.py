"""A batch run: inputs through the workers into the output, with progress shown as lines are written."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console

from ..errors import PatrolxError
from .articles import Settings
from .inputs import count_tasks, iter_tasks
from .output import fresh_tasks, open_output, sources_done, write_line
from .pool import Workers
from .progress import Summary, make_progress


def run_batch(
    inputs: list[str],
    output: Path | None,
    *,
    settings: Settings,
    glob: str = "*.txt",
    workers: int = 1,
    resume: bool = False,
    console: Console | None = None,
    show_progress: bool = False,
    report_errors: bool = True,
) -> Summary:
    """Process every article named by `inputs` into `output` (standard output when None)."""
    console = console or Console(stderr=True)
    if resume and output is None:
        raise PatrolxError("--resume needs --output FILE: the output of the run to resume")
    done = sources_done(output) if resume and output is not None else set()
    summary = Summary()
    tasks = fresh_tasks(iter_tasks(inputs, glob), done, summary)
    total = count_tasks(inputs, glob) if show_progress else None
    out = open_output(output, append=resume)
    try:
        with Workers(settings, workers) as pool, make_progress(console, disable=not show_progress) as progress:
            bar = progress.add_task("articles", total=total)
            for outcome in pool.map(tasks):
                write_line(out, outcome.line)
                summary.add(outcome)
                if outcome.error is not None and report_errors:
                    progress.console.print(f"Error: {outcome.error}", markup=False, highlight=False)
                remaining = None if total is None else total - summary.skipped - summary.duplicates
                progress.update(bar, advance=1, total=remaining)
    finally:
        if output is not None:
            out.close()
        summary.elapsed = time.perf_counter() - summary.started
    return summary
