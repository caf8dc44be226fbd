"""`--only`: find only some fact families, running only the components they need."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

import patrolx
from patrolx.api import get_pipeline
from patrolx.cli import app
from patrolx.serialize import FACT_LISTS

from .conftest import DEV_CORPUS, SAMPLES

ARTICLES = [str(SAMPLES)] + ([str(DEV_CORPUS)] if DEV_CORPUS.is_dir() else [])


def batch(*options: str) -> list[dict]:
    result = CliRunner().invoke(app, ["batch", *ARTICLES, "--workers", "1", "--quiet", *options])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def everything() -> list[dict]:
    return batch()


@pytest.mark.parametrize("families", [*FACT_LISTS, "aircraft,regions", "dates,quotes", "durations,frequencies"])
def test_the_families_asked_for_are_found_as_in_a_full_run_and_alone(everything, families):
    chosen = families.split(",")
    only = batch("--only", families)
    assert [article["source"] for article in only] == [article["source"] for article in everything]
    for alone, full in zip(only, everything, strict=True):
        # The event reads every family: a run with --only leaves it out.
        assert list(alone) == [key for key in full if key not in (*FACT_LISTS, "event")] + chosen
        for name in chosen:
            assert alone[name] == full[name], (alone["source"], name)


@pytest.mark.parametrize(
    ("families", "components"),
    [
        (["aircraft", "regions"], ["boilerplate", "regions", "aircraft"]),
        (["countries"], ["boilerplate", "regions", "countries"]),
        (["quotes"], ["boilerplate", "regions", "countries", "quotes"]),
        (["dates"], ["boilerplate", "durations", "dates"]),
        (["durations", "frequencies"], ["boilerplate", "durations"]),
        (None, ["boilerplate", "regions", "countries", "aircraft", "durations", "dates", "quotes"]),
    ],
)
def test_only_the_components_needed_run(families, components):
    needed = {f"patrolx_{name}" for name in components}
    in_full_order = [name for name in get_pipeline().pipe_names if name in needed]
    assert get_pipeline(families=families).pipe_names == in_full_order
    assert set(in_full_order) == needed


def test_only_applies_to_csv_and_table_and_leaves_out_what_ran_for_another_family():
    sample = str(SAMPLES / "joint-bomber-patrol.txt")
    as_csv = CliRunner().invoke(app, ["extract", sample, "--only", "aircraft, countries", "--format", "csv"])
    assert {row["family"] for row in csv.DictReader(as_csv.stdout.splitlines())} == {"aircraft", "countries"}
    table = CliRunner().invoke(app, ["extract", sample, "--only", "quotes", "--format", "table"]).stdout
    assert "quotes: " in table and "countries: " not in table and "regions: " not in table


def test_the_library_reports_only_the_families_asked_for():
    facts = patrolx.extract((SAMPLES / "joint-bomber-patrol.txt").read_text(encoding="utf-8"), families=["countries"])
    assert facts.countries and not facts.regions


@pytest.mark.parametrize("command", ["extract", "batch"])
@pytest.mark.parametrize(("only", "problem"), [("aircraft,planes", "planes"), (" , ", "no fact family")])
def test_an_unknown_family_is_one_error_line(command, only, problem):
    result = CliRunner().invoke(app, [command, str(SAMPLES / "taiwan-adiz.txt"), "--only", only])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: --only: ") and problem in result.stderr and "regions" in result.stderr
