"""Turning a found date mention into a TIMEX3-style value, in plain Python.

A `DateMention` holds what the text says (year, month, day, weekday,
"last"/"next", an offset such as "a day later"); `resolve` fills in what it
leaves out from the reference date, reading news the way a reader does:
past-tense reporting looks back ("Tuesday" is the last Tuesday on or before
the reference date, "in August" the last August), future tense looks ahead,
and a month and day with no tense to go by is the nearest such day.
Values keep the precision of the text: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`,
`YYYY`; an unknown year is `XXXX`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# A year-less "Dec. 16" a few days after the reference date is still this year's
# (datelines often run a day ahead of the stamp), not last year's.
FUTURE_TOLERANCE = dt.timedelta(days=7)
# A year-less "Nov. 20" up to two months ahead is this year's even in a past-tense sentence ("the offer was
# extended to Nov. 20"): news gives the year of a date a year back.
PAST_TENSE_AHEAD = dt.timedelta(days=60)
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")


@dataclass(slots=True)
class DateMention:
    start: int  # token offsets
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: str | None = None  # "last", "this" or "next" before a month or weekday
    year_offset: int | None = None  # "December last year" -> -1
    week_offset: int | None = None  # "Monday last week" -> -1
    unit: str | None = None  # for offsets: "day", "week", "month", "quarter" or "year"
    offset: int = 0  # "yesterday" -> ("day", -1)
    from_anchor: bool = False  # counts from the date mentioned last ("a day later")
    tense: str | None = None  # "past", "future" or "nearest" ("would") when the sentence shows it
    period: tuple[str, int] | None = None  # a part of a year: ("Q", 3) for "the third quarter"
    season: str | None = None  # TIMEX3 letters: "SU" for "last summer"
    era: str | None = None  # a decade's or century's leading digits: "199" for "the 1990s", "19" for "20th century"
    era_in_century: bool = False  # "the '80s": the decade's digit alone, the century left to the reference
    same_period: bool = False  # "a year earlier": the same part of the year, a year away (a quarter, in results)
    for_parser: str | None = None  # a form read by dateparser: "DMY" or "MDY", the order its numbers come in
    nth_weekday: tuple[int, int] | None = None  # a holiday on a weekday of its month: (3, 4), the 4th Thursday
    order_unsure: bool = False  # "05/03/2022": day and month may be either way round
    range_end: DateMention | None = None  # "2019-2020": the second year, a mention of its own

    @property
    def is_full(self) -> bool:
        return None not in (self.year, self.month, self.day)

    @property
    def reads_tense(self) -> bool:
        """Whether `resolve` reads the tense: for a date whose year the text leaves out ("Tuesday", "in August",
        "the third quarter") and for "the weekend"; not for a year, a date with its year, "two days ago" or a
        form dateparser reads."""
        return self.for_parser is None and (self.unit is None and self.year is None or self.unit == "weekend")


@dataclass(slots=True)
class Anchors:
    """The day, month, quarter and year mentioned last, which "a day later", "the following year" and "the
    quarter" count from."""

    day: dt.date | None = None
    month: dt.date | None = None  # the first of the month
    year: dt.date | None = None  # January 1 of the year
    quarter: int | None = None  # counted from year 0: year * 4 + quarter - 1

    def update(self, value: str | None, day: dt.date | None) -> None:
        if value and QUARTER_VALUE.match(value):
            self.quarter = int(value[:4]) * 4 + int(value[-1]) - 1
        if day is not None:
            self.day = day
            self.month = self.year = day.replace(day=1)
        elif value and len(value) == 7 and value[:4].isdecimal() and value[5:].isdecimal():  # "2019-05"
            self.month = self.year = dt.date(int(value[:4]), int(value[5:]), 1)
        elif value and len(value) == 4 and value.isdecimal():
            self.year = dt.date(int(value), 1, 1)

    def at(self, unit: str) -> dt.date | None:
        """The anchor precise enough for counting in `unit`."""
        return {"month": self.month, "year": self.year}.get(unit, self.day)


def resolve(mention: DateMention, now: dt.date | None, anchors: Anchors) -> tuple[str | None, dt.date | None]:
    """(value, the day it names if it names one) for a mention.

    `now` is the reference (or dateline) date; `anchors` the dates mentioned before.
    """
    if mention.unit is not None:
        return _counted(mention, now, anchors)
    if mention.period is not None:
        return _period(mention, now), None
    if mention.season is not None:
        return _season(mention, now), None
    if mention.era is not None:
        return _era(mention, now), None
    if mention.weekday is not None and mention.month is None:
        day = _weekday(mention, now)
        return (day.isoformat(), day) if day else (None, None)
    if mention.month is None and mention.day is not None:
        day = _day_of_month(mention, now)
        return (day.isoformat(), day) if day else (None, None)
    if mention.month is None:
        return (f"{mention.year:04d}", None) if mention.year else (None, None)
    return _calendar(mention, now)


def _counted(mention: DateMention, now: dt.date | None, anchors: Anchors) -> tuple[str | None, dt.date | None]:
    """ "yesterday", "last month", "two years ago", "the next day", "a year earlier", "the quarter"."""
    if mention.unit == "quarter" and mention.from_anchor or mention.same_period and anchors.quarter is not None:
        return _quarter_counted(mention, now, anchors), None
    if mention.unit == "weekend":
        return _weekend(mention, now), None
    anchor = anchors.at(mention.unit)
    if mention.from_anchor and anchor is None and mention.offset == 0:
        return None, None  # "that day" with no day mentioned before it
    base = (anchor or now) if mention.from_anchor else now
    return _offset(base, mention.unit, mention.offset) if base else (None, None)


def _calendar(mention: DateMention, now: dt.date | None) -> tuple[str | None, dt.date | None]:
    """A month, or a month and day, with the year the text gives or the one `now` suggests."""
    if mention.nth_weekday is not None:
        _place_weekday_holiday(mention, now)
    if mention.order_unsure and now is not None:
        # Either reading is possible: the one nearer the reference date is the likelier.
        as_read, swapped = (
            dt.date(mention.year, mention.month, mention.day),
            dt.date(mention.year, mention.day, mention.month),
        )
        if abs((swapped - now).days) < abs((as_read - now).days):
            return swapped.isoformat(), swapped
    year = mention.year if mention.year is not None else _year_for(mention, now)
    if mention.day is None:
        return (f"{year:04d}-{mention.month:02d}" if year else f"XXXX-{mention.month:02d}"), None
    if year is None:
        return f"XXXX-{mention.month:02d}-{mention.day:02d}", None
    try:
        day = dt.date(year, mention.month, mention.day)
    except ValueError:
        return None, None
    return day.isoformat(), day


def _place_weekday_holiday(mention: DateMention, now: dt.date | None) -> None:
    """Give a holiday on a weekday of its month ("Thanksgiving") its year and day, the year as for a fixed day."""
    weekday, nth = mention.nth_weekday
    mention.day = 7 * nth - 3  # about where it falls, to choose the year by
    year = mention.year if mention.year is not None else _year_for(mention, now)
    if year is None:
        mention.day = None
        return
    mention.year, mention.day = year, _nth_weekday_day(year, mention.month, weekday, nth)


def _nth_weekday_day(year: int, month: int, weekday: int, nth: int) -> int:
    """The day of the month of its `nth` `weekday` (0 = Monday); nth 5 is the last."""
    first = (weekday - dt.date(year, month, 1).weekday()) % 7 + 1
    day = first + 7 * (nth - 1)
    while day > 28 and not _safe_date(year, month, day):
        day -= 7
    return day


def _weekend(mention: DateMention, now: dt.date | None) -> str | None:
    """ "the weekend" -> `2022-W20-WE`: the one just past (news reports it), or this week's when it has come or
    the sentence looks ahead; "last weekend" the week before's, "next weekend" the week after's."""
    if now is None:
        return None
    weeks = mention.offset
    if weeks == 0 and now.weekday() < 5 and mention.tense != "future":
        weeks = -1
    year, week, _ = (now + dt.timedelta(weeks=weeks)).isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _quarter_counted(mention: DateMention, now: dt.date | None, anchors: Anchors) -> str | None:
    """ "a year earlier" after "the third quarter" is that quarter a year back; "the quarter" is that quarter, or
    with none mentioned, the last one ended (news reports on a quarter once it is over)."""
    base = anchors.quarter
    if base is None:
        if now is None:
            return None
        base = now.year * 4 + (now.month - 1) // 3 - 1
    quarters = base + mention.offset * (4 if mention.unit == "year" else 1)
    return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"


def _year_for(mention: DateMention, now: dt.date | None) -> int | None:
    """The year of a year-less month (and day), seen from `now`."""
    if now is None:
        return None
    if mention.year_offset is not None:
        return now.year + mention.year_offset
    month, day = mention.month, mention.day
    if mention.shift == "this":
        return now.year
    if mention.shift == "last":  # "last March": the latest March before this month
        return now.year if month < now.month else now.year - 1
    if mention.shift == "next":
        return now.year if month > now.month else now.year + 1
    if day is None:  # "in August": looks back unless the sentence looks ahead
        if mention.tense == "future":
            return now.year if month >= now.month else now.year + 1
        if mention.tense is None or mention.tense == "nearest":
            # No tense to go by: the nearest such month, a month ahead counting double (a tie looks ahead).
            ahead, behind = (month - now.month) % 12, (now.month - month) % 12
            return now.year + (month < now.month) if 2 * ahead <= behind else now.year - (month > now.month)
        return now.year if month <= now.month else now.year - 1
    candidate = _safe_date(now.year, month, day)
    if candidate is None:
        return now.year
    if mention.tense == "future":
        return now.year if candidate >= now - FUTURE_TOLERANCE else now.year + 1
    if mention.tense == "past":
        return now.year if candidate <= now + PAST_TENSE_AHEAD else now.year - 1
    # No tense to go by ("the May 5 election"): the nearest such day, news leaning to the past.
    years = [y for y in (now.year - 1, now.year, now.year + 1) if _safe_date(y, month, day)]
    return min(years, key=lambda y: _distance(_safe_date(y, month, day), now))


def _period(mention: DateMention, now: dt.date | None) -> str:
    """ "2022-Q3": a year the text leaves out is the reference's, or the one before for a part still to come."""
    letter, number = mention.period
    year = mention.year
    if year is None and now is not None:
        year = now.year + (mention.year_offset or 0)
        current = (now.month - 1) * {"Q": 4, "H": 2}.get(letter, 1) // 12 + 1
        if mention.year_offset is None and mention.tense != "future" and number > current:
            year -= 1  # news reporting "the fourth quarter" in May means last year's
    return f"{year:04d}-{letter}{number}" if year is not None else f"XXXX-{letter}{number}"


def _season(mention: DateMention, now: dt.date | None) -> str:
    """ "last fall" -> `2021-FA`: the year the text gives, else the one the shift or tense suggests."""
    year = mention.year
    if year is None and now is not None:
        start = SEASON_STARTS[mention.season]
        started = now.month >= start  # this year's season has begun
        ended = now.month >= start + 3
        if mention.shift == "this":
            year = now.year - (mention.season == "WI" and now.month <= 2)
        elif mention.shift == "next" or mention.tense == "future":
            year = now.year + (started and mention.shift == "next" or ended)
        elif mention.shift == "last":
            year = now.year - (not ended)
        else:  # "in the summer": this year's once it has begun, else last year's
            year = now.year - (not started)
    return f"{year:04d}-{mention.season}" if year is not None else f"XXXX-{mention.season}"


def _era(mention: DateMention, now: dt.date | None) -> str | None:
    """ "199" for "the 1990s"; "the '80s" takes the latest such decade up to the reference date."""
    if not mention.era_in_century:
        return mention.era
    if now is None:
        return None
    century = now.year // 100 - (int(mention.era) * 10 > now.year % 100)
    return f"{century}{mention.era}"


def _day_of_month(mention: DateMention, now: dt.date | None) -> dt.date | None:
    """ "on the 15th": that day of this month, else of the month before (past) or after (future)."""
    if now is None:
        return None
    months = now.year * 12 + now.month - 1
    candidates = [_safe_date(m // 12, m % 12 + 1, mention.day) for m in (months - 1, months, months + 1)]
    candidates = [day for day in candidates if day is not None]
    if mention.tense == "future":
        return min((day for day in candidates if day >= now), default=None)
    if mention.tense == "past":
        return max((day for day in candidates if day <= now), default=None)
    return min(candidates, key=lambda day: _distance(day, now), default=None)


def _weekday(mention: DateMention, now: dt.date | None) -> dt.date | None:
    if now is None:
        return None
    ahead = (mention.weekday - now.weekday()) % 7
    behind = (now.weekday() - mention.weekday) % 7
    if mention.shift == "next":
        return now + dt.timedelta(days=ahead or 7)
    if mention.shift == "last":
        return now - dt.timedelta(days=behind or 7)
    if mention.shift == "this":  # "this Friday": the one in the reference date's week
        return now + dt.timedelta(days=mention.weekday - now.weekday())
    if mention.week_offset is not None:  # "Monday last week"
        return now + dt.timedelta(days=mention.weekday - now.weekday(), weeks=mention.week_offset)
    if mention.tense == "future" or mention.tense == "nearest" and 2 * ahead < behind:
        return now + dt.timedelta(days=ahead)  # "would arrive Thursday", "meet Monday": the one ahead, if nearer
    return now - dt.timedelta(days=behind)


def _offset(base: dt.date, unit: str, offset: int) -> tuple[str | None, dt.date | None]:
    """The value `offset` units from `base`: "yesterday", "last month", "a week earlier"."""
    if unit == "day":
        day = base + dt.timedelta(days=offset)
        return day.isoformat(), day
    if unit == "week":
        day = base + dt.timedelta(weeks=offset)
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}", None
    if unit == "weeks":  # a counted number of weeks ("two weeks ago") names a day
        day = base + dt.timedelta(weeks=offset)
        return day.isoformat(), day
    if unit == "month":
        months = base.year * 12 + base.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}", None
    if unit == "quarter":
        quarters = base.year * 4 + (base.month - 1) // 3 + offset
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}", None
    return f"{base.year + offset:04d}", None


def _distance(day: dt.date, now: dt.date) -> int:
    """Days from `now`, a day ahead counting double: news mostly reports what has happened."""
    days = (day - now).days
    return 2 * days if days > 0 else -days


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def ordered_range(start: str | None, end: str | None, future: bool) -> tuple[str | None, str | None]:
    """A range whose end came out before its start. Weekdays: the end moves a week ahead. Months: the end moves
    a year ahead when the sentence looks ahead, else the start moves a year back, so that the whole range has passed.
    """
    if start is None or end is None or "X" in start + end or end >= start:
        return start, end
    if len(end) == 10:  # "2022-05-18"
        return start, (dt.date.fromisoformat(end) + dt.timedelta(days=7)).isoformat()
    if future:
        return start, f"{int(start[:4]) + (end[5:] < start[5:]):04d}-{end[5:]}"
    return f"{int(end[:4]) - (start[5:] > end[5:]):04d}-{start[5:]}", end
