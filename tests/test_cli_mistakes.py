"""A user's mistakes end in one `Error: ...` line naming the file or option, a non-zero exit and no output."""

from __future__ import annotations

import json
import os
import stat

import pytest
from typer.testing import CliRunner

from patrolx.cli import app

from .conftest import SAMPLES

SAMPLE = str(SAMPLES / "taiwan-adiz.txt")


@pytest.fixture()
def runner():
    return CliRunner()


def assert_one_error_line(result, *words):
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("command", [["extract", SAMPLE], ["batch", str(SAMPLES), "--workers", "1"]])
def test_output_in_a_missing_folder(runner, tmp_path, command):
    target = tmp_path / "missing" / "out.json"
    assert_one_error_line(runner.invoke(app, [*command, "-o", str(target)]), str(target), "does not exist")
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [["extract", SAMPLE], ["batch", str(SAMPLES), "--workers", "1"]])
def test_output_that_is_a_folder(runner, tmp_path, command):
    assert_one_error_line(runner.invoke(app, [*command, "-o", str(tmp_path)]), str(tmp_path), "is a folder")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["extract", SAMPLE], ["batch", str(SAMPLES), "--workers", "1", "-q"]])
def test_a_model_that_is_not_installed(runner, command):
    assert_one_error_line(runner.invoke(app, [*command, "--model", "nope"]), "'nope'", "--model")


@pytest.mark.parametrize("command", [["extract", SAMPLE], ["batch", str(SAMPLES), "--workers", "1", "-q"]])
def test_a_pattern_folder_that_does_not_exist_or_holds_no_pattern_file(runner, tmp_path, command):
    missing = tmp_path / "nosuchdir"
    assert_one_error_line(runner.invoke(app, [*command, "-p", str(missing)]), str(missing), "no such folder")
    (tmp_path / "notes.txt").write_text("not patterns\n")
    assert_one_error_line(runner.invoke(app, [*command, "-p", str(tmp_path)]), str(tmp_path), "aircraft.jsonl")


def test_validating_a_binary_file_or_a_folder_names_it(runner, tmp_path):
    binary = tmp_path / "aircraft.jsonl"
    binary.write_bytes(b"\x00\x01\xff\xfe binary")
    assert_one_error_line(runner.invoke(app, ["patterns", "validate", str(binary)]), str(binary), "UTF-8")
    folder = tmp_path / "regions.jsonl"
    folder.mkdir()
    assert_one_error_line(runner.invoke(app, ["patterns", "validate", str(folder)]), str(folder), "folder")


def test_reference_date_takes_a_date_time_as_a_feed_does(runner):
    result = runner.invoke(app, ["extract", SAMPLE, "--reference-date", "2022-05-24T08:00:00Z"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["reference_date"] == "2022-05-24"


def test_a_reference_date_that_is_not_one(runner):
    assert_one_error_line(runner.invoke(app, ["extract", SAMPLE, "-r", "last Tuesday"]), "'last Tuesday'")


@pytest.mark.parametrize("arguments", [[], ["patterns"]])
def test_a_command_group_alone_shows_its_help_and_succeeds(runner, arguments):
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0
    assert "Usage: " in result.stdout


@pytest.mark.parametrize("mode", [0o644, 0o640])
def test_output_file_keeps_its_mode(runner, tmp_path, mode):
    target = tmp_path / "facts.json"
    target.write_text("old\n")
    target.chmod(mode)
    result = runner.invoke(app, ["extract", SAMPLE, "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert json.loads(target.read_text())["source"] == SAMPLE


def test_new_output_file_is_readable_by_others_as_umask_allows(runner, tmp_path):
    target = tmp_path / "facts.json"
    assert runner.invoke(app, ["extract", SAMPLE, "-o", str(target)]).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_a_folder_with_no_file_to_read(runner, tmp_path):
    (tmp_path / "notes.md").write_text("Not an article with the default pattern.\n")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(tmp_path), "-o", str(target), "--workers", "1"])
    assert_one_error_line(result, str(tmp_path), "'*.txt'")
    assert not target.exists()
