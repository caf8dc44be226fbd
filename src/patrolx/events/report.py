"""One article's report of an event, cut down to what grouping and merging need: a few strings and numbers, so
that a hundred thousand of them can be sorted on disk and a window of them held in memory."""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from typing import Any
from urllib.parse import urlsplit

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Report:
    source: str
    url: str | None
    outlet: str | None
    published: str | None  # the publication date the article was read with, when one was given
    type: str | None
    date: str | None  # the activity's date at the precision the article gives
    actors: tuple[tuple[str, str], ...]  # (iso3, name)
    observers: tuple[tuple[str, str], ...]
    aircraft: tuple[tuple[str, int | None], ...]  # (family, count)
    regions: tuple[str, ...]
    places: tuple[tuple[float, float], ...]  # (lat, lon) of the regions small enough to tell places apart
    duration: tuple[str, int] | None  # (ISO value, seconds)

    @property
    def day(self) -> str | None:
        """The activity's day when the article gives a full date: the only dates reports are grouped on."""
        return self.date if self.date is not None and FULL_DATE.match(self.date) else None

    def to_row(self) -> list:
        return list(astuple(self))

    @classmethod
    def from_row(cls, row: list) -> Report:
        (source, url, outlet, published, kind, date, actors, observers, aircraft, regions, places, duration) = row
        return cls(
            source,
            url,
            outlet,
            published,
            kind,
            date,
            tuple(tuple(pair) for pair in actors),
            tuple(tuple(pair) for pair in observers),
            tuple(tuple(pair) for pair in aircraft),
            tuple(regions),
            tuple(tuple(place) for place in places),
            tuple(duration) if duration else None,
        )


def outlet_of(url: str | None) -> str | None:
    """The outlet a URL belongs to: its host without "www." ("https://www.voi.id/en/..." -> "voi.id")."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.removeprefix("www.") if host else None


def report_from_facts(record: dict[str, Any], url: str | None = None) -> Report | None:
    """The report in one line of `patrolx extract`/`batch` output; None for an error record or a line without an
    event (written by an older patrolx)."""
    event = record.get("event")
    if "error" in record or not isinstance(event, dict):
        return None
    url = url or record.get("url")
    published = record.get("reference_date") if record.get("reference_date_source") == "given" else None
    kind, date, duration = event.get("type"), event.get("date"), event.get("duration")
    return Report(
        source=str(record.get("source")),
        url=url,
        outlet=record.get("outlet") or outlet_of(url),
        published=published,
        type=kind["value"] if kind else None,
        date=date["value"] if date else None,
        actors=tuple((c["iso3"], c["name"]) for c in event.get("actors") or ()),
        observers=tuple((c["iso3"], c["name"]) for c in event.get("observers") or ()),
        aircraft=tuple((a["family"], a["count"]) for a in event.get("aircraft") or ()),
        regions=tuple(r["name"] for r in event.get("regions") or ()),
        places=_places(record, event),
        duration=(duration["value"], duration["seconds"]) if duration else None,
    )


# Oceans and large regions ("Pacific Ocean", "East Asia") have centroids too far from anything to compare.
LOCAL_KINDS = frozenset(
    {"sea", "strait", "gulf", "bay", "channel", "island", "archipelago", "peninsula", "subnational"}
)


def _places(record: dict[str, Any], event: dict[str, Any]) -> tuple[tuple[float, float], ...]:
    facts = record.get("regions") or []
    places = set()
    for region in event.get("regions") or ():
        for index in region["regions"]:
            fact = facts[index] if index < len(facts) else {}
            if fact.get("kind") in LOCAL_KINDS and fact.get("lat") is not None and fact.get("lon") is not None:
                places.add((round(fact["lat"], 2), round(fact["lon"], 2)))
    return tuple(sorted(places))
