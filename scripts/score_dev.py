#!/usr/bin/env python3
"""Run patrolx over a gold corpus and score it with the corpus's scorer.

    python scripts/score_dev.py [GOLD_DIR] [--verbose]

GOLD_DIR defaults to ../shared/corpus/dev beside the project. Each gold
file's `published` date is passed as the reference date.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import patrolx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "dev"


def predict(gold_dir: Path) -> list[dict]:
    articles = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = gold_file.with_suffix(".txt")
        articles.append(patrolx.Article(text_file.read_text(encoding="utf-8"), str(text_file), gold.get("published")))
    return [patrolx.facts_to_dict(facts) for facts in patrolx.extract_many(articles)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--verbose", action="store_true", help="list misses and spurious facts")
    args = parser.parse_args()
    scorer = args.gold_dir.parent.parent / "tools" / "score.py"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for record in predict(args.gold_dir):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    command = [sys.executable, str(scorer), str(args.gold_dir), out.name] + (["--verbose"] if args.verbose else [])
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
