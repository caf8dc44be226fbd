"""One event from the reports grouped together: each field merged from all of them, the sources with what each
reported, and the conflicts where they disagree.

A field takes the value most reports give (ties: the earliest source in the event's order); lists (regions,
countries, aircraft) are the union, in order of how many reports name them, less, for the actors, any country a
report shows observing. A conflict is a date, a duration or an aircraft family's count that two reports give
differently; what one report leaves unsaid is no conflict.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Hashable, Iterable
from typing import Any

from .report import Report


def merge_event(reports: list[Report]) -> dict[str, Any]:
    """The JSON object of one event (see docs/events.md)."""
    families = _ranked(family for report in reports for family, _ in report.aircraft)
    aircraft = []
    conflicts = []
    for field, values in (("date", [(r, r.date) for r in reports]), ("duration", [(r, r.duration) for r in reports])):
        conflict = _conflict(field, values)
        if conflict:
            conflicts.append(conflict)
    for family in families:
        counts = [(r, count) for r in reports for f, count in r.aircraft if f == family]
        aircraft.append({"family": family, "count": _most_common(count for _, count in counts)})
        conflict = _conflict("count", counts)
        if conflict:
            conflicts.append({"field": "count", "family": family, "values": conflict["values"]})
    duration = _most_common(r.duration for r in reports)
    return {
        "id": event_id(reports),
        "type": _most_common(r.type for r in reports if r.type != "other") or _most_common(r.type for r in reports),
        "date": _most_common(r.date for r in reports),
        "regions": _ranked(region for r in reports for region in r.regions) or None,
        # As in one article, a country one report shows observing is no actor of the event.
        "actors": _countries(reports, "actors", leave_out=_observers(reports)),
        "observers": _countries(reports, "observers"),
        "aircraft": aircraft or None,
        "duration": {"value": duration[0], "seconds": duration[1]} if duration else None,
        "sources": [_source(report) for report in reports],
        "conflicts": conflicts,
    }


def event_id(reports: list[Report]) -> str:
    """A name for the event that depends only on its reports: its day and a digest of its sources."""
    digest = hashlib.sha1("\n".join(sorted(r.source for r in reports)).encode("utf-8", "backslashreplace"))
    return f"{reports[0].day or 'undated'}-{digest.hexdigest()[:10]}"


def _most_common(values: Iterable[Hashable | None]) -> Any:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)  # Counter keeps first-seen order: ties go to the earliest


def _ranked(values: Iterable[str]) -> list[str]:
    counts = Counter(values)
    return sorted(counts, key=lambda value: -counts[value])


def _countries(
    reports: list[Report], side: str, leave_out: frozenset[str] = frozenset()
) -> list[dict[str, str]] | None:
    names = {iso3: name for r in reports for iso3, name in getattr(r, side)}
    ranked = _ranked(iso3 for r in reports for iso3, _ in getattr(r, side) if iso3 not in leave_out)
    return [{"iso3": iso3, "name": names[iso3]} for iso3 in ranked] or None


def _observers(reports: list[Report]) -> frozenset[str]:
    return frozenset(iso3 for r in reports for iso3, _ in r.observers)


def _conflict(field: str, values: list[tuple[Report, Any]]) -> dict[str, Any] | None:
    by_value: dict[Any, list[str]] = {}
    for report, value in values:
        if value is not None:
            by_value.setdefault(value, []).append(report.source)
    if len(by_value) < 2:
        return None
    return {
        "field": field,
        "values": [{"value": _plain(value), "sources": sources} for value, sources in by_value.items()],
    }


def _plain(value: Any) -> Any:
    return value[0] if isinstance(value, tuple) else value  # a duration is compared whole, written as its ISO value


def _source(report: Report) -> dict[str, Any]:
    contributed = {
        "type": report.type,
        "date": report.date,
        "regions": list(report.regions) or None,
        "actors": [iso3 for iso3, _ in report.actors] or None,
        "observers": [iso3 for iso3, _ in report.observers] or None,
        "aircraft": [{"family": family, "count": count} for family, count in report.aircraft] or None,
        "duration": report.duration[0] if report.duration else None,
    }
    return {
        "source": report.source,
        "outlet": report.outlet,
        "url": report.url,
        "published": report.published,
        "contributed": {name: value for name, value in contributed.items() if value is not None},
    }
