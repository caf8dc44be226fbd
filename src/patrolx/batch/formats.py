"""How each output format writes a batch (`--format`): a header, then the text of each article."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..families import Facts
from ..serialize import error_json, geojson_error_line, to_geojson_lines, to_json
from ..serialize_csv import csv_error_rows, csv_header, csv_rows


@dataclass(slots=True, frozen=True)
class Writer:
    """How one output format writes a batch: a header first, then the text of each article (or of each article
    that failed), ending in a newline. Workers make the text, so settings name the format, not the writer."""

    header: str
    article: Callable[[Facts, tuple[str, ...] | None], str]  # the facts, and the fact families asked for
    error: Callable[[str, Exception], str]


WRITERS = {
    "jsonl": Writer(
        "",
        lambda facts, families: to_json(facts, families=families) + "\n",
        lambda source, error: error_json(source, error) + "\n",
    ),
    # One row per fact; an article without facts writes nothing.
    "csv": Writer(csv_header(), lambda facts, _families: csv_rows(facts), csv_error_rows),
    # One GeoJSON Feature per distinct mapped region of each article; a failed article is a Feature without
    # geometry whose properties are its error record.
    "geojson": Writer("", lambda facts, _families: to_geojson_lines(facts), geojson_error_line),
}
