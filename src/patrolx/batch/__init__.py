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
each article ends up in the file exactly once. The same holds with the workers
of a Dask cluster.

An article that cannot be read or processed becomes an error record
(`serialize.error_record`) and the batch goes on.

The modules, one concern each:
- `inputs`: folders, files, feeds and standard input as a stream of tasks;
- `articles`: one task to one output line (the settings, the outcome, the error record);
- `pool`: the workers on this machine, one process or a pool;
- `cluster`: the workers of a Dask cluster (`--dask`), loaded only when asked for (Dask is an optional extra);
- `output`: writing lines, and resuming a killed run's output;
- `progress`: the progress bar and the summary;
- `run`: `run_batch`, which ties them together.
"""

from .articles import Outcome, Settings, process
from .inputs import Task, count_tasks, iter_tasks, published_date, record_task, walk_folder
from .output import cut_partial_line, sources_done, write_line
from .pool import CHUNK_SIZE, Workers, default_workers
from .progress import Summary, print_summary
from .run import run_batch

__all__ = [
    "CHUNK_SIZE",
    "Outcome",
    "Settings",
    "Summary",
    "Task",
    "Workers",
    "count_tasks",
    "cut_partial_line",
    "default_workers",
    "iter_tasks",
    "print_summary",
    "process",
    "published_date",
    "record_task",
    "run_batch",
    "sources_done",
    "walk_folder",
    "write_line",
]
