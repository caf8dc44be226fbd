"""Workers on a Dask cluster: the same tasks in and outcomes out as the local pool, spread over the cluster.

This process, the client, reads the inputs and the article files and sends their text, so the workers need no
access to them. Articles travel in chunks, at most a few per worker thread in flight; each chunk's outcomes come
back as soon as it is done and are written then, so memory here stays flat. Each worker builds the pipeline once,
when it joins (`PipelinePlugin`).

A worker that dies takes its chunks with it: the scheduler runs them again on another worker, and the client
receives each chunk's outcomes once, whichever worker computed them. A chunk that Dask gives up on (its workers
died too many times, or it failed) is sent again article by article, and an article that fails on its own
becomes an error record.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from distributed import Client, Future, LocalCluster, as_completed
from distributed.comm.addressing import parse_address, parse_host_port
from distributed.comm.registry import get_backend
from distributed.diagnostics.plugin import WorkerPlugin

from .. import collector
from ..api import get_pipeline
from ..errors import PatrolxError
from ..textio import read_article
from .articles import Outcome, Settings, failed, process, process_chunk
from .inputs import Task
from .pool import default_workers

LOCAL = "local"
# Articles sent as one Dask task (some 0.2 s of work): Dask costs a few milliseconds of CPU per task. With 2 local
# workers on 2,000 dev articles (benchmarks/dask_overhead.py), Dask took 20% more CPU than the local pool with
# chunks of 32, 13% with 64 and 10% with 128; bigger chunks leave workers idle longer at the end of a run.
CHUNK_SIZE = 64
# Chunks in flight per worker thread: one running, one waiting, so that no worker idles between two.
CHUNKS_PER_THREAD = 2
CONNECT_TIMEOUT = "10s"


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline once on each worker as it joins, and sets it aside from the cycle collector."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: object) -> None:
        get_pipeline(self.settings.model, self.settings.pattern_dirs)
        collector.set_aside()


class DaskWorkers:
    """Runs `process` over tasks on a Dask cluster: `address` is a scheduler's, or `local` for one started here.

    Use as a context manager, like `pool.Workers`. The pipeline is built here first, so that a bad pattern file
    is reported once, to the user. `--patterns` folders and `--model` must be found on the workers under the same
    path (they are made absolute here).
    """

    def __init__(self, settings: Settings, address: str, workers: int | None = None, chunk_size: int = CHUNK_SIZE):
        self.settings = replace(settings, pattern_dirs=tuple(os.path.abspath(d) for d in settings.pattern_dirs))
        self.address = address
        self.workers = workers
        self.chunk_size = chunk_size
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    def __enter__(self) -> DaskWorkers:
        if self.address != LOCAL:
            check_address(self.address)
        get_pipeline(self.settings.model, self.settings.pattern_dirs)
        try:
            if self.address == LOCAL:
                self._cluster = start_local_cluster(self.workers)
            self._client = Client(self._cluster or self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except OSError as error:
            self.__exit__()
            raise PatrolxError(f"--dask {self.address}: cannot reach a Dask scheduler there ({error})") from error
        try:
            self._client.register_plugin(PipelinePlugin(self.settings), name="patrolx-pipeline")
        except Exception as error:  # raised on a worker: patrolx missing there, a --patterns folder not found...
            self.__exit__()
            raise PatrolxError(f"--dask {self.address}: the workers cannot build the pipeline ({error})") from error
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """Outcomes as chunks of articles finish on the cluster."""
        assert self._client is not None, "use DaskWorkers as a context manager"
        running = _RunningChunks(self._client, self.settings)
        for chunk in _chunked(tasks, self.chunk_size):
            to_send = []
            for loaded in (self._loaded(task) for task in chunk):
                if isinstance(loaded, Outcome):
                    yield loaded
                else:
                    to_send.append(loaded)
            running.submit(to_send)
            while running.count() >= CHUNKS_PER_THREAD * running.threads():
                yield from running.next_done()
        while running.count():
            yield from running.next_done()

    def _loaded(self, task: Task) -> Task | Outcome:
        """The task with its article's text read here, or its error record when there is nothing to send."""
        if task.problem is not None:
            return process(task, self.settings)  # an error record at once, without the pipeline
        if task.path is None:
            return task
        try:
            text = read_article(task.path)
        except Exception as error:  # the same error record a worker reading the file would write
            return failed(task, error)
        return replace(task, path=None, text=text)


def check_address(address: str) -> None:
    """Raise PatrolxError unless `address` has the form of a scheduler's address (tcp://HOST:PORT, HOST:PORT...)."""
    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except ValueError as error:
        raise PatrolxError(f"--dask {address}: not a scheduler's address such as tcp://HOST:8786 ({error})") from error


def start_local_cluster(workers: int | None) -> LocalCluster:
    """A scheduler and `workers` worker processes on this machine, one thread each (default: one per core)."""
    return LocalCluster(
        n_workers=workers or default_workers(),
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: the default one may be taken by another cluster
        silence_logs=logging.ERROR,
    )


class _RunningChunks:
    """The chunks sent to the cluster and not yet received back, each with its tasks (to send again if lost)."""

    def __init__(self, client: Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._done = as_completed(loop=client.loop)
        self._tasks: dict[Future, list[Task]] = {}
        self._threads = 1
        self._threads_checked = 0.0

    def submit(self, tasks: list[Task]) -> None:
        if tasks:
            future = self.client.submit(process_chunk, tasks, self.settings, pure=False)
            self._tasks[future] = tasks
            self._done.add(future)

    def count(self) -> int:
        return len(self._tasks)

    def threads(self) -> int:
        """The worker threads of the cluster, asked again every second or so: workers may join or leave."""
        if time.monotonic() - self._threads_checked > 1.0:
            self._threads = max(1, sum(self.client.nthreads().values()))
            self._threads_checked = time.monotonic()
        return self._threads

    def next_done(self) -> list[Outcome]:
        """The outcomes of the next chunk to finish (waiting for it); none when it was sent again article by article."""
        future = next(self._done)
        tasks = self._tasks.pop(future)
        try:
            if future.status == "finished":
                return future.result()
            if future.status != "error":
                raise PatrolxError(f"the Dask cluster dropped the work ({future.status}); finish with --resume")
            return self._resend(tasks, future.exception())
        finally:
            future.release()

    def _resend(self, tasks: list[Task], error: BaseException) -> list[Outcome]:
        if len(tasks) == 1:
            return [failed(tasks[0], error if isinstance(error, Exception) else RuntimeError(str(error)))]
        for task in tasks:
            self.submit([task])
        return []


def _chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    iterator = iter(tasks)
    while chunk := list(islice(iterator, size)):
        yield chunk
