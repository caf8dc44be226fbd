"""The `patrolx` command: a thin layer over the library.

stdout carries data only; messages and errors go to stderr.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .errors import PatrolxError

app = typer.Typer(
    help="Extract dates, durations, aircraft, countries, regions and quoted officials from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    geojson = "geojson"


def _version_callback(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"patrolx {version('patrolx')}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """patrolx: facts from news about military activity, as JSON."""


ReferenceDate = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        "-r",
        metavar="YYYY-MM-DD",
        help="Date that relative expressions ('Tuesday', 'last year') resolve against, usually the "
        "publication date. Default: read from the article when it states one.",
    ),
]
PatternDirs = Annotated[
    list[Path] | None,
    typer.Option(
        "--patterns",
        "-p",
        metavar="DIR",
        help="Folder of extra pattern files, added on top of the shipped ones (repeatable).",
    ),
]
Model = Annotated[
    str | None,
    typer.Option("--model", metavar="NAME", help="An installed trained spaCy pipeline to build on (optional)."),
]


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article text files; '-' reads standard input.")],
    reference_date: ReferenceDate = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output (only when done)."),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one indented object for one file, JSON Lines for several; jsonl: always one line "
            "per article; table: a readable view for a person; geojson: the regions of all the files as one "
            "GeoJSON FeatureCollection, a point per distinct region per article (regions without coordinates "
            "left out).",
        ),
    ] = OutputFormat.json,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
) -> None:
    """Extract the facts of each article and print them as JSON."""
    from .api import extract as extract_facts
    from .api import get_pipeline, parse_reference_date
    from .serialize import to_geojson, to_json, writable
    from .textio import decode, read_article

    try:
        reference = parse_reference_date(reference_date)
    except PatrolxError as error:
        _fail(str(error), code=2)
    try:
        get_pipeline(model, pattern_dirs or ())  # built before the articles, so that start-up ends here
    except (PatrolxError, OSError):
        pass  # a pipeline that cannot be built is reported for each article, below
    _end_startup()
    one_object = output_format is OutputFormat.json and len(files) == 1
    mapped = []  # with --format geojson: every article's facts, written as one collection at the end
    failures = 0
    with _output_stream(output) as out:
        for name in files:
            try:
                text = decode(sys.stdin.buffer.read(), "<stdin>") if name == "-" else read_article(name)
                facts = extract_facts(
                    text, reference_date=reference, source=writable(name), model=model, pattern_dirs=pattern_dirs or ()
                )
            except (PatrolxError, OSError) as error:
                _say(f"Error: {error}")
                failures += 1
                continue
            if output_format is OutputFormat.geojson:
                mapped.append(facts)
            elif output_format is OutputFormat.table:
                from rich.console import Console

                from .table import print_table

                print_table(facts, Console(file=out, soft_wrap=True))
            else:
                out.write(to_json(facts, indent=2 if one_object else None) + "\n")
        if output_format is OutputFormat.geojson:
            out.write(to_geojson(mapped, indent=2) + "\n")
    if failures:
        raise typer.Exit(1)


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Folders (searched recursively), article files, JSON Lines feeds (*.jsonl) of records "
            '{"id", "text", "published"?, "url"?}, or \'-\' for such records on standard input.'
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="JSON Lines file to write (default: standard output)."),
    ] = None,
    glob: Annotated[str, typer.Option("--glob", help="File names to take from folders.")] = "*.txt",
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Worker processes (default: the machine's cores; 1: no pool)."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip articles already in --output and append the rest (after a crash)."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, error lines or summary.")] = False,
    reference_date: ReferenceDate = None,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
) -> None:
    """Process many articles into JSON Lines: one line per article, written as each one finishes.

    Lines follow input order with one worker, finishing order with several.

    Reference date: a record's "published" date, else --reference-date, else the article's own.

    Exit status 1 when any article failed; its line is an error record.
    """
    _end_startup()
    from rich.console import Console

    from .api import parse_reference_date
    from .batch import Settings, default_workers, print_summary, run_batch

    stderr = Console(stderr=True, soft_wrap=True, highlight=False)

    try:
        reference = parse_reference_date(reference_date)
    except PatrolxError as error:
        _fail(str(error), code=2)
    settings = Settings(reference, model, tuple(str(d) for d in pattern_dirs or ()))
    try:
        summary = run_batch(
            inputs,
            output,
            settings=settings,
            glob=glob,
            workers=workers or default_workers(),
            resume=resume,
            console=stderr,
            show_progress=not quiet and stderr.is_terminal,
            report_errors=not quiet,
        )
    except PatrolxError as error:
        _fail(str(error), code=2)
    except KeyboardInterrupt:
        hint = f"; finish with: --resume -o {output}" if output is not None else ""
        _fail(f"interrupted{hint}", code=130)
    if not quiet:
        print_summary(summary, stderr, output)
    if summary.errors:
        raise typer.Exit(1)


patterns_app = typer.Typer(help="Work with pattern files (the knowledge patrolx matches).", no_args_is_help=True)
app.add_typer(patterns_app, name="patterns")


@patterns_app.command("validate")
def validate_patterns(
    files: Annotated[list[Path], typer.Argument(help="Pattern files (JSON Lines) to check.")],
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help="Kind of pattern file (aircraft, countries...); default: the file name."),
    ] = None,
) -> None:
    """Check pattern files; print each bad line as FILE:LINE: problem; fix."""
    _end_startup()
    from .validate import validate_file

    bad = 0
    for path in files:
        try:
            problems = validate_file(path, kind)
        except (PatrolxError, OSError, UnicodeDecodeError) as error:
            _say(f"Error: {error}")
            bad += 1
            continue
        for problem in problems:
            _say(str(problem))
        bad += len(problems)
        if not problems:
            _say(f"{path}: ok")
    if bad:
        raise typer.Exit(1)


def _say(message: str) -> None:
    """One line on standard error (rich, for the progress bar and summary, is loaded only by `batch`)."""
    typer.echo(message, err=True)


def _fail(message: str, code: int = 1) -> None:
    _say(f"Error: {message}")
    raise typer.Exit(code)


@contextmanager
def _output_stream(path: Path | None):
    """Standard output, or a file that appears only when everything was written."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            yield temp
        os.replace(temp_name, path)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def main() -> None:
    """The `patrolx` program.

    Starting up (importing spaCy, building the pipeline) creates some 170,000 objects that Python's cycle
    collector tracks and that live as long as the process. The collector would walk them again and again
    meanwhile, which costs about a tenth of the start-up time: it is paused until the start-up ends
    (`_end_startup`), and those objects are then set aside for good (`gc.freeze`), so that the collections
    while articles are processed stay as cheap.
    """
    global _starting_up
    _starting_up = gc.isenabled()
    gc.disable()
    app()


_starting_up = False


def _end_startup() -> None:
    global _starting_up
    if _starting_up:
        _starting_up = False
        gc.freeze()
        gc.enable()
