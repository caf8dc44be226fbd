"""`--format table`: each distinct fact once, with how often and where it is mentioned."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from patrolx.cli import app

from .conftest import SAMPLES

WIDE = {"COLUMNS": "250"}  # one line per row, so that rows can be read back


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def sections(table: str) -> dict[str, list[list[str]]]:
    """The rows of each table, as lists of cells, by the family the table's title names."""
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for line in table.splitlines():
        if "│" in line:
            cells = [cell.strip() for cell in line.split("│")]
            if cells[-1]:  # else the wrapped rest of a long quote
                current.append(cells)
        elif ": " in line and "┃" not in line and "━" not in line:
            current = found.setdefault(line.split(":")[0], [])
    return found


@pytest.fixture(scope="module", params=sorted(p.name for p in SAMPLES.glob("*.txt")))
def article(request) -> tuple[dict, dict[str, list[list[str]]]]:
    path = str(SAMPLES / request.param)
    return json.loads(run("extract", path)), sections(run("extract", path, "--format", "table"))


def test_each_country_is_one_row_with_its_count_and_first_offset(article):
    facts, tables = article
    counts = Counter(c["iso3"] for c in facts["countries"])
    rows = {row[1]: row for row in tables["countries"]}
    assert len(tables["countries"]) == len(counts) == len(rows)
    for iso3, count in counts.items():
        first = next(c for c in facts["countries"] if c["iso3"] == iso3)
        assert int(rows[iso3][2]) == count
        assert rows[iso3][4].startswith(f"{first['start']}-{first['end']}")


def test_regions_aircraft_and_dates_are_grouped_by_their_normalized_value(article):
    facts, tables = article
    assert sorted(row[0] for row in tables["regions"]) == sorted({r["name"] for r in facts["regions"]})
    assert sum(int(row[-3]) for row in tables["regions"]) == len(facts["regions"])
    designations = {(a["family"], a["designation"]) for a in facts["aircraft"]}
    assert sorted(row[0] for row in tables.get("aircraft", [])) == sorted(d for _, d in designations)
    values = {d["value"] or d["text"].lower() for d in facts["dates"]}
    assert len(tables.get("dates", [])) == len(values)
    assert sum(int(row[-3]) for row in tables.get("dates", [])) == len(facts["dates"])


def test_every_quote_is_a_row_with_its_speaker_and_kind(article):
    facts, tables = article
    rows = tables.get("quotes", [])
    assert len(rows) == len(facts["quotes"])
    for row, quote in zip(rows, facts["quotes"], strict=True):
        speaker = quote["speaker"]
        assert row[0] == (speaker["name"] or speaker["text"] if speaker else "?")
        assert row[2] == quote["kind"]


def test_a_country_named_in_several_ways_lists_each_wording_once():
    text = "Russian bombers flew near Japan. Russia said Moscow had planned it; Russia's jets returned.\n"
    result = CliRunner().invoke(app, ["extract", "-", "--format", "table"], input=text, env=WIDE)
    rows = {row[1]: row for row in sections(result.stdout)["countries"]}
    assert rows["RUS"][2] == "4"
    assert rows["RUS"][3] == "Russian, Russia, Moscow"
    assert rows["RUS"][4] == "0-7, 33-39, 45-51, …"
