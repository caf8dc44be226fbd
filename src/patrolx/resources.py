"""Reading pattern files: the shipped ones (via importlib.resources) and a user's own.

A pattern file is JSON Lines in spaCy's span-ruler format, `{"label",
"pattern", "id"}`, where `pattern` is a phrase (string) or a token pattern
(list of token dicts) and `id` carries the normalized value. A family may
allow a few extra keys of metadata (ISO codes, coordinates); any other key is
rejected with a message naming the file, the line and the allowed keys. A
family may also check its metadata (`check`): aircraft entries must give
lists of strings, an ISO alpha-3 origin...
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import PatrolxError, PatternFileError

PATTERN_PACKAGE = "patrolx.patterns"
REQUIRED_KEYS = ("label", "pattern", "id")


def shipped_pattern_names() -> list[str]:
    """File names of every pattern file shipped with patrolx."""
    return sorted(p.name for p in files(PATTERN_PACKAGE).iterdir() if p.name.endswith(".jsonl"))


def read_shipped(name: str) -> str:
    return files(PATTERN_PACKAGE).joinpath(name).read_text(encoding="utf-8")


# A family's own check of one entry's metadata: the problem and its fix, or None.
EntryCheck = Callable[[dict[str, Any]], "str | None"]


def parse_pattern_lines(
    text: str, source: str, extra_keys: Iterable[str] = (), check: EntryCheck | None = None
) -> Iterator[dict[str, Any]]:
    """Yield each pattern line as a dict, validating it as we go (the first bad line raises)."""
    allowed = set(REQUIRED_KEYS) | set(extra_keys)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        entry, problem = _check_line(line, allowed, check)
        if problem:
            raise PatternFileError(source, number, problem)
        yield entry


def find_problems(
    text: str, source: str, extra_keys: Iterable[str] = (), check: EntryCheck | None = None
) -> list[PatternFileError]:
    """Every bad line of a pattern file, each as an error naming file, line, problem and fix."""
    allowed = set(REQUIRED_KEYS) | set(extra_keys)
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            _entry, problem = _check_line(line, allowed, check)
            if problem:
                problems.append(PatternFileError(source, number, problem))
    return problems


def _check_line(line: str, allowed: set[str], check: EntryCheck | None) -> tuple[dict[str, Any], str | None]:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        return {}, f"not valid JSON ({error.msg}); write one object per line"
    if not isinstance(entry, dict):
        return {}, 'expected a JSON object like {"label", "pattern", "id"}'
    missing = [key for key in REQUIRED_KEYS if key not in entry]
    if missing:
        return entry, f"missing key(s) {', '.join(missing)}; add them"
    unknown = sorted(set(entry) - allowed)
    if unknown:
        return entry, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
    pattern = entry["pattern"]
    if not (isinstance(pattern, str) and pattern.strip()) and not (
        isinstance(pattern, list) and pattern and all(isinstance(t, dict) for t in pattern)
    ):
        return entry, '"pattern" must be a non-empty phrase or a list of token dicts'
    if not isinstance(entry["id"], str) or not entry["id"]:
        return entry, '"id" must be a non-empty string (the normalized value)'
    return entry, check(entry) if check else None


def check_pattern_dirs(dirs: Iterable[str | Path]) -> None:
    """Refuse a user's pattern folder that would silently add nothing: missing, not a folder, or holding no file
    named after a shipped pattern file."""
    known = shipped_pattern_names()
    for directory in map(Path, dirs):
        if not directory.is_dir():
            problem = "no such folder" if not directory.exists() else "not a folder"
            raise PatrolxError(f"pattern folder {directory}: {problem}; give a folder of pattern files (--patterns)")
        if not any((directory / name).is_file() for name in known):
            raise PatrolxError(
                f"pattern folder {directory}: holds no pattern file patrolx reads; name files after the shipped "
                f"ones: {', '.join(known)}"
            )


def load_patterns(
    name: str, extra_keys: Iterable[str] = (), user_dirs: Iterable[Path] = (), check: EntryCheck | None = None
) -> list[dict[str, Any]]:
    """The shipped pattern file `name`, followed by same-named files in `user_dirs`.

    A user's files are validated line by line. The shipped files are only parsed: the tests validate them
    (as `patrolx patterns validate` would), so checking them again at every start-up would find nothing.
    """
    lines = [line for line in read_shipped(name).splitlines() if line.strip()]
    entries = json.loads(f"[{','.join(lines)}]")  # read as one JSON array: one parser call for the whole file
    for directory in user_dirs:
        path = Path(directory) / name
        if path.is_file():
            entries.extend(parse_pattern_lines(path.read_text(encoding="utf-8"), str(path), extra_keys, check))
    return entries
