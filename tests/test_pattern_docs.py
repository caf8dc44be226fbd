"""The pattern-file guide (docs/patterns.md): its examples are valid and do what it says."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from patrolx.cli import app
from patrolx.resources import shipped_pattern_names

from .conftest import ROOT

GUIDE = (ROOT / "docs" / "patterns.md").read_text(encoding="utf-8")
EXAMPLES = dict(re.findall(r"^### (\w+\.jsonl)\n.*?```json\n(.*?)```", GUIDE, flags=re.MULTILINE | re.DOTALL))
ARTICLE = re.search(r"```text\n(.*?)```", GUIDE, flags=re.DOTALL).group(1)


def test_the_guide_has_one_example_per_shipped_file():
    assert sorted(EXAMPLES) == shipped_pattern_names()


@pytest.fixture()
def folder(tmp_path):
    for name, lines in EXAMPLES.items():
        (tmp_path / name).write_text(lines, encoding="utf-8")
    return tmp_path


def test_every_example_validates(folder):
    result = CliRunner().invoke(app, ["patterns", "validate", *(str(folder / name) for name in EXAMPLES)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(": ok\n") == len(EXAMPLES)


def test_the_examples_find_what_the_guide_says(folder, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    options = ["extract", str(article), "--reference-date", "2024-05-02"]
    with_them = json.loads(CliRunner().invoke(app, [*options, "--patterns", str(folder)]).stdout)
    without = json.loads(CliRunner().invoke(app, options).stdout)

    assert [(a["designation"], a["family"]) for a in with_them["aircraft"]] == [("Yak-152M", "Yak-152")]
    assert [(c["text"], c["iso3"]) for c in with_them["countries"]] == [("Hermit Kingdom", "PRK")]
    assert [r["name"] for r in with_them["regions"]] == ["Reed Bank"]
    assert [(d["text"], d["value"]) for d in with_them["dates"]] == [("Anzac Day", "2024-04-25")]
    assert [(d["value"], d["mod"]) for d in with_them["durations"]] == [("PT3H", "LESS_THAN")]
    speakers = [(q["speaker"]["text"], q["speaker"]["affiliation"], q["cue"]) for q in with_them["quotes"]]
    assert speakers[0] == ("Bakamla", "Indonesian Maritime Security Agency", "said")
    assert speakers[1][2] == "went on to say"

    assert not without["aircraft"] and not without["regions"] and not without["dates"]
    assert [c["iso3"] for c in without["countries"]] == ["RUS", "CHN"]
    assert [d["mod"] for d in without["durations"]] == [None]
