"""`patrolx evaluate`: the figures, checked against the corpus's own scorer, and the command around them."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from patrolx.cli import app
from patrolx.evaluate import duration_seconds, predict, read_gold_folder, score

from .conftest import DEV_CORPUS, SHARED

SCORER = SHARED / "tools" / "score.py"
needs_scorer = pytest.mark.skipif(
    not SCORER.is_file() or not DEV_CORPUS.is_dir(), reason="needs the corpus scorer and dev corpus (../shared)"
)
runner = CliRunner()

ARTICLE = (
    "Tokyo, May 25 (Wire) - Two Russian Tu-95 bombers and Chinese H-6 bombers flew over the Sea of Japan on "
    "Tuesday for 13 hours, Japan's Defence Minister Nobuo Kishi said.\n\n"
    '"We have conveyed our grave concerns," Kishi told reporters.\n'
)
GOLD = {
    "id": "patrol",
    "url": None,
    "published": "2022-05-25",
    "dates": [{"text": "May 25", "value": "2022-05-25"}, {"text": "Tuesday", "value": "2022-05-24"}],
    "durations": [{"text": "13 hours", "value": "PT13H"}],
    "aircraft": [{"text": "Tu-95", "family": "Tu-95"}, {"text": "H-6", "family": "H-6"}],
    "countries": [
        {"text": "Russian", "code": "RUS"},
        {"text": "Chinese", "code": "CHN"},
        {"text": "Japan", "code": "JPN"},
        {"text": "Tokyo", "code": "JPN"},
    ],
    "regions": [{"text": "Sea of Japan", "name": "Sea of Japan"}, {"text": "East China Sea", "name": "East China Sea"}],
    "quotes": [
        {
            "kind": "indirect",
            "quote_start": "Two Russian Tu-95 bombers",
            "speaker_text": "Japan's Defence Minister Nobuo Kishi",
            "speaker_name": "Nobuo Kishi",
        },
        {
            "kind": "direct",
            "quote_start": "We have conveyed our grave",
            "speaker_text": "Kishi",
            "speaker_name": "Nobuo Kishi",
        },
    ],
}


def official_figures(gold_dir: Path, outputs: list[dict], tmp_path: Path) -> dict:
    """What the corpus scorer makes of these outputs, keyed and named as `Evaluation.as_dict` names them."""
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(output) + "\n" for output in outputs), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(gold_dir), str(predictions), "--json"]
    raw = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    names = {"p": "precision", "r": "recall", "f1": "f1", "gold": "gold", "pred": "found"}
    names |= {"speaker_acc": "speaker_accuracy", "attributed_f1": "attributed_f1"}
    return {key: {names[k]: v for k, v in figures.items()} for key, figures in raw.items() if key != "missing_docs"}


def our_figures(evaluation) -> dict:
    ours = evaluation.as_dict()
    return {key: {k: v for k, v in figures.items() if k not in ("matched", "speaker_matched")}
            for key, figures in ours.items() if key != "articles"}  # fmt: skip


@pytest.fixture(scope="module")
def dev_outputs() -> dict[bool, tuple[list, list[dict]]]:
    """The dev articles and patrolx's outputs for them, with and without the gold reference dates."""
    articles = read_gold_folder(DEV_CORPUS)
    return {from_gold: (articles, predict(articles, reference_date_from_gold=from_gold)) for from_gold in (True, False)}


@needs_scorer
@pytest.mark.parametrize("from_gold", [True, False], ids=["gold-reference-dates", "own-reference-dates"])
def test_dev_figures_equal_the_corpus_scorer(dev_outputs, from_gold, tmp_path):
    articles, outputs = dev_outputs[from_gold]
    ours = score((a.name, a.gold, output) for a, output in zip(articles, outputs, strict=True))
    assert our_figures(ours) == official_figures(DEV_CORPUS, outputs, tmp_path)


def damaged(outputs: list[dict], rng: random.Random) -> list[dict]:
    """Outputs with facts dropped, changed, respelled, duplicated and mixed up between articles, as a weaker
    extractor might give them, so that every matching rule is exercised on both sides of its line."""
    outputs = copy.deepcopy(outputs)
    for output in outputs:
        for family in ("dates", "durations", "aircraft", "countries", "regions", "quotes"):
            facts = output[family]
            for fact in list(facts):
                roll = rng.random()
                if roll < 0.15:
                    facts.remove(fact)
                elif roll < 0.25:
                    facts.append(copy.deepcopy(rng.choice(outputs)[family] or [fact])[0])
                elif roll < 0.45:
                    respell(family, fact, rng)
    rng.shuffle(outputs)
    return outputs[1:]  # one article without output


def respell(family: str, fact: dict, rng: random.Random) -> None:
    if family == "dates":
        fact["value"] = rng.choice([None, " " + str(fact["value"]) + " ", str(fact["value"])[:4], "XXXX"])
    elif family == "durations":
        seconds = fact["seconds"]
        fact["value"] = rng.choice([f"PT{seconds}S", f"PT{seconds / 60:g}M", "PT0S", "P", "13 hours", f"P{seconds}D"])
    elif family == "aircraft":
        fact["family"] = rng.choice([fact["family"].upper().replace("-", " "), fact["family"] + "M", ""])
    elif family == "countries":
        fact["iso3"] = rng.choice([fact["iso3"].lower(), fact["iso2"], None])
    elif family == "regions":
        fact["name"] = rng.choice(["the " + fact["name"].lower(), "The  " + fact["name"], fact["name"] + " Sea"])
    else:
        words = fact["text"].split()
        choice = rng.randrange(5)
        if choice == 0:
            fact["text"] = " ".join(words[1:])
        elif choice == 1:
            fact["kind"] = "indirect" if fact["kind"] == "direct" else "direct"
        elif choice == 2:
            fact.pop("kind")
        elif choice == 3 and fact["speaker"]:
            fact["speaker"] = rng.choice([None, {**fact["speaker"], "name": None, "text": "he"}])
        else:
            fact["text"] = fact["text"].upper().replace(" ", "  ")


@needs_scorer
@pytest.mark.parametrize("seed", range(8))
def test_figures_for_damaged_outputs_equal_the_corpus_scorer(dev_outputs, seed, tmp_path):
    articles, outputs = dev_outputs[True]
    broken = damaged(outputs, random.Random(seed))
    by_name = {Path(output["source"]).stem: output for output in broken}
    ours = score((a.name, a.gold, by_name.get(a.name, {})) for a in articles)
    official = official_figures(DEV_CORPUS, broken, tmp_path)
    assert our_figures(ours) == official
    assert any(figures["f1"] < 1 for figures in official.values())  # the damage was seen


def test_durations_are_compared_by_length():
    assert duration_seconds("PT1H30M") == duration_seconds("PT90M") == duration_seconds("PT1.5H") == 5400
    assert duration_seconds("P1Y2M") == 365 * 86400 + 60 * 86400
    assert duration_seconds("P2W") == duration_seconds("P14D")
    for not_a_length in ("P", "PT", "PT0S", "13 hours", None, 13):
        assert duration_seconds(not_a_length) is None


@pytest.fixture()
def gold_folder(tmp_path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "patrol.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "patrol.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def test_the_command_prints_the_figures_as_json(gold_folder):
    result = runner.invoke(app, ["evaluate", str(gold_folder), "--reference-date-from-gold", "--json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["articles"] == 1
    assert figures["aircraft"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 2, "found": 2, "matched": 2}
    assert figures["countries"]["gold"] == 3 and figures["countries"]["recall"] == 1.0  # JPN twice counts once
    assert figures["regions"]["recall"] == 0.5  # the East China Sea is not in the text
    assert figures["quotes_all"]["gold"] == 2
    assert figures["quotes_direct"]["speaker_accuracy"] == 1.0
    assert "errors" not in figures


def test_the_reference_date_comes_from_the_gold_only_when_asked(gold_folder):
    with_gold = json.loads(
        runner.invoke(app, ["evaluate", str(gold_folder), "--reference-date-from-gold", "--json"]).stdout
    )
    own = json.loads(runner.invoke(app, ["evaluate", str(gold_folder), "--json"]).stdout)
    assert with_gold["dates"]["recall"] == 1.0
    assert own["dates"]["recall"] < 1.0  # the article gives no year for "May 25", so no date for "Tuesday"


def test_errors_list_what_each_article_missed_and_added(gold_folder):
    result = runner.invoke(app, ["evaluate", str(gold_folder), "--reference-date-from-gold", "--errors"])
    assert result.exit_code == 0, result.stderr
    assert "regions" in result.stdout and "quotes all" in result.stdout  # the table
    missed = [line for line in result.stdout.splitlines() if line.strip().startswith("missed")]
    assert missed == ["  missed   regions    eastchinasea  (East China Sea)"]
    as_json = json.loads(
        runner.invoke(app, ["evaluate", str(gold_folder), "--reference-date-from-gold", "--json", "--errors"]).stdout
    )
    assert as_json["errors"] == [
        {"name": "patrol", "missed": {"regions": [["eastchinasea", ["East China Sea"]]]}, "spurious": {},
         "wrong_speakers": []}
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("arrange", "message"),
    [
        (lambda folder: (folder / "patrol.txt").unlink(), "patrol.json: no article patrol.txt beside it"),
        (lambda folder: (folder / "patrol.json").write_text("{", encoding="utf-8"), "patrol.json: not a JSON file"),
        (lambda folder: (folder / "patrol.json").write_text("[]", encoding="utf-8"), "must be a JSON object"),
        (lambda folder: (folder / "patrol.json").unlink(), "no gold files"),
        (
            lambda folder: (folder / "patrol.json").write_text(json.dumps({**GOLD, "published": "May 25"})),
            "patrol.json: published: reference date 'May 25' is not a date",
        ),
    ],
    ids=["no-text", "bad-json", "not-an-object", "empty", "bad-published"],
)
def test_a_bad_gold_folder_is_one_error_line(gold_folder, arrange, message):
    arrange(gold_folder)
    result = runner.invoke(app, ["evaluate", str(gold_folder), "--reference-date-from-gold"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_gold_folder_that_is_not_there(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'missing'}: not a folder\n"
