"""The one place where records become the JSON contract (see OUTPUT.md).

The records are dataclasses whose fields are the contract's keys, in the contract's order: orjson serializes them
as they are, in one C call, with no dicts built on the way. They are plain dataclasses, without `__slots__`: orjson
writes such an instance's own dict as it is, and reads a slotted one field by field, five times as slowly (36 of
some 1,800 µs per dev article; 2% of the throughput). So every field must be set on the instance: a default with
`init=False` is given as a `default_factory` (`Facts.schema_version`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import fields
from typing import Any

import orjson

from .families import FACT_LISTS as FACT_LISTS  # the lists of facts, in the contract's order
from .families import Facts
from .records import SCHEMA_VERSION, RegionFact


def to_json(facts: Facts, *, indent: int | None = None, families: Collection[str] | None = None) -> str:
    """One article as JSON: one line for JSON Lines, or indented by two spaces (`indent=2`) for a person.

    `families` names the fact lists to write (the ones asked for); the others, and the event (read from all of
    them), are left out. Default: all, and the event."""
    if indent not in (None, 2):
        raise ValueError(f"indent must be None (one line) or 2, not {indent!r}")
    data: Any = facts
    if families is not None:
        data = {
            f.name: getattr(facts, f.name)
            for f in fields(facts)
            if f.name != "event" and (f.name not in FACT_LISTS or f.name in families)
        }
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0).decode()


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """One article as the contract's object in plain Python values: exactly what `to_json` writes."""
    return orjson.loads(orjson.dumps(facts))


def to_geojson(articles: Iterable[Facts], *, indent: int | None = None) -> str:
    """The regions of the articles as one GeoJSON FeatureCollection (RFC 7946), which GIS tools open as it is: a
    Point (longitude, then latitude) per distinct region per article. A region without coordinates cannot be
    put on a map and is left out."""
    features = [feature for facts in articles for feature in region_features(facts)]
    collection = {"type": "FeatureCollection", "features": features}
    return orjson.dumps(collection, option=orjson.OPT_INDENT_2 if indent else 0).decode()


def to_geojson_lines(facts: Facts) -> str:
    """An article's regions as GeoJSON Lines: one Feature per line (what `patrolx batch --format geojson` streams;
    GDAL's GeoJSONSeq reader, and so QGIS, opens it); the empty string for an article without mapped regions."""
    return "".join(orjson.dumps(feature).decode() + "\n" for feature in region_features(facts))


def geojson_error_line(source: str, error: Exception) -> str:
    """A batch's error record as a Feature with no geometry, so that the failed article stays in the output."""
    feature = {"type": "Feature", "geometry": None, "properties": error_record(source, error)}
    return orjson.dumps(feature).decode() + "\n"


def region_features(facts: Facts) -> list[dict[str, Any]]:
    """One GeoJSON Feature per distinct region of an article, in the order of their first mentions."""
    mentions: dict[str, list[RegionFact]] = {}
    for region in facts.regions:
        mentions.setdefault(region.name, []).append(region)
    features = []
    for name, found in mentions.items():
        region = found[0]
        if region.lat is None or region.lon is None:
            continue
        properties = {
            "name": name,
            "kind": region.kind,
            "wikidata": region.wikidata,
            "country": region.country,
            "part_of": region.part_of,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in found],
            "source": writable(facts.source) if facts.source is not None else None,
        }
        geometry = {"type": "Point", "coordinates": [region.lon, region.lat]}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return features


def error_record(source: str, error: Exception) -> dict[str, Any]:
    """What a batch writes for an article it could not process."""
    error_fields = {"type": type(error).__name__, "message": writable(str(error))}
    return {"schema_version": SCHEMA_VERSION, "source": writable(source), "error": error_fields}


def error_json(source: str, error: Exception) -> str:
    """The error record as one JSON line."""
    return orjson.dumps(error_record(source, error)).decode()


def writable(text: str) -> str:
    """`text` as it can be written in UTF-8: a lone surrogate, which no UTF-8 can hold, is written as its escape
    (`\\udce9`). Python reads an undecodable byte of a file name as one, and a JSON feed can spell one."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
