"""`patrolx patterns validate`: every bad line reported with file, line and fix."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from patrolx.cli import app
from patrolx.errors import PatrolxError
from patrolx.validate import pattern_kinds, validate_file

runner = CliRunner()

GOOD = {"label": "AIRCRAFT", "pattern": "Q-77", "id": "Q-77", "origin": "CHN", "variants": ["Q-77A"]}


def write(path, *lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def test_every_component_pattern_file_is_a_kind():
    assert {"aircraft", "countries", "regions", "boilerplate"} <= set(pattern_kinds())


def test_good_file_passes(tmp_path):
    path = write(tmp_path / "aircraft.jsonl", GOOD)
    result = runner.invoke(app, ["patterns", "validate", str(path)])
    assert result.exit_code == 0
    assert validate_file(path) == []


def test_each_bad_line_is_reported_with_its_line_number(tmp_path):
    path = write(
        tmp_path / "aircraft.jsonl",
        GOOD,
        "{not json",
        {**GOOD, "origin": "China"},
        {**GOOD, "variants": "Q-77A"},
        {"label": "AIRCRAFT", "pattern": "Q-78"},
        {**GOOD, "colour": "grey"},
        {**GOOD, "label": "PLANE"},
    )
    problems = validate_file(path)
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7]
    result = runner.invoke(app, ["patterns", "validate", str(path)])
    assert result.exit_code == 1
    output = result.output
    assert f"{path}:2: not valid JSON" in output
    assert f'{path}:3: "origin" must be an ISO 3166 alpha-3 code like "RUS", not "China"' in output
    assert f'{path}:4: "variants" must be a list of non-empty strings' in output
    assert f"{path}:5: missing key(s) id; add them" in output
    assert f"{path}:6: unknown key(s) colour; allowed:" in output
    assert f'{path}:7: label "PLANE" is not one of AIRCRAFT; use "AIRCRAFT"' in output


def test_kind_comes_from_the_option_when_the_name_does_not_tell(tmp_path):
    path = write(tmp_path / "my-countries.jsonl", {"label": "COUNTRY", "pattern": "Ruritania", "id": "RUR", "x": 1})
    result = runner.invoke(app, ["patterns", "validate", "--kind", "countries", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: unknown key(s) x" in result.output
    with pytest.raises(PatrolxError, match="pass --kind"):
        validate_file(path)


def test_unknown_kind_and_missing_file_fail_with_one_error_line(tmp_path):
    path = write(tmp_path / "notes.jsonl", GOOD)
    result = runner.invoke(app, ["patterns", "validate", str(path), str(tmp_path / "aircraft.jsonl")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 2
    assert "cannot tell which kind" in lines[0]


def test_binary_file_fails_with_one_error_line(tmp_path):
    path = tmp_path / "aircraft.jsonl"
    path.write_bytes(b"\xff\xfe\x00\x81binary")
    result = runner.invoke(app, ["patterns", "validate", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")


def test_shipped_pattern_files_are_valid():
    # The components trust the shipped files without checking them at start-up: this test is their check.
    from patrolx.resources import find_problems, read_shipped, shipped_pattern_names

    assert {kind.file_name for kind in pattern_kinds().values()} == set(shipped_pattern_names())
    for kind in pattern_kinds().values():
        assert find_problems(read_shipped(kind.file_name), kind.file_name, kind.extra_keys, kind.check) == []


def test_a_bad_user_file_stops_the_pipeline_with_file_and_line(tmp_path):
    from patrolx.pipeline import build_pipeline

    write(tmp_path / "aircraft.jsonl", GOOD, {**GOOD, "role": 7})
    with pytest.raises(PatrolxError, match=r"aircraft.jsonl:2: \"role\" must be text or null"):
        build_pipeline(pattern_dirs=[tmp_path])


def test_extract_reads_aircraft_from_a_user_patterns_folder(tmp_path):
    patterns = tmp_path / "patterns"
    patterns.mkdir()
    write(patterns / "aircraft.jsonl", {**GOOD, "role": "UAV", "names": ["Sky Lantern"]})
    article = tmp_path / "article.txt"
    article.write_text("Two Q-77A drones and a Sky Lantern were seen near the coast on Monday.")
    result = runner.invoke(app, ["extract", str(article), "--patterns", str(patterns)])
    assert result.exit_code == 0, result.output
    aircraft = json.loads(result.stdout)["aircraft"]
    assert [(a["text"], a["designation"], a["family"], a["origin"], a["count"]) for a in aircraft] == [
        ("Q-77A", "Q-77A", "Q-77", "CHN", 2),
        ("Sky Lantern", "Q-77", "Q-77", "CHN", None),
    ]
