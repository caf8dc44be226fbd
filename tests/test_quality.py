"""Dev-corpus quality: F1 per fact family, computed as the corpus scorer computes it."""

from __future__ import annotations

import importlib.util
import json

import pytest

import patrolx

from .conftest import DEV_CORPUS, SHARED

SCORER = SHARED / "tools" / "score.py"

# Agreed floors for the dev corpus; the families' issues set them.
FLOORS = {
    "countries": 0.97,
    "regions": 0.93,
    "quotes_direct": 0.90,
    "quotes_all": 0.70,
}

pytestmark = pytest.mark.skipif(not SCORER.is_file() or not DEV_CORPUS.is_dir(), reason="needs the dev corpus")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    articles = []
    for gold_file in sorted(DEV_CORPUS.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = gold_file.with_suffix(".txt")
        articles.append(patrolx.Article(text_file.read_text(encoding="utf-8"), str(text_file), gold.get("published")))
    predictions = tmp_path_factory.mktemp("pred") / "dev.jsonl"
    with open(predictions, "w", encoding="utf-8") as out:
        for facts in patrolx.extract_many(articles):
            out.write(patrolx.to_json(facts) + "\n")
    return _run_scorer(scorer, predictions)


def _run_scorer(scorer, predictions) -> dict:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        scorer.main([str(DEV_CORPUS), str(predictions), "--json"])
    return json.loads(buffer.getvalue())


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_dev_corpus_f1_stays_above_floor(scores, family):
    result = scores[family]
    f1 = result["attributed_f1"] if family.startswith("quotes_") else result["f1"]
    assert f1 >= FLOORS[family], f"{family} F1 {f1:.3f} < {FLOORS[family]}"


def test_every_span_is_a_slice_of_the_text():
    for text_file in sorted(DEV_CORPUS.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        data = patrolx.facts_to_dict(patrolx.extract(text))
        for family in ("dates", "durations", "aircraft", "countries", "regions"):
            for fact in data[family]:
                assert text[fact["start"] : fact["end"]] == fact["text"], (text_file.name, fact)
        for quote in data["quotes"]:
            assert quote["text"] == " ".join(text[s:e] for s, e in quote["parts"])
