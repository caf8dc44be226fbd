"""Finding date mentions in a doc: the calendar forms, weekdays, phrases and years that name a date.

The code assembles mentions around the words of `DateVocabulary` ("May 24,
2022", "24 May 2022", "Tuesday, May 24", "Wednesday (31/10)", "Sept. 21, 22 and
24", "December last year", "2022-05-24", "24.05.2022", "the third quarter",
"two days later", "in 2019"). A mention holds what the text says; `values`
turns it into a value.

The finder reads the doc's token columns, handed down from `find`: a lookup of
them per helper call, and a Token object per token looked at, cost more than
the rules themselves. A few rare tests still ask a Token for a lexical flag
(`is_stop`, `like_num`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import chain, compress, filterfalse
from operator import itemgetter

from spacy.tokens import Doc

from ...text.matching import Match, longest, word_positions
from ...text.tokens import TokenColumns, token_columns
from .lines import RANGE_JOINERS, gap, in_a_title
from .periods import PeriodFinder
from .spelled import spelled_year
from .values import DateMention
from .vocabulary import DateVocabulary, year_number
from .years import YearFinder

LIST_JOINERS = {",", "and", "or", "-", "–", "to", "through"}
ORDINAL_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$", re.IGNORECASE)
NUMERIC_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
NUMERIC_SHORT_YEAR = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2})$")  # "05/24/22", "24.05.22": for dateparser
NUMERIC_YMD = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")
# Parts of those forms, searched for in a whole text (fast: they start with a literal character).
FIRST_CHARACTER = itemgetter(slice(0, 1))  # text[:1]
YEAR_AFTER_HYPHEN = re.compile(r"-\d{4}")
FISCAL_YEAR_ANYWHERE = re.compile(r"FY-?\d{2}")
# "Black Friday", "Ash Wednesday": a capitalised word before a weekday makes a name.
NAMED_DAYS = {"black", "cyber", "ash", "good", "easter", "palm", "super", "bloody", "holy", "maundy"}
# "the Sunday Times", "Monday Night Football": a weekday naming a paper or a show.
NAMED_AFTER_DAYS = {"times", "telegraph", "express", "mirror", "post", "herald", "mail", "observer"}
# "a year earlier", "two years ago", "the year-ago quarter": the same part of the year, years away.
SAME_PERIOD_WORDS = {"earlier", "ago"}
STRETCH_BEFORE = {"within"}  # "within the next month" is a stretch of time


class MentionFinder:
    """Every date mention of a doc, without overlaps, in text order (`find`)."""

    def __init__(self, vocab: DateVocabulary, eras: bool = False):
        self.vocab = vocab
        self.periods = PeriodFinder(vocab)
        self.years = YearFinder(vocab)
        self.eras = eras  # decades and centuries too

    def find(self, doc: Doc) -> list[DateMention]:
        """Every date mention, without overlaps, in text order."""
        found = _Found([], set())
        columns = token_columns(doc)
        # Every rule below starts at a candidate token; the other tokens cannot start a mention.
        letter_years = self._may_hold_letter_years(columns.text)
        positions = word_positions(doc)
        candidates = self._candidates(positions, letter_years)
        # Calendar forms first, then weekdays (which may fold in a calendar date), then the rest.
        for i in candidates:
            if i not in found.taken:
                for mention in self._calendar_at(doc, columns, i):
                    found.add(mention)
        for i in candidates:
            if columns.texts[i] in self.vocab.weekdays:
                found.add(self._weekday_mention(columns, i, found.mentions, found.taken))
        for match in self._self_standing(columns.lowers, positions):
            found.add(self._phrase_mention(columns, match))
        for i in candidates:
            if i not in found.taken:
                found.add(self._counted_at(doc, columns, i, letter_years))
        mentions = sorted(found.mentions, key=lambda m: m.start)
        _share_years(columns, mentions)
        return mentions

    def _calendar_at(self, doc: Doc, columns: TokenColumns, i: int) -> list[DateMention]:
        """The mentions a month name, a numeric date or a part of a year starts at token i."""
        text = columns.texts[i]
        if text in self.vocab.months:
            return self._month_mentions(doc, columns, i)
        if text[:1].isdecimal():
            mention = self._numeric_date(columns, i)
        elif columns.lowers[i] in self.vocab.words["PERIOD"]:
            mention = self.periods.part_of_year(columns, i)
        elif columns.lowers[i] in self.vocab.words["SEASON"]:
            mention = self.periods.season(columns, i)
        else:
            return []
        return [mention] if mention is not None else []

    def _counted_at(self, doc: Doc, columns: TokenColumns, i: int, letter_years: bool) -> DateMention | None:
        """ "two days later", "in 2019", "on the 15th": a mention counted in units, a year or a day number."""
        text = columns.texts[i]
        if columns.lowers[i] in self.vocab.words["UNIT"]:
            return self._offset_mention(columns, i)
        if columns.lowers[i] in self.vocab.words["CENTURY_WORD"]:
            return spelled_year(self.vocab, columns, i)
        if text[:1].isdecimal() or (letter_years and text[:1] in "emlEMLF"):
            return (
                self.years.year_mention(columns, i)
                or self._ordinal_day(doc, columns, i)
                or (self.periods.decade_or_century(columns, i) if self.eras else None)
            )
        return None

    def _candidates(self, positions: dict[str, list[int]], letter_years: bool) -> list[int]:
        """The tokens `find` may start a mention at, in text order: months, weekdays, PERIOD and UNIT words, and
        tokens led by a digit (or by a letter, when `letter_years`). The list may hold more: `find` tests each one.

        `positions` are the doc's distinct lower-case words and where they stand (`word_positions`, shared with
        the matchers): the words are sorted out with C-level scans and only their positions gathered, instead of
        visiting every token. Lower-casing keeps what these tests look for: a digit stays itself, "E", "M", "L"
        and "F" become "e", "m", "l" and "f", "May" becomes "may".
        """
        starters = positions.keys() & self.vocab.start_words  # (a set operation walks the smaller side)
        # A word of letters only starts with no digit (no character is both): the few others are tested.
        others = list(filterfalse(str.isalpha, positions))
        starters.update(compress(others, map(str.isdigit, map(FIRST_CHARACTER, others))))
        if letter_years:
            starters.update(compress(positions, map("emlf".__contains__, map(FIRST_CHARACTER, positions))))
        return sorted(chain.from_iterable(map(positions.__getitem__, starters)))

    def _self_standing(self, lowers: list[str], positions: dict[str, list[int]]) -> list[Match]:
        """The phrases that are dates by themselves ("last week", "the next day"), with overlaps resolved in favour
        of the longest (then the first), in text order: what a `PatternMatcher` of them gives through `longest`.

        They are looked up where they end: most start with a word as common as "the", but end with a rarer one
        ("day", "week", "year")."""
        found = set()
        for word in positions.keys() & self.vocab.self_standing_lengths.keys():
            for last in positions[word]:
                end = last + 1
                for length in self.vocab.self_standing_lengths[word]:
                    start = end - length
                    if start >= 0:
                        for keyed in self.vocab.self_standing.get(tuple(lowers[start:end]), ()):
                            found.add((start, end, *keyed))
        # In the order spaCy sorts spans: by their tokens, then label and id hashes.
        return longest(Match(start, end, label, id_) for start, end, _, _, (label, id_) in sorted(found))

    @staticmethod
    def _may_hold_letter_years(text: str) -> bool:
        """Whether a token led by a letter may be a year: "mid-2019" and "FY2023" are the only such forms, so a
        text holding neither a hyphen before four digits nor "FY" and two digits has none."""
        return YEAR_AFTER_HYPHEN.search(text) is not None or FISCAL_YEAR_ANYWHERE.search(text) is not None

    def _month_mentions(self, doc: Doc, columns: TokenColumns, i: int) -> list[DateMention]:
        texts, lowers = columns.texts, columns.lowers
        month, is_abbreviation = self.vocab.months[texts[i]]
        n = len(texts)
        # `Token.is_title` is `str.istitle` of the token's text.
        if i >= 1 and texts[i - 1].istitle() and lowers[i - 1] in self.vocab.words["NAME_BEFORE_MONTH"]:
            return []  # "Long March 5" is a rocket
        # "24 May 2022", "24th of May"
        day_before = _day_number(texts[i - 1]) if i >= 1 else None
        start = i - 1 if day_before else i
        if not day_before and i >= 2 and lowers[i - 1] == "of":
            day_before = _day_number(texts[i - 2])
            start = i - 2 if day_before else i
        if day_before and not _is_count(columns, start):
            mention = DateMention(start, i + 1, month=month, day=day_before)
            self._take_year(columns, mention)
            # "24-25 May", "from 3 to 5 March", "between 24 and 26 May": the first day of the range too.
            if start >= 2 and lowers[start - 1] in RANGE_JOINERS and not _is_count(columns, start - 2):
                first_day = _day_number(texts[start - 2])
                if first_day and first_day < day_before:
                    first = DateMention(start - 2, start - 1, year=mention.year, month=month, day=first_day)
                    return [first, mention]
            return [mention]
        # "May 24", "May 24, 2022", "Sept. 21, 22, 24 and 29"
        day_after = _day_number(texts[i + 1]) if i + 1 < n else None
        if day_after and not _clock_follows(columns, i + 1):
            mention = DateMention(i, i + 2, month=month, day=day_after)
            self._take_year(columns, mention)
            self._extend_before(columns, mention)
            if mention.year is None:
                return [mention, *self._listed_days(doc, columns, mention)]
            return [mention]
        # "August 2021", "May of 2021"
        mention = DateMention(i, i + 1, month=month)
        self._take_year(columns, mention, allow_of=True)
        if mention.year is None:
            if is_abbreviation or not self._bare_month_ok(columns, i):
                return []
            self._take_relative_year(columns, mention)
        self._extend_before(columns, mention)
        return [mention]

    def _take_year(self, columns: TokenColumns, mention: DateMention, allow_of: bool = False) -> None:
        """Extend over ", 2022" / " 2022" / " of 2022" after the mention."""
        texts = columns.texts
        j = mention.end
        if j < len(texts) and (texts[j] == "," or (allow_of and columns.lowers[j] == "of")):
            j += 1
        year = year_number(texts[j]) if j < len(texts) else None
        if year and not self.years.is_count_after(columns, j + 1):
            mention.year, mention.end = year, j + 1
        elif j < len(texts) and columns.lowers[j] in self.vocab.words["CENTURY_WORD"]:  # "January nineteen ninety"
            spelled = spelled_year(self.vocab, columns, j)
            if spelled is not None:
                mention.year, mention.end = spelled.year, spelled.end

    def _take_relative_year(self, columns: TokenColumns, mention: DateMention) -> None:
        """ "December last year", "March of next year"."""
        lowers = columns.lowers
        j = mention.end
        if j < len(lowers) and lowers[j] == "of":
            j += 1
        phrase = self.vocab.phrase_at(lowers, j, "RELATIVE")
        if phrase and phrase[1].startswith("year:") and lowers[j] in self.vocab.words["SHIFT"]:
            mention.year_offset, mention.end = int(phrase[1].split(":")[1]), phrase[0]

    def _extend_before(self, columns: TokenColumns, mention: DateMention) -> None:
        """Fold in "last"/"this"/"next" and "early"/"mid-"/"the end of" before the mention."""
        lowers = columns.lowers
        i = mention.start
        if i >= 1 and lowers[i - 1] in self.vocab.words["SHIFT"] and mention.day is None:
            mention.shift, mention.start = lowers[i - 1], i - 1
            return
        if i >= 2 and columns.texts[i - 1] == "-" and lowers[i - 2] == "mid":
            mention.start = i - 2
            return
        mod = self.vocab.phrase_ending_at(lowers, i, "MOD")
        if mod and lowers[mod[0]] not in ("earlier", "later"):
            mention.start = mod[0]

    def _listed_days(self, doc: Doc, columns: TokenColumns, first: DateMention) -> list[DateMention]:
        """ "Sept. 21, 22, 24 and 29", "Jan. 5-7, 2023": the day numbers listed after a month and day."""
        listed = []
        j = first.end
        texts, lowers = columns.texts, columns.lowers
        n = len(texts)
        while j + 1 < n and lowers[j] in LIST_JOINERS:
            day = _day_number(texts[j + 1])
            following = j + 2 if j + 2 < n else None
            # `Token.is_alpha` is `str.isalpha` of the token's text.
            if not day or (
                following is not None and texts[following].isalpha() and lowers[following] not in ("and", "or")
            ):
                # "Jan. 5-7 in Geneva" is a range; "Oct. 2, 5 ships" a count.
                if not (day and lowers[j] in RANGE_JOINERS and doc[following].is_stop):
                    break
            if following is not None and texts[following] in (":", "-", "%", "/"):
                break
            listed.append(DateMention(j + 1, j + 2, month=first.month, day=day))
            j += 2
            if j < n and lowers[j - 2] != ",":
                break
        if listed:
            # "Jan. 5-7, 2023": the year closing the list is every day's.
            last = listed[-1]
            self._take_year(columns, last)
            if last.year is not None:
                for mention in (first, *listed[:-1]):
                    mention.year = last.year
        return listed

    def _bare_month_ok(self, columns: TokenColumns, i: int) -> bool:
        """A month name alone is a date only after a cue ("in August", "early March", "Last March")."""
        if i == 0:
            return False
        before = columns.lowers[i - 1]
        if before in self.vocab.words["YEAR_CUE"] or before in self.vocab.words["SHIFT"] or before == "-":
            return True
        return self.vocab.phrase_ending_at(columns.lowers, i, "MOD") is not None

    def _numeric_date(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "2022-05-24", "24.05.2022", "2022/05/24"."""
        texts = columns.texts
        text = texts[i]
        match = NUMERIC_DMY.match(text)
        if match:
            first, second, year = (int(g) for g in match.groups())
            day, month = (second, first) if second > 12 >= first else (first, second)
            mention = _checked(DateMention(i, i + 1, year=year, month=month, day=day))
            if mention is not None and "/" in text and first <= 12 and second <= 12 and first != second:
                mention.order_unsure = True  # "05/03/2022": May 3 in the US, 5 March elsewhere
            return mention
        match = NUMERIC_YMD.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return _checked(DateMention(i, i + 1, year=year, month=month, day=day))
        match = NUMERIC_SHORT_YEAR.match(text)
        if match:
            first, second = int(match.group(1)), int(match.group(3))
            cued = i >= 1 and (columns.lowers[i - 1] in self.vocab.words["YEAR_CUE"] or columns.lowers[i - 1] == "on")
            if cued and 1 <= min(first, second) <= 12 and max(first, second) <= 31:  # not "version 3.4.22"
                # A two-digit year is left to dateparser; dots are written day first, slashes month first.
                return DateMention(i, i + 1, for_parser="DMY" if match.group(2) == "." else "MDY")
            return None
        if (
            i + 4 < len(texts)
            and year_number(texts[i])
            and texts[i + 1] == "-"
            and texts[i + 3] == "-"
            and texts[i + 2].isdecimal()
            and len(texts[i + 2]) == 2
            and texts[i + 4][:2].isdecimal()
        ):
            return _checked(
                DateMention(i, i + 5, year=int(texts[i]), month=int(texts[i + 2]), day=int(texts[i + 4][:2]))
            )
        return None

    def _weekday_mention(
        self, columns: TokenColumns, i: int, found: list[DateMention], taken: set[int]
    ) -> DateMention | None:
        texts, lowers = columns.texts, columns.lowers
        if i >= 1 and lowers[i - 1] in NAMED_DAYS and texts[i - 1].istitle():
            return None
        if i + 1 < len(texts) and texts[i + 1].istitle() and lowers[i + 1] in NAMED_AFTER_DAYS:
            return None
        if i >= 1 and lowers[i - 1] in ("every", "each"):
            return None  # "every Monday" is a rule, not a date
        weekday = self.vocab.weekdays[texts[i]]
        folded = _fold_calendar_date(columns, i, weekday, found, taken)
        if folded is not None or i in taken:
            return folded
        mention = DateMention(i, i + 1, weekday=weekday)
        if _take_day_month(columns, mention):
            return mention
        if i >= 1 and lowers[i - 1] in self.vocab.words["SHIFT"]:
            mention.shift, mention.start = lowers[i - 1], i - 1
        else:
            mention.start = self._day_mod_start(lowers, i)
        if mention.end < len(lowers) and lowers[mention.end] in self.vocab.words["PART_OF_DAY"]:
            mention.end += 1
        week = self.vocab.phrase_at(lowers, mention.end, "RELATIVE")
        if mention.shift is None and week and week[1].startswith("week:"):  # "Monday last week"
            mention.week_offset, mention.end = int(week[1].split(":")[1]), week[0]
        return mention

    def _day_mod_start(self, lowers: list[str], i: int) -> int:
        """The start of "late Sunday" / "early on Thursday" when such words stand before token i, else i."""
        mod = self.vocab.phrase_ending_at(lowers, i, "DAY_MOD")
        return mod[0] if mod else i

    def _phrase_mention(self, columns: TokenColumns, match: Match) -> DateMention | None:
        """ "yesterday", "last month", "earlier this year"; "the next day", "a year earlier"."""
        i, end, id_ = match.start, match.end, match.id
        if match.label == "HOLIDAY":
            return self._holiday_mention(columns, i, end, id_)
        if self._phrase_is_not_a_date(columns, i, end):
            return None
        lowers = columns.lowers
        unit, offset = id_.split(":")
        if unit == "day":
            i = self._day_mod_start(lowers, i)  # "late yesterday"
        mention = DateMention(i, end, unit=unit, offset=int(offset), from_anchor=match.label == "ANCHORED")
        mention.same_period = unit == "year" and offset != "0" and not SAME_PERIOD_WORDS.isdisjoint(lowers[i:end])
        return mention

    def _phrase_is_not_a_date(self, columns: TokenColumns, i: int, end: int) -> bool:
        """Whether the phrase at tokens [i, end) is part of something else ("roughly a year earlier", "the day before
        the summit", "Russia Today", "over the last year", "two weeks from now")."""
        texts, lowers = columns.texts, columns.lowers
        if lowers[i] in ("a", "an") and self.vocab.phrase_ending_at(lowers, i, "VAGUE_BEFORE"):
            return True  # "roughly a year earlier"; but "for this year" is a date
        if lowers[end - 1] in ("before", "after") and end < len(texts) and not columns.is_punct[end]:
            return True  # "the day before the summit": counted from an event we cannot date
        if in_a_title(columns, i, end):
            return True  # "Russia Today", "CBS This Morning"
        if i >= 1 and (lowers[i - 1] == "the" and lowers[i] in ("last", "next") or lowers[i - 1] in STRETCH_BEFORE):
            return True  # "over the last year", "within the next month": a stretch of time, not a calendar date
        if i >= 2 and lowers[i - 1] == "of" and ORDINAL_DAY.match(texts[i - 2]):
            return True  # "the 15th of next month" is one date
        if lowers[end - 1] == "year" and end < len(texts) and year_number(texts[end]):
            return True  # "the full year 2023": the year that follows says which
        direction = self.vocab.phrase_ending_at(lowers, end, "DIRECTION")
        return direction is not None and direction[0] < i  # "two weeks from now": "now" ends the direction

    def _holiday_mention(self, columns: TokenColumns, i: int, end: int, id_: str) -> DateMention | None:
        """ "Victory Day", "Christmas Eve 2021": a named day; not "Christmas Island" or "christmas"."""
        texts = columns.texts
        if not (texts[i].istitle() or texts[i].isupper()) or (end < len(texts) and texts[end].istitle()):
            return None
        parts = [int(part) for part in id_.split("-")]
        mention = DateMention(i, end, month=parts[0])
        if len(parts) == 3:
            mention.nth_weekday = (parts[1], parts[2])  # "Thanksgiving": the fourth Thursday of November
        else:
            mention.day = parts[1]
        self._take_year(columns, mention)
        if i >= 1 and columns.lowers[i - 1] in self.vocab.words["SHIFT"]:  # "last Thanksgiving"
            mention.shift, mention.start = columns.lowers[i - 1], i - 1
        return mention

    def _offset_mention(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "two years ago", "a day later", "a week earlier"."""
        texts, lowers = columns.texts, columns.lowers
        unit = self.vocab.words["UNIT"].get(lowers[i])
        if unit is None or i == 0 or i + 1 >= len(texts):
            return None
        direction = self.vocab.phrase_at(lowers, i + 1, "DIRECTION")
        if direction is None:
            return None
        end, id_ = direction
        sense, base = id_.split(":")
        if lowers[i + 1] in ("before", "after") and end < len(texts) and not columns.is_punct[end]:
            return None  # "two days before the drills": counted from an event we cannot date
        number_text = texts[i - 1].replace(",", "")
        count = float(number_text) if number_text.isdecimal() else self.vocab.numbers.get(lowers[i - 1])
        vague = self.vocab.phrase_ending_at(lowers, i - 1, "VAGUE_BEFORE")
        if not count or vague and lowers[i + 1] != "ago":
            return None  # "roughly a year before"; but "nearly four years ago" is a year
        sign = -1 if sense == "before" else 1
        counted_unit = "weeks" if unit == "week" else unit
        if unit == "decade":  # "a decade ago" names a year
            counted_unit, count = "year", count * 10
        start = vague[0] if vague else i - 1  # the qualifier is part of it, as TimeML marks it
        mention = DateMention(start, end, unit=counted_unit, offset=sign * int(count), from_anchor=base == "anchor")
        mention.same_period = unit == "year" and not SAME_PERIOD_WORDS.isdisjoint(lowers[i:end])
        return mention

    def _ordinal_day(self, doc: Doc, columns: TokenColumns, i: int) -> DateMention | None:
        """ "on the 15th": a day of the month the story speaks from (not "the 15th Fleet")."""
        lowers = columns.lowers
        match = ORDINAL_DAY.match(columns.texts[i])
        if not match or not match.group(2) or i < 1 or lowers[i - 1] != "the" or not 1 <= int(match.group(1)) <= 31:
            return None
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and following.lower_ == "of":
            # "by the 15th of next month": the grammar finds it, dateparser reads it.
            month = self.vocab.phrase_at(lowers, i + 2, "RELATIVE")
            if month and month[1].startswith("month:"):
                return DateMention(i - 1, month[0], for_parser="DMY")
            return None
        day = int(match.group(1))
        if i < 2 or lowers[i - 2] != "on":
            return None
        if following is not None and not (following.is_punct or following.is_stop):
            return None
        return DateMention(i - 1, i + 1, day=day)


@dataclass(slots=True)
class _Found:
    """The mentions found so far and the tokens they take: a mention overlapping one found before is dropped."""

    mentions: list[DateMention]
    taken: set[int]

    def add(self, mention: DateMention | None) -> None:
        if mention is not None and not self.taken.intersection(range(mention.start, mention.end)):
            self.mentions.append(mention)
            self.taken.update(range(mention.start, mention.end))
            self.add(mention.range_end)


def _fold_calendar_date(
    columns: TokenColumns, i: int, weekday: int, found: list[DateMention], taken: set[int]
) -> DateMention | None:
    """ "Tuesday, May 24" / "Thursday (Oct. 15)": the calendar date found right after the weekday at token i,
    taken over to start at the weekday, or None."""
    texts = columns.texts
    for following in found:
        if not i < following.start <= i + 2 or following.day is None:
            continue
        between = gap(columns, i + 1, following.start)
        if between in ("", ",", "("):  # "Tuesday, May 24", "Tuesday 24 May", "Thursday (Oct. 15)"
            found.remove(following)
            taken.difference_update(range(following.start, following.end))
            following.start, following.weekday = i, weekday
            if between == "(" and following.end < len(texts) and texts[following.end] == ")":
                following.end += 1
            return following
    return None


def _take_day_month(columns: TokenColumns, mention: DateMention) -> bool:
    """ "Wednesday (31/10)": extend the weekday mention over the day and month in brackets after it."""
    texts, i = columns.texts, mention.start
    if i + 3 < len(texts) and texts[i + 1] == "(" and texts[i + 3] == ")":
        match = DAY_MONTH.match(texts[i + 2])
        if match:
            day, month = int(match.group(1)), int(match.group(2))
            if month > 12 >= day:  # "(5/19)" is month/day
                day, month = month, day
            if 1 <= month <= 12 and 1 <= day <= 31:
                mention.day, mention.month, mention.end = day, month, i + 4
                return True
    return False


def _share_years(columns: TokenColumns, mentions: list[DateMention]) -> None:
    """ "between April and September 2016": a year-less month takes the year of the month it is paired with."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.year is None and first.month is not None and second.month is not None and second.year is not None:
            if first.shift is None and first.year_offset is None:
                if gap(columns, first.end, second.start).lower() in RANGE_JOINERS:
                    first.year = second.year


def ends_range(columns: TokenColumns, first: DateMention, second: DateMention) -> bool:
    """ "April-June", "from November to February", "Monday-Wednesday", "overnight Tuesday into Wednesday":
    two year-less months, or two bare weekdays, joined as a range."""
    for mention in (first, second):
        if mention.year is not None or mention.shift or mention.day is not None:
            return False
    if not (first.month and second.month or first.weekday is not None and second.weekday is not None):
        return False
    joiner = gap(columns, first.end, second.start).lower()
    if joiner in ("and", "or") and first.weekday is not None:
        # "statements made Friday and Thursday" lists two days; "between Monday and Wednesday" spans them.
        return first.start >= 1 and columns.lowers[first.start - 1] == "between"
    return joiner in RANGE_JOINERS | {"into"}


def _clock_follows(columns: TokenColumns, i: int) -> bool:
    """Whether token i starts a clock time split at its colon ("May 10:30"), not a day before a colon ("Jan. 6:")."""
    texts = columns.texts
    return i + 2 < len(texts) and texts[i + 1] == ":" and not columns.whitespace[i + 1] and texts[i + 2].isdecimal()


def _day_number(text: str) -> int | None:
    if not text[:1].isdecimal():  # spares most words the pattern: a day number starts with a digit
        return None
    match = ORDINAL_DAY.match(text)
    if match and 1 <= int(match.group(1)) <= 31:
        return int(match.group(1))
    return None


def _is_count(columns: TokenColumns, i: int) -> bool:
    """ "some 24 May ..." reads as a count; "the 3rd of May" and "on 24 May" do not."""
    return i >= 1 and columns.texts[i].isdecimal() and columns.lowers[i - 1] in ("the", "a", "an", "some", "about")


def _checked(mention: DateMention) -> DateMention | None:
    try:
        dt.date(mention.year, mention.month, mention.day)
    except (TypeError, ValueError):
        return None
    return mention
