"""The one place where records become the JSON contract (see OUTPUT.md)."""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

from .records import Facts, QuoteFact

FACT_LISTS = ("dates", "durations", "aircraft", "countries", "regions", "quotes")


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    result: dict[str, Any] = {
        "source": facts.source,
        "reference_date": facts.reference_date,
        "reference_date_source": facts.reference_date_source,
    }
    for name in FACT_LISTS:
        result[name] = [_record_to_dict(record) for record in getattr(facts, name)]
    return result


def _record_to_dict(record: Any) -> dict[str, Any]:
    # Records hold plain values apart from a quote's parts and speaker: no need for asdict's deep copies.
    names, values = _fields_of(type(record))
    data = dict(zip(names, values(record), strict=True))
    if isinstance(record, QuoteFact):
        data["parts"] = [list(part) for part in record.parts]
        if record.speaker is not None:
            data["speaker"] = _record_to_dict(record.speaker)
    return data


@cache
def _fields_of(record_type: type) -> tuple[tuple[str, ...], attrgetter]:
    """A record type's field names, and a getter of all their values at once (a tuple, read in C: every record
    has at least its text and offsets, and `attrgetter` returns a tuple for two names or more)."""
    names = tuple(item.name for item in fields(record_type))
    return names, attrgetter(*names)


def to_json(facts: Facts, *, indent: int | None = None) -> str:
    """One article as JSON: indented for a person, or one line for JSON Lines."""
    # The dicts are made afresh above and hold no cycles: the encoder need not track the containers it is in.
    return json.dumps(facts_to_dict(facts), ensure_ascii=False, indent=indent, check_circular=False)


def error_record(source: str, error: Exception) -> dict[str, Any]:
    """What a batch writes for an article it could not process."""
    return {"source": source, "error": {"type": type(error).__name__, "message": str(error)}}
