"""The JSON Schema (draft 2020-12) of patrolx's output, shipped beside this module as `output.schema.json`.

It describes both kinds of output line: the facts of one article, and a batch's error record. Both carry
`schema_version`, the version of the contract the schema describes (`records.SCHEMA_VERSION`).
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "output.schema.json"


def schema_text() -> str:
    """The schema as shipped (JSON text)."""
    return files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def output_schema() -> dict[str, Any]:
    """The schema as a Python object, for a validator such as `jsonschema`."""
    return json.loads(schema_text())
