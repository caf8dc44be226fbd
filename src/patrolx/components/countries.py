"""`patrolx_countries`: sovereign states by name, demonym or capital used for the government.

Patterns come from `patterns/countries.jsonl` (label COUNTRY, DEMONYM,
CAPITAL, PERSON_NAME for names that are also first names, or NOT_COUNTRY for
longer phrases that only contain a country word, "North American"; id = ISO
alpha-3; metadata iso2, name). A match must keep the pattern's capitalisation (or be all
capitals, as in headlines) so that "us" and "china" the tableware stay
ordinary words. A mention is dropped when it:
- lies inside a region already found ("Sea of Japan", "East China Sea");
- is a capital in a dateline ("MOSCOW (Reuters) -", "SEOUL, Nov. 30 -") or
  used as a place ("in Tokyo", "Beijing-based");
- is a first name ("Jordan Peterson", "Michael Jordan");
- is a demonym naming a language ("Chinese and French versions");
- is "US" in a line written in capitals ("LET US KNOW").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import COUNTRY_BOUNDS, set_spans
from ..families import BY_NAME
from ..records import CountryFact
from ..resources import load_patterns
from ..text.matching import PatternMatcher, longest, word_positions
from ..text.tokens import TokenColumns, token_columns
from .boilerplate import Clutter
from .regions import tokens_in_regions

FACT_FAMILY = BY_NAME["countries"]
PATTERN_FILE = "countries.jsonl"
METADATA_KEYS = ("iso2", "name")
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "around", "across"}
LANGUAGE_NOUNS = {
    "version",
    "versions",
    "language",
    "languages",
    "translation",
    "translations",
    "speaker",
    "speakers",
    "speaking",
    "subtitles",
    "edition",
    "editions",
    "dialect",
}
LANGUAGE_WINDOW = 4
# "Jerusalem Post", "Moscow Times": a capital naming a newspaper or broadcaster.
MEDIA_NOUNS = {"post", "times", "herald", "daily", "journal", "news", "radio", "tv", "gazette", "tribune", "review"}
DATELINE_PUNCT = {",", "(", "—", "–", "-", "--"}
LINE_BREAK = re.compile("\n")


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_countries(nlp: Language, name: str, pattern_dirs: list[str]) -> CountryRecognizer:
    return CountryRecognizer(nlp, name, pattern_dirs=pattern_dirs)


class CountryRecognizer:
    def __init__(self, nlp: Language, name: str = "patrolx_countries", pattern_dirs: Iterable[str] = ()):
        self.name = name
        self.matcher = PatternMatcher(nlp, exact_case=True)
        self.matcher.add(load_patterns(PATTERN_FILE, METADATA_KEYS, [Path(d) for d in pattern_dirs]))

    def __call__(self, doc: Doc) -> Doc:
        matches = longest(self.matcher.matches(doc))
        if not matches:
            set_spans(doc, "countries", [], [])
            COUNTRY_BOUNDS.set(doc, [])
            return doc
        in_regions = tokens_in_regions(doc)
        clutter = Clutter(doc)
        columns = token_columns(doc)
        lines = _Lines(columns)
        # A demonym names a language only beside a language noun; most texts have none.
        language_nouns = not word_positions(doc).keys().isdisjoint(LANGUAGE_NOUNS)
        kept: list[Span] = []
        records: list[CountryFact] = []
        kept_tokens: list[tuple[int, int]] = []  # the kept spans' tokens, for the components that read them
        for match in matches:  # a Span only for the matches kept
            start, end, label = match.start, match.end, match.label
            if clutter.holds(start, end):
                continue
            if in_regions and not in_regions.isdisjoint(range(start, end)):
                continue
            start_char, end_char = columns.char_range(start, end)
            text = columns.text[start_char:end_char]
            # Most matches are decided by their label alone (as `_is_not_the_state` decides them first).
            plain = (label == "COUNTRY" and text != "US") or (label == "DEMONYM" and not language_nouns)
            bounds = (start, end, start_char, end_char)
            if not plain and self._is_not_the_state(columns, bounds, text, label, lines, language_nouns):
                continue
            meta = self.matcher.metadata[match.id]
            span = self.matcher.span(doc, match)
            record = CountryFact(
                text=text, start=start_char, end=end_char, iso2=meta["iso2"], iso3=match.id, name=meta["name"]
            )
            kept.append(span)
            records.append(record)
            kept_tokens.append((start, end))
        set_spans(doc, "countries", kept, records)
        COUNTRY_BOUNDS.set(doc, kept_tokens)
        return doc

    def _is_not_the_state(
        self,
        columns: TokenColumns,
        bounds: tuple[int, int, int, int],
        text: str,
        label: str,
        lines: _Lines,
        language_nouns: bool,
    ) -> bool:
        """Whether a match names something other than the state: a word ("LET US KNOW"), a language, a city."""
        if (label == "COUNTRY" and text != "US") or (label == "DEMONYM" and not language_nouns):
            return False  # most matches: decided without reading the words around them
        if label == "NOT_COUNTRY":
            return True
        mention = _Mention(columns, *bounds)
        if label == "CAPITAL":
            return _is_dateline(mention) or _is_place(mention) or _starts_a_name(mention, lines)
        if label == "PERSON_NAME":
            return _is_first_name(mention)
        if label == "DEMONYM":
            return _names_a_language(mention)
        if mention.text == "US":
            return lines.in_capitals(mention)
        return False


class _Mention:
    """A match's token and character bounds, read on the doc's token columns: the checks look at a few
    neighbouring words, and a spaCy Token object for each of them would cost more than the check."""

    __slots__ = ("columns", "start", "end", "start_char", "end_char", "text")

    def __init__(self, columns: TokenColumns, start: int, end: int, start_char: int, end_char: int) -> None:
        self.columns = columns
        self.start = start
        self.end = end
        self.start_char = start_char
        self.end_char = end_char
        self.text = columns.text[start_char:end_char]

    def word_after(self) -> str | None:
        return self.columns.texts[self.end] if self.end < len(self.columns.texts) else None

    def word_before(self) -> str | None:
        return self.columns.texts[self.start - 1] if self.start > 0 else None


def _is_word(text: str | None) -> bool:
    """Whether a token is a capitalised word (spaCy's `is_title` and `is_alpha`)."""
    return text is not None and text.istitle() and text.isalpha()


def _line_start(mention: _Mention) -> bool:
    columns, start = mention.columns, mention.start
    return start == 0 or "\n" in columns.whitespace[start - 1] or columns.is_space[start - 1]


def _is_dateline(mention: _Mention) -> bool:
    following = mention.word_after()
    if not _line_start(mention) or following is None:
        return False
    return following in DATELINE_PUNCT or mention.text.isupper()


def _is_place(mention: _Mention) -> bool:
    columns, end = mention.columns, mention.end
    before = columns.lowers[mention.start - 1] if mention.start > 0 else ""
    if end < len(columns.texts) and columns.lowers[end] in MEDIA_NOUNS:
        return True
    # The text of the next two tokens, as `doc[end : end + 2].text`.
    last = min(end + 2, len(columns.texts)) - 1
    after = columns.text[columns.idx[end] : columns.idx[last] + len(columns.texts[last])].lower() if last >= end else ""
    return before in PLACE_PREPOSITIONS or after.startswith("- based") or after.startswith("-based")


def _starts_a_name(mention: _Mention, lines: _Lines) -> bool:
    """ "Wellington Koo", "Lima Sahar", "Moscow Metro": a capital followed by a capitalised word names
    something else, except in a headline set in title case ("Beijing Warns Taipei")."""
    if not _is_word(mention.word_after()):
        return False
    return not lines.in_title_case(mention)


def _is_first_name(mention: _Mention) -> bool:
    return _is_word(mention.word_after()) or (_is_word(mention.word_before()) and not _line_start(mention))


def _names_a_language(mention: _Mention) -> bool:
    """ "Chinese, Japanese, and French versions", "Indonesian as our main language"."""
    texts = mention.columns.texts
    i = mention.end
    # Walk over a coordination of capitalised words, then a few more words of the same phrase.
    while i < len(texts) and (texts[i] in {",", "and", "or"} or texts[i].istitle()):
        i += 1
    for j in range(i, min(i + LANGUAGE_WINDOW, len(texts))):
        if mention.columns.lowers[j] in LANGUAGE_NOUNS:
            return True
        if mention.columns.is_punct[j]:
            break
    return False


class _Lines:
    """A doc's lines, found once and only when a check needs them: a walk to the line's ends for every
    mention would be quadratic in a long text without line breaks."""

    def __init__(self, columns: TokenColumns) -> None:
        self.columns = columns
        self._breaks: list[int] | None = None  # tokens followed by a line break
        self._capitals: dict[tuple[int, int], bool] = {}
        self._title_case: dict[tuple[int, int], bool] = {}

    def around(self, mention: _Mention) -> tuple[int, int]:
        if self._breaks is None:
            # A token's trailing whitespace is at most one space: a line break is in a token's text, the last
            # token starting at or before it. Finding the breaks in the text skips a test of every token.
            idx, text = self.columns.idx, self.columns.text
            breaks = (bisect_right(idx, at.start()) - 1 for at in LINE_BREAK.finditer(text))
            self._breaks = sorted(set(breaks))
        before = bisect_left(self._breaks, mention.start) - 1
        after = bisect_left(self._breaks, mention.end - 1)
        start = self._breaks[before] + 1 if before >= 0 else 0
        end = self._breaks[after] + 1 if after < len(self._breaks) else len(self.columns.texts)
        return start, end

    def in_title_case(self, mention: _Mention) -> bool:
        """Whether the mention's line is a headline with most words capitalised ("Beijing Warns Taipei")."""
        line = self.around(mention)
        if line not in self._title_case:
            words = [w for w in self.columns.texts[line[0] : line[1]] if w.isalpha() and len(w) > 3]
            capitalised = sum(w.istitle() or w.isupper() for w in words)
            self._title_case[line] = len(words) > 2 and capitalised > 0.7 * len(words)
        return self._title_case[line]

    def in_capitals(self, mention: _Mention) -> bool:
        """Whether the mention's line is written in capitals ("LET US KNOW")."""
        line = self.around(mention)
        if line not in self._capitals:
            words = [w for w in self.columns.texts[line[0] : line[1]] if w.isalpha() and len(w) > 1]
            self._capitals[line] = len(words) > 1 and all(w.isupper() for w in words)
        return self._capitals[line]
