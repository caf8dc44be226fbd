"""`patrolx_dates`: calendar dates (TimeML DATE), normalized against the reference date.

The vocabulary lives in `patterns/dates.jsonl`: month names and abbreviations
(MONTH, MONTH_ABBR; id = month number; matched case-sensitively so "may" and
"march" stay verbs), WEEKDAY (id 0 = Monday), RELATIVE phrases counted from
the reference date ("last week" -> `week:-1`), ANCHORED phrases counted from
the date mentioned last ("the next day" -> `day:+1`), HOLIDAY names on a
fixed day (id `MM-DD`: "Victory Day" -> `05-09`), and cue words: UNIT and
DIRECTION ("two days later"), MOD ("early March"), SHIFT ("last March"),
PART_OF_DAY ("Tuesday afternoon"), NAME_BEFORE_MONTH (a capitalised word
that makes a month name part of a name: "Long March 5"), YEAR_CUE (a bare
four-digit number is a year only after one: "in 2019", "since 2014", or
opening a sentence before a YEAR_SUBJECT_VERB: "2021 was"),
NOT_YEAR_AFTER ("1500 km"), DAY_MOD ("late Sunday", "early on Thursday",
"late yesterday": part of the mention, same value), VAGUE_BEFORE ("roughly a
year before"), FUTURE_CUE / PAST_CUE (the tense that decides whether
"Tuesday" looks back or ahead), NEAREST_CUE (future seen from the past, "said
talks would resume on April 20": the nearest such day), STAMP ("Published
..."), PERIOD and ORDINAL (parts of a year: "the third quarter" -> `2022-Q3`,
"the first half of 2023" -> `2023-H1`; a PERIOD id is the TIMEX3 letter and
how many such parts a year has, "Q4").

The code assembles mentions around those words ("May 24, 2022", "24 May
2022", "Tuesday, May 24", "Wednesday (31/10)", "Sept. 21, 22 and 24",
"December last year", "2022-05-24", "24.05.2022"), skips anything inside a
duration or boilerplate, infers the reference date from the article when none
was given, and resolves each mention with `date_values.resolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import chain, compress, filterfalse
from operator import itemgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import set_spans
from ..families import BY_NAME
from ..records import DateFact
from ..resources import load_patterns
from ..text.matching import Match, PhraseSplitter, longest, word_positions
from ..text.tokens import TokenColumns, token_columns
from .boilerplate import tokens_in_boilerplate
from .date_values import Anchors, DateMention, resolve
from .durations import duration_tokens

FACT_FAMILY = BY_NAME["dates"]
PATTERN_FILE = "dates.jsonl"
NUMBER_FILE = "durations.jsonl"  # number words are shared with durations
SELF_STANDING = ("RELATIVE", "ANCHORED", "HOLIDAY")
PHRASE_LABELS = (
    *SELF_STANDING,
    *("MOD", "DAY_MOD", "VAGUE_BEFORE", "FUTURE_CUE", "PAST_CUE", "NEAREST_CUE", "STAMP", "DIRECTION"),
)
WORD_LABELS = (
    *("UNIT", "SHIFT", "PART_OF_DAY", "YEAR_CUE", "YEAR_SUBJECT_VERB", "NOT_YEAR_AFTER", "NAME_BEFORE_MONTH"),
    *("PERIOD", "ORDINAL"),
)
LONGEST_PHRASE = 4
TENSE_WINDOW = 12  # tokens looked back (then ahead) for "will", "said"...
BE_FORMS = {"be", "been", "being"}  # "will be held" is not past
TENSE_STOPS = {".", "!", "?"}  # where the look for a tense cue stops: the sentence ends
DETERMINERS = {"the", "a", "an", "'s", "’s", "its", "their", "his", "her", "our", "this", "that"}
# What may follow a date on a line of its own ("May 24, 2022 | 10:32", "May 24, 2022 at 10:32").
STAMP_GLUE = {"|", ",", "at", "-", "—", "–", "•", "·", "/"}
LIST_JOINERS = {",", "and", "or", "-", "–", "to", "through"}
RANGE_JOINERS = {"and", "to", "through", "until", "till", "-", "–", "or"}
DATELINE_DASHES = {"—", "–", "-", "--", "(", "."}  # "MOSCOW, May 24, 2022. /TASS/."
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")  # "10:32" after a date stamp
ORDINAL_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$", re.IGNORECASE)
NUMERIC_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
NUMERIC_YMD = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")
PREFIXED_YEAR = re.compile(r"^(mid|early|late)-(\d{4})$", re.IGNORECASE)
FISCAL_YEAR = re.compile(r"^FY-?(\d{2}|\d{4})$")  # "FY2023", "FY24": the fiscal year's number
# Parts of those forms, searched for in a whole text (fast: they start with a literal character).
FIRST_CHARACTER = itemgetter(slice(0, 1))  # text[:1]
YEAR_AFTER_HYPHEN = re.compile(r"-\d{4}")
FISCAL_YEAR_ANYWHERE = re.compile(r"FY-?\d{2}")
LABELS = ("MONTH", "MONTH_ABBR", "WEEKDAY", *PHRASE_LABELS, *WORD_LABELS)
RELATIVE_ID = re.compile(r"^(day|week|month|quarter|year):[+-]?\d+$")
PERIOD_ID = re.compile(r"^[A-Z]\d+$")
# "Black Friday", "Ash Wednesday": a capitalised word before a weekday makes a name.
NAMED_DAYS = {"black", "cyber", "ash", "good", "easter", "palm", "super", "bloody", "holy", "maundy"}
# "the Sunday Times", "Monday Night Football": a weekday naming a paper or a show.
NAMED_AFTER_DAYS = {"times", "telegraph", "express", "mirror", "post", "herald", "mail", "observer"}
MIN_YEAR, MAX_YEAR = 1800, 2099
RANGE_YEARS = 50  # "1950-53", "2019-2020": the second year of a range lies this close after the first
# How far a dateline's date may lie from the given reference date and still date the story.
DATELINE_SPAN = dt.timedelta(days=3)


def check_entry(entry: dict[str, Any]) -> str | None:
    """The problem with a dates.jsonl entry and its fix, or None."""
    label, id_ = entry["label"], entry["id"]
    if label not in LABELS:
        return f'label "{label}" is not one of {", ".join(LABELS)}'
    if not isinstance(entry["pattern"], str):
        return '"pattern" must be the words as text ("last week"), not a token pattern'
    checks = {
        ("MONTH", "MONTH_ABBR"): (id_.isdigit() and 1 <= int(id_) <= 12, 'the month\'s number, "1" to "12"'),
        ("WEEKDAY",): (id_.isdigit() and int(id_) <= 6, 'the day\'s number, "0" (Monday) to "6"'),
        ("RELATIVE", "ANCHORED"): (RELATIVE_ID.match(id_) is not None, 'unit and offset, like "week:-1"'),
        ("HOLIDAY",): (_is_month_day(id_), 'month and day, like "12-25"'),
        ("PERIOD",): (PERIOD_ID.match(id_) is not None, 'the TIMEX3 letter and parts in a year, like "Q4"'),
        ("ORDINAL",): (id_.isdigit(), 'the number, like "3"'),
    }
    for labels, (ok, expected) in checks.items():
        if label in labels and not ok:
            return f'"id" of a {label} entry must be {expected}, not "{id_}"'
    return None


def _is_month_day(text: str) -> bool:
    try:
        dt.date(2000, *(int(part) for part in text.split("-")))
    except (TypeError, ValueError):
        return False
    return text.count("-") == 1


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_dates(nlp: Language, name: str, pattern_dirs: list[str]) -> DateRecognizer:
    return DateRecognizer(nlp, name, pattern_dirs=pattern_dirs)


class DateRecognizer:
    def __init__(self, nlp: Language, name: str = "patrolx_dates", pattern_dirs: Iterable[str] = ()):
        self.name = name
        dirs = [Path(d) for d in pattern_dirs]
        self.months: dict[str, tuple[int, bool]] = {}
        self.weekdays: dict[str, int] = {}
        self.words: dict[str, dict[str, str]] = {label: {} for label in WORD_LABELS}
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {label: {} for label in PHRASE_LABELS}
        # Phrases that are dates by themselves are found in one pass (`_self_standing`); the rest are looked up
        # around them. For that pass: each such phrase's entries, as (label hash, id hash, (label, id)) like
        # spans sort them, and the lengths of the phrases each word ends.
        self.self_standing: dict[tuple[str, ...], list[tuple[int, int, tuple[str, str]]]] = {}
        self.self_standing_lengths: dict[str, set[int]] = {}
        entries = load_patterns(PATTERN_FILE, (), dirs, check_entry)
        splitter = PhraseSplitter(nlp)
        for entry in entries:
            label, pattern, id_ = entry["label"], entry["pattern"], entry["id"]
            if label in ("MONTH", "MONTH_ABBR"):
                for form in (pattern, pattern.upper()):
                    self.months[form] = (int(id_), label == "MONTH_ABBR")
            elif label == "WEEKDAY":
                for form in (pattern, pattern.upper()):
                    self.weekdays[form] = int(id_)
            elif label in WORD_LABELS:
                self.words[label][pattern.lower()] = id_
            else:
                _texts, words = splitter.split(pattern)
                self.phrases.setdefault(label, {})[words] = id_
                if label in SELF_STANDING and words:
                    keyed = (nlp.vocab.strings.add(label), nlp.vocab.strings.add(id_), (label, id_))
                    if keyed not in self.self_standing.setdefault(words, []):
                        self.self_standing[words].append(keyed)
                        self.self_standing_lengths.setdefault(words[-1], set()).add(len(words))
        # Per label, the words phrases start (end) with -> the lengths of those phrases, longest first: a lookup
        # tries only lengths some phrase has, instead of building a key of every length up to LONGEST_PHRASE.
        self.first_words = {label: _lengths_by_word(table, 0) for label, table in self.phrases.items()}
        self.last_words = {label: _lengths_by_word(table, -1) for label, table in self.phrases.items()}
        # The lower-case words that start a mention in `find`, besides numbers.
        self.start_words = {form.lower() for form in (*self.months, *self.weekdays)}
        self.start_words.update(self.words["PERIOD"], self.words["UNIT"])
        # The words tense cues end and start with: `_tense` looks up phrases only at these.
        tense_cues = ("NEAREST_CUE", "FUTURE_CUE", "PAST_CUE")
        self.tense_cue_ends = set().union(*(self.last_words[label] for label in tense_cues))
        self.tense_cue_starts = set().union(*(self.first_words[label] for label in tense_cues))
        self.numbers: dict[str, float] = {}
        for entry in load_patterns(NUMBER_FILE, ("multiple",), dirs):
            if entry["label"] == "NUMBER" and " " not in entry["pattern"]:
                self.numbers[entry["pattern"].lower()] = float(entry["id"])

    # --- the component -------------------------------------------------------------------------
    # The helpers read the doc's token columns, handed down from `__call__` and `find`: a lookup of them per
    # helper call, and a Token object per token looked at, cost more than the rules themselves. A few rare
    # tests still ask a Token for a lexical flag (`is_stop`, `like_num`).

    def __call__(self, doc: Doc) -> Doc:
        blocked = duration_tokens(doc)
        columns = token_columns(doc)
        found = self.find(doc)
        if blocked:
            found = [m for m in found if blocked.isdisjoint(range(m.start, m.end))]
        mentions = [m for m in found if not tokens_in_boilerplate(doc, m.start, m.end)]
        reference = doc._.patrolx_reference_date
        if reference is None:
            # A publication stamp counts even where the page around it is clutter.
            inferred = self.infer_reference(doc, columns, found)
            if inferred is not None:
                doc._.patrolx_reference_date = reference = inferred
                doc._.patrolx_reference_date_source = "inferred"
        now = self.story_date(columns, mentions, reference)
        text = columns.text
        spans = []
        facts = []
        anchors = Anchors()
        for mention in mentions:
            mention.tense = self._tense(columns, mention)
            value, day = resolve(mention, now, anchors)
            if facts and _ends_range(columns, mentions[len(facts) - 1], mention):
                start_fact = facts[-1]
                start_fact.value, value = _ordered_range(start_fact.value, value, mention.tense == "future")
            anchors.update(value, day)
            span = Span(doc, mention.start, mention.end, label="DATE")
            start_char, end_char = columns.char_range(mention.start, mention.end)
            fact = DateFact(text=text[start_char:end_char], start=start_char, end=end_char, value=value)
            spans.append(span)
            facts.append(fact)
        set_spans(doc, "dates", spans, facts)
        return doc

    # --- finding mentions ----------------------------------------------------------------------

    def find(self, doc: Doc) -> list[DateMention]:
        """Every date mention, without overlaps, in text order."""
        mentions: list[DateMention] = []
        taken: set[int] = set()

        def add(mention: DateMention | None) -> None:
            if mention is not None and not taken.intersection(range(mention.start, mention.end)):
                mentions.append(mention)
                taken.update(range(mention.start, mention.end))
                add(mention.range_end)

        columns = token_columns(doc)
        texts, lowers = columns.texts, columns.lowers
        # Every rule below starts at a candidate token; the other tokens cannot start a mention.
        letter_years = self._may_hold_letter_years(columns.text)
        positions = word_positions(doc)
        candidates = self._candidates(positions, letter_years)
        # Calendar forms first, then weekdays (which may fold in a calendar date), then the rest.
        for i in candidates:
            if i in taken:
                continue
            if texts[i] in self.months:
                for mention in self._month_mentions(doc, columns, i):
                    add(mention)
            elif texts[i][:1].isdigit():
                add(self._numeric_date(columns, i))
            elif lowers[i] in self.words["PERIOD"]:
                add(self._period_mention(columns, i))
        for i in candidates:
            if texts[i] in self.weekdays:
                add(self._weekday_mention(columns, i, mentions, taken))
        for match in self._self_standing(lowers, positions):
            add(self._phrase_mention(columns, match))
        for i in candidates:
            if i in taken:
                continue
            if lowers[i] in self.words["UNIT"]:
                add(self._offset_mention(columns, i))
            elif texts[i][:1].isdigit() or (letter_years and texts[i][:1] in "emlEMLF"):
                add(self._year_mention(columns, i) or self._ordinal_day(doc, columns, i))
        mentions.sort(key=lambda m: m.start)
        _share_years(columns, mentions)
        return mentions

    def _candidates(self, positions: dict[str, list[int]], letter_years: bool) -> list[int]:
        """The tokens `find` may start a mention at, in text order: months, weekdays, PERIOD and UNIT words, and
        tokens led by a digit (or by a letter, when `letter_years`). The list may hold more: `find` tests each one.

        `positions` are the doc's distinct lower-case words and where they stand (`word_positions`, shared with
        the matchers): the words are sorted out with C-level scans and only their positions gathered, instead of
        visiting every token. Lower-casing keeps what these tests look for: a digit stays itself, "E", "M", "L"
        and "F" become "e", "m", "l" and "f", "May" becomes "may".
        """
        starters = positions.keys() & self.start_words  # (a set operation walks the smaller side)
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
        for word in positions.keys() & self.self_standing_lengths.keys():
            for last in positions[word]:
                end = last + 1
                for length in self.self_standing_lengths[word]:
                    start = end - length
                    if start >= 0:
                        for keyed in self.self_standing.get(tuple(lowers[start:end]), ()):
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
        month, is_abbreviation = self.months[texts[i]]
        n = len(texts)
        # `Token.is_title` is `str.istitle` of the token's text.
        if i >= 1 and texts[i - 1].istitle() and lowers[i - 1] in self.words["NAME_BEFORE_MONTH"]:
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
        if day_after and not (i + 2 < n and texts[i + 2] == ":"):
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
        year = _year_number(texts[j]) if j < len(texts) else None
        if year and not self._is_count_after(columns, j + 1):
            mention.year, mention.end = year, j + 1

    def _take_relative_year(self, columns: TokenColumns, mention: DateMention) -> None:
        """ "December last year", "March of next year"."""
        lowers = columns.lowers
        j = mention.end
        if j < len(lowers) and lowers[j] == "of":
            j += 1
        phrase = self._phrase_at(lowers, j, "RELATIVE")
        if phrase and phrase[1].startswith("year:") and lowers[j] in self.words["SHIFT"]:
            mention.year_offset, mention.end = int(phrase[1].split(":")[1]), phrase[0]

    def _extend_before(self, columns: TokenColumns, mention: DateMention) -> None:
        """Fold in "last"/"this"/"next" and "early"/"mid-"/"the end of" before the mention."""
        lowers = columns.lowers
        i = mention.start
        if i >= 1 and lowers[i - 1] in self.words["SHIFT"] and mention.day is None:
            mention.shift, mention.start = lowers[i - 1], i - 1
            return
        if i >= 2 and columns.texts[i - 1] == "-" and lowers[i - 2] == "mid":
            mention.start = i - 2
            return
        mod = self._phrase_ending_at(lowers, i, "MOD")
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
        if before in self.words["YEAR_CUE"] or before in self.words["SHIFT"] or before == "-":
            return True
        return self._phrase_ending_at(columns.lowers, i, "MOD") is not None

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
        if (
            i + 4 < len(texts)
            and _year_number(texts[i])
            and texts[i + 1] == "-"
            and texts[i + 3] == "-"
            and texts[i + 2].isdigit()
            and len(texts[i + 2]) == 2
            and texts[i + 4][:2].isdigit()
        ):
            return _checked(
                DateMention(i, i + 5, year=int(texts[i]), month=int(texts[i + 2]), day=int(texts[i + 4][:2]))
            )
        return None

    def _period_mention(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "the third quarter", "first-quarter profit", "the first half of 2023", "the second half of last year"."""
        texts, lowers = columns.texts, columns.lowers
        n = len(texts)
        letter, parts = self.words["PERIOD"][lowers[i]][0], int(self.words["PERIOD"][lowers[i]][1:])
        start = i - 2 if i >= 2 and texts[i - 1] == "-" else i - 1
        if start < 0 or lowers[start] not in self.words["ORDINAL"]:
            return None
        number = int(self.words["ORDINAL"][lowers[start]])
        if not 1 <= number <= parts:
            return None
        adjective = texts[i - 1] == "-"  # "first-quarter profit"
        if start >= 1 and lowers[start - 1] == "the":
            start -= 1
        elif not adjective:
            return None  # "the town's first quarter"
        mention = DateMention(start, i + 1, period=(letter, number))
        if i + 1 < n and lowers[i + 1] == "of":
            # Only a year may follow: "the first half of the match" is no date.
            j = i + 2
            if j < n and lowers[j] == "fiscal":
                j += 1
            phrase = self._phrase_at(lowers, j, "RELATIVE")
            if j < n and _year_number(texts[j]):
                mention.year, mention.end = _year_number(texts[j]), j + 1
            elif phrase and phrase[1].startswith("year:"):
                mention.year_offset, mention.end = int(phrase[1].split(":")[1]), phrase[0]
            elif tuple(lowers[j : j + 2]) == ("the", "year"):
                mention.year_offset, mention.end = 0, j + 2
            else:
                return None
        return mention

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
        mention = DateMention(i, i + 1, weekday=self.weekdays[texts[i]])
        # "Tuesday, May 24" / "Thursday (Oct. 15)": the calendar date that follows names the day.
        for following in found:
            if not i < following.start <= i + 2 or following.day is None:
                continue
            gap = _gap(columns, i + 1, following.start)
            if gap in ("", ",", "("):  # "Tuesday, May 24", "Tuesday 24 May", "Thursday (Oct. 15)"
                found.remove(following)
                taken.difference_update(range(following.start, following.end))
                following.start, following.weekday = i, mention.weekday
                if gap == "(" and following.end < len(texts) and texts[following.end] == ")":
                    following.end += 1
                return following
        if i in taken:
            return None
        # "Wednesday (31/10)"
        if i + 3 < len(texts) and texts[i + 1] == "(" and texts[i + 3] == ")":
            match = DAY_MONTH.match(texts[i + 2])
            if match:
                day, month = int(match.group(1)), int(match.group(2))
                if month > 12 >= day:  # "(5/19)" is month/day
                    day, month = month, day
                if 1 <= month <= 12 and 1 <= day <= 31:
                    mention.day, mention.month, mention.end = day, month, i + 4
                    return mention
        if i >= 1 and lowers[i - 1] in self.words["SHIFT"]:
            mention.shift, mention.start = lowers[i - 1], i - 1
        else:
            mention.start = self._day_mod_start(lowers, i)
        if mention.end < len(lowers) and lowers[mention.end] in self.words["PART_OF_DAY"]:
            mention.end += 1
        week = self._phrase_at(lowers, mention.end, "RELATIVE")
        if mention.shift is None and week and week[1].startswith("week:"):  # "Monday last week"
            mention.week_offset, mention.end = int(week[1].split(":")[1]), week[0]
        return mention

    def _day_mod_start(self, lowers: list[str], i: int) -> int:
        """The start of "late Sunday" / "early on Thursday" when such words stand before token i, else i."""
        mod = self._phrase_ending_at(lowers, i, "DAY_MOD")
        return mod[0] if mod else i

    def _phrase_mention(self, columns: TokenColumns, match: Match) -> DateMention | None:
        """ "yesterday", "last month", "earlier this year"; "the next day", "a year earlier"."""
        i, end, id_ = match.start, match.end, match.id
        if match.label == "HOLIDAY":
            return self._holiday_mention(columns, i, end, id_)
        texts, lowers = columns.texts, columns.lowers
        if lowers[i] in ("a", "an") and self._phrase_ending_at(lowers, i, "VAGUE_BEFORE"):
            return None  # "roughly a year earlier"; but "for this year" is a date
        if lowers[end - 1] in ("before", "after") and end < len(texts) and not columns.is_punct[end]:
            return None  # "the day before the summit": counted from an event we cannot date
        if i >= 1 and texts[i] in ("Today", "TODAY") and not _line_start(columns, i):
            # `Token.is_title` and `is_upper` are `str.istitle` and `str.isupper` of the token's text.
            if texts[i - 1].istitle() or texts[i - 1].isupper():
                return None  # "Russia Today", "USA Today"
        if i >= 1 and lowers[i - 1] == "the" and lowers[i] in ("last", "next"):
            return None  # "over the last year" is a stretch of time, not a calendar year
        unit, offset = id_.split(":")
        if unit == "day":
            i = self._day_mod_start(lowers, i)  # "late yesterday"
        return DateMention(i, end, unit=unit, offset=int(offset), from_anchor=match.label == "ANCHORED")

    def _holiday_mention(self, columns: TokenColumns, i: int, end: int, id_: str) -> DateMention | None:
        """ "Victory Day", "Christmas Eve 2021": a named day; not "Christmas Island" or "christmas"."""
        texts = columns.texts
        if not (texts[i].istitle() or texts[i].isupper()) or (end < len(texts) and texts[end].istitle()):
            return None
        month, day = (int(part) for part in id_.split("-"))
        mention = DateMention(i, end, month=month, day=day)
        self._take_year(columns, mention)
        return mention

    def _offset_mention(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "two years ago", "a day later", "a week earlier"."""
        texts, lowers = columns.texts, columns.lowers
        unit = self.words["UNIT"].get(lowers[i])
        if unit is None or i == 0 or i + 1 >= len(texts):
            return None
        direction = self._phrase_at(lowers, i + 1, "DIRECTION")
        if direction is None:
            return None
        end, id_ = direction
        sense, base = id_.split(":")
        if lowers[i + 1] in ("before", "after") and end < len(texts) and not columns.is_punct[end]:
            return None  # "two days before the drills": counted from an event we cannot date
        number_text = texts[i - 1].replace(",", "")
        count = float(number_text) if number_text.isdigit() else self.numbers.get(lowers[i - 1])
        if not count or self._phrase_ending_at(lowers, i - 1, "VAGUE_BEFORE"):
            return None
        sign = -1 if sense == "before" else 1
        counted_unit = "weeks" if unit == "week" else unit
        if unit == "decade":  # "a decade ago" names a year
            counted_unit, count = "year", count * 10
        return DateMention(i - 1, end, unit=counted_unit, offset=sign * int(count), from_anchor=base == "anchor")

    def _year_mention(self, columns: TokenColumns, i: int) -> DateMention | None:
        """ "in 2019", "since 2014", "mid-2019", "FY2023"."""
        texts, lowers = columns.texts, columns.lowers
        text = texts[i]
        match = PREFIXED_YEAR.match(text)
        if match and MIN_YEAR <= int(match.group(2)) <= MAX_YEAR:
            return DateMention(i, i + 1, year=int(match.group(2)))
        match = FISCAL_YEAR.match(text)
        if match:
            digits = match.group(1)
            return DateMention(i, i + 1, year=int(digits) if len(digits) == 4 else 2000 + int(digits))
        year = _year_number(text)
        if not year or self._is_count_after(columns, i + 1):
            return None
        if (i == 0 or lowers[i - 1] not in self.words["YEAR_CUE"]) and not self._year_as_subject(columns, i):
            return None
        if i + 1 < len(texts) and texts[i + 1] == "-" and not columns.whitespace[i]:
            return self._year_range(columns, i, year)
        mention = DateMention(i, i + 1, year=year)
        mod = self._phrase_ending_at(lowers, i, "MOD")
        if mod and lowers[mod[0]] not in ("earlier", "later"):
            mention.start = mod[0]
        return mention

    def _year_as_subject(self, columns: TokenColumns, i: int) -> bool:
        """ "2021 was a record year": a number opening a sentence, followed by a verb that years take."""
        texts = columns.texts
        opens = i == 0 or _line_start(columns, i) or texts[i - 1] in (".", "!", "?", '"', "“")
        return opens and i + 1 < len(texts) and columns.lowers[i + 1] in self.words["YEAR_SUBJECT_VERB"]

    def _ordinal_day(self, doc: Doc, columns: TokenColumns, i: int) -> DateMention | None:
        """ "on the 15th": a day of the month the story speaks from (not "the 15th Fleet")."""
        lowers = columns.lowers
        match = ORDINAL_DAY.match(columns.texts[i])
        if not match or not match.group(2) or i < 2 or lowers[i - 1] != "the" or lowers[i - 2] != "on":
            return None
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and (following.lower_ == "of" or not (following.is_punct or following.is_stop)):
            return None
        day = int(match.group(1))
        return DateMention(i - 1, i + 1, day=day) if 1 <= day <= 31 else None

    def _year_range(self, columns: TokenColumns, i: int, year: int) -> DateMention | None:
        """ "in 2019-2020", "the 2020-21 budget", "the 1950-53 war": both years; else a code ("2019-A")."""
        texts = columns.texts
        j = i + 2
        if (
            j >= len(texts)
            or columns.whitespace[i + 1]
            or not texts[j].isdigit()
            or self._is_count_after(columns, j + 1)
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

    # --- context -------------------------------------------------------------------------------

    def _is_count_after(self, columns: TokenColumns, j: int) -> bool:
        lowers = columns.lowers
        return j < len(lowers) and lowers[j] in self.words["NOT_YEAR_AFTER"]

    def _tense(self, columns: TokenColumns, mention: DateMention) -> str | None:
        """ "future" or "past" from the nearest tense cue before the mention in its sentence, else from the
        first one after it ("On March 31, it did so ..."), else None."""
        if mention.shift is not None:
            return {"next": "future", "last": "past"}.get(mention.shift)
        texts, lowers = columns.texts, columns.lowers
        cue_ends, cue_starts = self.tense_cue_ends, self.tense_cue_starts
        # The walk stops at a sentence end: ".", "!" or "?". A line break, a whitespace token of its own (a token's
        # trailing whitespace is at most one space), is no cue and does not stop it.
        for k in range(mention.start - 1, max(mention.start - 1 - TENSE_WINDOW, -1), -1):
            if texts[k] in TENSE_STOPS:
                break
            # Where no cue phrase ends and no past form stands, none of the tests below can hold (a past form
            # ends in "ed": testing that first spares most words a call).
            word = lowers[k]
            if word in cue_ends or (word.endswith("ed") and _looks_past(columns, k)):
                if self._phrase_ending_at(lowers, k + 1, "NEAREST_CUE"):
                    return None
                if self._phrase_ending_at(lowers, k + 1, "FUTURE_CUE"):
                    return "future"
                if self._phrase_ending_at(lowers, k + 1, "PAST_CUE") or _looks_past(columns, k):
                    if k < 1 or lowers[k - 1] not in BE_FORMS:  # "will be held" is not past
                        return "past"
        if mention.start >= 1 and lowers[mention.start - 1] in DETERMINERS:
            return None  # "the June 5 vote was postponed": the verb is not the date's
        for j in range(mention.end, min(mention.end + TENSE_WINDOW, len(lowers))):
            if texts[j] in TENSE_STOPS:
                return None
            word = lowers[j]
            if word not in cue_starts and not (word.endswith("ed") and _looks_past(columns, j)):
                continue  # no cue phrase starts here, nor a past form
            if self._phrase_at(lowers, j, "NEAREST_CUE"):
                return None
            if self._phrase_at(lowers, j, "FUTURE_CUE"):
                return "future"
            if (self._phrase_at(lowers, j, "PAST_CUE") or _looks_past(columns, j)) and lowers[j - 1] not in BE_FORMS:
                return "past"
        return None

    def infer_reference(self, doc: Doc, columns: TokenColumns, mentions: list[DateMention]) -> dt.date | None:
        """The article's own date: a "Published ..." stamp, else a dateline or a line holding only a date."""
        best: tuple[int, int, dt.date] | None = None
        for order, mention in enumerate(mentions):
            if not mention.is_full:
                continue
            rank = self._stamp_rank(doc, columns, mention)
            if rank is None:
                continue
            day = dt.date(mention.year, mention.month, mention.day)
            if best is None or (rank, -order) > (best[0], best[1]):
                best = (rank, -order, day)
        return best[2] if best else None

    def _stamp_rank(self, doc: Doc, columns: TokenColumns, mention: DateMention) -> int | None:
        """3 for a publication stamp, 2 for an update stamp or a dateline, 1 for a line of its own."""
        start = _segment_start(columns, mention.start)
        is_punct = columns.is_punct
        words = [i for i in range(start, mention.start) if not is_punct[i]]
        stamp = self._phrase_at(columns.lowers, words[0], "STAMP") if words else None
        if stamp:
            return 3 if stamp[1] == "published" else 2
        if _is_dateline(columns, mention, start):
            return 2
        if not words and (
            _line_end(columns, mention.end)
            or doc[mention.end].like_num
            or columns.texts[mention.end] in STAMP_GLUE
            or CLOCK.match(columns.texts[mention.end])
        ):
            return 1
        return None

    def story_date(
        self, columns: TokenColumns, mentions: list[DateMention], reference: dt.date | None
    ) -> dt.date | None:
        """The day the story speaks from: a dateline's date close to the reference date, else the reference."""
        if reference is None:
            return None
        for mention in mentions:
            if mention.month is None or mention.day is None:
                continue
            if mention.start < 2 or columns.texts[mention.start - 1] != ",":
                continue  # no dateline ("TOKYO, Jan. 25"): spares the walk back to the line's start
            start = _segment_start(columns, mention.start)
            if _is_dateline(columns, mention, start):
                value, day = resolve(mention, reference, Anchors())
                if day is not None and abs(day - reference) <= DATELINE_SPAN:
                    return day
        return reference

    # --- phrase lookups ------------------------------------------------------------------------

    def _phrase_at(self, lowers: list[str], start: int, label: str) -> tuple[int, str] | None:
        """(end, id) of the longest `label` phrase starting at token `start` (`lowers`: the doc's lower-case forms)."""
        if start >= len(lowers):
            return None
        lengths = self.first_words[label].get(lowers[start])
        if lengths is None:
            return None
        phrases = self.phrases[label]
        for length in lengths:
            end = start + length
            if end <= len(lowers):
                key = tuple(lowers[start:end])
                if key in phrases:
                    return end, phrases[key]
        return None

    def _phrase_ending_at(self, lowers: list[str], end: int, label: str) -> tuple[int, str] | None:
        """(start, id) of the longest `label` phrase ending right before token `end`."""
        if end <= 0:
            return None
        lengths = self.last_words[label].get(lowers[end - 1])
        if lengths is None:
            return None
        phrases = self.phrases[label]
        for length in lengths:
            start = end - length
            if start >= 0:
                key = tuple(lowers[start:end])
                if key in phrases:
                    return start, phrases[key]
        return None


def _lengths_by_word(table: dict[tuple[str, ...], str], position: int) -> dict[str, tuple[int, ...]]:
    """The word at `position` (0: first, -1: last) of each phrase in `table` -> the lengths of its phrases, longest
    first, at most LONGEST_PHRASE (the longest a lookup tries)."""
    lengths: dict[str, set[int]] = {}
    for words in table:
        lengths.setdefault(words[position], set())
        if len(words) <= LONGEST_PHRASE:
            lengths[words[position]].add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def _share_years(columns: TokenColumns, mentions: list[DateMention]) -> None:
    """ "between April and September 2016": a year-less month takes the year of the month it is paired with."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.year is None and first.month is not None and second.month is not None and second.year is not None:
            if first.shift is None and first.year_offset is None:
                if _gap(columns, first.end, second.start).lower() in RANGE_JOINERS:
                    first.year = second.year


def _ends_range(columns: TokenColumns, first: DateMention, second: DateMention) -> bool:
    """ "April-June", "from November to February", "Monday-Wednesday", "overnight Tuesday into Wednesday":
    two year-less months, or two bare weekdays, joined as a range."""
    for mention in (first, second):
        if mention.year is not None or mention.shift or mention.day is not None:
            return False
    if not (first.month and second.month or first.weekday is not None and second.weekday is not None):
        return False
    return _gap(columns, first.end, second.start).lower() in RANGE_JOINERS | {"into"}


def _gap(columns: TokenColumns, start: int, end: int) -> str:
    """`doc[start:end].text.strip()`, cut from the doc's text instead of joining tokens."""
    if end <= start:
        return ""
    start_char, end_char = columns.char_range(start, end)
    return columns.text[start_char:end_char].strip()


def _ordered_range(start: str | None, end: str | None, future: bool) -> tuple[str | None, str | None]:
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


def _day_number(text: str) -> int | None:
    if not text[:1].isdigit():  # spares most words the pattern: a day number starts with a digit
        return None
    match = ORDINAL_DAY.match(text)
    if match and 1 <= int(match.group(1)) <= 31:
        return int(match.group(1))
    return None


def _year_number(text: str) -> int | None:
    if len(text) == 4 and text.isdigit() and MIN_YEAR <= int(text) <= MAX_YEAR:
        return int(text)
    return None


def _is_count(columns: TokenColumns, i: int) -> bool:
    """ "some 24 May ..." reads as a count; "the 3rd of May" and "on 24 May" do not."""
    return i >= 1 and columns.texts[i].isdigit() and columns.lowers[i - 1] in ("the", "a", "an", "some", "about")


def _checked(mention: DateMention) -> DateMention | None:
    try:
        dt.date(mention.year, mention.month, mention.day)
    except (TypeError, ValueError):
        return None
    return mention


def _line_start(columns: TokenColumns, i: int) -> bool:
    return i == 0 or "\n" in columns.whitespace[i - 1] or columns.is_space[i - 1]


def _line_end(columns: TokenColumns, j: int) -> bool:
    """Whether token j starts a new line (or the text ends before it)."""
    return j >= len(columns.texts) or _line_start(columns, j) or (columns.is_space[j] and "\n" in columns.texts[j])


def _segment_start(columns: TokenColumns, i: int) -> int:
    """The first token of the line (or of the part after a "|" separator) holding token i."""
    texts, is_space = columns.texts, columns.is_space
    # `_line_start` spelled out for the walk back: a token's trailing whitespace is at most one space, never a
    # line break (that is a token of its own), so only a whitespace token starts a line.
    while i > 0 and not is_space[i - 1] and texts[i - 1] != "|":
        i -= 1
    return i


def _is_dateline(columns: TokenColumns, mention: DateMention, start: int) -> bool:
    """ "TOKYO, Jan. 25 —", "SEOUL, Nov. 30 (UPI) —", "Jakarta, 1 November 2018" at the end of a line."""
    texts = columns.texts
    if mention.start - start < 2 or texts[mention.start - 1] != ",":
        return False
    # The words before the comma; `Token.is_title` and `is_upper` are `str.istitle` and `str.isupper`.
    if not all(texts[k].istitle() or texts[k].isupper() for k in range(start, mention.start - 1)):
        return False
    return _line_end(columns, mention.end) or texts[mention.end] in DATELINE_DASHES


def _looks_past(columns: TokenColumns, i: int) -> bool:
    text = columns.lowers[i]
    # `Token.is_alpha` is `str.isalpha` of the token's text.
    return len(text) > 4 and text.endswith("ed") and columns.texts[i].isalpha()
