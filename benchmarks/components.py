#!/usr/bin/env python3
"""CPU time per article of each step of the pipeline (a benchmark, not a test).

    python benchmarks/components.py [--corpus DIR] [--count 300] [--rounds 3]

Replicates the articles of a corpus folder (default: the dev corpus, ../shared/corpus/dev/*.txt; `--corpus` may
also name a JSON Lines feed of {"text"} records) to COUNT and runs them one at a time through the steps
`patrolx.extract` takes, timing each apart: making the doc (the tokenizer), reading its token columns and its
word index (which the first component to ask for them would otherwise be charged with), each component, the
facts with the event, the JSON, and freeing the doc. Prints the fastest round's µs per article of each step.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import patrolx
from patrolx.api import facts_from_doc, get_pipeline
from patrolx.text.matching import word_positions
from patrolx.text.tokens import remember_text, token_columns

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def load_corpus(source: Path, count: int) -> list[str]:
    if source.is_dir():
        articles = [path.read_text(encoding="utf-8") for path in sorted(source.glob("*.txt"))]
    else:
        articles = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines() if line]
    if not articles:
        raise SystemExit(f"no articles in {source}")
    return [articles[number % len(articles)] for number in range(count)]


def time_steps(texts: list[str]) -> Counter[str]:
    """CPU seconds spent in each step over all the texts."""
    nlp = get_pipeline()
    spent: Counter[str] = Counter()
    for text in texts:
        started = time.process_time()
        doc = nlp.make_doc(text)
        remember_text(doc, text)  # as `patrolx.extract` makes its docs
        spent["tokenizer"] += time.process_time() - started
        for step, read in (("token columns", token_columns), ("word index", word_positions)):
            started = time.process_time()
            read(doc)
            spent[step] += time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            doc = component(doc)
            spent[name.removeprefix("patrolx_")] += time.process_time() - started
        started = time.process_time()
        facts = facts_from_doc(doc)
        spent["facts and event"] += time.process_time() - started
        started = time.process_time()
        patrolx.to_json(facts)
        spent["JSON"] += time.process_time() - started
        started = time.process_time()
        del doc  # its tokens, their columns and index, spans and records: freed here, not in the next tokenizing
        spent["freeing the doc"] += time.process_time() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt, or a JSON Lines feed")
    parser.add_argument("--count", type=int, default=300, help="articles per round (replicated)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the fastest of each step is reported")
    args = parser.parse_args()
    texts = load_corpus(args.corpus, args.count)
    time_steps(texts[: len(set(texts))])  # untimed: the tokenizer's cache and the lazily read patterns filled
    rounds = [time_steps(texts) for _ in range(args.rounds)]
    fastest = {step: min(spent[step] for spent in rounds) for step in rounds[0]}
    for step, seconds in fastest.items():
        print(f"{step:>16} {seconds / len(texts) * 1e6:7.0f} µs")
    print(f"{'all':>16} {sum(fastest.values()) / len(texts) * 1e6:7.0f} µs per article")


if __name__ == "__main__":
    main()
