"""Years written in figures: "in 2019", "since 2014", "mid-2019", "FY2023", "fiscal 1989", "2021 was a record
year", "the 1950-53 war".

A four-digit number is a year only after a YEAR_CUE word ("in", "since", "the",
"fiscal"...) or opening a sentence before a YEAR_SUBJECT_VERB ("2021 was"), and
not before a NOT_YEAR_AFTER word ("2000 troops", "1500 km").
"""

from __future__ import annotations

import re

from ...text.tokens import TokenColumns
from .lines import line_start
from .values import DateMention
from .vocabulary import MAX_YEAR, MIN_YEAR, DateVocabulary, year_number

PREFIXED_YEAR = re.compile(r"^(mid|early|late)-(\d{4})$", re.IGNORECASE)
FISCAL_YEAR = re.compile(r"^FY-?(\d{2}|\d{4})$")  # "FY2023", "FY24": the fiscal year's number
RANGE_YEARS = 50  # "1950-53", "2019-2020": the second year of a range lies this close after the first


class YearFinder:
    """Mentions of years written in figures, alone or as a range."""

    def __init__(self, vocab: DateVocabulary):
        self.vocab = vocab

    def year_mention(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "in 2019", "since 2014", "mid-2019", "FY2023", "fiscal 1989"."""
        texts, lowers = columns.texts, columns.lowers
        text = texts[i]
        match = PREFIXED_YEAR.match(text)
        if match and MIN_YEAR <= int(match.group(2)) <= MAX_YEAR:
            return DateMention(i, i + 1, year=int(match.group(2)))
        match = FISCAL_YEAR.match(text)
        if match:
            digits = match.group(1)
            return DateMention(i, i + 1, year=int(digits) if len(digits) == 4 else 2000 + int(digits))
        year = year_number(text)
        if not year or self.is_count_after(columns, i + 1):
            return None
        if (i == 0 or lowers[i - 1] not in self.vocab.words["YEAR_CUE"]) and not self._year_as_subject(columns, i):
            return None
        if i + 1 < len(texts) and texts[i + 1] == "-" and not columns.whitespace[i]:
            return self._year_range(columns, i, year)
        mention = DateMention(i, i + 1, year=year)
        mod = self.vocab.phrase_ending_at(lowers, i, "MOD")
        if mod and lowers[mod[0]] not in ("earlier", "later"):
            mention.start = mod[0]
        elif i >= 1 and lowers[i - 1] == "fiscal":
            mention.start = i - 1  # "fiscal 1989", as TimeML marks it
        return mention

    def _year_as_subject(self, columns: TokenColumns, i: int) -> bool:
        """ "2021 was a record year": a number opening a sentence, followed by a verb that years take."""
        texts = columns.texts
        opens = i == 0 or line_start(columns, i) or texts[i - 1] in (".", "!", "?", '"', "“")
        return opens and i + 1 < len(texts) and columns.lowers[i + 1] in self.vocab.words["YEAR_SUBJECT_VERB"]

    def _year_range(self, columns: TokenColumns, i: int, year: int) -> DateMention | None:
        """ "in 2019-2020", "the 2020-21 budget", "the 1950-53 war": both years; else a code ("2019-A")."""
        texts = columns.texts
        j = i + 2
        if (
            j >= len(texts)
            or columns.whitespace[i + 1]
            or not texts[j].isdecimal()
            or self.is_count_after(columns, j + 1)
        ):
            return None
        digits = texts[j]
        if len(digits) == 4:
            second = int(digits)
        elif len(digits) == 2:
            second = year // 100 * 100 + int(digits)
        else:
            return None
        if not year < second <= min(year + RANGE_YEARS, MAX_YEAR):
            return None
        return DateMention(i, i + 1, year=year, range_end=DateMention(j, j + 1, year=second))

    def is_count_after(self, columns: TokenColumns, j: int) -> bool:
        """Whether token j makes the number before it a count ("1500 km", "2000 troops"), not a year."""
        lowers = columns.lowers
        return j < len(lowers) and lowers[j] in self.vocab.words["NOT_YEAR_AFTER"]
