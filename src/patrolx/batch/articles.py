"""One article to one output line: the unit of work every kind of worker runs."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from ..api import extract
from ..errors import InputError
from ..serialize import FACT_LISTS, error_json, to_json
from ..textio import read_article
from .inputs import Task, published_date


@dataclass(slots=True, frozen=True)
class Settings:
    """What every article is processed with."""

    reference_date: dt.date | None = None
    model: str | None = None
    pattern_dirs: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class Outcome:
    """One processed article: its output line and fact counts (empty for an error record)."""

    source: str
    line: str
    fact_counts: dict[str, int]
    error: str | None = None


def process(task: Task, settings: Settings) -> Outcome:
    """One article to one output line; any failure becomes an error record."""
    try:
        if task.problem is not None:
            raise InputError(task.source, task.problem)
        text = read_article(task.path) if task.path is not None else _require_text(task.text or "", task.source)
        reference = published_date(task.published, task.source) or settings.reference_date
        facts = extract(
            text, reference_date=reference, source=task.source, model=settings.model, pattern_dirs=settings.pattern_dirs
        )
        line = to_json(facts)
    except Exception as error:  # one bad article, or a bug it triggers, must not stop a batch of thousands
        return failed(task, error)
    return Outcome(task.source, line, {name: len(getattr(facts, name)) for name in FACT_LISTS})


# A process's pipeline is not made for two threads at once (its tokenizer's cache, for one), and the GIL would
# run them one at a time anyway: threads of one process (a Dask worker's, say) take turns.
_pipeline_turn = threading.Lock()


def process_chunk(tasks: list[Task], settings: Settings) -> list[Outcome]:
    """Several articles in a row, as a worker of a cluster receives them; safe to call from several threads."""
    with _pipeline_turn:
        return [process(task, settings) for task in tasks]


def failed(task: Task, error: Exception) -> Outcome:
    """The error record of an article that could not be processed."""
    message = str(error) if isinstance(error, InputError) else f"{task.source}: {type(error).__name__}: {error}"
    return Outcome(task.source, error_json(task.source, error), {}, error=message)


def _require_text(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty text")
    return text
