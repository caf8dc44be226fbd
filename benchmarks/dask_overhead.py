#!/usr/bin/env python3
"""What running on Dask costs: a Dask cluster of 2 local workers against the local pool of 2 (a benchmark).

    python benchmarks/dask_overhead.py [--count 2000] [--repeat 5] [--workers 2] [--corpus DIR] [--no-commands]

Needs the dask extra (`pip install -e '.[dask]'`). On COUNT articles replicated from a corpus folder (default:
the dev corpus, ../shared/corpus/dev/*.txt), two figures:

- steady state: one process holds the local pool (`--workers N`) and a local Dask cluster of N one-thread
  worker processes (`--dask local --workers N`), both started and warmed up on the distinct articles; then
  REPEAT rounds, each one pass through the pool and one through the cluster, in alternation, so that both
  meet the same machine. The articles travel as text (no file reading), as `patrolx batch` would send them;
- commands: the wall time of `patrolx batch --workers N --quiet FOLDER -o OUT` and of the same with
  `--dask local`, start-up included, alternated REPEAT times (skipped with --no-commands).

The overhead is Dask's time over the pool's, from the medians (the fastest runs are shown too).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from throughput import DEFAULT_CORPUS, distinct, load_corpus, machine, patrolx_command, write_articles


def tasks_of(texts: Iterable[str], prefix: str) -> list:
    from patrolx.batch import Task

    return [Task(f"{prefix}-{number}", text=text) for number, text in enumerate(texts)]


def timed_pass(workers, tasks: list, pids: list[int] = ()) -> tuple[float, float]:
    """Wall seconds of one pass, and the CPU seconds it took in this process and in the worker processes `pids`."""
    cpu, start = cpu_seconds(pids), time.perf_counter()
    count = sum(1 for outcome in workers.map(tasks) if outcome.error is None)
    seconds = time.perf_counter() - start
    if count != len(tasks):
        raise SystemExit(f"{len(tasks) - count} articles failed")
    return seconds, cpu_seconds(pids) - cpu


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) of this process, all its threads, and of the processes `pids` (from /proc)."""
    total = time.process_time()
    for pid in pids:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def steady_state(texts: list[str], workers: int, repeat: int) -> dict[str, list[float]]:
    from patrolx.batch import Settings, Workers
    from patrolx.batch.cluster import DaskWorkers

    tasks, warm_up = tasks_of(texts, "article"), tasks_of(distinct(texts), "warm-up")
    times: dict[str, list[float]] = {"pool": [], "dask": [], "pool CPU": [], "dask CPU": []}
    with Workers(Settings(), workers) as pool, DaskWorkers(Settings(), "local", workers) as cluster:
        pids = {
            "pool": [process.pid for process in pool._pool._pool],
            "dask": list(cluster._client.run(os.getpid).values()),
        }
        sides = {"pool": pool, "dask": cluster}
        for side in sides.values():
            timed_pass(side, warm_up)
        for _ in range(repeat):
            for kind, side in sides.items():
                seconds, cpu = timed_pass(side, tasks, pids[kind])
                times[kind].append(seconds)
                times[f"{kind} CPU"].append(cpu)
    return times


def commands(texts: list[str], workers: int, repeat: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"pool": [], "dask": []}
    options = {"pool": [], "dask": ["--dask", "local"]}
    with tempfile.TemporaryDirectory(prefix="patrolx-bench-") as folder:
        articles = Path(folder) / "articles"
        write_articles(texts, articles)
        output = Path(folder) / "out.jsonl"
        for _ in range(repeat):
            for kind in ("pool", "dask"):
                command = [*patrolx_command(), "batch", str(articles), "-o", str(output), "--quiet"]
                command += ["--workers", str(workers), *options[kind]]
                start = time.perf_counter()
                subprocess.run(command, check=True)
                times[kind].append(time.perf_counter() - start)
                lines = sum(1 for _ in output.open(encoding="utf-8"))
                if lines != len(texts):
                    raise SystemExit(f"{kind}: {lines} lines for {len(texts)} articles")
    return times


def report(title: str, times: dict[str, list[float]], count: int) -> None:
    print(f"\n{title}")
    print("| configuration | median s | articles/s | fastest s | runs (s) |")
    print("| --- | ---: | ---: | ---: | --- |")
    for kind in times:
        label = kind.replace("pool", "local pool").replace("dask", "Dask, local cluster")
        runs = times[kind]
        median = statistics.median(runs)
        shown = ", ".join(f"{seconds:.2f}" for seconds in runs)
        rate = f"{count / median:,.0f}" if "CPU" not in kind else ""
        print(
            f"| {label} {'(CPU s, all processes)' if 'CPU' in kind else '(wall)'} | {median:.2f} | {rate} | "
            f"{min(runs):.2f} | {shown} |"
        )
    for suffix in ("", " CPU"):
        pool, dask = times.get("pool" + suffix), times.get("dask" + suffix)
        if pool:
            median = statistics.median(dask) / statistics.median(pool) - 1
            fastest = min(dask) / min(pool) - 1
            print(f"overhead of Dask{suffix or ' (wall)'}: {median:+.1%} (medians), {fastest:+.1%} (fastest)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of alternation (default 5)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes on each side (default 2)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles")
    parser.add_argument("--no-commands", action="store_true", help="skip the command runs")
    args = parser.parse_args()
    texts = load_corpus(args.corpus, args.count)
    print(f"{args.count} articles, {args.workers} workers on each side; {machine()}")
    steady = steady_state(texts, args.workers, args.repeat)
    report("Steady state, started and warmed up, in alternation:", steady, args.count)
    if not args.no_commands:
        report("Commands, start-up included:", commands(texts, args.workers, args.repeat), args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
