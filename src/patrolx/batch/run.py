"""A batch run: inputs through the workers into the output, with progress shown as lines are written."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from ..errors import PatrolxError
from .articles import Settings
from .formats import WRITERS
from .inputs import check_folders, count_tasks, iter_tasks
from .output import drop_error_records, fresh_tasks, open_output, sources_done, write_line
from .pool import Workers, default_workers
from .progress import Summary, make_progress

if TYPE_CHECKING:
    from .cluster import DaskWorkers


def run_batch(
    inputs: list[str],
    output: Path | None,
    *,
    settings: Settings,
    glob: str = "*.txt",
    workers: int | None = 1,
    dask: str | None = None,
    resume: bool = False,
    retry_errors: bool = False,
    console: Console | None = None,
    show_progress: bool = False,
    report_errors: bool = True,
) -> Summary:
    """Process every article named by `inputs` into `output` (standard output when None).

    `workers` processes on this machine (None: one per core), or a Dask cluster: `dask` is its scheduler's
    address, or `local` for a cluster of `workers` processes started here.
    """
    console = console or Console(stderr=True)
    if resume and output is None:
        raise PatrolxError("--resume needs --output FILE: the output of the run to resume")
    if retry_errors:
        if output is None:
            raise PatrolxError("--retry-errors needs --output FILE: the output whose error records to retry")
        resume = True
    if resume and settings.output_format != "jsonl":
        raise PatrolxError("--resume reads the output as JSON Lines: it works only with --format jsonl")
    check_folders(inputs, glob)
    if retry_errors and output is not None:
        drop_error_records(output)  # those articles are then not done: the resumed run processes them again
    done = sources_done(output) if resume and output is not None else set()
    summary = Summary()
    tasks = fresh_tasks(iter_tasks(inputs, glob), done, summary)
    total = count_tasks(inputs, glob) if show_progress else None
    # The workers start before the output is opened: a bad pattern file or an unreachable cluster writes nothing.
    with make_workers(settings, workers, dask) as pool:
        out = open_output(output, append=resume)
        try:
            write_line(out, WRITERS[settings.output_format].header)
            with make_progress(console, disable=not show_progress) as progress:
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


def make_workers(settings: Settings, workers: int | None, dask: str | None) -> Workers | DaskWorkers:
    """The local pool, or the workers of a Dask cluster when `dask` names one."""
    if dask is None:
        return Workers(settings, workers or default_workers())
    try:
        from .cluster import DaskWorkers
    except ModuleNotFoundError as error:
        if error.name not in ("dask", "distributed"):
            raise
        raise PatrolxError("--dask needs Dask, which is not installed: pip install 'patrolx[dask]'") from error
    return DaskWorkers(settings, dask, workers)
