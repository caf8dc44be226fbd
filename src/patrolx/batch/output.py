"""The output file and resuming it: each article ends up in the file exactly once.

Each line is written with a single write and flushed, so a run killed at any moment leaves whole lines plus at
most one partial last line. A resumed run cuts that line off, then skips every source already in the file.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import PatrolxError
from .inputs import Task
from .progress import Summary


def open_output(output: Path | None, append: bool) -> BinaryIO:
    """The file to write (standard output when None), unbuffered: each line goes out in one write call."""
    if output is None:
        return sys.stdout.buffer
    return open(output, "ab" if append else "wb", buffering=0)


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
        keep = _end_of_last_whole_line(file, end)
        if keep < end:
            file.truncate(keep)
        return end - keep


def _end_of_last_whole_line(file: BinaryIO, end: int) -> int:
    """The offset just after the last newline before `end`, read backwards in blocks; 0 when there is none."""
    position = end
    while position > 0:
        step = min(1 << 16, position)
        file.seek(position - step)
        newline = file.read(step).rfind(b"\n")
        if newline >= 0:
            return position - step + newline + 1
        position -= step
    return 0


def drop_error_records(path: Path) -> int:
    """Remove the error records from a batch output file, so that a resumed run processes those articles again;
    the number removed. The file is replaced whole, so a crash meanwhile leaves it as it was."""
    if not path.exists():
        return 0
    cut_partial_line(path)
    temp = path.with_name(f".{path.name}.retry.tmp")
    dropped = 0
    with path.open("rb") as lines, temp.open("wb") as kept:
        for line in lines:
            if _is_error_record(line):
                dropped += 1
            else:
                kept.write(line)
    os.chmod(temp, path.stat().st_mode & 0o7777)  # the file keeps its mode
    os.replace(temp, path)
    return dropped


def _is_error_record(line: bytes) -> bool:
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and "error" in record


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


def fresh_tasks(tasks: Iterable[Task], done: set[str], summary: Summary) -> Iterator[Task]:
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
