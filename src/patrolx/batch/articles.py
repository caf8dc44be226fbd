"""One article to one output line: the unit of work every kind of worker runs."""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..api import extract
from ..errors import InputError, PatrolxError
from ..serialize import FACT_LISTS
from ..textio import read_article
from .formats import WRITERS
from .inputs import Task, published_date


@dataclass(slots=True, frozen=True)
class Settings:
    """What every article is processed with."""

    reference_date: dt.date | None = None
    model: str | None = None
    pattern_dirs: tuple[str, ...] = ()
    output_format: str = "jsonl"  # a key of formats.WRITERS
    families: tuple[str, ...] | None = None  # the fact families to find and write; None: all
    timeout: float | None = None  # seconds an article may take; None: no limit


class Timeout(PatrolxError):
    """An article took longer than the batch's time limit (`--timeout`)."""


@dataclass(slots=True, frozen=True)
class Outcome:
    """One processed article: its output text and fact counts (empty for an error record)."""

    source: str
    line: str
    fact_counts: dict[str, int]
    error: str | None = None


def process(task: Task, settings: Settings) -> Outcome:
    """One article to its output text; any failure becomes an error record."""
    try:
        if task.problem is not None:
            raise InputError(task.source, task.problem)
        text = read_article(task.path) if task.path is not None else _require_text(task.text or "", task.source)
        reference = published_date(task.published, task.source) or settings.reference_date
        with time_limit(settings.timeout, task.source):
            facts = extract(
                text,
                reference_date=reference,
                source=task.source,
                model=settings.model,
                pattern_dirs=settings.pattern_dirs,
                families=settings.families,
            )
        line = WRITERS[settings.output_format].article(facts, settings.families)
    except Exception as error:  # one bad article, or a bug it triggers, must not stop a batch of thousands
        return failed(task, error, settings)
    return Outcome(task.source, line, {name: len(getattr(facts, name)) for name in settings.families or FACT_LISTS})


# A process's pipeline is not made for two threads at once (its tokenizer's cache, for one), and the GIL would
# run them one at a time anyway: threads of one process (a Dask worker's, say) take turns.
_pipeline_turn = threading.Lock()


def process_chunk(tasks: list[Task], settings: Settings) -> list[Outcome]:
    """Several articles in a row, as a worker of a cluster receives them; safe to call from several threads."""
    with _pipeline_turn:
        return [process(task, settings) for task in tasks]


def failed(task: Task, error: Exception, settings: Settings) -> Outcome:
    """The error record of an article that could not be processed."""
    message = str(error) if isinstance(error, InputError) else f"{task.source}: {type(error).__name__}: {error}"
    return Outcome(task.source, WRITERS[settings.output_format].error(task.source, error), {}, error=message)


@contextmanager
def time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise `Timeout` in the block once `seconds` have passed, so that one pathological article cannot stall a
    worker. A timer signal does it, which only a process's main thread receives: a worker of a pool or the
    one-process run; in other threads (a Dask worker's) there is no limit."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signal: int, _frame: object) -> None:
        raise Timeout(f"{source}: took longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _require_text(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty text")
    return text
