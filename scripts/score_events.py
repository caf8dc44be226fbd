#!/usr/bin/env python3
"""Score how patrolx groups articles into events against a gold file of event groups.

    python scripts/score_events.py [GOLD] [--events EVENTS.jsonl] [--verbose]

GOLD (default tests/data/event_groups.json) lists the articles (file, publication date) and the groups of
those that report the same event. Without --events, patrolx reads the articles (each with its publication date)
and groups them; with --events, the output of `patrolx events` is scored, its sources matched to the gold
articles by file name without extension.

Prints pairwise precision/recall/F1 (over pairs of articles put in one event) and B-cubed precision/recall/F1
(per article, the share of its predicted event that is in its gold event, and the reverse).
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import patrolx
from patrolx.events.grouping import group_reports, sort_key
from patrolx.events.report import report_from_facts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "data" / "event_groups.json"


def predict(gold: dict) -> list[list[str]]:
    """Groups of article names, as patrolx finds them."""
    articles = [
        patrolx.Article((ROOT / entry["file"]).read_text(encoding="utf-8"), name, entry.get("published"))
        for name, entry in gold["articles"].items()
    ]
    reports = [report_from_facts(patrolx.facts_to_dict(facts)) for facts in patrolx.extract_many(articles)]
    ordered = sorted((r for r in reports if r is not None), key=sort_key)
    return [[report.source for report in group] for group in group_reports(ordered)]


def read_events(path: Path) -> list[list[str]]:
    groups = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                groups.append([Path(source["source"]).stem for source in json.loads(line)["sources"]])
    return groups


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(set(group)), 2)}


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold_groups: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    names = {name for group in gold_groups for name in group}
    predicted = [[name for name in group if name in names] for group in predicted]
    seen = {name for group in predicted for name in group}
    predicted += [[name] for name in sorted(names - seen)]  # an article patrolx could not read stands alone
    gold_pairs, predicted_pairs = pairs(gold_groups), pairs(predicted)
    both = gold_pairs & predicted_pairs
    pair_p = len(both) / len(predicted_pairs) if predicted_pairs else 1.0
    pair_r = len(both) / len(gold_pairs) if gold_pairs else 1.0
    gold_of = {name: set(group) for group in gold_groups for name in group}
    predicted_of = {name: set(group) for group in predicted for name in group}
    b3_p = sum(len(predicted_of[n] & gold_of[n]) / len(predicted_of[n]) for n in names) / len(names)
    b3_r = sum(len(predicted_of[n] & gold_of[n]) / len(gold_of[n]) for n in names) / len(names)
    return {
        "articles": len(names),
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(predicted_pairs),
        "pairwise_precision": pair_p,
        "pairwise_recall": pair_r,
        "pairwise_f1": f1(pair_p, pair_r),
        "bcubed_precision": b3_p,
        "bcubed_recall": b3_r,
        "bcubed_f1": f1(b3_p, b3_r),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--events", type=Path, help="score this output of `patrolx events` instead of running it")
    parser.add_argument("--verbose", action="store_true", help="list the predicted events and the gold ones")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    predicted = read_events(args.events) if args.events else predict(gold)
    if args.verbose:
        gold_sets = {frozenset(group) for group in gold["groups"]}
        for group in predicted:
            print(("  " if frozenset(group) in gold_sets else "X ") + ", ".join(group))
    for name, value in score(gold["groups"], predicted).items():
        print(f"{name:20} {value:.3f}" if isinstance(value, float) else f"{name:20} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
