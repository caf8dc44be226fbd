"""Parts and stretches of years: quarters and halves, seasons, decades and centuries.

"the third quarter" -> `2022-Q3`, "first-half profit" -> `2022-H1`, "last
fall" -> `2021-FA`, "the summer of 1994" -> `1994-SU`, "the 1990s" -> `199`,
"the 20th century" -> `19`: TimeML's values for them. A PERIOD word (id: the
TIMEX3 letter and how many such parts a year has, "Q4") follows an ORDINAL; a
SEASON word's id is its TIMEX3 letters ("SU").
"""

from __future__ import annotations

import re

from ...text.tokens import TokenColumns
from .spelled import spelled_year
from .values import DateMention
from .vocabulary import DateVocabulary, year_number

DECADE = re.compile(r"^(?:(?:mid|early|late)-)?(\d{3})0s$", re.IGNORECASE)  # "1990s", "mid-1980s"
SHORT_DECADE = re.compile(r"^(\d)0s$")  # "'80s"
CENTURY = re.compile(r"^(\d{1,2})(st|nd|rd|th)$", re.IGNORECASE)  # "20th" before "century"
APOSTROPHES = ("'", "’")
CURRENCY_SIGNS = {"$", "€", "£", "¥"}
# Words a part of a year may follow without "the": "its fourth quarter", "in third quarter", "fiscal 1990".
PART_OPENERS = {"the", "its", "their", "his", "her", "our", "this", "that", "in", "for", "during", "since", "by"}
# Seasons that are also common words ("the fall of the regime", "a spring offensive"): a date only with "last",
# "this", "next" or a year.
AMBIGUOUS_SEASONS = {"fall", "spring"}


class PeriodFinder:
    """Mentions of parts of years, seasons, decades and centuries."""

    def __init__(self, vocab: DateVocabulary):
        self.vocab = vocab

    def part_of_year(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "the third quarter", "first-quarter profit", "the fiscal first quarter", "the 1988 second quarter",
        "this year's third quarter", "the first half of 2023", "the second half of last year"."""
        texts, lowers = columns.texts, columns.lowers
        period = self.vocab.words["PERIOD"][lowers[i]]
        letter, parts = period[0], int(period[1:])
        start = i - 2 if i >= 2 and texts[i - 1] == "-" else i - 1
        if start < 0 or lowers[start] not in self.vocab.words["ORDINAL"]:
            return None
        number = int(self.vocab.words["ORDINAL"][lowers[start]])
        if not 1 <= number <= parts:
            return None
        mention = DateMention(start, i + 1, period=(letter, number))
        if start >= 1 and lowers[start - 1] == "fiscal":
            mention.start -= 1
        self._take_year_before(columns, mention)
        opener = mention.start >= 1 and lowers[mention.start - 1] in PART_OPENERS
        if opener and lowers[mention.start - 1] == "the":
            mention.start -= 1
        elif not (opener or texts[i - 1] == "-" or mention.year is not None or mention.year_offset is not None):
            return None  # "the town's first quarter"
        if i + 1 < len(texts) and lowers[i + 1] == "of" and not self._take_year_after(columns, mention, i + 2):
            # Only a year may follow, or an amount: "the first half of the match" is no date, "a loss for the
            # third quarter of $226 million" is.
            return mention if _is_amount(texts, i + 2) else None
        return mention

    def season(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "last fall", "this past spring", "the summer of 1994", "in the winter", "early summer"."""
        lowers = columns.lowers
        mention = DateMention(i, i + 1, season=self.vocab.words["SEASON"][lowers[i]])
        if i + 1 < len(lowers) and lowers[i + 1] == "of":
            self._take_year_after(columns, mention, i + 2)
        elif i + 1 < len(lowers) and year_number(columns.texts[i + 1]):
            mention.year, mention.end = year_number(columns.texts[i + 1]), i + 2
        before = lowers[i - 1] if i >= 1 else ""
        if before == "past" and i >= 2 and lowers[i - 2] == "this":  # "this past spring"
            mention.shift, mention.start = "last", i - 2
        elif before in self.vocab.words["SHIFT"]:
            mention.shift, mention.start = before, i - 1
        elif mention.year is None and lowers[i] in AMBIGUOUS_SEASONS:
            return None
        else:
            mod = self.vocab.phrase_ending_at(lowers, i, "MOD")
            if mod and lowers[mod[0]] not in ("earlier", "later"):
                mention.start = mod[0]
            if mention.start >= 1 and lowers[mention.start - 1] == "the":
                mention.start -= 1
            elif mention.start == i and mention.year is None and before not in self.vocab.words["YEAR_CUE"]:
                return None  # "summer camps"
        return mention

    def decade_or_century(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "the 1990s", "the late 1970s", "the '80s", "the 20th century"."""
        texts, lowers = columns.texts, columns.lowers
        text = texts[i]
        match = DECADE.match(text)
        mention = None
        if match:
            mention = DateMention(i, i + 1, era=match.group(1))
        elif (match := SHORT_DECADE.match(text)) and i >= 1 and texts[i - 1] in APOSTROPHES:
            mention = DateMention(i - 1, i + 1, era=match.group(1), era_in_century=True)
        elif (match := CENTURY.match(text)) and i + 1 < len(lowers) and lowers[i + 1] == "century":
            mention = DateMention(i, i + 2, era=f"{int(match.group(1)) - 1:02d}")
        if mention is None:
            return None
        mod = self.vocab.phrase_ending_at(lowers, mention.start, "MOD")
        if mod and lowers[mod[0]] not in ("earlier", "later"):
            mention.start = mod[0]
        if mention.start >= 1 and lowers[mention.start - 1] == "the":
            mention.start -= 1
        return mention

    def _take_year_before(self, columns: TokenColumns, mention: DateMention) -> None:
        """ "the 1988 third quarter", "this year's third quarter", "next year's first half"."""
        texts, lowers = columns.texts, columns.lowers
        k = mention.start
        if k >= 1 and year_number(texts[k - 1]):
            mention.year, mention.start = year_number(texts[k - 1]), k - 1
        elif k >= 3 and lowers[k - 1] in ("'s", "’s"):
            phrase = self.vocab.phrase_ending_at(lowers, k - 1, "RELATIVE")
            if phrase and phrase[1].startswith("year:"):
                mention.year_offset, mention.start = int(phrase[1].split(":")[1]), phrase[0]

    def _take_year_after(self, columns: TokenColumns, mention: DateMention, j: int) -> bool:
        """Extend the mention over the year that follows "of" (token j on): "of 2023", "of fiscal 1990", "of last
        year", "of the year"; whether there was one."""
        texts, lowers = columns.texts, columns.lowers
        n = len(texts)
        if j < n and lowers[j] == "fiscal":
            j += 1
        phrase = self.vocab.phrase_at(lowers, j, "RELATIVE")
        spelled = None
        if j < n and lowers[j] in self.vocab.words["CENTURY_WORD"]:
            spelled = spelled_year(self.vocab, columns, j)
        if j < n and year_number(texts[j]):
            mention.year, mention.end = year_number(texts[j]), j + 1
        elif spelled is not None:  # "the winter of nineteen ninety-four"
            mention.year, mention.end = spelled.year, spelled.end
        elif phrase and phrase[1].startswith("year:"):
            mention.year_offset, mention.end = int(phrase[1].split(":")[1]), phrase[0]
        elif tuple(lowers[j : j + 2]) == ("the", "year"):
            mention.year_offset, mention.end = 0, j + 2
        else:
            return False
        return True


def _is_amount(texts: list[str], j: int) -> bool:
    """Whether token j starts an amount: a currency sign or a number ("$226.3 million", "12 cents")."""
    return j < len(texts) and (texts[j][:1] in CURRENCY_SIGNS or texts[j][:1].isdecimal())
