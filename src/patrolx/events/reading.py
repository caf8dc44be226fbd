"""The inputs of `patrolx events`: facts written by `patrolx extract`/`batch` (JSON Lines), or articles read
directly (folders, article files, JSON Lines feeds of `{"id", "text", "published"?, "url"?}`), which go through
the batch machinery first. A `.jsonl` file (or standard input) is taken as facts when its first record has no
"text", as a feed of articles otherwise. Everything is streamed, one line at a time."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

from ..batch import Settings, Task, Workers, count_tasks, record_task, walk_folder
from ..batch.inputs import STDIN, STDIN_NAME
from ..errors import InputError
from .report import Report, report_from_facts


@dataclass(slots=True)
class Tally:
    """What the inputs held, for the summary."""

    records: int = 0
    reports: int = 0
    skipped: int = 0  # lines without an event (--only or older output)
    failed: list[str] = field(default_factory=list)  # "source: problem" of each article that could not be read

    def count(self, record: Any, url: str | None = None) -> Report | None:
        """The report in `record`, counted (None when it holds none)."""
        self.records += 1
        if isinstance(record, dict) and "error" in record:
            error, source = record["error"], str(record.get("source"))
            message = (error.get("message") or error.get("type")) if isinstance(error, dict) else error
            message = str(message or "failed")
            self.failed.append(message if message.startswith(source) else f"{source}: {message}")
            return None
        report = report_from_facts(record, url) if isinstance(record, dict) else None
        if report is None:
            self.skipped += 1
        else:
            self.reports += 1
        return report


def is_facts_file(path: str) -> bool:
    with open(path, "rb") as lines:
        return _first_is_facts(lines)


def _first_is_facts(lines: Iterable[bytes]) -> bool:
    for line in lines:
        if line.strip():
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                return False
            return isinstance(record, dict) and "text" not in record
    return True


def count_records(inputs: list[str], glob: str) -> int | None:
    """How many records the inputs hold (for the progress bar); None when that is not cheap to know."""
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        if name.endswith(".jsonl") and os.path.isfile(name) and is_facts_file(name):
            with open(name, "rb") as lines:
                total += sum(1 for line in lines if line.strip())
        else:
            total += count_tasks([name], glob) or 0
    return total


def read_reports(inputs: list[str], settings: Settings, glob: str, workers: int, tally: Tally) -> Iterator[Report]:
    """Every report the inputs hold, counted in `tally`; articles are processed with `workers` processes."""
    articles: list[str] = []
    for name in inputs:
        if name == STDIN:
            stdin = sys.stdin.buffer
            first = stdin.readline()
            if _first_is_facts([first]):
                yield from _facts_lines(_chain(first, stdin), STDIN_NAME, tally)
            else:
                yield from _from_articles([], settings, glob, workers, tally, feed=_chain(first, stdin))
        elif name.endswith(".jsonl") and os.path.isfile(name) and is_facts_file(name):
            with open(name, "rb") as lines:
                yield from _facts_lines(lines, name, tally)
        else:
            articles.append(name)
    if articles:
        yield from _from_articles(articles, settings, glob, workers, tally)


def _chain(first: bytes, rest: BinaryIO) -> Iterator[bytes]:
    yield first
    yield from rest


def _facts_lines(lines: Iterable[bytes], name: str, tally: Tally) -> Iterator[Report]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise InputError(f"{name}:{number}", f"not a JSON line of patrolx facts ({error})") from error
        report = tally.count(record)
        if report is not None:
            yield report


def _from_articles(
    names: list[str], settings: Settings, glob: str, workers: int, tally: Tally, feed: Iterable[bytes] | None = None
) -> Iterator[Report]:
    urls: dict[str, str] = {}  # a feed record's url, until its article comes back from the workers
    tasks = _article_tasks(names, glob, feed, urls)
    with Workers(settings, workers) as pool:
        for outcome in pool.map(tasks):
            report = tally.count(orjson.loads(outcome.line), urls.pop(outcome.source, None))
            if report is not None:
                yield report


def _article_tasks(names: list[str], glob: str, feed: Iterable[bytes] | None, urls: dict[str, str]) -> Iterator[Task]:
    if feed is not None:
        yield from _feed_tasks(feed, STDIN_NAME, urls)
    for name in names:
        if os.path.isdir(name):
            yield from (Task(path, path=path) for path in walk_folder(name, glob))
        elif name.endswith(".jsonl"):
            try:
                with open(name, "rb") as lines:
                    yield from _feed_tasks(lines, name, urls)
            except OSError as error:
                yield Task(name, problem=f"cannot read ({error.strerror})")
        else:
            yield Task(name, path=name)


def _feed_tasks(lines: Iterable[bytes], name: str, urls: dict[str, str]) -> Iterator[Task]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        task = record_task(line, f"{name}:{number}")
        if task.problem is None:
            url = orjson.loads(line).get("url")
            if isinstance(url, str) and url:
                urls[task.source] = url
        yield task
