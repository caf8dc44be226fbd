"""dateparser, for the few forms our grammar finds but leaves to it: "05/24/22", "the 15th of next month".

The grammar finds the span (and knows it is a date); dateparser reads its
value, in English only, counting from the reference date, and strictly: a
reading that lacks the day, the month or the year is no reading. It is
imported on first use, so a run that never meets such a span does not pay
its start-up (its first parse loads its language data: about 0.1 s).
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def parse_day(text: str, reference: dt.date | None, day_first: bool) -> dt.date | None:
    """The day dateparser reads in `text`, or None."""
    import dateparser  # only here: most texts never need it

    settings: dict[str, Any] = {"STRICT_PARSING": True, "DATE_ORDER": "DMY" if day_first else "MDY"}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
