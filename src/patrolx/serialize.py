"""The one place where records become the JSON contract (see OUTPUT.md).

The records are dataclasses whose fields are the contract's keys, in the contract's order: orjson serializes them
as they are, in one C call, with no dicts built on the way.
"""

from __future__ import annotations

from typing import Any

import orjson

from .families import FACT_LISTS as FACT_LISTS  # the lists of facts, in the contract's order
from .families import Facts
from .records import SCHEMA_VERSION


def to_json(facts: Facts, *, indent: int | None = None) -> str:
    """One article as JSON: one line for JSON Lines, or indented by two spaces (`indent=2`) for a person."""
    if indent not in (None, 2):
        raise ValueError(f"indent must be None (one line) or 2, not {indent!r}")
    return orjson.dumps(facts, option=orjson.OPT_INDENT_2 if indent else 0).decode()


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """One article as the contract's object in plain Python values: exactly what `to_json` writes."""
    return orjson.loads(orjson.dumps(facts))


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
