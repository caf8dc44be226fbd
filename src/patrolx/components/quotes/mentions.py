"""Speakers: reading a speaker mention into name, title, affiliation and country.

Vocabulary comes from `patterns/speakers.jsonl` (span-ruler format):
- TITLE: roles ("spokesman", "defense minister"), matched ignoring case;
- RANK: ranks and honorifics written before a name ("Capt.", "Air Commodore");
- PERSON_NOUN / ORG_NOUN: heads of unnamed speakers ("official", "sources" /
  "ministry", "agency", "channel");
- ORG: named organizations (id = canonical name, `country` = ISO alpha-3 or "");
- ROLE_VERB: "who commands X" makes its subject X's commander (id = the title).

A mention is read into name, title, affiliation and country without a parser:
"NORAD spokesman Capt. Cameron Hillier" -> affiliation NORAD, title
"spokesman Capt.", name "Cameron Hillier"; "a senior US administration
official" -> title "senior US administration official", affiliation "US
administration", country USA (from the countries component's spans).

Resolving "he" or "the ministry" to a fuller mention is `coreference.py`'s work.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import COUNTRY_BOUNDS, facts_of
from ...records import CountryFact, Speaker
from ...resources import load_patterns
from ...text.matching import Match, PatternMatcher, longest
from ...text.words import MONTH_WORDS, WEEKDAY_WORDS
from .layout import Words, within
from .wordlists import (
    ATTACHMENT_ENDS,
    DETERMINERS,
    HONORIFICS,
    NAME_JOINERS,
    NOUNS_ENDING_IN_S,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEAKER_MODIFIERS,
)

PATTERN_FILE = "speakers.jsonl"
METADATA_KEYS = ("country",)
TITLE_LABELS = frozenset({"TITLE", "RANK"})
NAMING_LABELS = frozenset({"TITLE", "ORG"})  # labels that make a word a speaker's head or part of a fixed name
NO_LABELS: frozenset[str] = frozenset()
RELATIVE_WORDS = RELATIVE_PRONOUNS | {","}
# Capitalised words that name times, never organizations.
CALENDAR_WORDS = WEEKDAY_WORDS | MONTH_WORDS


@dataclass(slots=True)
class SpeakerMention:
    """A speaker mention and what it tells (or, after resolution, what it refers to)."""

    start: int  # token indices into the doc
    end: int
    kind: str  # person, group, org, country, pronoun, surname
    head: str  # lowercased head word
    text: str
    start_char: int
    end_char: int
    name: str | None = None
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    definite: bool = False  # "the official", "the ministry": needs an antecedent
    org: str | None = None  # the organization the lexicon knows in the mention ("JCS" -> Joint Chiefs of Staff)
    core: str = ""  # the noun phrase without determiners, attachments and relative clauses: "ministry"

    def record(self) -> Speaker:
        return Speaker(
            text=self.text,
            start=self.start_char,
            end=self.end_char,
            name=self.name,
            title=self.title,
            affiliation=self.affiliation,
            country=self.country,
        )


class SpeakerReader:
    """Reads speaker mentions in one doc; build once per component, call `prepare` per doc."""

    def __init__(self, nlp: Language, pattern_dirs: Iterable[Path] = ()) -> None:
        entries = load_patterns(PATTERN_FILE, METADATA_KEYS, pattern_dirs)
        self.cased = PatternMatcher(nlp, exact_case=True)
        self.cased.add([e for e in entries if e["label"] in ("ORG", "RANK")])
        # The rest match ignoring case; a caller may look them up with its own words in one matcher, so this
        # reader makes a matcher of its own for them only when asked to find them itself.
        self.uncased_entries = [e for e in entries if e["label"] not in ("ORG", "RANK")]
        self.uncased_labels = {e["label"] for e in self.uncased_entries}
        self._nlp = nlp
        self._uncased: PatternMatcher | None = None
        self.org_country = {e["id"]: e.get("country") or None for e in entries if e["label"] == "ORG"}
        self.person_nouns = {e["pattern"].lower() for e in entries if e["label"] == "PERSON_NOUN"}
        self.org_nouns = {e["pattern"].lower() for e in entries if e["label"] == "ORG_NOUN"}
        self.role_verbs = {e["pattern"].lower(): e["id"] for e in entries if e["label"] == "ROLE_VERB"}

    def prepare(self, doc: Doc, words: Words, uncased: list[Match] | None = None) -> DocVocabulary:
        """What the vocabulary says about the doc's tokens; `uncased` are the matches of `uncased_entries` when
        the caller has found them already."""
        # Most tokens have no label: they share one empty set, and a token gets a set of its own when labelled.
        labels: list[frozenset[str] | set[str]] = [NO_LABELS] * len(doc)
        title_words: set[int] = set()
        org_ids: dict[int, str] = {}
        cased = self.cased.matches(doc)
        if uncased is None:
            if self._uncased is None:
                self._uncased = PatternMatcher(self._nlp)
                self._uncased.add(self.uncased_entries)
            uncased = self._uncased.matches(doc)
        for start, end, label, _ in cased + uncased:
            for i in range(start, end):
                if labels[i] is NO_LABELS:
                    labels[i] = {label}
                else:
                    labels[i].add(label)
            if label in TITLE_LABELS:
                title_words.update(range(start, end))
        for start, end, label, id_ in longest(cased):
            if label == "ORG":
                org_ids.update(dict.fromkeys(range(start, end), id_))
        # A country's tokens as its component kept them, else from its characters (the span group makes Spans anew).
        facts, bounds = facts_of(doc, "countries"), COUNTRY_BOUNDS.get(doc)
        if bounds is None:
            bounds = [(bisect_left(words.idx, fact.start), bisect_left(words.idx, fact.end)) for fact in facts]
        countries: dict[int, CountryMention] = {}
        for (start, end), fact in zip(bounds, facts, strict=True):
            if end - start == 1:
                countries[start] = CountryMention(start, end, fact)  # most are one word: "China", "Japan"
            else:
                countries.update(dict.fromkeys(range(start, end), CountryMention(start, end, fact)))
        return DocVocabulary(self, words, labels, title_words, org_ids, countries)


@dataclass(slots=True)
class CountryMention:
    """A country the countries component found, by token range."""

    start: int
    end: int
    fact: CountryFact

    @property
    def text(self) -> str:
        return self.fact.text


class DocVocabulary:
    """What the speaker vocabulary and the countries component say about each token of one doc."""

    def __init__(self, reader: SpeakerReader, words: Words, labels, title_words, org_ids, countries) -> None:
        self.reader = reader
        self.words = words
        self.labels: list[frozenset[str] | set[str]] = labels
        self.title_words: set[int] = title_words  # tokens labelled TITLE or RANK
        self.org_ids: dict[int, str] = org_ids
        self.countries: dict[int, CountryMention] = countries
        # The tokens of organizations and countries in order: a mention's few are found by bisection.
        self.org_tokens = sorted(org_ids)
        self.org_or_country_tokens = sorted(org_ids.keys() | countries.keys())

    # --- token classes -------------------------------------------------
    def is_titleword(self, i: int) -> bool:
        return i in self.title_words

    def is_capitalised(self, i: int) -> bool:
        texts = self.words.texts
        text = texts[i]
        first = text[:1]
        if first.isupper():
            # A capital is almost always a letter itself; the rest of the word is read only when it is not ("№1").
            return first.isalpha() or any(c.isalpha() for c in text)
        # The lower-case half of a hyphenated given name, "Kim Yo-jong", "Lee Jong-sup": spaCy splits it as
        # "Yo", "-", "jong". Both halves are single syllables, unlike "Flight-tracking" or "Sub-hunters".
        whitespace = self.words.whitespace
        return (
            i >= 2
            and texts[i - 1] == "-"
            and text.isalpha()
            and len(text) <= 5
            and not whitespace[i - 1]
            and not whitespace[i - 2]
            and texts[i - 2][:1].isupper()
            and len(texts[i - 2]) <= 4
        )

    def is_speaker_head(self, i: int) -> bool:
        lower = self.words.lowers[i]
        return (
            lower in PRONOUNS
            or lower in self.reader.person_nouns
            or lower in self.reader.org_nouns
            or not self.labels[i].isdisjoint(NAMING_LABELS)
            or self.is_capitalised(i)
        )

    # --- reading a mention ---------------------------------------------
    def read(self, start: int, end: int, lenient: bool = False) -> SpeakerMention | None:
        """Read tokens [start, end) as a speaker mention, or None when they cannot be one.

        `lenient` accepts any noun phrase (the source after "according to" may be
        "data on the ministry's website"); it is then read as an organization.
        """
        start, end = self._trimmed(start, end)
        if start >= end:
            return None
        words = self.words
        texts, lowers = words.texts, words.lowers
        # The core: before any relative clause, apposition or bracket, or a description after the head, 'close
        # to ...', 'familiar with ...' ('a source close to the ministry').
        core_end = start
        while core_end < end and lowers[core_end] not in RELATIVE_WORDS and texts[core_end] != "(":
            core_end += 1
            if core_end < end - 1 and lowers[core_end] in SPEAKER_MODIFIERS and lowers[core_end + 1] in PREPOSITIONS:
                break
        core_start, plural_of, definite = self._core_start(start, core_end)
        if core_start >= core_end:
            return None
        phrase_end, attachment = self._attachment(core_start, core_end)
        head = max(self.word_start(phrase_end - 1), core_start)
        if texts[head] in {"’s", "'s", "."} and phrase_end - 1 > core_start:
            head = phrase_end - 2
        pronoun = end - start == 1 and lowers[head] in PRONOUNS
        speaker_head = pronoun or self.is_speaker_head(head)
        if not speaker_head and not lenient:
            return None  # (before the mention is made: about one phrase in six read ends here)
        lower_head = _singular(lowers[head]) if plural_of else lowers[head]
        mention = SpeakerMention(
            start, end, "person", lower_head, words.span_text(start, end), words.idx[start], words.end_char(end - 1)
        )
        mention.definite, mention.core = definite, words.span_text(core_start, phrase_end)
        if pronoun:
            mention.kind = "pronoun"
        elif not speaker_head:
            self._read_any_phrase(mention, core_start, phrase_end, head)
        else:
            self._fill(mention, core_start, phrase_end, attachment, (core_end, end))
        return mention

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) without the spaces and punctuation around it (but a closing bracket or an
        abbreviation's dot at the end, an opening bracket at the start)."""
        words = self.words
        texts, is_space, is_punct = words.texts, words.is_space, words.is_punct
        while start < end and (is_space[end - 1] or is_punct[end - 1] and texts[end - 1] not in {")", "."}):
            end -= 1
        while start < end and (is_space[start] or is_punct[start] and texts[start] != "("):
            start += 1
        return start, end

    def _core_start(self, start: int, core_end: int) -> tuple[int, bool, bool]:
        """Where the mention's noun phrase starts after its determiners, whether it picks one of
        many ("one of the QRA pilots"), and whether it is definite (after "the", "this", "that")."""
        lowers = self.words.lowers
        core_start = start
        plural_of = definite = False
        if core_end - core_start > 2 and lowers[core_start + 1] == "of" and lowers[core_start] in DETERMINERS:
            core_start += 2  # "one of the QRA pilots"
            plural_of = lowers[start] == "one"
        texts = self.words.texts
        while core_start < core_end and lowers[core_start] in DETERMINERS:
            if core_start + 1 < core_end and texts[core_start + 1] == "-":
                break  # 'the two-term president': a hyphenated word, no determiner
            definite = definite or lowers[core_start] in {"the", "this", "that"}
            core_start += 1
        return core_start, plural_of, definite

    def _attachment(self, core_start: int, core_end: int) -> tuple[int, tuple[int, int] | None]:
        """Where the head's phrase ends before an attachment, and the attachment: "an official from the
        Joint Chiefs of Staff", "the website of the ministry"."""
        lowers = self.words.lowers
        for i in range(core_start + 1, core_end):
            if (
                lowers[i] in PREPOSITIONS
                and self.labels[i].isdisjoint(NAMING_LABELS)  # "chief of staff", "Joint Chiefs of Staff"
                and (not self.is_capitalised(i - 1) or lowers[i - 1] in self.reader.person_nouns)
            ):
                attachment_end = i + 1
                while attachment_end < core_end and lowers[attachment_end] not in ATTACHMENT_ENDS:
                    attachment_end += 1
                return i, (i + 1, attachment_end)
        return core_end, None

    def _read_any_phrase(self, mention: SpeakerMention, core_start: int, phrase_end: int, head: int) -> SpeakerMention:
        """A noun phrase with no speaker's head, read as a title ("the corporal") or an organization."""
        words = self.words
        start, end = mention.start, mention.end
        mention.country = self._country(start, end)
        if words.is_lower(head):
            mention.title = words.span_text(core_start, phrase_end)  # "the corporal"
            return mention
        mention.kind = "org"
        mention.affiliation = self._org_name(start, end) or strip_possessive(words.span_text(core_start, end))
        return mention

    def _fill(
        self,
        mention: SpeakerMention,
        start: int,
        end: int,
        attachment: tuple[int, int] | None,
        relative: tuple[int, int],
    ) -> None:
        """Fill kind, name, title, affiliation and country from the phrase [start, end) headed by
        `mention.head`, its `attachment` ("from the Coast Guard") and `relative` clause apart."""
        country = self.countries.get(start)
        if country is not None and country.end >= end and country.start <= start:
            fact = country.fact
            mention.kind = "country"
            mention.affiliation = fact.name if fact is not None else country.text
            mention.country = fact.iso3 if fact is not None else None
            return
        lower_head = mention.head
        name_start = self._name_start(start, end)
        title_tokens = [i for i in range(start, name_start) if i in self.title_words]
        org_head = lower_head in self.reader.org_nouns or "ORG" in self.labels[end - 1]
        # A run of capitalised words is a person's name after a title, or alone, but not after "the"
        # ("the Wall Street Journal", "the Guardian").
        bare_name = name_start == start and not mention.definite
        if name_start < end and (title_tokens or (end - name_start >= 2 and bare_name)) and not org_head:
            self._fill_named(mention, start, name_start, end, title_tokens)
        elif bare_name and end - start == 1 and not org_head and not self._acronym(start):
            mention.kind = "surname"
            mention.name = self.words.texts[start]
        elif lower_head in self.reader.person_nouns or lower_head in PERSON_PRONOUNS or "TITLE" in self.labels[end - 1]:
            start = self._fill_titled(mention, start, end)
        else:
            mention.kind = "org"
            mention.affiliation = self._org_affiliation(start, end)
        if attachment is not None and attachment[1] > attachment[0]:
            # "an official from the Coast Guard", "the website of the ministry": who they speak for.
            mention.affiliation = self._described_org(*attachment) or self._org_name(*attachment) or mention.affiliation
        relative_start, relative_end = relative
        if relative_end - relative_start > 1 and self.words.lowers[relative_start] in {",", "who"}:
            self._fill_from_relative(mention, relative_start, relative_end)
        if mention.kind == "org" and mention.definite and end - start == 1:
            mention.affiliation = None  # "the ministry": its antecedent will say which one
        mention.country = self._country(mention.start, mention.end)
        orgs = within(self.org_tokens, start, end)
        mention.org = self.org_ids[orgs[0]] if orgs else None

    def _acronym(self, i: int) -> bool:
        return self.words.is_upper(i) and len(self.words.texts[i]) > 1

    def _fill_named(
        self, mention: SpeakerMention, start: int, name_start: int, end: int, title_tokens: list[int]
    ) -> None:
        """A person named after any title: "NORAD spokesman Capt. Cameron Hillier"."""
        words = self.words
        mention.kind = "person"
        mention.name = words.span_text(name_start, end)
        title_tokens = [i for i in title_tokens if words.lowers[i].rstrip(".") not in HONORIFICS]
        if title_tokens:
            first_title = title_tokens[0]
            while first_title > start and self._extends_title(first_title - 1):
                first_title -= 1
            mention.title = words.span_text(first_title, name_start)
            mention.affiliation = self._affiliation_text(start, first_title)

    def _fill_titled(self, mention: SpeakerMention, start: int, end: int) -> int:
        """A person or group known by a title: "Taiwan's president", "security sources". Returns where
        the title starts, after any possessor or country."""
        words = self.words
        texts, lowers = words.texts, words.lowers
        lower_head = mention.head
        mention.kind = "group" if lower_head.endswith("s") and lower_head not in NOUNS_ENDING_IN_S else "person"
        # The title names one member: "one of the pilots" -> "pilot", "security sources" -> "security source".
        plural = lowers[end - 1].endswith("s") and lowers[end - 1] not in NOUNS_ENDING_IN_S
        possessor_end = next((i for i in range(end - 2, start - 1, -1) if texts[i] in {"’s", "'s"}), None)
        if possessor_end is not None:
            # "Taiwan's president": the possessor is the affiliation, the rest the title.
            mention.affiliation = self._affiliation_text(start, possessor_end)
            start = possessor_end + 1
        elif start in self.countries and self.countries[start].start == start and self.countries[start].end < end:
            # "Taiwan president", "Estonian defence chief": the country is the affiliation, not the title.
            mention.affiliation = self._affiliation_text(start, self.countries[start].end)
            start = self.countries[start].end
        title = words.span_text(start, end)
        mention.title = _singular_last(title) if plural else title
        if end - start == 1 and words.is_title(start) and "RANK" not in self.labels[start]:
            mention.title = mention.title.lower()  # "Officials said": capitalised only to open the sentence
        mention.affiliation = mention.affiliation or self._affiliation_before_head(start, end - 1)
        return start

    def _fill_from_relative(self, mention: SpeakerMention, relative_start: int, relative_end: int) -> None:
        """After ", who commands the 7th Fleet": a role verb gives the title and the organization."""
        lowers = self.words.lowers
        rest = [i for i in range(relative_start, relative_end) if lowers[i] not in {",", "who"}]
        if rest and lowers[rest[0]] in self.reader.role_verbs:
            mention.title = mention.title or self.reader.role_verbs[lowers[rest[0]]]
            rest = [i for i in rest[1:] if lowers[i] not in DETERMINERS]
            if rest:
                mention.affiliation = mention.affiliation or self._org_name(rest[0], rest[-1] + 1)

    def _org_affiliation(self, start: int, end: int) -> str:
        """An organization's name: its lexicon name when the mention is exactly that organization
        ("North American Aerospace Defense Command" -> NORAD), else the mention without its article."""
        org = self.org_ids.get(start)
        if org is not None and all(self.org_ids.get(i) == org for i in range(start, end)):
            return org
        if self.is_capitalised(end - 1):
            name = self._org_name(start, end)
            if name and self.words.texts[end - 1] in name.split()[-1:]:
                return name
        return strip_possessive(self.words.span_text(start, end))

    def is_speaker_noun(self, i: int) -> bool:
        lower = self.words.lowers[i]
        return lower in self.reader.person_nouns or lower in self.reader.org_nouns

    def extend(self, mention: SpeakerMention, end: int) -> SpeakerMention:
        """The same speaker, its mention text running on to `end` ("an official familiar with the plans")."""
        self._run_on(mention, end)
        return mention

    def _run_on(self, mention: SpeakerMention, end: int) -> None:
        mention.end, mention.text, mention.end_char = (
            end,
            self.words.span_text(mention.start, end),
            self.words.end_char(end - 1),
        )

    def combine(self, first: SpeakerMention, second: SpeakerMention, end: int) -> SpeakerMention:
        """One speaker described twice, the mention running on to `end`: 'Martin Meiners, a Pentagon
        spokesman' (name, then title) or 'the spokesman, Col. Wu Qian' (title, then name)."""
        first.end, first.text, first.end_char = (
            end,
            self.words.span_text(first.start, end),
            self.words.end_char(end - 1),
        )
        first.name = first.name or second.name
        if second.kind in {"person", "group"}:
            first.title = first.title or second.title
        first.affiliation = first.affiliation or second.affiliation
        first.country = first.country or second.country
        if first.kind == "surname" or second.kind in {"person", "surname"}:
            first.kind = "person"
        return first

    def _extends_title(self, i: int) -> bool:
        """ "Defense Secretary", "Chief Cabinet Secretary": capitalised words fused with the title,
        but not an organization or country before it ("NORAD spokesman", "Taiwan Premier")."""
        if not self.is_capitalised(i) or i in self.countries:
            return False
        return self.labels[i] <= {"TITLE", "RANK"} and self.words.lowers[i] not in {"as", "the", "like"}

    def _name_start(self, start: int, end: int) -> int:
        """Where the trailing run of capitalised name words begins (== end when there is none)."""
        lowers = self.words.lowers
        i = end
        while i > start:
            first = max(self.word_start(i - 1), start)
            if not self.is_capitalised(first) or self.labels[first] or first in self.countries:
                break
            if lowers[first] in self.reader.org_nouns or lowers[first] in self.reader.person_nouns:
                break
            i = first
        return i

    def word_start(self, i: int) -> int:
        """The first token of the hyphenated word ending at token i ("Tsai Ing-wen": "Ing")."""
        texts, whitespace = self.words.texts, self.words.whitespace
        while i >= 2 and texts[i - 1] == "-" and not whitespace[i - 2] and not whitespace[i - 1]:
            i -= 2
        return i

    def _affiliation_before_head(self, start: int, head: int) -> str | None:
        """'senior US administration official' -> 'US administration'."""
        texts, lowers = self.words.texts, self.words.lowers
        i = head
        while i > start and (
            self.is_capitalised(i - 1) or lowers[i - 1] in self.reader.org_nouns or texts[i - 1] in {"’s", "'s"}
        ):
            i -= 1
        return self._affiliation_text(i, head)

    def _affiliation_text(self, start: int, end: int) -> str | None:
        """The words [start, end) as an affiliation: a country by its name ("Finnish" -> Finland)."""
        texts = self.words.texts
        while end > start and texts[end - 1] in {"’s", "'s"}:
            end -= 1
        if start >= end:
            return None
        country = self.countries.get(start)
        if country is not None and country.start == start and country.end == end and country.fact:
            return country.fact.name
        return self.words.span_text(start, end)

    def _described_org(self, start: int, end: int) -> str | None:
        """An organization described by a common noun, without the article: 'the ministry', 'the air
        wing', "China's defence ministry" (a capitalised name is read by `_org_name`)."""
        words = self.words
        while start < end and words.lowers[start] in DETERMINERS:
            start += 1
        if start < end and words.is_lower(end - 1) and words.lowers[end - 1] in self.reader.org_nouns:
            return words.span_text(start, end)
        return None

    def _org_name(self, start: int, end: int) -> str | None:
        """The longest run of capitalised words (joined by 'of', "'s"...) in [start, end)."""
        texts, lowers = self.words.texts, self.words.lowers
        best: tuple[int, int] | None = None
        i = start
        while i < end:
            numbered = texts[i][:1].isdigit() and i + 1 < end and self.is_capitalised(i + 1)  # "3rd Fleet"
            starts_name = self.is_capitalised(i) or numbered
            if not starts_name or lowers[i].rstrip(".") in CALENDAR_WORDS:
                i += 1
                continue
            j = i + 1
            while j < end and (
                self.is_capitalised(j)
                or (lowers[j] in NAME_JOINERS or texts[j][:1].isdigit())
                and j + 1 < end  # "U.S. 7th Fleet"
            ):
                j += 1
            while j > i and lowers[j - 1] in NAME_JOINERS:
                j -= 1
            if j == i:  # a joiner alone, capitalised in a line set in capitals ("AND")
                i += 1
                continue
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
            i = j
        if best is None:
            return None
        return self.words.span_text(*best)

    def _country(self, start: int, end: int) -> str | None:
        for i in within(self.org_or_country_tokens, start, end):
            country = self.countries.get(i)
            if country is not None and country.fact is not None:
                return country.fact.iso3
            org = self.org_ids.get(i)
            if org and self.reader.org_country.get(org):
                return self.reader.org_country[org]
        return None

    # --- names said outside any quote ------------------------------------
    def titled_people(self) -> list[SpeakerMention]:
        """People introduced with a title anywhere: "Defense Minister Shinjiro Koizumi"."""
        words = self.words
        texts = words.texts
        found = []
        n = len(texts)
        following = 0  # where the scan goes on after the previous title
        for i in sorted(self.title_words):
            if i < following:
                continue
            j = i
            while j < n and (j in self.title_words or words.ends_abbreviation(j)):
                j += 1
            k = j
            while k < n and k - j < 3 and self.is_capitalised(k) and not self.labels[k] and k not in self.countries:
                k += 1
            if k > j and texts[j][:1].isupper():
                start = i
                while start > 0 and (self.is_capitalised(start - 1) or texts[start - 1] in {"’s", "'s"}):
                    start -= 1
                mention = self.read(start, k)
                if mention is not None and mention.kind == "person" and mention.name:
                    found.append(mention)
            following = max(k, i + 1)
        return found


def strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", " ’s", " 's"):
        if text.endswith(suffix):
            return text[: -len(suffix)].strip()
    return text.strip()


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]  # "witnesses", "coaches"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _singular_last(text: str) -> str:
    words = text.split(" ")
    words[-1] = _singular(words[-1])
    return " ".join(words)
