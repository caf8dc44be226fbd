"""Records as CSV rows for spreadsheets: one row per fact, RFC 4180 quoting (Python's csv module).

The JSON contract stays in `serialize.py`; this is a flat view of the same records. Every row has the same
columns: where the fact is (`source`, `family`, `text`, `start`, `end`), its normalized `value`, and the main
fields of its family, empty where the family has no such field. An article that could not be processed is one
row of family `error`, with the message as its text and the kind of error as its value.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from .families import Facts
from .records import AircraftFact, CountryFact, DateFact, DurationFact, FrequencyFact, Mention, QuoteFact, RegionFact
from .serialize import FACT_LISTS, writable

COLUMNS = (
    "source",
    "family",
    "text",
    "start",
    "end",
    # dates and durations: the ISO 8601 value; aircraft: the family (Tu-95MS -> Tu-95); countries: the ISO 3166
    # alpha-3 code; regions: the canonical name; quotes: none (a statement has no normalized value).
    "value",
    "timezone",
    "seconds",
    "mod",
    "freq",
    "designation",
    "manufacturer",
    "nato_name",
    "origin",
    "role",
    "count",
    "iso2",
    "name",
    "kind",
    "wikidata",
    "lat",
    "lon",
    "country",
    "part_of",
    "cue",
    "speaker",
    "speaker_name",
    "speaker_title",
    "speaker_affiliation",
    "speaker_country",
)


def csv_header() -> str:
    """The header row."""
    return _rows([COLUMNS])


def csv_rows(facts: Facts) -> str:
    """One row per fact of one article, in the contract's order of families, each family in text order;
    the empty string for an article without facts."""
    source = facts.source or ""
    return _rows(_row(source, name, record) for name in FACT_LISTS for record in getattr(facts, name))


def csv_error_rows(source: str, error: Exception) -> str:
    """The row of an article that could not be processed."""
    row = dict.fromkeys(COLUMNS, "")
    row.update(source=writable(source), family="error", text=writable(str(error)), value=type(error).__name__)
    return _rows([row.values()])


def _row(source: str, family: str, record: Mention) -> Iterator[object]:
    fields = {"source": source, "family": family, "text": record.text, "start": record.start, "end": record.end}
    fields.update(_family_fields(record))
    return (fields.get(column) for column in COLUMNS)


def _family_fields(record: Mention) -> dict[str, object]:
    match record:
        case DateFact():
            return {"value": record.value, "timezone": record.timezone}
        case FrequencyFact():
            return {"value": record.value, "freq": record.freq}
        case DurationFact():
            return {"value": record.value, "seconds": record.seconds, "mod": record.mod}
        case AircraftFact():
            return {
                "value": record.family,
                "designation": record.designation,
                "manufacturer": record.manufacturer,
                "nato_name": record.nato_name,
                "origin": record.origin,
                "role": record.role,
                "count": record.count,
            }
        case CountryFact():
            return {"value": record.iso3, "iso2": record.iso2, "name": record.name}
        case RegionFact():
            return {
                "value": record.name,
                "name": record.name,
                "kind": record.kind,
                "wikidata": record.wikidata,
                "lat": record.lat,
                "lon": record.lon,
                "country": record.country,
                "part_of": record.part_of,
            }
        case QuoteFact(speaker=None):
            return {"kind": record.kind, "cue": record.cue}
        case QuoteFact(speaker=speaker):
            return {
                "kind": record.kind,
                "cue": record.cue,
                "speaker": speaker.text,
                "speaker_name": speaker.name,
                "speaker_title": speaker.title,
                "speaker_affiliation": speaker.affiliation,
                "speaker_country": speaker.country,
            }
    raise TypeError(f"no CSV columns for {type(record).__name__}")


def _rows(rows) -> str:
    """Rows as CSV text; None is an empty field. Each row ends in CRLF, as RFC 4180 has it."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()
