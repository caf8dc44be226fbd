"""The words dates are made of, read from `patterns/dates.jsonl`, and the lookups of its phrases.

Month names and abbreviations (MONTH, MONTH_ABBR; id = month number; matched
case-sensitively so "may" and "march" stay verbs), WEEKDAY (id 0 = Monday),
RELATIVE phrases counted from the reference date ("last week" -> `week:-1`),
ANCHORED phrases counted from the date mentioned last ("the next day" ->
`day:+1`), HOLIDAY names on a fixed day (id `MM-DD`: "Victory Day" -> `05-09`)
or a weekday of a month (id `MM-W-N`, W: 0 = Monday, N: 5 = the last:
"Thanksgiving" -> `11-3-4`),
and cue words: UNIT and DIRECTION ("two days later"), MOD ("early March"),
SHIFT ("last March"), PART_OF_DAY ("Tuesday afternoon"), NAME_BEFORE_MONTH (a
capitalised word that makes a month name part of a name: "Long March 5"),
YEAR_CUE (a bare four-digit number is a year only after one: "in 2019", "since
2014", or opening a sentence before a YEAR_SUBJECT_VERB: "2021 was"),
NOT_YEAR_AFTER ("1500 km"), DAY_MOD ("late Sunday", "early on Thursday", "late
yesterday": part of the mention, same value), VAGUE_BEFORE ("roughly a year
before"), FUTURE_CUE / PAST_CUE (the tense that decides whether "Tuesday" looks
back or ahead; besides these, a word ending in "-ed" reads as a past form unless
it is a NOT_PAST_FORM: "succeed", "hundred"; a cue word inside a NOT_A_CUE
phrase is none: "next to", "due to the"), NEAREST_CUE (future seen from the past, "said talks would
resume on April 20", and "is", "are": the nearest such day, a weekday too; id
`said` for a reporting verb, which tells when something was said: the nearest
month and day, but a weekday looks back), STAMP ("Published ..."), PERIOD and
ORDINAL (parts of a year: "the third quarter" -> `2022-Q3`, "the first half of
2023" -> `2023-H1`; a PERIOD id is the TIMEX3 letter and how many such parts a
year has, "Q4"), SEASON (id: its TIMEX3 letters, "summer" -> `SU`), CENTURY_WORD
(a year's first two digits in words: "nineteen" -> `19`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language

from ...resources import load_patterns
from ...text.matching import PhraseSplitter, lengths_by_word

PATTERN_FILE = "dates.jsonl"
NUMBER_FILE = "durations.jsonl"  # number words are shared with durations
SELF_STANDING = ("RELATIVE", "ANCHORED", "HOLIDAY")
PHRASE_LABELS = (
    *SELF_STANDING,
    *("MOD", "DAY_MOD", "VAGUE_BEFORE", "FUTURE_CUE", "PAST_CUE", "NEAREST_CUE", "NOT_A_CUE", "STAMP", "DIRECTION"),
)
WORD_LABELS = (
    *("UNIT", "SHIFT", "PART_OF_DAY", "YEAR_CUE", "YEAR_SUBJECT_VERB", "NOT_YEAR_AFTER", "NAME_BEFORE_MONTH"),
    *("PERIOD", "ORDINAL", "SEASON", "CENTURY_WORD", "NOT_PAST_FORM"),
)
LABELS = ("MONTH", "MONTH_ABBR", "WEEKDAY", *PHRASE_LABELS, *WORD_LABELS)
TENSE_CUES = ("NEAREST_CUE", "FUTURE_CUE", "PAST_CUE")
LONGEST_PHRASE = 4
RELATIVE_ID = re.compile(r"^(day|weekend|week|month|quarter|year):[+-]?\d+$")
PERIOD_ID = re.compile(r"^[A-Z]\d+$")
FLOATING_DAY = re.compile(r"^(0[1-9]|1[0-2])-([0-6])-([1-5])$")  # "11-3-4": the fourth Thursday of November
MIN_YEAR, MAX_YEAR = 1800, 2099
# A phrase that is a date by itself, keyed like spaCy sorts spans: (label hash, id hash, (label, id)).
SelfStanding = tuple[int, int, tuple[str, str]]


def check_entry(entry: dict[str, Any]) -> str | None:
    """The problem with a dates.jsonl entry and its fix, or None."""
    label, id_ = entry["label"], entry["id"]
    if label not in LABELS:
        return f'label "{label}" is not one of {", ".join(LABELS)}'
    if not isinstance(entry["pattern"], str):
        return '"pattern" must be the words as text ("last week"), not a token pattern'
    checks = {
        ("MONTH", "MONTH_ABBR"): (id_.isdecimal() and 1 <= int(id_) <= 12, 'the month\'s number, "1" to "12"'),
        ("WEEKDAY",): (id_.isdecimal() and int(id_) <= 6, 'the day\'s number, "0" (Monday) to "6"'),
        ("RELATIVE", "ANCHORED"): (RELATIVE_ID.match(id_) is not None, 'unit and offset, like "week:-1"'),
        ("HOLIDAY",): (
            _is_month_day(id_) or FLOATING_DAY.match(id_) is not None,
            'month and day, like "12-25", or month, weekday (0 = Monday) and which one (5: the last), like "11-3-4"',
        ),
        ("PERIOD",): (PERIOD_ID.match(id_) is not None, 'the TIMEX3 letter and parts in a year, like "Q4"'),
        ("ORDINAL",): (id_.isdecimal(), 'the number, like "3"'),
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


class DateVocabulary:
    """The entries of dates.jsonl by kind, and the number words of durations.jsonl."""

    def __init__(self, nlp: Language, pattern_dirs: Iterable[str] = ()):
        dirs = [Path(d) for d in pattern_dirs]
        self.months: dict[str, tuple[int, bool]] = {}  # form -> (month number, is an abbreviation)
        self.weekdays: dict[str, int] = {}
        self.words: dict[str, dict[str, str]] = {label: {} for label in WORD_LABELS}
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {label: {} for label in PHRASE_LABELS}
        # Phrases that are dates by themselves are found in one pass (`MentionFinder.self_standing`); the rest are
        # looked up around them. For that pass: each such phrase's entries, and the lengths of the phrases each
        # word ends.
        self.self_standing: dict[tuple[str, ...], list[SelfStanding]] = {}
        self.self_standing_lengths: dict[str, set[int]] = {}
        splitter = PhraseSplitter(nlp)
        for entry in load_patterns(PATTERN_FILE, (), dirs, check_entry):
            self._add(nlp, splitter, entry["label"], entry["pattern"], entry["id"])
        # Per label, the words phrases start (end) with -> the lengths of those phrases, longest first.
        self.first_words = {label: lengths_by_word(table, 0, LONGEST_PHRASE) for label, table in self.phrases.items()}
        self.last_words = {label: lengths_by_word(table, -1, LONGEST_PHRASE) for label, table in self.phrases.items()}
        # The lower-case words that start a mention, besides numbers.
        self.start_words = {form.lower() for form in (*self.months, *self.weekdays)}
        self.start_words.update(self.words["PERIOD"], self.words["UNIT"], self.words["SEASON"])
        self.start_words.update(self.words["CENTURY_WORD"])
        # The words tense cues end and start with: the tense is looked up only at these.
        self.tense_cue_ends = set().union(*(self.last_words[label] for label in TENSE_CUES))
        self.tense_cue_starts = set().union(*(self.first_words[label] for label in TENSE_CUES))
        self.numbers: dict[str, float] = {}
        for entry in load_patterns(NUMBER_FILE, ("multiple",), dirs):
            if entry["label"] == "NUMBER" and " " not in entry["pattern"]:
                self.numbers[entry["pattern"].lower()] = float(entry["id"])

    def _add(self, nlp: Language, splitter: PhraseSplitter, label: str, pattern: str, id_: str) -> None:
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

    def phrase_at(self, lowers: list[str], start: int, label: str) -> tuple[int, str] | None:
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

    def phrase_ending_at(self, lowers: list[str], end: int, label: str) -> tuple[int, str] | None:
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


def year_number(text: str) -> int | None:
    """The year a four-digit number names ("2019"), or None."""
    if len(text) == 4 and text.isdecimal() and MIN_YEAR <= int(text) <= MAX_YEAR:
        return int(text)
    return None
