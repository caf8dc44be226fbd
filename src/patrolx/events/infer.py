"""The event one article reports, read from its finished facts and the cue words around them.

The rules, in order (docs/events.md tells them at length):
- the story is the text up to the first clutter heading, without captions and credit lines; the headline is its
  first line of five words or more that does not end like a sentence;
- the type is the one whose cue phrases weigh most (a headline's count twice; a cue after "not", "no", "any"...
  within five words does not count); "other" when the article names aircraft but no cue, null without either;
- the date is the date mention with the best score: in a sentence with a type cue, near aircraft, not after
  "since"/"last", not next to "said"/"reported", not in a dateline; a more precise date of the same month or year
  that also scores wins over it; a weekday left unresolved is read against the latest full date in the article;
- the event's sentences are the headline, the date's sentences and those with a cue of the type, less those that
  name another day (an earlier occasion); aircraft, regions, countries and the duration are read from them;
- a country is an actor when it is written just before an aircraft word ("Russian Tu-95", "Chinese and Russian
  bombers"), an observer when it scrambles, intercepts, shadows or owns the space entered ("Japanese airspace");
  observers are not actors.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..records import DateFact, Mention
from .model import (
    EVENT_TYPES,
    Event,
    EventAircraft,
    EventCountry,
    EventDate,
    EventDuration,
    EventRegion,
    EventType,
)
from .words import ArticleWords, Cue

if TYPE_CHECKING:
    from ..families import Facts

NEGATION_REACH = 5  # words before a cue in which a negation undoes it
ASIDE_BEFORE = 4  # words before a date in which "since" or "said" make it an aside
REPORT_AFTER = 3  # words after a date in which "said" or "voiced" make it the report's date
OPERATOR_REACH = 4  # words from a country to the aircraft it operates
ROLE_REACH = 7  # words from a country to the verb that makes it an observer
SPAN_REACH = 3  # words between a duration and "lasted", "flight", "patrol"
OWNED_SPACE_REACH = 2  # words from a country to the space it owns: "Japanese territorial airspace"
HEADLINE_WEIGHT = 2
LEAD_SENTENCES = 6  # the story's first sentences (headline included), where news says what happened
STRONG_WEIGHT = 3  # a cue this heavy is specific: only such cues compete when there are any
RESPONSE_AFTER_CRAFT = 3  # words from "jets" to "scrambled" in "Japanese jets scrambled"
MAX_DATELINE_LEAD = 30  # characters from a line's start to the date it opens with: "WASHINGTON, "
DATELINE_DASH = re.compile(r"\s*(\([^)]*\)\s*)?[—–-]")  # "Nov. 30 (UPI) —"
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CONJUNCTIONS = frozenset({"and", "or", ",", "&", "as", "well"})
BE_VERBS = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
# Ties between types go to the rarer, more specific kind of event.
TYPE_PRIORITY = {name: rank for rank, name in enumerate(EVENT_TYPES)}
TYPE_PRIORITY.update({"collision": -3, "airspace violation": -2})


def infer_event(words: ArticleWords, facts: Facts) -> Event:
    """The event of the text of `words` (`ArticleWords.of_doc`), each field pointing at the facts of `facts` (the
    text's) it was read from."""
    return _Reader(words, facts).event()


class _Reader:
    def __init__(self, words: ArticleWords, facts: Facts) -> None:
        self.facts = facts
        self.words = words
        sentence_starts = words.sentence_starts
        self.sentence_ends = [*sentence_starts[1:], len(words.text)]
        # The sentence of each fact, by family, in the order of the family's list.
        self.sentence_of_fact = {
            name: [bisect_right(sentence_starts, fact.start) - 1 for fact in getattr(facts, name)]
            for name in ("dates", "durations", "aircraft", "countries", "regions")
        }
        self.story = self._story_sentences()
        self.story_order = sorted(self.story)
        self.headline = self._headline()
        # The words a negation undoes: those just after it in its sentence, each with its sentence.
        negated = {
            (cue.last + step, cue.sentence) for cue in self._cues("NEGATION") for step in range(1, NEGATION_REACH + 1)
        }
        self.type_cues = [
            cue for cue in self._cues("TYPE") if cue.sentence in self.story and (cue.first, cue.sentence) not in negated
        ]
        self.typed_sentences = {cue.sentence for cue in self.type_cues}
        self.aircraft_sentences = set(self.sentence_of_fact["aircraft"])
        self.craft_sentences = {cue.sentence for cue in self._cues("CRAFT")}
        self.other_day_sentences: set[int] = set()
        self.latest_full_date: str | None = None  # read when a weekday has no reference date
        self.date_values = [self._read_date_value(date) for date in facts.dates]  # as the event reads them
        self.lead_body = set([sentence for sentence in self.story_order[:3] if sentence != self.headline][:2])
        self.asides: dict[int, list[Cue]] = {}  # by sentence
        for cue in self._cues("ASIDE"):
            self.asides.setdefault(cue.sentence, []).append(cue)
        starts = words.starts
        self.aircraft_words = {bisect_right(starts, aircraft.start) - 1 for aircraft in facts.aircraft}
        self.country_words: set[int] = set()  # read when the countries' roles are
        self.role_cues: dict[int, list[Cue]] = {}
        for label in ("CRAFT", "RESPONSE", "PURSUIT", "OWNED_SPACE"):
            for cue in self._cues(label):
                self.role_cues.setdefault(cue.first, []).append(cue)

    # -- the text -------------------------------------------------------------------------------------------

    def _cues(self, label: str) -> list[Cue]:
        return self.words.cues.get(label, [])

    def _story_sentences(self) -> set[int]:
        words = self.words
        end = len(words.sentence_starts)
        for cue in self._cues("CLUTTER"):
            sentence = cue.sentence
            sentence_words = words.sentence_words(sentence)
            if cue.first == sentence_words.start and len(sentence_words) <= len(range(cue.first, cue.last + 1)) + 3:
                end = min(end, sentence)
        captions = set()
        for cue in self._cues("CAPTION"):
            sentence = cue.sentence
            if cue.meaning == "anywhere" or cue.first - words.sentence_words(sentence).start < 3:
                captions.add(sentence)
        return set(range(end)) - captions

    def _headline(self) -> int | None:
        words = self.words
        for sentence in self.story_order:
            start, end = words.sentence_span(sentence)
            line = words.text[start:end].strip()
            if len(words.sentence_words(sentence)) >= 5 and not line.endswith((".", '."', ".”")):
                return sentence
            if line.endswith("."):
                return None  # the story began without a headline
        return None

    # -- the fields -----------------------------------------------------------------------------------------

    def event(self) -> Event:
        event_type = self._type()
        date = self._date()
        sentences = self._event_sentences(event_type, date)
        actors, observers = self._countries(sentences)
        return Event(
            type=event_type,
            date=date,
            regions=self._regions(sentences),
            actors=actors,
            observers=observers,
            aircraft=self._aircraft(sentences),
            duration=self._duration(sentences, event_type),
        )

    def _type(self) -> EventType | None:
        scores: dict[str, float] = {}
        lead = set(self.story_order[:LEAD_SENTENCES])
        in_lead = [cue for cue in self.type_cues if cue.sentence in lead]
        # Specific wording in the lead ("joint patrol", "intruded") outweighs any amount of loose wording
        # ("exercise", "drills"); cues after the lead count half: they are often about other occasions.
        floor = STRONG_WEIGHT if any(cue.weight >= STRONG_WEIGHT for cue in in_lead) else 0.0
        for cue in self.type_cues:
            sentence = cue.sentence
            if cue.weight < floor:
                continue
            weight = cue.weight * (HEADLINE_WEIGHT if sentence == self.headline else 1)
            weight *= 1 if sentence in lead else 0.5
            scores[cue.meaning] = scores.get(cue.meaning, 0.0) + weight
        if not scores:
            return EventType("other", []) if self.facts.aircraft else None
        best = max(scores, key=lambda name: (scores[name], -TYPE_PRIORITY.get(name, len(EVENT_TYPES))))
        return EventType(best, [self.words.char_span(cue) for cue in self.type_cues if cue.meaning == best])

    def _date(self) -> EventDate | None:
        story = self.story
        scored = [
            (self._date_score(index), index)
            for index, sentence in enumerate(self.sentence_of_fact["dates"])
            if sentence in story
        ]
        if not scored:
            return None
        score, best = max(scored, key=lambda item: (item[0], -item[1]))
        value = self.date_values[best]
        chosen = [best]
        # "in November" scores, and "on Friday" in the next sentence says which day of it.
        finer = [
            (s, index)
            for s, index in scored
            if s > 0 and value and (v := self.date_values[index]) and len(v) > len(value) and v.startswith(value)
        ]
        if finer:
            _, finest = max(finer, key=lambda item: (item[0], -item[1]))
            value, chosen = self.date_values[finest], [finest, best]
        chosen += [i for _, i in scored if i not in chosen and value is not None and self.date_values[i] == value]
        return EventDate(value, sorted(chosen))

    def _date_score(self, index: int) -> int:
        date = self.facts.dates[index]
        words = self.words
        sentence = self.sentence_of_fact["dates"][index]
        score = 3 * (sentence in self.typed_sentences)
        score += 2 if sentence in self.aircraft_sentences else 1 if sentence in self.craft_sentences else 0
        value = self.date_values[index]
        if value is not None and FULL_DATE.match(value):
            score += 1
        asides = self.asides.get(sentence, ())
        first, last = (words.word_at(date.start), words.word_at(date.end - 1)) if asides else (0, 0)
        for cue in asides:
            # In the date ("a week earlier"), just before it ("since May"), or a report's verb after it.
            if (
                first <= cue.first <= last
                or first - ASIDE_BEFORE <= cue.last < first
                or (last < cue.first <= last + REPORT_AFTER and cue.meaning == "report")
            ):
                score -= 4 if cue.meaning == "background" else 3
        if self._in_dateline(date):
            score -= 3
        elif sentence in self.lead_body:
            score += 1
        return score

    def _in_dateline(self, date: Mention) -> bool:
        """`TOKYO, Jan. 25 — ...`: the date a line opens with before a dash is the report's."""
        text = self.words.text
        # Only a line start at most MAX_DATELINE_LEAD characters before the date matters: no need to look farther.
        line_start = text.rfind("\n", max(0, date.start - MAX_DATELINE_LEAD - 1), date.start) + 1
        return date.start - line_start <= MAX_DATELINE_LEAD and bool(DATELINE_DASH.match(text, date.end, date.end + 12))

    def _read_date_value(self, date: DateFact) -> str | None:
        reference = self.facts.reference_date
        if date.value is None and reference is None:
            return self._weekday_from_anchor(date.text)
        if date.value and reference and FULL_DATE.match(date.value) and date.value > reference:
            # A report tells what has happened: a bare weekday read as the coming one ("a planned flight on
            # Tuesday") is the one just past.
            if date.text.lower().strip() in WEEKDAYS:
                return (dt.date.fromisoformat(date.value) - dt.timedelta(days=7)).isoformat()
        return date.value

    def _weekday_from_anchor(self, text: str) -> str | None:
        """A weekday with no reference date, read against the latest full date the article states (within the
        week up to it): "on Tuesday" beside a caption's "May 24, 2022"."""
        lower = text.lower()
        day = next((i for i, name in enumerate(WEEKDAYS) if name in lower), None)
        if day is None:
            return None
        if self.latest_full_date is None:
            full = [d.value for d in self.facts.dates if d.value and FULL_DATE.match(d.value)]
            self.latest_full_date = max(full, default="")
        if not self.latest_full_date:
            return None
        anchor = dt.date.fromisoformat(self.latest_full_date)
        return (anchor - dt.timedelta(days=(anchor.weekday() - day) % 7)).isoformat()

    def _event_sentences(self, event_type: EventType | None, date: EventDate | None) -> set[int]:
        sentences = set()
        if self.headline is not None:
            sentences.add(self.headline)
        if event_type is not None:
            firsts = {cue.first for cue in self.type_cues if cue.meaning == event_type.value}
            sentences.update(cue.sentence for cue in self.type_cues if cue.first in firsts)
        if date is not None:
            date_sentences = self.sentence_of_fact["dates"]
            chosen = {date_sentences[i] for i in date.dates}
            sentences |= chosen
            for index, sentence in enumerate(date_sentences):
                value = self.date_values[index]
                if sentence in chosen or value is None:
                    continue
                if date.value is None or not (date.value.startswith(value) or value.startswith(date.value)):
                    self.other_day_sentences.add(sentence)  # an earlier or other occasion
        sentences -= self.other_day_sentences
        return sentences & self.story

    def _countries(self, sentences: set[int]) -> tuple[list[EventCountry] | None, list[EventCountry] | None]:
        if not self.aircraft_words and not self.role_cues:
            return None, None  # no word after a country can give it a role
        acting: dict[str, list[int]] = {}
        observing: dict[str, list[int]] = {}
        country_sentences = self.sentence_of_fact["countries"]
        starts = self.words.starts
        self.country_words = {bisect_right(starts, country.start) - 1 for country in self.facts.countries}
        # Where a country's role can show: the words of aircraft, of other countries and of role cues.
        self.role_words = sorted(self.country_words | self.aircraft_words | self.role_cues.keys())
        for index, country in enumerate(self.facts.countries):
            if country_sentences[index] not in sentences:
                continue
            role = self._role(country, country_sentences[index])
            if role == "actor":
                acting.setdefault(country.iso3, []).append(index)
            elif role == "observer":
                observing.setdefault(country.iso3, []).append(index)
        for iso3 in observing:
            acting.pop(iso3, None)
        return self._country_list(acting), self._country_list(observing)

    def _country_list(self, found: dict[str, list[int]]) -> list[EventCountry] | None:
        if not found:
            return None
        return [EventCountry(iso3, self.facts.countries[ix[0]].name, ix) for iso3, ix in found.items()]

    def _role(self, country: Mention, sentence: int) -> str | None:
        """ "actor" when the country operates the aircraft written after it, "observer" when it responds to them or
        owns the space they entered; None otherwise. Countries joined by "and" or commas share what follows.

        Only the words that can give a role are visited (aircraft, countries, role cues); of the words between
        them, only whether they are all conjunctions matters."""
        words, role_words = self.words.words, self.role_words
        last = self.words.word_at(country.end - 1)
        sentence_end = self.sentence_ends[sentence]
        starts = self.words.starts
        craft_end: int | None = None  # the last word of the aircraft it operates, once found
        reach = OPERATOR_REACH
        only_conjunctions = True
        previous = last
        for position in range(bisect_right(role_words, last), len(role_words)):
            index = role_words[position]
            if index - last > reach or starts[index] >= sentence_end:
                break
            if only_conjunctions and not CONJUNCTIONS.issuperset(words[previous + 1 : index]):
                only_conjunctions = False
            previous = index
            if index in self.country_words:
                if not only_conjunctions:
                    break
                reach += index - last  # "Japanese and South Korean air forces": the next country shares the words
                continue
            if words[index] not in CONJUNCTIONS:
                only_conjunctions = False
            for cue in self.role_cues.get(index, ()):
                if self._observes(cue, index - last, craft_end):
                    return "observer"
                if cue.label == "CRAFT" and craft_end is None:
                    craft_end, reach = cue.last, index - last + ROLE_REACH
            if index in self.aircraft_words and craft_end is None:
                craft_end, reach = index, index - last + ROLE_REACH
        return "actor" if craft_end is not None else None

    def _observes(self, cue: Cue, distance: int, craft_end: int | None) -> bool:
        """Whether a role cue `distance` words after a country makes it an observer."""
        if cue.label == "OWNED_SPACE":
            return craft_end is None and distance <= OWNED_SPACE_REACH
        # After the aircraft, only its own verb counts: "Japanese jets scrambled", not "... the JCS sent up".
        responds = craft_end is None or cue.first - craft_end <= RESPONSE_AFTER_CRAFT
        if cue.label == "RESPONSE":
            return responds
        return cue.label == "PURSUIT" and responds and not self._passive(cue)

    def _passive(self, cue: Cue) -> bool:
        words = self.words.words
        return words[cue.first].endswith("ed") and cue.first > 0 and words[cue.first - 1] in BE_VERBS

    def _aircraft(self, sentences: set[int]) -> list[EventAircraft] | None:
        by_family: dict[str, EventAircraft] = {}
        aircraft_sentences = self.sentence_of_fact["aircraft"]
        for index, aircraft in enumerate(self.facts.aircraft):
            if aircraft_sentences[index] not in sentences:
                continue
            found = by_family.setdefault(aircraft.family, EventAircraft(aircraft.family, None, []))
            found.aircraft.append(index)
            if found.count is None:
                found.count = aircraft.count
        return list(by_family.values()) or None

    def _regions(self, sentences: set[int]) -> list[EventRegion] | None:
        by_name: dict[str, EventRegion] = {}
        region_sentences = self.sentence_of_fact["regions"]
        for index, region in enumerate(self.facts.regions):
            if region_sentences[index] in sentences:
                by_name.setdefault(region.name, EventRegion(region.name, [])).regions.append(index)
        return list(by_name.values()) or None

    def _duration(self, sentences: set[int], event_type: EventType | None) -> EventDuration | None:
        """The first duration said of the activity ("the flight lasted 13 hours", "an eight-hour patrol"), else the
        first in a sentence of the event, else the first in a sentence of the story about no other day."""
        # A length of unknown size ("for years", PXY) tells no activity's length.
        durations = [(i, d) for i, d in enumerate(self.facts.durations) if d.seconds is not None]
        if not durations:
            return None
        words = self.words
        span_words = {word for cue in self._cues("SPAN") for word in range(cue.first, cue.last + 1)}
        undated = self.story - self.other_day_sentences

        def of_activity(duration: Mention) -> bool:
            first, last = words.word_at(duration.start), words.word_at(duration.end - 1)
            return any(word in span_words for word in range(first - SPAN_REACH, last + SPAN_REACH + 1))

        of_duration = self.sentence_of_fact["durations"]
        for wanted in (
            [(i, d) for i, d in durations if of_duration[i] in undated and of_activity(d)],
            [(i, d) for i, d in durations if of_duration[i] in sentences],
            [(i, d) for i, d in durations if of_duration[i] in undated],
        ):
            for index, duration in wanted:
                return EventDuration(duration.value, duration.seconds, [index])
        return None
