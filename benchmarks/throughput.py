#!/usr/bin/env python3
"""Throughput benchmark for patrolx (a benchmark, not a test).

    python benchmarks/throughput.py [--count 1000] [--peer-count 200] [--workers N] [--repeat 3] [--corpus DIR]

Builds a corpus of COUNT articles by replicating the articles of a corpus
folder (default: the dev corpus, ../shared/corpus/dev/*.txt) and measures, in
one run and each in a fresh Python process so peak memory is its own:

- spaCy's blank English tokenizer alone: the ceiling for anything built on it;
- patrolx's own tokenizer alone: the same tokenizer, which patrolx keeps from
  splitting a chunk of text again once it has met it twice (see
  `patrolx.tokenizer`), so that patrolx's tokenizing costs less than the ceiling;
- patrolx through the batch machinery (read, extract, serialize), with one
  worker (in-process) and with N worker processes; no reference date is given,
  so dates are resolved against what each article says;
- the stock small English pipeline's NER alone (en_core_web_sm, or a package
  named en_core_web_sm* such as the re-upload in the `bench` extra), with only
  the components NER needs; skipped when none is installed;
- on the first PEER_COUNT articles: patrolx with one worker in-process; the
  command `patrolx batch --workers 1 --quiet` run on a folder of those
  articles (a subprocess: start-up, reading files and writing JSON Lines
  included); and the stock peer pipeline: the small English pipeline whole
  (`spacy.load(name)`, as a user would run it), dateparser on the text of
  every DATE entity (English, one fixed RELATIVE_BASE for all articles since
  the peer does not read publication dates) and textacy's direct quotations
  extractor, every result consumed. Install the peer with
  `pip install -e '.[bench]'`; its row is skipped, with the reason, when a
  part is missing. Then one line gives patrolx's speed-up over the peer;
- the tokenizer and patrolx with one worker again, in one process, timed in
  alternation: the ratio of two rows measured minutes apart varies with what
  else the machine does, this one less;
- `patrolx extract` of one article from a cold start (subprocess wall time);
- one 5 MB article of story text (the articles up to any clutter heading, glued), wall and CPU time.

Every in-process row makes one untimed pass over the distinct articles first,
so each measures the steady state, then REPEAT timed passes, of which the
fastest is reported (as timeit does: on a shared machine a single pass varies
by a fifth from one run to the next). Prints a Markdown table for the README.
Peak RSS comes from getrusage: the measuring process's own, and for a pool the
largest worker's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
BIG_ARTICLE_CHARS = 5_000_000
COLD_RUNS = 5
STOCK_PIPELINE = "en_core_web_sm"
# The peer knows no article's publication date: every relative date resolves against this one.
PEER_REFERENCE_DATE = dt.datetime(2024, 1, 1)


def load_corpus(folder: Path, count: int) -> list[str]:
    articles = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not articles:
        raise SystemExit(f"no *.txt articles in {folder}")
    return [articles[number % len(articles)] for number in range(count)]


def distinct(texts: list[str]) -> list[str]:
    """The different articles of a replicated corpus: run once untimed, so every row measures the steady state."""
    return list(dict.fromkeys(texts))


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KB on Linux


# ---------------------------------------------------------------------------
# Measurements, each run in its own process (--measure KIND)


def fastest(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The shortest wall time of `repeat` runs, and the last run's result. As with timeit, the slower runs measure
    what else the machine was doing (on a shared 2-core machine one pass can vary by a fifth)."""
    best, result = float("inf"), None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure_tokenizer(texts: list[str], workers: int, repeat: int, config: dict | None = None) -> dict:
    import spacy

    nlp = spacy.blank("en", config=config or {})
    for _ in nlp.pipe(distinct(texts)):
        pass
    seconds, _ = fastest(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)), repeat)
    return {"seconds": seconds}


def measure_own_tokenizer(texts: list[str], workers: int, repeat: int) -> dict:
    """The tokenizer patrolx builds on: spaCy's English tokenizer, with its cache of chunk splits kept filled."""
    from patrolx.pipeline import BLANK_CONFIG

    return measure_tokenizer(texts, workers, repeat, BLANK_CONFIG)


def measure_patrolx(texts: list[str], workers: int, repeat: int) -> dict:
    from patrolx.batch import Settings, Task, Workers

    def tasks() -> Iterator[Task]:
        return (Task(f"article-{number}", text=text) for number, text in enumerate(texts))

    with Workers(Settings(), workers) as pool:
        for _ in pool.map(Task(f"warm-up-{number}", text=text) for number, text in enumerate(distinct(texts))):
            pass
        seconds, errors = fastest(lambda: sum(outcome.error is not None for outcome in pool.map(tasks())), repeat)
    result = {"seconds": seconds, "errors": errors}
    if workers > 1:
        result["worker_peak_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return result


def measure_share(texts: list[str], workers: int, repeat: int) -> dict:
    """The tokenizer and patrolx with one worker in one process, timed in alternation: the two passes of a round
    meet the same machine, so their ratio varies less than that of rows measured minutes apart."""
    import spacy

    from patrolx.batch import Settings, Task, Workers

    nlp = spacy.blank("en")

    def tokenize() -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    with Workers(Settings(), 1) as pool:

        def extract_all() -> None:
            for _ in pool.map(Task(f"article-{number}", text=text) for number, text in enumerate(texts)):
                pass

        for _ in nlp.pipe(distinct(texts)):
            pass
        for _ in pool.map(Task(f"warm-up-{number}", text=text) for number, text in enumerate(distinct(texts))):
            pass
        tokenizer = patrolx = float("inf")
        for _ in range(max(1, repeat)):
            tokenizer = min(tokenizer, fastest(tokenize, 1)[0])
            patrolx = min(patrolx, fastest(extract_all, 1)[0])
    return {"tokenizer_seconds": tokenizer, "patrolx_seconds": patrolx}


def stock_pipeline_name() -> str | None:
    """The installed stock small English pipeline: en_core_web_sm itself, else a package named en_core_web_sm*."""
    import spacy

    installed = sorted(spacy.util.get_installed_models())
    if STOCK_PIPELINE in installed:
        return STOCK_PIPELINE
    return next((name for name in installed if name.startswith(STOCK_PIPELINE)), None)


def measure_ner(texts: list[str], workers: int, repeat: int) -> dict:
    import spacy
    from spacy.pipeline.tok2vec import Tok2VecListener

    name = stock_pipeline_name()
    if name is None:
        return {"skipped": f"no {STOCK_PIPELINE} pipeline installed (pip install -e '.[bench]')"}
    nlp = spacy.load(name)
    # The small pipeline's NER embeds its own tok2vec; the shared one runs only when NER listens to it.
    listens = any(isinstance(layer, Tok2VecListener) for layer in nlp.get_pipe("ner").model.walk())
    keep = {"ner", "tok2vec"} if listens else {"ner"}
    nlp.select_pipes(enable=[pipe for pipe in nlp.pipe_names if pipe in keep])
    for _ in nlp.pipe(distinct(texts)):
        pass
    seconds, _ = fastest(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)), repeat)
    return {"seconds": seconds, "name": name}


def measure_big(texts: list[str], workers: int, repeat: int) -> dict:
    import patrolx
    from patrolx.api import get_pipeline

    # Story text only: everything after a clutter heading ("Related coverage") counts as clutter to the end of
    # the text, and patrolx skips it; a big article glued from whole pages would measure next to nothing.
    clutter = get_pipeline().get_pipe("patrolx_boilerplate")
    stories = [text[: clutter.block_start(text)] for text in distinct(texts)]
    parts, size = [], 0
    for text in stories * (BIG_ARTICLE_CHARS // max(1, sum(map(len, stories))) + 1):
        parts.append(text)
        size += len(text) + 2
        if size >= BIG_ARTICLE_CHARS:
            break
    big = "\n\n".join(parts)
    patrolx.extract(texts[0])  # build and warm the pipeline first
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        patrolx.extract(big)
    except Exception as error:  # reported in the table
        return {"seconds": time.perf_counter() - start, "chars": len(big), "error": f"{type(error).__name__}: {error}"}
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {"seconds": seconds, "cpu_seconds": cpu, "chars": len(big), "tokens": len(big.split())}


def measure_peer(texts: list[str], workers: int, repeat: int) -> dict:
    """The stock peer: the small English pipeline whole, dateparser on its DATE entities, textacy's quotes.

    Also reports its start-up (imports and loading the pipeline), which a command-line run pays once.
    """
    started = time.perf_counter()
    missing = [module for module in ("dateparser", "textacy") if not module_installed(module)]
    name = stock_pipeline_name()
    if name is None:
        missing.insert(0, STOCK_PIPELINE)
    if missing:
        return {"skipped": f"not installed: {', '.join(missing)} (pip install -e '.[bench]')"}

    import dateparser
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(name)
    settings = {"RELATIVE_BASE": PEER_REFERENCE_DATE}
    startup = time.perf_counter() - started

    def run(batch: list[str]) -> dict:
        found = {"dates": 0, "dates_parsed": 0, "quotes": 0}
        for doc in nlp.pipe(batch, batch_size=64):
            for entity in doc.ents:
                if entity.label_ == "DATE":
                    found["dates"] += 1
                    parsed = dateparser.parse(entity.text, languages=["en"], settings=settings)
                    found["dates_parsed"] += parsed is not None
            found["quotes"] += sum(1 for _ in direct_quotations(doc))
        return found

    run(distinct(texts))
    seconds, found = fastest(lambda: run(texts), repeat)
    return {"seconds": seconds, "startup_seconds": startup, "name": name, **found}


def module_installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


MEASURES = {
    "tokenizer": measure_tokenizer,
    "own-tokenizer": measure_own_tokenizer,
    "patrolx": measure_patrolx,
    "ner": measure_ner,
    "peer": measure_peer,
    "big": measure_big,
    "share": measure_share,
}


# ---------------------------------------------------------------------------
# The run


def run_child(kind: str, corpus: Path, count: int, workers: int, repeat: int = 1) -> dict:
    """Run one measurement in a fresh interpreter; its own peak RSS comes from wait4."""
    command = [sys.executable, __file__, "--measure", kind, "--corpus", str(corpus)]
    command += ["--count", str(count), "--workers", str(workers), "--repeat", str(repeat)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"measurement {kind} failed (exit {child.returncode})")
    result = json.loads(output)
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


def patrolx_command() -> list[str]:
    script = Path(sys.executable).parent / "patrolx"
    return [str(script)] if script.exists() else [sys.executable, "-m", "patrolx"]


def write_articles(texts: list[str], folder: Path) -> None:
    """Each text as an article file of `folder`, named in order."""
    folder.mkdir(exist_ok=True)
    for number, text in enumerate(texts):
        (folder / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")


def cli_batch(texts: list[str]) -> dict:
    """Wall time of the command `patrolx batch --workers 1 --quiet FOLDER -o OUT` on the articles, start-up included."""
    with tempfile.TemporaryDirectory(prefix="patrolx-bench-") as folder:
        articles = Path(folder) / "articles"
        write_articles(texts, articles)
        output = Path(folder) / "out.jsonl"
        command = [*patrolx_command(), "batch", "--workers", "1", "--quiet", str(articles), "-o", str(output)]
        start = time.perf_counter()
        child = subprocess.Popen(command)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        lines = output.read_text(encoding="utf-8").splitlines()
    errors = sum("error" in json.loads(line) for line in lines)
    if len(lines) != len(texts) or os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"patrolx batch failed: exit {os.waitstatus_to_exitcode(status)}, {len(lines)} lines")
    return {"seconds": seconds, "errors": errors, "peak_rss_mb": usage.ru_maxrss / 1024}


def cold_start(corpus: Path) -> dict:
    """Wall time of `patrolx extract ONE_ARTICLE` in a new process, median of a few runs."""
    article = sorted(corpus.glob("*.txt"))[0]
    command = patrolx_command()
    times, cpu_times, peak = [], [], 0.0
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        child = subprocess.Popen([*command, "extract", str(article)], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        cpu_times.append(usage.ru_utime + usage.ru_stime)
        peak = max(peak, usage.ru_maxrss / 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("patrolx extract failed")
    import_seconds = spacy_import_seconds()
    return {
        "median": statistics.median(times),
        "cpu_median": statistics.median(cpu_times),
        "min": min(times),
        "max": max(times),
        "peak": peak,
        "spacy_import": import_seconds,
    }


def spacy_import_seconds() -> float:
    command = [
        sys.executable,
        "-c",
        "import time; t = time.perf_counter(); import spacy; print(time.perf_counter() - t)",
    ]
    return min(float(subprocess.run(command, capture_output=True, text=True, check=True).stdout) for _ in range(2))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import spacy

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = f", load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    return f"{cores} cores ({cpu}), Python {platform.python_version()}, spaCy {spacy.__version__}{load}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument(
        "--peer-count",
        type=int,
        default=200,
        help="articles for the comparison with the peer pipeline (default 200; 0 skips it)",
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers for the parallel run")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles to replicate")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes per measurement, the fastest reported (default 3)"
    )
    parser.add_argument("--measure", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    args = parser.parse_args()

    texts = load_corpus(args.corpus, args.count)
    if args.measure:
        print(json.dumps(MEASURES[args.measure](texts, args.workers, args.repeat)))
        return 0

    words = sum(len(text.split()) for text in texts)
    where = machine()
    corpus = os.path.relpath(args.corpus)
    print(f"Corpus: {args.count} articles, {words / args.count:.0f} words each on average, from {corpus}\n")
    peers = args.peer_count
    # Labels name the pipeline a measurement found: {name}.
    rows = [
        ("spaCy blank English tokenizer alone (ceiling)", "tokenizer", args.count, 1),
        ("patrolx's tokenizer alone (the same, its chunk cache kept filled)", "own-tokenizer", args.count, 1),
        ("patrolx, 1 worker", "patrolx", args.count, 1),
        (f"patrolx, 1 worker, {args.count // 10} articles", "patrolx", args.count // 10, 1),
        (f"patrolx, {args.workers} workers", "patrolx", args.count, args.workers),
        ("stock spaCy pipeline ({name}), NER alone", "ner", args.count, 1),
        (f"patrolx, 1 worker, {peers} articles", "patrolx", peers, 1),
        (f"`patrolx batch --workers 1 --quiet` command, {peers} articles, start-up included", "cli", peers, 1),
        (
            "stock peer pipeline ({name} whole + dateparser on DATE entities + textacy direct quotations), "
            f"{peers} articles",
            "peer",
            peers,
            1,
        ),
    ]
    results = {}
    for label, kind, count, workers in rows:
        print(f"measuring: {label.format(name='...')}", file=sys.stderr)
        if count == 0:
            results[label] = {"skipped": "no articles asked for"}
        elif kind == "cli":
            results[label] = cli_batch(load_corpus(args.corpus, count))
        else:
            results[label] = run_child(kind, args.corpus, count, workers, args.repeat)
    ceiling = results[rows[0][0]]["seconds"] / args.count

    print("| configuration | articles | articles/s | words/s | share of tokenizer | peak RSS (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, _, count, _ in rows:
        result = results[label]
        shown = label.format(name=result.get("name", "none installed"))
        if "skipped" in result:
            print(f"| {shown} | skipped: {result['skipped']} | | | | |")
            continue
        rate = count / result["seconds"]
        row_words = sum(len(text.split()) for text in load_corpus(args.corpus, count))
        rss = f"{result['peak_rss_mb']:.0f}"
        if "worker_peak_rss_mb" in result:
            rss += f" (main), {result['worker_peak_rss_mb']:.0f} (largest worker)"
        errors = f" ({result['errors']} errors)" if result.get("errors") else ""
        shown_rate = f"{rate:,.1f}" if rate < 10 else f"{rate:,.0f}"
        share = f"{rate * ceiling:.1%}" if rate * ceiling < 0.1 else f"{rate * ceiling:.0%}"
        print(f"| {shown}{errors} | {count} | {shown_rate} | {row_words / result['seconds']:,.0f} | {share} | {rss} |")

    # The last three rows ran on the same articles: time ratios are speed ratios.
    ours, command, peer = (results[label] for label, *_ in rows[-3:])
    if "skipped" in peer:
        print(f"\nPeer comparison skipped: {peer['skipped']}")
    else:
        speedup = peer["seconds"] / ours["seconds"]
        # As commands, each pays its start-up once: the peer's imports and pipeline loading added to its timed pass.
        command_speedup = (peer["seconds"] + peer["startup_seconds"]) / command["seconds"]
        print(
            f"\npatrolx batch --workers 1 is {speedup:.1f}x faster than the peer pipeline "
            f"on the same {peers} articles; "
            f"{command_speedup:.1f}x with start-up included on both sides (the `patrolx batch` command's wall time "
            f"against the peer's {peer['startup_seconds']:.1f} s of imports and `spacy.load` plus its pass). "
            f"The peer found {peer['dates']} DATE entities (dateparser resolved {peer['dates_parsed']}) "
            f"and {peer['quotes']} direct quotations."
        )

    print("measuring: the share of the tokenizer's throughput, in alternation", file=sys.stderr)
    share = run_child("share", args.corpus, args.count, 1, args.repeat)
    print(
        f"\nIn one process, the tokenizer and patrolx with one worker timed in alternation ({args.repeat} passes "
        f"each, {args.count} articles, the fastest of each kept): patrolx reaches "
        f"{share['tokenizer_seconds'] / share['patrolx_seconds']:.0%} of the tokenizer's throughput "
        f"({args.count / share['patrolx_seconds']:,.0f} against {args.count / share['tokenizer_seconds']:,.0f} "
        "articles/s)."
    )

    print("\nmeasuring: cold start and a 5 MB article", file=sys.stderr)
    cold = cold_start(args.corpus)
    big = run_child("big", args.corpus, 17, 1)
    print(
        f"\n- `patrolx extract` of one article from a cold start: {cold['median']:.2f} s wall (median of "
        f"{COLD_RUNS}; {cold['min']:.2f}-{cold['max']:.2f} s; CPU {cold['cpu_median']:.2f} s), "
        f"peak RSS {cold['peak']:.0f} MB; "
        f"`import spacy` alone: {cold['spacy_import']:.2f} s"
    )
    size = f"{big['chars'] / 1e6:.1f} M characters"
    if "error" in big:
        print(f"- one {size} article: FAILED after {big['seconds']:.2f} s: {big['error']}")
    else:
        print(
            f"- one {size} article (story text, no clutter): {big['seconds']:.2f} s wall, "
            f"{big['cpu_seconds']:.2f} s CPU, peak RSS {big['peak_rss_mb']:.0f} MB"
        )
    print(f"\nMachine: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
