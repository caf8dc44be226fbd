"""`patrolx_durations`: lengths of time, as TIMEX3 DURATION values.

The vocabulary lives in `patterns/durations.jsonl` (all matched lower-case):
- UNIT: a time unit word; id = its ISO 8601 designator (`Y`, `M`, `W`, `D`,
  `TH`, `TM`, `TS`), optional `multiple` ("decade" = 10 `Y`);
- NUMBER: a number word or phrase; id = its value ("seven" -> 7, "an" -> 1);
- MOD / MOD_AFTER: a qualifier before/after the duration; id = TIMEX3 `mod`;
- NOT_DURATION_AFTER: a word after the unit that makes the phrase an age
  ("45-year-old") or a date ("two days later"), not a length of time (id
  `relative_alone`: only when nothing follows, "a week before.");
- RATE_BEFORE: a word before the number that makes it a rate ("twice a year");
- ONE_BEFORE: words that stand for "one" before a singular unit ("the past
  week" -> P1W, "over the next year" -> P1Y), as TimeML reads them (not
  shipped: our annotation guide counts only lengths with a number; a
  `--patterns` folder can add them);
- LONG_AFTER / LONG_UNIT: "-long" after a unit ("a year-long inquiry") and
  one-word forms ("weeklong"; id = designator): one unit with no number (not
  shipped either);
- BETWEEN: a word that may stand between the number and the unit ("three
  straight days", "two more weeks");
- SOMEDAY_BEFORE: a modal or a subject before "one day" that makes it "some
  day" ("will one day", "he one day"), not a length;
- CLOCK_BEFORE: a word before a four-digit number that makes "2100 hours" a
  time of day, not a length;
- STRETCH_BEFORE: words before the number that say which stretch of time it
  is ("the past three years", "the first nine months"): part of the mention,
  as TimeML marks it; the value stays the length (`P3Y`);
- VAGUE: a word before a plural unit with no number that makes it a length of
  unknown size ("several years", "recent weeks"; id `with`), or that stands
  before such a unit alone ("for years"; id `before`, not part of the
  mention; id `within`: the same, and "of" may follow, "within weeks of his
  capture"; id `the`: a phrase ending in "the", of which only "the" is part
  of the mention, "over the years"), or "the" before a unit followed by
  "ahead" (id `ahead`, "the weeks ahead"): TimeML's `PXY`, `PXW`, with no
  `seconds`;
- FREQUENCY, EVERY, TIMES: how often something happens ("every year",
  "twice a week", "daily patrols"), reported apart as `frequencies` (see
  `frequencies.py`).

The logic walks out from each unit word: the number before it (digits, words,
"half an", "one and a half", a range "12 to 13"), a qualifier before that, and
a smaller unit after it ("seven hours and 15 minutes", "an hour and a half").
The value keeps the unit as written (`PT90M`, `P3W`); `seconds` counts months
as 30 days and years as 365 days. Phrases without a number are durations
only when they are a single unit said as one (ONE_BEFORE, LONG_AFTER) or a
VAGUE length ("for years": `PXY`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import DURATION_TOKENS, SPAN_KEYS, set_spans
from ..families import BY_NAME
from ..records import DurationFact, FrequencyFact
from ..resources import load_patterns
from ..text.matching import PhraseSplitter, lengths_by_word, word_positions
from ..text.tokens import TokenColumns, token_columns
from .boilerplate import Clutter
from .frequencies import FrequencyFinder

FACT_FAMILY = BY_NAME["durations"]
PATTERN_FILE = "durations.jsonl"
METADATA_KEYS = ("multiple",)
DESIGNATOR_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "TH": 3600, "TM": 60, "TS": 1}
# Half of a unit, said in the next smaller one ("an hour and a half" -> PT1H30M).
HALF_IN_SMALLER = {"Y": ("M", 6), "D": ("TH", 12), "TH": ("TM", 30), "TM": ("TS", 30)}
RANGE_WORDS = {"to", "-", "–", "or"}
# Units "the past ..." and "-long" may stand alone with: not "the last day", "the last minute" (idioms, dates).
ONE_UNITS = {"Y", "M", "W", "TH"}
LONGEST_PHRASE = 3
# A preposition that qualifies the length but, as a TimeML signal, stays out of the mention: "within [a week]".
SIGNALS = {"within"}


LABELS = (
    *("UNIT", "NUMBER", "MOD", "MOD_AFTER", "NOT_DURATION_AFTER", "RATE_BEFORE", "ONE_BEFORE"),
    *("LONG_AFTER", "LONG_UNIT", "BETWEEN", "CLOCK_BEFORE", "STRETCH_BEFORE", "VAGUE", "SOMEDAY_BEFORE"),
    *("FREQUENCY", "EVERY", "TIMES"),
)
TIMEX_MODS = ("MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "START", "MID", "END")


def check_entry(entry: dict[str, Any]) -> str | None:
    """The problem with a durations.jsonl entry and its fix, or None."""
    label, id_ = entry["label"], entry["id"]
    if label not in LABELS:
        return f'label "{label}" is not one of {", ".join(LABELS)}'
    if not isinstance(entry["pattern"], str):
        return '"pattern" must be the words as text ("more than"), not a token pattern'
    if label in ("UNIT", "LONG_UNIT") and id_ not in DESIGNATOR_ORDER:
        return f'"id" of a {label} entry must be one of {", ".join(DESIGNATOR_ORDER)}, not "{id_}"'
    if label in ("MOD", "MOD_AFTER") and id_ not in TIMEX_MODS:
        return f'"id" of a {label} entry must be a TIMEX3 mod ({", ".join(TIMEX_MODS)}), not "{id_}"'
    if label == "NUMBER" and not _is_decimal(id_):
        return f'"id" of a NUMBER entry must be its value in digits, like "7", not "{id_}"'
    multiple = entry.get("multiple", 1)
    if not isinstance(multiple, int | float) or isinstance(multiple, bool) or multiple <= 0:
        return '"multiple" must be a positive number, like 10 for "decade"'
    return None


@dataclass(slots=True)
class Duration:
    start: int
    end: int
    amounts: dict[str, float] = field(default_factory=dict)
    mod: str | None = None
    vague: bool = False  # "several years": the unit is known, the number is not

    def value(self) -> str:
        if self.vague:
            designator = next(iter(self.amounts))
            return "PT" + "X" + designator[1] if designator.startswith("T") else "PX" + designator
        date_part = "".join(_number(self.amounts[d]) + d for d in DESIGNATOR_ORDER[:4] if d in self.amounts)
        time_part = "".join(_number(self.amounts[d]) + d[1] for d in DESIGNATOR_ORDER[4:] if d in self.amounts)
        return "P" + date_part + ("T" + time_part if time_part else "")

    def seconds(self) -> int | None:
        if self.vague:
            return None
        return round(sum(SECONDS[d] * amount for d, amount in self.amounts.items()))


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=[*FACT_FAMILY.assigns, BY_NAME["frequencies"].attribute],  # the frequencies are found here too
    requires=FACT_FAMILY.required_attributes,
)
def make_durations(nlp: Language, name: str, pattern_dirs: list[str]) -> DurationRecognizer:
    return DurationRecognizer(nlp, name, pattern_dirs=pattern_dirs)


class DurationRecognizer:
    def __init__(self, nlp: Language, name: str = "patrolx_durations", pattern_dirs: Iterable[str] = ()):
        self.name = name
        self.units: dict[str, tuple[str, float]] = {}
        self.long_units: dict[str, str] = {}
        # Multi-word vocabulary, keyed by lower-case token tuples.
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {}
        splitter = PhraseSplitter(nlp)
        for entry in load_patterns(PATTERN_FILE, METADATA_KEYS, [Path(d) for d in pattern_dirs], check_entry):
            _texts, words = splitter.split(entry["pattern"])
            if entry["label"] == "UNIT":
                self.units[" ".join(words)] = (entry["id"], float(entry.get("multiple", 1)))
            elif entry["label"] == "LONG_UNIT":
                self.long_units[" ".join(words)] = entry["id"]
            else:
                self.phrases.setdefault(entry["label"], {})[words] = entry["id"]
        # Per label, the words phrases start (end) with -> the lengths of those phrases, longest first.
        self.first_words = {label: lengths_by_word(table, 0, LONGEST_PHRASE) for label, table in self.phrases.items()}
        self.last_words = {label: lengths_by_word(table, -1, LONGEST_PHRASE) for label, table in self.phrases.items()}
        self.unit_words = frozenset(self.units.keys() | self.long_units.keys())
        self.frequencies = FrequencyFinder(self.units, self.phrases)
        self.frequency_words = self.unit_words | self.frequencies.words.keys()

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        records: list[DurationFact] = []
        covered: set[int] = set()
        columns = token_columns(doc)
        text = columns.text
        # Only unit words can start a duration: visit just those (their positions are known per doc), in text
        # order, skipping the ones inside a duration already found.
        positions = word_positions(doc)
        clutter = Clutter(doc)
        resume = 0
        present = positions.keys() & self.unit_words  # (a set operation walks the smaller side)
        for i in sorted(i for word in present for i in positions[word]):
            if i < resume:
                continue
            if columns.lowers[i] in self.units:
                duration = self.duration_at(columns, i)
            else:  # "a weeklong drill"
                duration = Duration(i, i + 1, {self.long_units[columns.lowers[i]]: 1})
            if duration is None:
                continue
            resume = duration.end
            if clutter.holds(duration.start, duration.end):
                continue
            span = Span(doc, duration.start, duration.end, label="DURATION")
            start_char, end_char = columns.char_range(duration.start, duration.end)
            spans.append(span)
            records.append(
                DurationFact(
                    text=text[start_char:end_char],
                    start=start_char,
                    end=end_char,
                    value=duration.value(),
                    seconds=duration.seconds(),
                    mod=duration.mod,
                )
            )
            covered.update(range(duration.start, duration.end))
        set_spans(doc, "durations", spans, records)
        DURATION_TOKENS.set(doc, covered)  # the frequencies found next are added to it
        self._find_frequencies(doc, columns, positions, covered, clutter)
        return doc

    def _find_frequencies(
        self, doc: Doc, columns: TokenColumns, positions: dict[str, list[int]], covered: set[int], clutter: Clutter
    ) -> None:
        """ "every year", "twice a week", "daily patrols": outside the durations, and the dates skip them too."""
        spans: list[Span] = []
        records: list[FrequencyFact] = []
        resume = 0
        present: set[str] = set()
        # Most texts say nothing of how often (they hold no cue word), which one set operation tells.
        if not positions.keys().isdisjoint(self.frequencies.cues):
            present = positions.keys() & self.frequency_words
        for i in sorted(i for word in present for i in positions[word]):
            # A set holds its unit or FREQUENCY word: one inside a duration ("three days") starts none we keep.
            found = self.frequencies.at(columns, i) if i >= resume and i not in covered else None
            if found is None or covered.intersection(range(found.start, found.end)):
                continue
            if spans and found.start < spans[-1].end or clutter.holds(found.start, found.end):
                continue
            resume = found.end
            start_char, end_char = columns.char_range(found.start, found.end)
            spans.append(Span(doc, found.start, found.end, label="SET"))
            text = columns.text[start_char:end_char]
            records.append(FrequencyFact(text=text, start=start_char, end=end_char, value=found.value, freq=found.freq))
            covered.update(range(found.start, found.end))
        set_spans(doc, "frequencies", spans, records)

    # The helpers read the doc's token columns (`texts`, `lowers`...): a Token object per token looked at
    # would cost more than the rules themselves.

    def duration_at(self, columns: TokenColumns, unit_index: int) -> Duration | None:
        """The duration whose (first) unit word is token `unit_index`, or None."""
        lowers = columns.lowers
        designator, multiple = self.units[lowers[unit_index]]
        number = self._number_before(columns, unit_index)
        if number is None:
            if lowers[unit_index].endswith("s"):
                return self._vague(columns, unit_index, designator)
            return self._single_unit(columns, unit_index, designator, multiple)
        start, amount, is_range = number
        if designator == "TS" and lowers[start] in ("a", "an"):
            return None  # "a second bomber"
        if self._is_rate(lowers, start, unit_index) or self._is_not_duration(columns, unit_index + 1):
            return None
        if self._is_someday(lowers, start, unit_index):
            return None
        if designator == "TH" and self._is_clock_time(columns, start):
            return None
        duration = Duration(start, unit_index + 1, _amounts(designator, amount * multiple))
        long_end = self._phrase_after(lowers, unit_index + 1, "LONG_AFTER")
        if long_end:  # "a month-long drill": the article is not part of it
            duration.end = long_end[0]
            if lowers[start] in ("a", "an"):
                duration.start = start + 1
            return duration
        duration.mod = "EQUAL_OR_LESS" if is_range else None
        self._take_words_before(columns, duration, unit_index)
        self._extend_compound(columns, duration, designator)
        after = self._phrase_after(lowers, duration.end, "MOD_AFTER")
        if after and not is_range:
            duration.end, duration.mod = after
        return duration

    def _take_words_before(self, columns: TokenColumns, duration: Duration, unit_index: int) -> None:
        """Widen the duration to the stretch ("the past three years") or the qualifier ("more than 15 hours") before
        its number, and take the qualifier's mod."""
        lowers, start = columns.lowers, duration.start
        stretch = self._phrase_before(lowers, start, "STRETCH_BEFORE")
        if stretch and columns.texts[unit_index - 1] != "-":  # "the past three years"; not "the 13-hour patrol"
            duration.start = stretch[0]
        # A qualifier stands right before the number: "over the past three years" is not "more than" them.
        mod = None if duration.start < start else self._phrase_before(lowers, start, "MOD")
        if mod:
            duration.mod = mod[1]
            if lowers[mod[0]] not in SIGNALS:
                duration.start = mod[0]

    def _single_unit(self, columns: TokenColumns, unit_index: int, designator: str, multiple: float) -> Duration | None:
        """One unit with no number: "the past week", "over the next year", "a year-long inquiry"."""
        lowers = columns.lowers
        if designator not in ONE_UNITS or lowers[unit_index].endswith("s"):
            return None  # "decades-long", "the past few years": no number to report
        long_end = self._phrase_after(lowers, unit_index + 1, "LONG_AFTER")
        if long_end:
            return Duration(unit_index, long_end[0], _amounts(designator, multiple))
        before = self._phrase_ending_at(lowers, unit_index, "ONE_BEFORE")
        if before is None or (unit_index + 1 < len(lowers) and lowers[unit_index + 1] == "of"):
            return None  # "the last week of March" is part of a date
        if self._is_not_duration(columns, unit_index + 1):
            return None
        return Duration(before[0], unit_index + 1, _amounts(designator, multiple))

    def _vague(self, columns: TokenColumns, unit_index: int, designator: str) -> Duration | None:
        """ "several years", "recent weeks", "the past few months", "for years", "within days", "the weeks
        ahead": a length with no number."""
        lowers = columns.lowers
        found = self._phrase_ending_at(lowers, unit_index, "VAGUE")
        if found is None or self._is_not_duration(columns, unit_index + 1):
            return None  # "years ago" names a date
        start, kind = found
        following = lowers[unit_index + 1] if unit_index + 1 < len(lowers) else ""
        if kind == "ahead":  # "in the weeks ahead"; not "the weeks that followed"
            return Duration(start, unit_index + 2, {designator: 0}, vague=True) if following == "ahead" else None
        if following == "of" and kind != "within":
            return None  # "in the days of the empire"; but "within weeks of his capture"
        if kind == "the":  # "over the years": "the years", as TimeML marks it
            start = unit_index - 1
        return Duration(start if kind in ("with", "the") else unit_index, unit_index + 1, {designator: 0}, vague=True)

    def _is_clock_time(self, columns: TokenColumns, number_start: int) -> bool:
        """ "at 2100 hours", "from 0800 hours": a four-digit time of day, not a count of hours."""
        text = columns.texts[number_start]
        if len(text) != 4 or not text.isdecimal() or int(text[:2]) > 24 or int(text[2:]) > 59:
            return False
        return text[0] == "0" or self._phrase_ending_at(columns.lowers, number_start, "CLOCK_BEFORE") is not None

    def _number_before(self, columns: TokenColumns, unit_index: int) -> tuple[int, float, bool] | None:
        """(start token, amount, whether a range) of the number ending right before the unit."""
        texts, lowers = columns.texts, columns.lowers
        end = unit_index
        if end > 0 and texts[end - 1] == "-":  # "a 13-hour patrol"
            end -= 1
        elif end > 1 and self._phrase_ending_at(lowers, end, "BETWEEN"):  # "three straight days"
            end -= 1
        found = self._number_ending_at(columns, end)
        if found is None:
            return None
        start, amount = found
        joiner = _skip_hyphen(texts, start)
        if amount == 0.5 and joiner >= 1 and lowers[joiner - 1] == "and":
            # "one and a half", "three-and-a-half"
            whole = self._number_ending_at(columns, _skip_hyphen(texts, joiner - 1))
            if whole:
                return whole[0], whole[1] + 0.5, False
        if start >= 2 and lowers[start - 1] in RANGE_WORDS:
            lower = self._number_ending_at(columns, start - 1)
            if lower and lower[1] < amount:
                return lower[0], amount, True
        if start >= 3 and lowers[start - 1] == "and" and lowers[start - 3] == "between":
            lower = self._number_ending_at(columns, start - 1)
            if lower and lower[1] < amount:
                return start - 3, amount, True
        return start, amount, False

    def _number_ending_at(self, columns: TokenColumns, end: int) -> tuple[int, float] | None:
        """A number whose last token is token `end - 1`: digits, words, "half a(n)", "a half"."""
        if end <= 0:
            return None
        texts, lowers = columns.texts, columns.lowers
        word = lowers[end - 1]
        digits = texts[end - 1].replace(",", "")
        if _is_decimal(digits):
            return end - 1, float(digits)
        if digits.endswith("½") and _is_decimal(digits[:-1]):  # "2½ hours"
            return end - 1, float(digits[:-1]) + 0.5
        if digits == "1/2" and end >= 2 and texts[end - 2].isdecimal():  # "2 1/2 hours"
            return end - 2, float(texts[end - 2]) + 0.5
        if word in ("a", "an") and end >= 2 and lowers[end - 2] == "half":
            return end - 2, 0.5
        article = _skip_hyphen(texts, end - 1) - 1
        if word == "half" and article >= 0 and lowers[article] in ("a", "an"):
            return article, 0.5
        phrase = self._phrase_ending_at(lowers, end, "NUMBER")
        if phrase is None:
            return None
        start, value = phrase
        amount = float(value)
        # "twenty-four", "twenty four"
        if 0 < amount < 10 and start >= 1:
            before = start - 2 if start >= 2 and texts[start - 1] == "-" else start - 1
            tens = self._phrase_ending_at(lowers, before + 1, "NUMBER") if before >= 0 else None
            if tens and float(tens[1]) % 10 == 0 and float(tens[1]) >= 20:
                return tens[0], float(tens[1]) + amount
        return start, amount

    def _is_rate(self, lowers: list[str], number_start: int, unit_index: int) -> bool:
        """ "twice a year", "every two weeks", "24 hours a day", "365 days a year"."""
        after = unit_index + 1
        if after + 1 < len(lowers) and lowers[after] in ("a", "an", "per", "each", "every"):
            if lowers[after + 1] in self.units:
                return True
        if number_start == 0:
            return False
        if self._phrase_ending_at(lowers, number_start, "RATE_BEFORE"):
            return True
        if lowers[number_start] not in ("a", "an"):
            return False
        # "a day" after a unit or an amount is a rate: "24 hours a day", "$1.76 a year", "700 seats a week".
        before = lowers[number_start - 1]
        return before in self.units or _has_digit(before) or number_start >= 2 and _has_digit(lowers[number_start - 2])

    def _is_someday(self, lowers: list[str], number_start: int, unit_index: int) -> bool:
        """ "he will one day fly": some day, not a length."""
        if lowers[number_start] != "one" or lowers[unit_index] != "day":
            return False
        return self._phrase_before(lowers, number_start, "SOMEDAY_BEFORE") is not None

    def _is_not_duration(self, columns: TokenColumns, after_unit: int) -> bool:
        """An age ("45-year-old") or a date ("two days later", "a week before.")."""
        found = self._phrase_after(columns.lowers, after_unit, "NOT_DURATION_AFTER")
        if found is None:
            return False
        end, kind = found
        # "a week before." names a date; "two days before the summit" is a length of time before it.
        return kind != "relative_alone" or end >= len(columns.texts) or columns.is_punct[end]

    def _extend_compound(self, columns: TokenColumns, duration: Duration, designator: str) -> None:
        """Add "and 15 minutes", "40 minutes", "and a half" after the first unit."""
        texts, lowers = columns.texts, columns.lowers
        n = len(lowers)
        i = duration.end
        if i < n and lowers[i] == "and":
            i += 1
        if i + 1 < n and lowers[i] == "a" and lowers[i + 1] == "half":
            smaller = HALF_IN_SMALLER.get(designator)
            if smaller:
                duration.amounts[smaller[0]] = duration.amounts.get(smaller[0], 0) + smaller[1]
            else:
                duration.amounts[designator] += 0.5
            duration.end = i + 2
            return
        found = self._number_ending_at(columns, i + 1) if i < n else None
        if found is None or found[0] != i:
            return
        for unit_index in (i + 1, i + 2):
            if unit_index < n and lowers[unit_index] in self.units:
                smaller, multiple = self.units[lowers[unit_index]]
                if unit_index == i + 2 and texts[i + 1] != "-":
                    return
                if DESIGNATOR_ORDER.index(smaller) > DESIGNATOR_ORDER.index(designator):
                    duration.amounts[smaller] = found[1] * multiple
                    duration.end = unit_index + 1
                return

    def _phrase_ending_at(self, lowers: list[str], end: int, label: str) -> tuple[int, str] | None:
        """(start, id) of the longest `label` phrase ending right before token `end`."""
        lengths = self.last_words.get(label, {}).get(lowers[end - 1]) if end > 0 else None
        for length in lengths or ():
            start = end - length
            if start >= 0 and tuple(lowers[start:end]) in self.phrases[label]:
                return start, self.phrases[label][tuple(lowers[start:end])]
        return None

    def _phrase_before(self, lowers: list[str], start: int, label: str) -> tuple[int, str] | None:
        return self._phrase_ending_at(lowers, start, label)

    def _phrase_after(self, lowers: list[str], start: int, label: str) -> tuple[int, str] | None:
        """(end, id) of the longest `label` phrase starting at token `start`."""
        lengths = self.first_words.get(label, {}).get(lowers[start]) if start < len(lowers) else None
        for length in lengths or ():
            end = start + length
            if end <= len(lowers) and tuple(lowers[start:end]) in self.phrases[label]:
                return end, self.phrases[label][tuple(lowers[start:end])]
        return None


def duration_tokens(doc: Doc) -> set[int]:
    """The tokens inside the durations `patrolx_durations` found (dates skip them). They are kept beside the spans:
    reading them back from `doc.spans` makes every Span anew."""
    tokens = DURATION_TOKENS.get(doc)
    if tokens is None:  # the doc did not go through `patrolx_durations`; its spans may have been set otherwise
        tokens = set()
        key = SPAN_KEYS["durations"]
        for span in doc.spans[key] if key in doc.spans else []:
            tokens.update(range(span.start, span.end))
    return tokens


def _skip_hyphen(texts: list[str], i: int) -> int:
    """i, or the index of the hyphen before token i when one joins it to the word before ("a-half")."""
    return i - 1 if i >= 1 and texts[i - 1] == "-" else i


def _amounts(designator: str, amount: float) -> dict[str, float]:
    """{designator: amount}, a trailing half said in the next smaller unit ("half an hour" -> PT30M)."""
    whole = int(amount)
    if amount - whole == 0.5 and designator in HALF_IN_SMALLER:
        smaller, half = HALF_IN_SMALLER[designator]
        return {designator: whole, smaller: half} if whole else {smaller: half}
    return {designator: amount}


def _is_decimal(text: str) -> bool:
    whole, _, fraction = text.partition(".")
    return whole.isdecimal() and (not fraction or fraction.isdecimal()) and len(whole) <= 4


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _has_digit(word: str) -> bool:
    return any(character.isdigit() for character in word)
