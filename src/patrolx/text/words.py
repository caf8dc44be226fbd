"""Calendar words several components must recognize, from Python's own calendar tables."""

from __future__ import annotations

import calendar

WEEKDAY_WORDS = {name.lower() for name in calendar.day_name}
# "Sept." is news style besides the standard "Sep".
MONTH_ABBREVIATIONS = {abbr.lower() for abbr in calendar.month_abbr[1:]} - {"may"} | {"sept"}
MONTH_WORDS = {name.lower() for name in calendar.month_name[1:]} | MONTH_ABBREVIATIONS
