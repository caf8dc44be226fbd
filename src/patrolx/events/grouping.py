"""Grouping reports of the same event, deterministically and in one pass over reports sorted by day.

Reports are blocked by the activity's day: each is compared only with the events still open, those whose last
day is at most `WINDOW_DAYS` before its own. It joins the open event it matches best (ties: the event opened
first), else opens a new one. Events are handed on as soon as the window has passed them, so memory holds one
window's events whatever the corpus size. Reports are sorted by (day, source), so the result does not depend on
the order of the input. A report without a full activity date cannot be placed and is an event of its own.

A report joins an event when it contradicts none of its reports (days more than a day apart, different acting
countries, seas or islands more than 2,000 km apart) and matches one of them (`pair_score`): on the same day,
sharing an aircraft family or a region besides an actor or the type; a day apart, sharing an aircraft family,
a region and an actor or the type.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .report import Report

WINDOW_DAYS = 1  # reports of one event may put it a day apart (time zones, "Tuesday" read late at night)
FAR_KM = 2000  # seas and islands further apart than this are other places
EARTH_RADIUS_KM = 6371.0
UNDATED = "~"  # sorts after every date


def sort_key(report: Report) -> tuple:
    return (report.day or UNDATED, report.source)


@dataclass(slots=True)
class Group:
    """The reports of one event so far."""

    reports: list[Report] = field(default_factory=list)
    last_day: dt.date = dt.date.min

    def add(self, report: Report, day: dt.date) -> None:
        self.reports.append(report)
        self.last_day = max(self.last_day, day)


def match_score(group: Group, report: Report, day: dt.date) -> int:
    """How strongly `report` belongs to `group`: 0 when it contradicts any of its reports or matches none.
    Comparing with each report, not with what they name together, keeps one loose report from chaining events."""
    best = 0
    for member in group.reports:
        score = pair_score(member, report, day)
        if score < 0:
            return 0
        best = max(best, score)
    return best


def pair_score(member: Report, report: Report, day: dt.date) -> int:
    """-1 when two reports cannot be of one event, 0 when nothing ties them, else how much does."""
    gap = abs((day - dt.date.fromisoformat(member.day or "")).days)
    if gap > WINDOW_DAYS:
        return -1
    actors, member_actors = {iso3 for iso3, _ in report.actors}, {iso3 for iso3, _ in member.actors}
    if actors and member_actors and not actors & member_actors:
        return -1  # different countries acting
    if report.places and member.places and _distance_km(report.places, member.places) > FAR_KM:
        return -1  # far apart
    shared_actor = bool(actors & member_actors)
    shared_craft = bool({family for family, _ in report.aircraft} & {family for family, _ in member.aircraft})
    shared_place = bool(set(report.regions) & set(member.regions))
    same_type = report.type is not None and report.type == member.type and report.type != "other"
    evidence = shared_actor + shared_craft + shared_place + same_type
    if gap == 0 and evidence >= 2 and (shared_craft or shared_place):
        return evidence + 1
    if gap == 1 and evidence >= 3 and shared_craft and shared_place:
        return evidence
    return 0


def _distance_km(places: Iterable[tuple[float, float]], others: Iterable[tuple[float, float]]) -> float:
    """The shortest great-circle distance between any of `places` and any of `others`."""
    return min(_haversine_km(a, b) for a in places for b in others)


def _haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def group_reports(reports: Iterable[Report]) -> Iterator[list[Report]]:
    """The reports of each event, for reports sorted by `sort_key`; events in the order of their first day."""
    open_groups: list[Group] = []
    for report in reports:
        if report.day is None:
            yield from (group.reports for group in open_groups)
            open_groups = []
            yield [report]
            continue
        day = dt.date.fromisoformat(report.day)
        still_open = []
        for group in open_groups:
            if (day - group.last_day).days > WINDOW_DAYS:
                yield group.reports
            else:
                still_open.append(group)
        open_groups = still_open
        best, best_score = None, 0
        for group in open_groups:
            score = match_score(group, report, day)
            if score > best_score:
                best, best_score = group, score
        if best is None:
            best = Group()
            open_groups.append(best)
        best.add(report, day)
    yield from (group.reports for group in open_groups)
