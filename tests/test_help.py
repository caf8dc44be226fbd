"""`--help` reads as a person wrote it, and the shell completes commands and options."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from patrolx.cli import app
from patrolx.serialize import FACT_LISTS

WIDE = {"COLUMNS": "200"}


def command_paths(command=None, path=()) -> list[tuple[str, ...]]:
    """Every command and sub-command of the program, as the words that name it."""
    command = command or typer.main.get_command(app)
    found = [path]
    for name, sub in getattr(command, "commands", {}).items():
        found += command_paths(sub, (*path, name))
    return found


def command_of(path: tuple[str, ...]):
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


PATHS = command_paths()


def test_the_program_has_its_commands():
    assert {("extract",), ("batch",), ("patterns", "validate")} <= set(PATHS)


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_help_shows_no_type_placeholders(path):
    result = CliRunner().invoke(app, [*path, "--help"], env=WIDE)
    assert result.exit_code == 0
    # typer's own placeholders: <bool>, <list[str]>, <path>, <int range>..., and {files} in the usage line
    assert not re.search(r"<[a-z][a-z \[\]]*>", result.stdout), result.stdout
    assert not re.search(r"\{[a-z_]+\}", result.stdout), result.stdout


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_every_command_shows_an_example(path):
    result = CliRunner().invoke(app, [*path, "--help"], env=WIDE)
    assert f"Example: patrolx {' '.join((*path, ''))}" in result.stdout


@pytest.mark.parametrize("path", [p for p in PATHS if not hasattr(command_of(p), "commands")], ids=" ".join)
def test_each_command_explains_every_option(path):
    command = command_of(path)
    result = CliRunner().invoke(app, [*path, "--help"], env=WIDE)
    for param in command.params:
        assert param.help, f"{' '.join(path)} {param.name} has no help"
        if isinstance(param, typer.core.TyperOption) and not param.is_flag:
            assert param.metavar, f"{' '.join(path)} {param.opts[0]} has no metavar"
            assert param.metavar in result.stdout


def test_defaults_are_shown():
    result = CliRunner().invoke(app, ["batch", "--help"], env=WIDE, prog_name="patrolx")
    assert "[default: *.txt]" in result.stdout and "[default: jsonl]" in result.stdout
    assert re.search(r"Usage: patrolx batch \[OPTIONS\] INPUT\.\.\.", result.stdout)


def complete(words: str) -> list[str]:
    cword = len(words.split()) - (not words.endswith(" "))
    env = {"_PATROLX_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    result = CliRunner().invoke(app, [], prog_name="patrolx", env=env)
    assert result.exit_code == 0
    return result.stdout.split()


def test_the_shell_completes_commands_options_and_formats():
    assert complete("patrolx ex") == ["extract"]
    assert complete("patrolx extract --fo") == ["--format"]
    assert complete("patrolx extract --format ") == ["json", "jsonl", "table", "csv", "geojson"]
    assert "validate" in complete("patrolx patterns ")
    assert complete("patrolx extract --only air") == ["aircraft"]
    others = [f"aircraft,{name}" for name in FACT_LISTS if name != "aircraft"]
    assert complete("patrolx batch --only aircraft,") == others


def test_completion_can_be_installed():
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="patrolx")
    assert result.exit_code == 0
    assert "_PATROLX_COMPLETE=complete_bash" in result.stdout
    assert "--install-completion" in CliRunner().invoke(app, ["--help"], env=WIDE).stdout
