"""Absolute dates in many written forms, checked against dateparser as an independent oracle.

patrolx resolves the date spans its patterns find in plain Python (it must also
read tense, datelines and the last date mentioned, and dateparser's import and
first parse would cost a third of a second at every cold start). This test keeps
that code honest: for every form, our value must equal what dateparser reads
from the same span.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

import patrolx

dateparser = pytest.importorskip("dateparser")

FORMATS = [
    "{month} {day}, {year}",
    "{day} {month} {year}",
    "{abbr} {day}, {year}",
    "{weekday}, {month} {day}, {year}",
    "{iso}",
    "{day:02d}.{month_number:02d}.{year}",
    "{weekday} {day} {month} {year}",
    "{weekday}, {day} {month} {year}",
    "{day} {abbr} {year}",
    "{year}/{month_number:02d}/{day:02d}",
]
ABBREVIATIONS = {9: "Sept."}


def written(date: dt.date, form: str) -> str:
    abbr = ABBREVIATIONS.get(date.month, date.strftime("%b") + ("." if date.month != 5 else ""))
    return form.format(
        month=date.strftime("%B"),
        abbr=abbr,
        day=date.day,
        year=date.year,
        weekday=date.strftime("%A"),
        iso=date.isoformat(),
        month_number=date.month,
    )


def sample_dates(count: int, seed: int = 7) -> list[dt.date]:
    rng = random.Random(seed)
    first, last = dt.date(1990, 1, 1).toordinal(), dt.date(2030, 12, 31).toordinal()
    return [dt.date.fromordinal(rng.randint(first, last)) for _ in range(count)]


CASES = [(written(date, form), form) for date in sample_dates(40) for form in FORMATS]


@pytest.mark.parametrize(("phrase", "form"), CASES, ids=[c[0] for c in CASES])
def test_absolute_dates_agree_with_dateparser(phrase, form):
    facts = patrolx.extract(f"The bombers flew on {phrase} near the island.", reference_date="2024-06-01")
    assert [d.text for d in facts.dates] == [phrase]
    order = "DMY" if "{day" in form.split("{month")[0] else "MDY"
    oracle = dateparser.parse(phrase, languages=["en"], settings={"DATE_ORDER": order})
    assert facts.dates[0].value == oracle.date().isoformat()
