"""Workers on this machine: the articles processed in this process, or in a pool of processes.

Each worker process builds the pipeline once and keeps it for every article it is given.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing import Pool

from .. import collector
from ..api import get_pipeline
from .articles import Outcome, Settings, process
from .inputs import Task

# Articles a worker takes at a time: big enough to amortize the round trip, small enough to keep lines flowing.
CHUNK_SIZE = 8


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
        get_pipeline(self.settings.model, self.settings.pattern_dirs)
        # The pipeline lives as long as the process: set aside from the cycle collector, which would otherwise
        # walk its objects again and again, and which in forked workers would copy the pages holding them.
        collector.set_aside()
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
        throttled = self._throttled(tasks, in_flight)
        for outcome in self._pool.imap_unordered(_process_in_worker, throttled, self.chunk_size):
            in_flight.release()
            yield outcome

    def _throttled(self, tasks: Iterable[Task], in_flight: threading.Semaphore) -> Iterator[Task]:
        """`tasks`, each one once a place in flight is free; none after the workers were stopped."""
        for task in tasks:
            while not in_flight.acquire(timeout=0.2):
                if self._stop.is_set():
                    return
            yield task


_worker_settings = Settings()
_worker_parent = 0


def _init_worker(settings: Settings) -> None:
    global _worker_settings, _worker_parent
    _worker_settings, _worker_parent = settings, os.getppid()
    # Ctrl-C is the main process's to handle: it stops the pool; workers would only print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    get_pipeline(settings.model, settings.pattern_dirs)
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
