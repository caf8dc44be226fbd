"""The `event` of one article: what happened, when, where, who, with which aircraft, for how long.

Each field names the facts it was read from: `dates`, `durations`, `aircraft`, `countries`, `regions` are indices
into the article's lists of those facts, and a type's `cues` are the [start, end] offsets of the words that tell it.
A field is null when the article does not say. These records are serialized with the article's facts
(`serialize.py`), field order as written here.
"""

from __future__ import annotations

from dataclasses import dataclass

EVENT_TYPES = ("patrol", "intercept", "airspace violation", "exercise", "collision", "transit", "deployment", "other")


@dataclass
class EventType:
    value: str
    cues: list[tuple[int, int]]


@dataclass
class EventDate:
    value: str | None
    dates: list[int]


@dataclass
class EventCountry:
    iso3: str
    name: str
    countries: list[int]


@dataclass
class EventAircraft:
    family: str
    count: int | None
    aircraft: list[int]


@dataclass
class EventRegion:
    name: str
    regions: list[int]


@dataclass
class EventDuration:
    value: str
    seconds: int
    durations: list[int]


@dataclass
class Event:
    type: EventType | None = None
    date: EventDate | None = None
    regions: list[EventRegion] | None = None
    actors: list[EventCountry] | None = None  # the countries acting, not those observing or intercepting them
    observers: list[EventCountry] | None = None  # those that intercepted, tracked or reported it as owners of the space
    aircraft: list[EventAircraft] | None = None
    duration: EventDuration | None = None
