#!/usr/bin/env python3
"""What `--only` saves (a benchmark, not a test).

    python benchmarks/only.py [--count 1000] [--rounds 5] [--only aircraft,regions --only quotes ...] [--corpus DIR]

Replicates the articles of a corpus folder (default: the dev corpus, ../shared/corpus/dev/*.txt) to COUNT and
times, in one process, patrolx with every family and with each `--only` choice: one worker, through the batch
machinery (extract and serialize), one untimed pass each first. The configurations take turns, round after
round, so that all meet the same machine (it is shared, and a pass varies by a fifth from one minute to the
next); the fastest and the median pass of each are reported. Then the command `patrolx batch --workers 1 --quiet`
on a folder of the articles, start-up included, in the same alternation.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from throughput import patrolx_command, write_articles

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
DEFAULT_CHOICES = ["aircraft,regions", "countries", "dates,durations", "quotes"]


def load_corpus(folder: Path, count: int) -> list[str]:
    articles = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no *.txt articles in {folder}")
    return [articles[number % len(articles)] for number in range(count)]


def alternate(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Wall times of each run, taking turns for `rounds` rounds."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def in_process(texts: list[str], choices: list[str], rounds: int) -> dict[str, list[float]]:
    from patrolx.batch import Settings, Task, Workers

    configurations = {"all families": None, **{choice: tuple(choice.split(",")) for choice in choices}}
    tasks = [Task(f"article-{number}", text=text) for number, text in enumerate(texts)]
    warm_up = list(dict.fromkeys(texts))
    with ExitStack() as stack:
        pools = {name: stack.enter_context(Workers(Settings(families=f), 1)) for name, f in configurations.items()}
        for pool in pools.values():
            for _ in pool.map(Task("warm-up", text=text) for text in warm_up):
                pass
        runs = {name: lambda pool=pool: sum(1 for _ in pool.map(tasks)) for name, pool in pools.items()}
        return alternate(runs, rounds)


def command(texts: list[str], choices: list[str], rounds: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="patrolx-only-") as folder:
        write_articles(texts, Path(folder))
        base = [*patrolx_command(), "batch", folder, "--workers", "1", "--quiet", "-o", str(Path(folder) / "out.jsonl")]
        runs = {"all families": base, **{choice: [*base, "--only", choice] for choice in choices}}
        return alternate({name: lambda run=run: subprocess.run(run, check=True) for name, run in runs.items()}, rounds)


def report(title: str, times: dict[str, list[float]], articles: int) -> None:
    full = min(times["all families"])
    print(f"\n{title}\n")
    print("| families | fastest (s) | median (s) | articles/s (fastest) | time against all families |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, runs in times.items():
        best = min(runs)
        print(f"| {name} | {best:.3f} | {statistics.median(runs):.3f} | {articles / best:,.0f} | {best / full:.0%} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes of each configuration (default 5)")
    parser.add_argument("--only", action="append", help=f"a choice to time (repeatable; default {DEFAULT_CHOICES})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles to replicate")
    parser.add_argument("--no-command", action="store_true", help="skip the timing of the command")
    options = parser.parse_args()
    texts = load_corpus(options.corpus, options.count)
    choices = options.only or DEFAULT_CHOICES
    report(f"In process, {len(texts)} articles, one worker:", in_process(texts, choices, options.rounds), len(texts))
    if not options.no_command:
        times = command(texts, choices, options.rounds)
        report(f"`patrolx batch --workers 1 --quiet`, {len(texts)} articles, start-up included:", times, len(texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
