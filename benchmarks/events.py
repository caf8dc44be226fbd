#!/usr/bin/env python3
"""Time `patrolx events` on many facts lines: the dev articles and samples of tests/data/event_groups.json, read
once with their publication dates, then replicated with distinct sources and every copy moved to other days.

    python benchmarks/events.py [--count 100000] [--shift-days 1] [--workdir DIR]

Copy k of every article has its source suffixed with "#k" and every date moved by k * shift-days days, so that
the copies of one event fall on one day and those of different copies on different days. The facts file is
written first (not timed), then the command `patrolx events FACTS -o EVENTS --quiet` is timed from outside, with
its peak RSS (getrusage of the child). The events found are scored against the replicated gold groups.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

import patrolx

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "event_groups.json"
sys.path.insert(0, str(ROOT / "scripts"))
from score_events import read_events, score  # noqa: E402

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def shifted(value: str | None, days: int) -> str | None:
    if value is None or not DATE.match(value):
        return value
    moved = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
    return moved.isoformat() + value[10:]


def base_facts(gold: dict) -> list[dict]:
    articles = [
        patrolx.Article((ROOT / entry["file"]).read_text(encoding="utf-8"), name, entry.get("published"))
        for name, entry in gold["articles"].items()
    ]
    return [patrolx.facts_to_dict(facts) for facts in patrolx.extract_many(articles)]


def write_copies(facts: list[dict], count: int, shift_days: int, path: Path) -> None:
    with path.open("wb") as out:
        written = 0
        copy = 0
        while written < count:
            for record in facts:
                if written >= count:
                    break
                days = copy * shift_days
                line = dict(record, source=f"{record['source']}#{copy}")
                line["reference_date"] = shifted(record["reference_date"], days)
                line["dates"] = [dict(d, value=shifted(d["value"], days)) for d in record["dates"]]
                event = record["event"]
                if event and event.get("date"):
                    line["event"] = dict(event, date=dict(event["date"], value=shifted(event["date"]["value"], days)))
                out.write(orjson.dumps(line) + b"\n")
                written += 1
            copy += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000, help="facts lines to group")
    parser.add_argument(
        "--shift-days", type=int, default=3, help="days between one copy and the next (more than the one-day window)"
    )
    parser.add_argument("--workdir", type=Path, help="where to write the facts and events (default: a temp dir)")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as temp:
        folder = args.workdir or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        facts_path, events_path = folder / "facts.jsonl", folder / "events.jsonl"
        base = base_facts(gold)
        write_copies(base, args.count, args.shift_days, facts_path)
        size_mb = facts_path.stat().st_size / 1e6
        started = time.perf_counter()
        subprocess.run(["patrolx", "events", str(facts_path), "-o", str(events_path), "--quiet"], check=True)
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        copies = -(-args.count // len(base))
        gold_groups = [[f"{name}#{k}" for name in group] for k in range(copies) for group in gold["groups"]]
        predicted = read_events(events_path)
        result = score(gold_groups, predicted)
        events = sum(1 for _ in events_path.open(encoding="utf-8"))
    print(
        f"{args.count:,} facts lines ({size_mb:,.0f} MB) -> {events:,} events in {elapsed:.1f} s "
        f"({args.count / elapsed:,.0f} lines/s), peak RSS {peak_mb:.0f} MB"
    )
    print(", ".join(f"{name} {value:.3f}" for name, value in result.items() if isinstance(value, float)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
