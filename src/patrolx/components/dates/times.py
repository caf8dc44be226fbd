"""Times of day stated with a date: "Tuesday at 10:50 a.m. local time", "10 p.m. Wednesday", "0400 GMT Tuesday".

A clock time right before or after a mention that names a day joins it: the
mention grows over it and its value gains the time (`2022-05-24T10:50`);
a zone after the time (`timezones.ZoneTable`) becomes the date's `timezone`.
A time with no day beside it ("at 11:53 a.m.") is left alone: the day it
falls on is the reader's guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text.tokens import TokenColumns
from .timezones import ZoneTable
from .values import DateMention

CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")  # "10", "10:50", "9.30"
CLOCK_AND_MERIDIEM = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m\.?$", re.IGNORECASE)  # "9.30pm", "10am"
MILITARY = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")  # "0400" before a zone or "hours"
MERIDIEM = {"a.m.": "a", "a.m": "a", "am": "a", "p.m.": "p", "p.m": "p", "pm": "p"}
NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
# Words that may stand between a day and its time: "Tuesday at 2 p.m.", "May 24, shortly after 2 p.m.".
LEADS = (("at",), ("around",), ("about",), ("shortly", "after"), ("shortly", "before"), ("just", "after"))
LEADS += (("just", "before"), ("after",), ("before",), ("by",))


@dataclass(slots=True)
class TimeOfDay:
    start: int  # token offsets of the time, zone included
    end: int
    clock: str  # "10:50", "24:00"
    zone: str | None = None  # "+09:00", "local"


class TimeFinder:
    def __init__(self, zones: ZoneTable):
        self.zones = zones

    def attach(self, columns: TokenColumns, mention: DateMention) -> TimeOfDay | None:
        """The time of day stated right after or before the mention (which names a day); the mention grows over
        it."""
        found = self._after(columns, mention.end) or self._before(columns, mention.start)
        if found is not None:
            mention.start, mention.end = min(mention.start, found.start), max(mention.end, found.end)
        return found

    def _after(self, columns: TokenColumns, end: int) -> TimeOfDay | None:
        """ "..., at 10:50 a.m. local time", " 0400 GMT", " shortly after 2 p.m. KST"."""
        lowers = columns.lowers
        j = end + 1 if end < len(lowers) and lowers[end] == "," else end
        for lead in LEADS:
            if tuple(lowers[j : j + len(lead)]) == lead:
                j += len(lead)
                break
        return self._time_at(columns, j)

    def _before(self, columns: TokenColumns, start: int) -> TimeOfDay | None:
        """ "10 p.m. Wednesday", "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6", "noon Thursday"."""
        texts = columns.texts
        end = start - 1 if start >= 1 and texts[start - 1] in (",", "on") else start
        for first in range(max(end - 4, 0), end):  # a time and its zone take at most four tokens
            found = self._time_at(columns, first)
            if found is not None and found.end == end:
                return found
        return None

    def _time_at(self, columns: TokenColumns, i: int) -> TimeOfDay | None:
        """The time of day (and zone) starting at token i."""
        clock = self._clock_at(columns, i)
        if clock is None:
            return None
        end, value, needs_zone = clock
        zone = self.zones.zone_at(columns.texts, columns.lowers, end)
        if zone is None and needs_zone:
            return None  # "0400" alone is a number; "0400 GMT" a time
        return TimeOfDay(i, zone[0] if zone else end, value, zone[1] if zone else None)

    def _clock_at(self, columns: TokenColumns, i: int) -> tuple[int, str, bool] | None:
        """(end, "HH:MM", whether only a zone after it makes it a time) of the clock time at token i."""
        texts, lowers = columns.texts, columns.lowers
        if i >= len(texts):
            return None
        text = texts[i]
        if lowers[i] in NAMED_TIMES:
            return i + 1, NAMED_TIMES[lowers[i]], False
        match = CLOCK_AND_MERIDIEM.match(text)
        if match:
            value = _twelve_hour(match.group(1), match.group(2), match.group(3).lower())
            return (i + 1, value, False) if value else None
        match = CLOCK.match(text)
        if match and i + 1 < len(texts) and lowers[i + 1] in MERIDIEM:
            value = _twelve_hour(match.group(1), match.group(2), MERIDIEM[lowers[i + 1]])
            return (i + 2, value, False) if value else None
        if match and match.group(2) and int(match.group(1)) <= 23:  # "14:30 GMT"
            return i + 1, f"{int(match.group(1)):02d}:{match.group(2)}", True
        match = MILITARY.match(text)
        if match:
            if i + 1 < len(lowers) and lowers[i + 1] == "hours":  # "0400 hours"
                return i + 2, f"{match.group(1)}:{match.group(2)}", False
            return i + 1, f"{match.group(1)}:{match.group(2)}", True
        return None


def _twelve_hour(hour_text: str, minutes: str | None, meridiem: str) -> str | None:
    """ "10", "50", "a" -> "10:50"; "12", None, "a" -> "00:00"; None for an hour past 12."""
    hour = int(hour_text)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem == "p" else 0)
    return f"{hour:02d}:{minutes or '00'}"
