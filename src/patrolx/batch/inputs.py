"""What a batch reads: folders, article files, JSON Lines feeds and standard input, as a lazy stream of tasks.

A folder walk yields paths one at a time and a feed is read line by line, so memory stays flat whatever the
corpus size. A bad feed line becomes a task marked with its problem, which is written as an error record.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

from ..api import parse_reference_date
from ..errors import InputError, PatrolxError
from ..serialize import writable

STDIN = "-"
STDIN_NAME = "<stdin>"


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


def check_folders(inputs: Iterable[str], glob: str) -> None:
    """Refuse a folder that holds no file to read: a batch of nothing is more likely a wrong folder or pattern."""
    for name in inputs:
        if name != STDIN and os.path.isdir(name) and next(walk_folder(name, glob), None) is None:
            raise PatrolxError(f"{name}: no file in this folder matches --glob {glob!r}; give another pattern")


def count_tasks(inputs: Iterable[str], glob: str = "*.txt") -> int | None:
    """How many articles `inputs` hold, or None when that is not cheap to know (standard input)."""
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        if os.path.isdir(name):
            total += sum(1 for _ in walk_folder(name, glob))
        elif name.endswith(".jsonl"):
            total += _count_feed_records(name)
        else:
            total += 1
    return total


def _count_feed_records(path: str) -> int:
    try:
        with open(path, "rb") as feed:
            return sum(1 for line in feed if line.strip())
    except OSError:
        return 1  # reported as one error record


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
    return task_from_record(record, where)


def task_from_record(record: object, where: str) -> Task:
    """The task for one feed record (a dict of its fields); `where` is its source when it has no usable id."""
    if not isinstance(record, dict):
        return Task(where, problem="not a JSON object")
    identifier = record.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        return Task(where, problem='no "id" (a string or number naming the article)')
    source = str(identifier)
    text, published = record.get("text"), record.get("published")
    if not isinstance(text, str):
        return Task(source, problem='no "text" string')
    problem = _unwritable_text(text)
    if problem is not None:
        return Task(source, problem=problem)
    if published is not None and not isinstance(published, str):
        return Task(source, problem='"published" is not a string')
    return Task(source, text=text, published=published)


def _unwritable_text(text: str) -> str | None:
    """Why `text` is not Unicode text, or None when it is."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # JSON's "\ud800" escapes can spell what no text may hold
        return (
            f'"text" holds a lone surrogate {writable(error.object[error.start])} '
            f"at character {error.start}, which is not Unicode text"
        )
    return None


def published_date(value: str | None, source: str) -> dt.date | None:
    """A feed record's publication date, from an ISO date or date-time; None when absent."""
    if value is None or not value.strip():
        return None
    try:
        return parse_reference_date(value)
    except PatrolxError as error:
        raise InputError(source, f"published {value!r} is not an ISO date (YYYY-MM-DD, a time may follow)") from error
