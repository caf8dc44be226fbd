"""The `patrolx` command: a thin layer over the library.

stdout carries data only; messages and errors go to stderr.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import collector
from .cli_help import App
from .errors import PatrolxError

app = App(
    help="Extract dates, durations, aircraft, countries, regions and quoted officials from news articles.",
    epilog="Example: patrolx extract article.txt --format table; more with patrolx extract --help",
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    geojson = "geojson"


# Seconds a batch article may take by default: a 5 MB article takes a few; one that takes minutes is stuck.
DEFAULT_TIMEOUT = 120.0


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _version_callback(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"patrolx {version('patrolx')}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_options(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """patrolx: facts from news about military activity, as JSON."""
    _help_without_command(context)


def _help_without_command(context: typer.Context) -> None:
    """A command group given alone asks what it can do: the help, and success."""
    if context.invoked_subcommand is None:
        typer.echo(context.get_help())
        raise typer.Exit()


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


def _complete_families(incomplete: str) -> list[str]:
    """The shell completes the family being typed after the ones already given: `--only aircraft,re` -> regions."""
    from .serialize import FACT_LISTS

    given, _, start = incomplete.rpartition(",")
    prefix = f"{given}," if given else ""
    return [prefix + name for name in FACT_LISTS if name.startswith(start) and name not in given.split(",")]


Only = Annotated[
    str | None,
    typer.Option(
        "--only",
        metavar="FAMILY,...",
        autocompletion=_complete_families,
        help="Find only these fact families, comma-separated (dates, durations, aircraft, countries, regions, "
        "quotes): faster, as only what they need runs; the other lists are left out of the output. Default: all.",
    ),
]


@app.command(epilog="Example: patrolx extract article.txt --reference-date 2022-05-24 --format table")
def extract(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Article text files; '-' reads standard input.")
    ],
    reference_date: ReferenceDate = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file instead of standard output (only when done)."
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="json: one indented object for one file, JSON Lines for several; jsonl: always one line "
            "per article; table: each distinct fact once, for a person; csv: one row per fact, with a header row; "
            "geojson: the regions of all the files as one GeoJSON FeatureCollection, a point per distinct region "
            "per article (regions without coordinates left out).",
        ),
    ] = OutputFormat.json,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
    only: Only = None,
) -> None:
    """Extract the facts of each article and print them as JSON, a table or CSV."""
    from .api import extract as extract_facts
    from .api import get_pipeline, parse_reference_date
    from .serialize import to_geojson, to_json, writable
    from .textio import decode, read_article

    try:
        reference = parse_reference_date(reference_date)
    except PatrolxError as error:
        _fail(str(error), code=2)
    _check_output(output)
    families = _families(only)
    try:
        get_pipeline(model, pattern_dirs or (), families)  # built before the articles, so that start-up ends here
    except (PatrolxError, OSError) as error:
        _fail(str(error), code=2)
    _end_startup()
    one_object = output_format is OutputFormat.json and len(files) == 1
    mapped = []  # with --format geojson: every article's facts, written as one collection at the end
    failures = 0
    with _output_stream(output) as out:
        if output_format is OutputFormat.csv:
            from .serialize_csv import csv_header, csv_rows

            out.write(csv_header())
        for name in files:
            try:
                text = decode(sys.stdin.buffer.read(), "<stdin>") if name == "-" else read_article(name)
                facts = extract_facts(
                    text,
                    reference_date=reference,
                    source=writable(name),
                    model=model,
                    pattern_dirs=pattern_dirs or (),
                    families=families,
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
            elif output_format is OutputFormat.csv:
                out.write(csv_rows(facts))
            else:
                out.write(to_json(facts, indent=2 if one_object else None, families=families) + "\n")
        if output_format is OutputFormat.geojson:
            out.write(to_geojson(mapped, indent=2) + "\n")
    if failures:
        raise typer.Exit(1)


@app.command(epilog="Example: patrolx batch articles/ feed.jsonl --output facts.jsonl --workers 2")
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Folders (searched recursively), article files, JSON Lines feeds (*.jsonl) of records "
            '{"id", "text", "published"?, "url"?}, or \'-\' for such records on standard input.',
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="File to write (default: standard output)."),
    ] = None,
    output_format: Annotated[
        BatchFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="jsonl: one JSON line per article; csv: one row per fact, with a header row; geojson: GeoJSON "
            "Lines, one Feature per distinct region per article (a failed article: no geometry). --resume: jsonl only.",
        ),
    ] = BatchFormat.jsonl,
    glob: Annotated[
        str, typer.Option("--glob", metavar="PATTERN", help="File names to take from folders (a shell pattern).")
    ] = "*.txt",
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            metavar="N",
            help="Worker processes, here or in a --dask local cluster (default: the machine's cores; 1: no pool).",
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip articles already in --output and append the rest (after a crash)."),
    ] = False,
    retry_errors: Annotated[
        bool,
        typer.Option(
            "--retry-errors",
            help="Process again exactly the articles whose lines in --output are error records, replacing those "
            "lines (give the same inputs).",
        ),
    ] = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0,
            metavar="SECONDS",
            help="Time an article may take; one that takes longer gets an error record (type Timeout) and the "
            "batch goes on. 0: no limit. Not applied on a Dask cluster's threads.",
        ),
    ] = DEFAULT_TIMEOUT,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on a Dask cluster: its scheduler's address (tcp://HOST:8786), or 'local' for a cluster of "
            "--workers processes started on this machine. Needs the dask extra: pip install 'patrolx\\[dask]'.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, error lines or summary.")] = False,
    reference_date: ReferenceDate = None,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
    only: Only = None,
) -> None:
    """Process many articles into JSON Lines (one line per article) or CSV (one row per fact), as each finishes.

    Articles follow input order with one worker, finishing order with several (or with --dask).

    Reference date: a record's "published" date, else --reference-date, else the article's own.

    Exit status 1 when any article failed; its line (or CSV row) is an error record.
    """
    _end_startup()
    from rich.console import Console

    from .api import parse_reference_date
    from .batch import Settings, print_summary, run_batch

    stderr = Console(stderr=True, soft_wrap=True, highlight=False)

    if dask not in (None, "local") and workers is not None:
        _fail("--workers sizes the local pool or --dask local; a Dask cluster runs the workers started on it", code=2)
    try:
        reference = parse_reference_date(reference_date)
    except PatrolxError as error:
        _fail(str(error), code=2)
    _check_output(output)
    settings = Settings(
        reference, model, tuple(str(d) for d in pattern_dirs or ()), output_format.value, _families(only), timeout
    )
    try:
        summary = run_batch(
            inputs,
            output,
            settings=settings,
            glob=glob,
            workers=workers,
            dask=dask,
            resume=resume,
            retry_errors=retry_errors,
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


patterns_app = App(
    help="Work with pattern files (the knowledge patrolx matches).",
    epilog="Example: patrolx patterns validate my-patterns/*.jsonl",
)
app.add_typer(patterns_app, name="patterns")


@patterns_app.callback(invoke_without_command=True)
def patterns_options(context: typer.Context) -> None:
    _help_without_command(context)


@patterns_app.command("validate", epilog="Example: patrolx patterns validate my-patterns/aircraft.jsonl")
def validate_patterns(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Pattern files (JSON Lines) to check.")],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Kind of pattern file (aircraft, countries...); default: the file name.",
        ),
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


def _families(only: str | None) -> tuple[str, ...] | None:
    """The fact families --only names, checked; None for all."""
    if only is None:
        return None
    from .api import fact_families

    try:
        return fact_families(name.strip() for name in only.split(",") if name.strip())
    except PatrolxError as error:
        _fail(f"--only: {error}", code=2)


@app.command(epilog="Example: patrolx evaluate gold/ --errors")
def evaluate(
    gold_dir: Annotated[
        Path,
        typer.Argument(metavar="GOLD_DIR", help="Folder of articles NAME.txt, each with its gold facts in NAME.json."),
    ],
    reference_date_from_gold: Annotated[
        bool,
        typer.Option(
            "--reference-date-from-gold",
            help='Resolve each article\'s relative dates against its gold "published" date (default: the date '
            "the article states).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="Also list, per article, the facts missed, the spurious ones and the "
            'quotes given to the wrong speaker (with --json: under "errors").',
        ),
    ] = False,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
) -> None:
    """Run patrolx over a gold folder and print precision, recall and F1 per kind of fact (and speaker accuracy
    for quotes), micro-averaged over the articles."""
    _end_startup()
    from .evaluate import evaluate_folder

    try:
        evaluation = evaluate_folder(
            gold_dir, reference_date_from_gold=reference_date_from_gold, model=model, pattern_dirs=pattern_dirs or ()
        )
    except (PatrolxError, OSError) as error:
        _fail(str(error), code=2)
    if as_json:
        import json

        sys.stdout.write(json.dumps(evaluation.as_dict(with_errors=errors), indent=2, ensure_ascii=False) + "\n")
        return
    from rich.console import Console

    from .evaluate import print_evaluation

    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console.width = 100  # the whole table in a file or pipe, not rich's 80 columns
    print_evaluation(evaluation, console, show_errors=errors)


@app.command(epilog="Example: patrolx view article.txt -o article.html")
def view(
    article: Annotated[str, typer.Argument(metavar="FILE", help="Article text file; '-' reads standard input.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the page to this file (only when done) instead of standard output.",
        ),
    ] = None,
    reference_date: ReferenceDate = None,
    pattern_dirs: PatternDirs = None,
    model: Model = None,
) -> None:
    """Show one article's facts as a self-contained HTML page: every fact highlighted by kind, its normalized value
    on hover, quotes linked to their speakers, and the fact tables below. The page loads nothing from the network."""
    from pathlib import PurePath

    from .api import extract as extract_facts
    from .api import parse_reference_date
    from .serialize import facts_to_dict, writable
    from .textio import decode, read_article
    from .view import render_page

    try:
        reference = parse_reference_date(reference_date)
    except PatrolxError as error:
        _fail(str(error), code=2)
    try:
        text = decode(sys.stdin.buffer.read(), "<stdin>") if article == "-" else read_article(article)
        facts = extract_facts(
            text, reference_date=reference, source=writable(article), model=model, pattern_dirs=pattern_dirs or ()
        )
    except (PatrolxError, OSError) as error:
        _fail(str(error))
    title = "standard input" if article == "-" else PurePath(writable(article)).name
    with _output_stream(output) as out:
        out.write(render_page(text, facts_to_dict(facts), title))


@app.command(epilog="Example: patrolx schema > patrolx.schema.json")
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the output: an article's facts, or a batch's error record.

    Every output object names the version of the contract it follows in `schema_version`.
    """
    from .schema import schema_text

    sys.stdout.write(schema_text())


def _say(message: str) -> None:
    """One line on standard error (rich, for the progress bar and summary, is loaded only by `batch`)."""
    typer.echo(message, err=True)


def _fail(message: str, code: int = 1) -> None:
    _say(f"Error: {message}")
    raise typer.Exit(code)


def _check_output(path: Path | None) -> None:
    """Refuse an output file that cannot be written before any work is done."""
    if path is None:
        return
    if path.is_dir():
        _fail(f"--output {path}: is a folder; give a file name, e.g. {path / 'facts.jsonl'}", code=2)
    folder = path.parent
    if not folder.is_dir():
        _fail(f"--output {path}: folder {folder} does not exist; create it first", code=2)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        _fail(f"--output {path}: not writable (permission denied)", code=2)


@contextmanager
def _output_stream(path: Path | None):
    """Standard output, or a file that appears only when everything was written."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600): give it the mode the file had, or that a new file gets.
        os.chmod(handle, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            yield temp
        os.replace(temp_name, path)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def main() -> None:
    """The `patrolx` program: Python's cycle collector is paused until the start-up ends (`_end_startup`)."""
    collector.pause_for_startup()
    app()


def _end_startup() -> None:
    collector.end_startup()


# `patrolx events`, kept in its own module: imported last, when what it shares with the commands above is declared.
from . import cli_events  # noqa: E402, F401
