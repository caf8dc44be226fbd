"""The patrolx command, driven through typer's test runner."""

from __future__ import annotations

import codecs
import json
import os
import sys

import pytest
from typer.testing import CliRunner

from patrolx.cli import app

from .conftest import SAMPLES

ARTICLE = "Russian bombers flew over the Sea of Japan, Japan's defence ministry said.\n"


@pytest.fixture()
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("patrolx ")


def test_extract_one_file_prints_one_contract_object(runner):
    sample = SAMPLES / "joint-bomber-patrol.txt"
    result = runner.invoke(app, ["extract", str(sample), "--reference-date", "2022-05-24"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == str(sample)
    assert data["reference_date"] == "2022-05-24"
    assert data["reference_date_source"] == "given"
    for key in ("dates", "durations", "aircraft", "countries", "regions", "quotes"):
        assert isinstance(data[key], list)
    text = sample.read_text(encoding="utf-8")
    for fact in data["countries"] + data["regions"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
    assert {"RUS", "CHN", "KOR"} <= {c["iso3"] for c in data["countries"]}


def test_stdin(runner):
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [c["iso3"] for c in data["countries"]] == ["RUS", "JPN"]
    assert [r["name"] for r in data["regions"]] == ["Sea of Japan"]


def test_several_files_print_json_lines(runner, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Chinese jets crossed the Taiwan Strait.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(first), str(second)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(first), str(second)]


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02binary\x00" * 10, "binary")],
)
def test_bad_input_gives_one_clear_error_line(runner, tmp_path, content, problem):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr and problem in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes as a name")
def test_a_file_name_that_is_not_utf8_is_printed_escaped(runner, tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as article:
        article.write(ARTICLE.encode())
    result = runner.invoke(app, ["extract", os.fsdecode(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == f"{tmp_path}/caf\\udce9.txt"
    assert [c["iso3"] for c in data["countries"]] == ["RUS", "JPN"]


def test_directory_is_an_error(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "directory" in result.stderr and result.stdout == ""


def test_a_bad_file_among_good_ones(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    assert "missing.txt" in result.stderr


def test_bad_reference_date(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--reference-date", "24/05/2022"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + "Ukraine’s allies – Russia".encode(),
        codecs.BOM_UTF16_LE + "Ukraine’s allies – Russia".encode("utf-16-le"),
        "Ukraine’s allies – Russia".encode("cp1252"),
    ],
)
def test_encodings_are_detected_and_offsets_index_decoded_text(runner, tmp_path, encoded):
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    countries = json.loads(result.stdout)["countries"]
    assert [(c["text"], c["start"]) for c in countries] == [("Ukraine", 0), ("Russia", 19)]


def test_output_file_is_written_whole(runner, tmp_path):
    article, out = tmp_path / "a.txt", tmp_path / "out.json"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["countries"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.json"]


def test_table_format(runner):
    result = runner.invoke(app, ["extract", "-", "--format", "table"], input=ARTICLE)
    assert result.exit_code == 0
    assert "Sea of Japan" in result.stdout and "RUS" in result.stdout


def test_help_explains_every_option(runner):
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--reference-date", "--output", "--format", "--patterns", "--model"):
        assert option in result.stdout


def test_the_program_pauses_the_cycle_collector_only_while_starting_up(monkeypatch, capsys):
    import gc
    import sys

    from patrolx import cli

    sample = SAMPLES / "joint-bomber-patrol.txt"
    monkeypatch.setattr(sys, "argv", ["patrolx", "extract", str(sample)])
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.main()
        assert stopped.value.code == 0
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()
    assert json.loads(capsys.readouterr().out)["source"] == str(sample)
