"""Typed result records: what patrolx reports for one article.

Every record carries the mention's `text` and its character offsets into the
decoded article text. `Facts`, the record of one article, is made from the
declaration of the fact families (`families.py`). Serialization to the JSON contract lives in
`serialize.py` and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class DateFact(Mention):
    value: str | None
    timezone: str | None = None  # of a time of day in `value`: "+09:00", or "local"


@dataclass
class DurationFact(Mention):
    value: str
    seconds: int | None  # None for a length of unknown size ("several years": `PXY`)
    mod: str | None = None


@dataclass
class FrequencyFact(Mention):
    value: str  # the period, as a TimeML SET value: "P1W"
    freq: str | None = None  # times in each period: "2X" for "twice a week"


@dataclass
class AircraftFact(Mention):
    designation: str
    family: str
    manufacturer: str | None = None
    nato_name: str | None = None
    origin: str | None = None
    role: str | None = None
    count: int | None = None
    known: bool = True


@dataclass
class CountryFact(Mention):
    iso2: str
    iso3: str
    name: str


@dataclass
class RegionFact(Mention):
    name: str
    kind: str
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166 alpha-3 of the one state the region lies in
    part_of: str | None = None  # the larger region it is a part of ("North Atlantic" -> "Atlantic Ocean")


@dataclass
class Speaker(Mention):
    name: str | None = None
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None


@dataclass
class QuoteFact(Mention):
    """A statement and who made it; `text` is its `parts` joined by one space."""

    parts: list[tuple[int, int]]
    kind: str
    cue: str | None
    speaker: Speaker | None


# The version of the output contract that `output.schema.json` describes (`patrolx schema`).
SCHEMA_VERSION = "1.1"


M = TypeVar("M", bound=Mention)


def shifted(record: M, offset: int) -> M:
    """A copy of `record` with every character offset moved by `offset` (a part's facts placed in a longer text)."""
    if offset == 0:
        return record
    changes: dict = {"start": record.start + offset, "end": record.end + offset}
    if isinstance(record, QuoteFact):
        changes["parts"] = [(start + offset, end + offset) for start, end in record.parts]
        changes["speaker"] = shifted(record.speaker, offset) if record.speaker is not None else None
    return replace(record, **changes)
