"""Checking pattern files before use: `patrolx patterns validate FILE...`.

Each component module (or module of a component's package), and each module of `events`, that reads a
pattern file declares it with `PATTERN_FILE`, the metadata keys it allows with
`METADATA_KEYS`, and may check an entry's metadata with `check_entry(entry)`. The kind of a file to check is its name
("aircraft.jsonl") or given explicitly ("aircraft").
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import components, events
from .errors import PatrolxError, PatternFileError
from .resources import EntryCheck, find_problems


@dataclass(frozen=True, slots=True)
class PatternKind:
    name: str  # "aircraft"
    file_name: str  # "aircraft.jsonl"
    extra_keys: tuple[str, ...]
    check: EntryCheck | None


@cache
def pattern_kinds() -> dict[str, PatternKind]:
    """Every kind of pattern file the components and the event rules read, by name."""
    kinds = {}
    modules = [
        info
        for package in (components, events)
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    ]
    for module_info in modules:
        module = importlib.import_module(module_info.name)
        file_name = getattr(module, "PATTERN_FILE", None)
        if file_name:
            name = file_name.removesuffix(".jsonl")
            kinds[name] = PatternKind(
                name, file_name, tuple(getattr(module, "METADATA_KEYS", ())), getattr(module, "check_entry", None)
            )
    return kinds


def kind_for(path: Path, kind: str | None = None) -> PatternKind:
    """The kind named by `kind`, else the one the file is named after."""
    kinds = pattern_kinds()
    name = kind or path.name.removesuffix(".jsonl")
    if name not in kinds:
        known = ", ".join(sorted(kinds))
        raise PatrolxError(
            f"{path}: cannot tell which kind of pattern file this is; name it after one of {known} "
            "(e.g. aircraft.jsonl) or pass --kind"
        )
    return kinds[name]


def validate_file(path: Path, kind: str | None = None) -> list[PatternFileError]:
    """Every bad line of a pattern file; an empty list when it is fine."""
    pattern_kind = kind_for(path, kind)
    if path.is_dir():
        raise PatrolxError(f"{path}: is a folder; give the pattern files in it (e.g. {path}/*.jsonl)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PatrolxError(f"{path}: not UTF-8 text ({error.reason}); pattern files are UTF-8 JSON Lines") from error
    except OSError as error:
        raise PatrolxError(f"{path}: cannot read ({error.strerror})") from error
    return find_problems(text, str(path), pattern_kind.extra_keys, pattern_kind.check)
