"""`patrolx_dates`: calendar dates (TimeML DATE), normalized against the reference date.

The component in three steps, each a module of its own:
- `mentions`: finding the mentions, from the words of `vocabulary`
  (`patterns/dates.jsonl`), skipping anything inside a duration or boilerplate
  (years in figures in `years`, parts of years, seasons and decades in
  `periods`, years in words in `spelled`);
- `reference`: inferring the article's reference date from the text when none
  was given, and the day the story speaks from (a dateline's);
- `values`: computing each mention's value, with the `tense` of its sentence
  and the dates mentioned before it; a day gains the time of day stated with
  it (`times`); the few forms the grammar finds but does not read go to
  dateparser (`fallback`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import set_spans
from ...families import BY_NAME
from ...records import DateFact
from ...text.tokens import TokenColumns, token_columns
from ..boilerplate import Clutter
from ..durations import duration_tokens
from .fallback import parse_day
from .mentions import MentionFinder, ends_range
from .reference import infer_reference, story_date
from .tense import tense
from .times import TimeFinder, TimeOfDay
from .timezones import ZoneTable
from .values import Anchors, DateMention, ordered_range, resolve
from .vocabulary import PATTERN_FILE, DateVocabulary, check_entry

__all__ = ["PATTERN_FILE", "DateRecognizer", "check_entry", "make_dates"]


FACT_FAMILY = BY_NAME["dates"]


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": [], "eras": False},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_dates(nlp: Language, name: str, pattern_dirs: list[str], eras: bool) -> DateRecognizer:
    """`eras`: also report decades and centuries ("the 1990s" -> `199`), as TimeML does; off by default, since
    our annotation guide counts only days, months, quarters, seasons and years."""
    return DateRecognizer(nlp, name, pattern_dirs=pattern_dirs, eras=eras)


class DateRecognizer:
    def __init__(
        self, nlp: Language, name: str = "patrolx_dates", pattern_dirs: Iterable[str] = (), eras: bool = False
    ):
        self.name = name
        self.vocab = DateVocabulary(nlp, pattern_dirs)
        self.finder = MentionFinder(self.vocab, eras=eras)
        self.times = TimeFinder(ZoneTable(nlp, pattern_dirs))

    def __call__(self, doc: Doc) -> Doc:
        blocked = duration_tokens(doc)
        columns = token_columns(doc)
        found = self.finder.find(doc)
        if blocked:
            found = [m for m in found if blocked.isdisjoint(range(m.start, m.end))]
        clutter = Clutter(doc)
        mentions = [m for m in found if not clutter.holds(m.start, m.end)]
        reference = doc._.patrolx_reference_date
        if reference is None:
            # A publication stamp counts even where the page around it is clutter.
            inferred = infer_reference(self.vocab, doc, columns, found)
            if inferred is not None:
                doc._.patrolx_reference_date = reference = inferred
                doc._.patrolx_reference_date_source = "inferred"
        now = story_date(columns, mentions, reference)
        spans = []
        facts = []
        anchors = Anchors()
        for index, mention in enumerate(mentions):
            if mention.reads_tense:  # (a range's ends, which `ordered_range` reads it for, are year-less)
                mention.tense = tense(self.vocab, columns, mention)
            value, day = self._parsed(columns, mention, now) if mention.for_parser else resolve(mention, now, anchors)
            if facts and ends_range(columns, mentions[index - 1], mention):
                start_fact = facts[-1]
                start_fact.value, value = ordered_range(start_fact.value, value, mention.tense == "future")
            if not (mention.from_anchor and mention.offset < 0 or mention.same_period):
                # "a year earlier" twice over compares with the same date both times, not a year further back.
                anchors.update(value, day)
            time = self._time_of_day(columns, mentions, index, spans) if day is not None else None
            start_char, end_char = columns.char_range(mention.start, mention.end)
            fact = DateFact(text=columns.text[start_char:end_char], start=start_char, end=end_char, value=value)
            if time is not None:
                fact.value, fact.timezone = f"{value}T{time.clock}", time.zone
            spans.append(Span(doc, mention.start, mention.end, label="DATE"))
            facts.append(fact)
        set_spans(doc, "dates", spans, facts)
        return doc

    def _time_of_day(
        self, columns: TokenColumns, mentions: list[DateMention], index: int, spans: list[Span]
    ) -> TimeOfDay | None:
        """The time of day stated with the day mention `index` names, unless it reaches into a mention beside it."""
        mention = mentions[index]
        start, end = mention.start, mention.end
        time = self.times.attach(columns, mention)
        before = spans[-1].end if spans else 0
        after = mentions[index + 1].start if index + 1 < len(mentions) else len(columns.texts)
        if time is not None and not before <= mention.start <= mention.end <= after:
            mention.start, mention.end = start, end
            return None
        return time

    @staticmethod
    def _parsed(columns: TokenColumns, mention: DateMention, now: dt.date | None) -> tuple[str | None, dt.date | None]:
        """The value dateparser reads in a mention our grammar found but does not read itself."""
        start_char, end_char = columns.char_range(mention.start, mention.end)
        day = parse_day(columns.text[start_char:end_char], now, day_first=mention.for_parser == "DMY")
        return (day.isoformat(), day) if day else (None, None)
