"""Batch processing: many articles in, one JSON line per article out.

Inputs are folders (walked recursively for files matching a glob), article
files, JSON Lines feeds of records `{"id", "text", "published"?, "url"?}`, or
such records on standard input. They are streamed: a folder walk yields paths
one at a time, a feed is read line by line, and at most a few chunks of
articles per worker are in flight, so memory stays flat whatever the corpus
size.

Each article becomes one line, written with a single write and flushed as soon
as it reaches the main process: in input order with one worker, in the order
the workers finish with several. A run killed at any moment therefore leaves
whole lines plus at most one partial last line, which a resumed run cuts off
before appending; a resumed run skips every source already in the output, so
each article ends up in the file exactly once.

An article that cannot be read or processed becomes an error record
(`serialize.error_record`) and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import gc
import json
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing import Pool
from pathlib import Path
from typing import BinaryIO

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

from .api import extract, get_pipeline, parse_reference_date
from .errors import InputError, PatrolxError
from .records import Facts
from .serialize import FACT_LISTS, error_json, to_json, writable
from .serialize_csv import csv_error_rows, csv_header, csv_rows
from .textio import read_article

STDIN = "-"
STDIN_NAME = "<stdin>"
# A published value starts with an ISO date; a time and zone may follow ("2022-05-24T08:00:00Z").
ISO_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[T ])")
# Articles a worker takes at a time: big enough to amortize the round trip, small enough to keep lines flowing.
CHUNK_SIZE = 8


# ---------------------------------------------------------------------------
# Inputs


@dataclass(slots=True, frozen=True)
class Task:
    """One article to process. A worker reads `path`, or uses a feed record's `text`.

    `problem` marks an input that was bad before any processing (a broken feed
    line); it becomes an error record.
    """

    source: str
    path: str | None = None
    text: str | None = None
    published: str | None = None
    problem: str | None = None


def iter_tasks(inputs: Iterable[str], glob: str = "*.txt", stdin: BinaryIO | None = None) -> Iterator[Task]:
    """The articles named by `inputs`, lazily: folders, files, `.jsonl` feeds, `-` for a feed on stdin."""
    for task in _named_tasks(inputs, glob, stdin):
        # A source is written to the output and compared on resuming: in the form UTF-8 can hold.
        yield task if task.source.isascii() else replace(task, source=writable(task.source))


def _named_tasks(inputs: Iterable[str], glob: str, stdin: BinaryIO | None) -> Iterator[Task]:
    for name in inputs:
        if name == STDIN:
            yield from _feed_tasks(stdin or sys.stdin.buffer, STDIN_NAME)
        elif os.path.isdir(name):
            for path in walk_folder(name, glob):
                yield Task(path, path=path)
        elif name.endswith(".jsonl"):
            yield from _feed_file_tasks(name)
        else:
            yield Task(name, path=name)


def count_tasks(inputs: Iterable[str], glob: str = "*.txt") -> int | None:
    """How many articles `inputs` hold, or None when that is not cheap to know (standard input)."""
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        if os.path.isdir(name):
            total += sum(1 for _ in walk_folder(name, glob))
        elif name.endswith(".jsonl"):
            try:
                with open(name, "rb") as feed:
                    total += sum(1 for line in feed if line.strip())
            except OSError:
                total += 1  # reported as one error record
        else:
            total += 1
    return total


def walk_folder(folder: str, glob: str) -> Iterator[str]:
    """Files under `folder` whose name matches `glob`, in a stable (sorted) order, one at a time."""
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if fnmatch.fnmatch(name, glob):
                yield os.path.join(root, name)


def _feed_file_tasks(path: str) -> Iterator[Task]:
    try:
        feed = open(path, "rb")
    except OSError as error:
        yield Task(path, problem=f"cannot read ({error.strerror})")
        return
    with feed:
        yield from _feed_tasks(feed, path)


def _feed_tasks(lines: Iterable[bytes], name: str) -> Iterator[Task]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield record_task(line, f"{name}:{number}")


def record_task(line: bytes | str, where: str) -> Task:
    """The task for one feed line; `where` ("FILE:LINE") is its source when the line has no usable id."""
    try:
        record = json.loads(line)
    except ValueError as error:  # also UnicodeDecodeError
        return Task(where, problem=f"not a JSON record ({error})")
    if not isinstance(record, dict):
        return Task(where, problem="not a JSON object")
    identifier = record.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        return Task(where, problem='no "id" (a string or number naming the article)')
    source = str(identifier)
    text, published = record.get("text"), record.get("published")
    if not isinstance(text, str):
        return Task(source, problem='no "text" string')
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:  # JSON's "\ud800" escapes can spell what no text may hold
            return Task(
                source,
                problem=f'"text" holds a lone surrogate {writable(error.object[error.start])} '
                f"at character {error.start}, which is not Unicode text",
            )
    if published is not None and not isinstance(published, str):
        return Task(source, problem='"published" is not a string')
    return Task(source, text=text, published=published)


def published_date(value: str | None, source: str) -> dt.date | None:
    """A feed record's publication date, from an ISO date or date-time; None when absent."""
    if value is None or not value.strip():
        return None
    match = ISO_DATE_PREFIX.match(value.strip())
    try:
        return parse_reference_date(match.group()) if match else parse_reference_date(value)
    except PatrolxError as error:
        raise InputError(source, f"published {value!r} is not an ISO date (YYYY-MM-DD, a time may follow)") from error


# ---------------------------------------------------------------------------
# Processing


@dataclass(slots=True, frozen=True)
class Settings:
    """What every article is processed with."""

    reference_date: dt.date | None = None
    model: str | None = None
    pattern_dirs: tuple[str, ...] = ()
    output_format: str = "jsonl"  # a key of WRITERS
    families: tuple[str, ...] | None = None  # the fact lists to find and write; None: all


@dataclass(slots=True, frozen=True)
class Writer:
    """How one output format writes a batch: a header first, then the text of each article (or of each article
    that failed), ending in a newline. Workers make the text, so the format is named, not passed."""

    header: str
    article: Callable[[Facts, tuple[str, ...] | None], str]  # the facts, and the fact lists asked for
    error: Callable[[str, Exception], str]


WRITERS = {
    "jsonl": Writer(
        "",
        lambda facts, families: to_json(facts, families=families) + "\n",
        lambda source, error: error_json(source, error) + "\n",
    ),
    # One row per fact; an article without facts writes nothing.
    "csv": Writer(csv_header(), lambda facts, _families: csv_rows(facts), csv_error_rows),
}


@dataclass(slots=True, frozen=True)
class Outcome:
    """One processed article: its output text and fact counts (empty for an error record)."""

    source: str
    line: str
    fact_counts: dict[str, int]
    error: str | None = None


def process(task: Task, settings: Settings) -> Outcome:
    """One article to its output text; any failure becomes an error record."""
    writer = WRITERS[settings.output_format]
    try:
        if task.problem is not None:
            raise InputError(task.source, task.problem)
        text = read_article(task.path) if task.path is not None else _require_text(task.text or "", task.source)
        reference = published_date(task.published, task.source) or settings.reference_date
        facts = extract(
            text,
            reference_date=reference,
            source=task.source,
            model=settings.model,
            pattern_dirs=settings.pattern_dirs,
            families=settings.families,
        )
        line = writer.article(facts, settings.families)
    except Exception as error:  # one bad article, or a bug it triggers, must not stop a batch of thousands
        message = str(error) if isinstance(error, InputError) else f"{task.source}: {type(error).__name__}: {error}"
        return Outcome(task.source, writer.error(task.source, error), {}, error=message)
    return Outcome(task.source, line, {name: len(getattr(facts, name)) for name in settings.families or FACT_LISTS})


def _require_text(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty text")
    return text


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class Workers:
    """Runs `process` over tasks: in this process for one worker, else in a pool of processes.

    Use as a context manager. The pipeline is built here first, so a bad
    pattern file is reported once, to the user; forked workers inherit it and
    other start methods build it once per worker in the initializer.
    """

    def __init__(self, settings: Settings, workers: int = 1, chunk_size: int = CHUNK_SIZE) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self._pool = None
        self._stop = threading.Event()

    def __enter__(self) -> Workers:
        get_pipeline(self.settings.model, self.settings.pattern_dirs, self.settings.families)
        # The pipeline lives as long as the process: set aside from the cycle collector, which would otherwise
        # walk its objects again and again, and which in forked workers would copy the pages holding them.
        gc.freeze()
        if self.workers > 1:
            self._pool = Pool(self.workers, initializer=_init_worker, initargs=(self.settings,))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def map(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """Outcomes as articles finish."""
        if self._pool is None:
            for task in tasks:
                yield process(task, self.settings)
            return
        # Pool.imap pulls its input as fast as it can; a semaphore bounds the articles in flight.
        in_flight = threading.Semaphore(self.workers * self.chunk_size * 3)

        def throttled() -> Iterator[Task]:
            for task in tasks:
                while not in_flight.acquire(timeout=0.2):
                    if self._stop.is_set():
                        return
                yield task

        for outcome in self._pool.imap_unordered(_process_in_worker, throttled(), self.chunk_size):
            in_flight.release()
            yield outcome


_worker_settings = Settings()
_worker_parent = 0


def _init_worker(settings: Settings) -> None:
    global _worker_settings, _worker_parent
    _worker_settings, _worker_parent = settings, os.getppid()
    # Ctrl-C is the main process's to handle: it stops the pool; workers would only print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    get_pipeline(settings.model, settings.pattern_dirs, settings.families)
    threading.Thread(target=_exit_when_orphaned, daemon=True, name="patrolx-parent-watch").start()


def _process_in_worker(task: Task) -> Outcome:
    if os.getppid() != _worker_parent:
        os._exit(1)  # the main process was killed: stop before writing to its closed pipe (a traceback)
    return process(task, _worker_settings)


def _exit_when_orphaned() -> None:
    """Idle pool workers outlive a main process killed with SIGKILL: they wait on a pipe they also hold."""
    while os.getppid() == _worker_parent:
        time.sleep(1)
    os._exit(1)


# ---------------------------------------------------------------------------
# Output and resuming


def write_line(stream: BinaryIO, line: str) -> None:
    """One whole line (or an article's rows) in a single write, then flushed, so a killed run leaves at most one
    partial line."""
    data = memoryview(line.encode("utf-8"))
    while data:
        written = stream.write(data)
        data = data[written if written is not None else len(data) :]
    stream.flush()


def cut_partial_line(path: Path) -> int:
    """Truncate a last line without its newline (what a killed run may leave); the number of bytes cut."""
    with path.open("r+b") as file:
        end = file.seek(0, os.SEEK_END)
        position, keep = end, 0
        while position > 0:
            step = min(1 << 16, position)
            file.seek(position - step)
            newline = file.read(step).rfind(b"\n")
            if newline >= 0:
                keep = position - step + newline + 1
                break
            position -= step
        if keep < end:
            file.truncate(keep)
        return end - keep


def sources_done(path: Path) -> set[str]:
    """Sources already in a batch output file (after cutting a partial last line)."""
    done: set[str] = set()
    if not path.exists():
        return done
    cut_partial_line(path)
    with path.open("rb") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                done.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError) as error:
                raise PatrolxError(
                    f"{path}:{number}: not a patrolx batch line, cannot resume; pick another output file"
                ) from error
    return done


# ---------------------------------------------------------------------------
# The run


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
    if resume and settings.output_format != "jsonl":
        raise PatrolxError("--resume reads the output as JSON Lines: it works only with --format jsonl")
    done = sources_done(output) if resume and output is not None else set()
    summary = Summary()
    tasks = _fresh_tasks(iter_tasks(inputs, glob), done, summary)
    total = count_tasks(inputs, glob) if show_progress else None
    out = _open_output(output, append=resume)
    try:
        write_line(out, WRITERS[settings.output_format].header)
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


def _fresh_tasks(tasks: Iterable[Task], done: set[str], summary: Summary) -> Iterator[Task]:
    """Tasks not in the output yet and not seen earlier in this run: every source is processed once."""
    seen: set[str] = set()
    for task in tasks:
        if task.source in seen:
            summary.duplicates += 1
        elif task.source in done:
            summary.skipped += 1
        else:
            seen.add(task.source)
            yield task


def _open_output(output: Path | None, append: bool) -> BinaryIO:
    if output is None:
        return sys.stdout.buffer
    # Unbuffered: each line goes to the file in one write call.
    return open(output, "ab" if append else "wb", buffering=0)


def print_summary(summary: Summary, console: Console, output: Path | None = None) -> None:
    where = f" to {output}" if output is not None else ""
    errors = f", {summary.errors} error{'s' * (summary.errors != 1)}" if summary.errors else ", no errors"
    console.print(
        f"{summary.articles} articles{where}{errors} in {summary.elapsed:.1f} s ({summary.rate:.1f} articles/s)",
        markup=False,
        highlight=False,
    )
    counted = [name for name in FACT_LISTS if name in summary.facts] or FACT_LISTS  # with --only, those asked for
    console.print("facts: " + ", ".join(f"{name} {summary.facts[name]}" for name in counted), markup=False)
    if summary.skipped:
        console.print(f"skipped {summary.skipped} articles already in the output", markup=False)
    if summary.duplicates:
        console.print(f"skipped {summary.duplicates} repeated sources (each source is processed once)", markup=False)
