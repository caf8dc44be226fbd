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

from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import SPAN_KEYS, set_fact
from ..records import CountryFact
from ..resources import load_patterns
from .boilerplate import in_boilerplate
from .matching import PatternMatcher

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


@Language.factory(
    "patrolx_countries",
    default_config={"pattern_dirs": []},
    assigns=["doc.spans"],
)
def make_countries(nlp: Language, name: str, pattern_dirs: list[str]) -> CountryRecognizer:
    return CountryRecognizer(nlp, name, pattern_dirs=pattern_dirs)


class CountryRecognizer:
    def __init__(self, nlp: Language, name: str = "patrolx_countries", pattern_dirs: Iterable[str] = ()):
        self.name = name
        self.matcher = PatternMatcher(nlp, exact_case=True)
        self.matcher.add(load_patterns(PATTERN_FILE, METADATA_KEYS, [Path(d) for d in pattern_dirs]))

    def __call__(self, doc: Doc) -> Doc:
        regions = doc.spans[SPAN_KEYS["regions"]] if SPAN_KEYS["regions"] in doc.spans else []
        in_regions = {i for region in regions for i in range(region.start, region.end)}
        lines = _Lines(doc)
        kept = []
        for span in self.matcher.longest(doc):
            if in_boilerplate(span) or not in_regions.isdisjoint(range(span.start, span.end)):
                continue
            if self._is_not_the_state(span, lines):
                continue
            meta = self.matcher.metadata[span.id_]
            set_fact(
                span,
                CountryFact(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    iso2=meta["iso2"],
                    iso3=span.id_,
                    name=meta["name"],
                ),
            )
            kept.append(span)
        doc.spans[SPAN_KEYS["countries"]] = kept
        return doc

    def _is_not_the_state(self, span: Span, lines: _Lines) -> bool:
        if span.label_ == "NOT_COUNTRY":
            return True
        if span.label_ == "CAPITAL":
            return _is_dateline(span) or _is_place(span) or _starts_a_name(span, lines)
        if span.label_ == "PERSON_NAME":
            return _is_first_name(span)
        if span.label_ == "DEMONYM":
            return _names_a_language(span)
        if span.text == "US":
            return lines.in_capitals(span)
        return False


def _line_start(span: Span) -> bool:
    doc = span.doc
    return span.start == 0 or "\n" in doc[span.start - 1].whitespace_ or doc[span.start - 1].is_space


def _is_dateline(span: Span) -> bool:
    doc = span.doc
    if not _line_start(span) or span.end >= len(doc):
        return False
    return doc[span.end].text in DATELINE_PUNCT or span.text.isupper()


def _is_place(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2].text.lower() if span.end < len(doc) else ""
    if span.end < len(doc) and doc[span.end].lower_ in MEDIA_NOUNS:
        return True
    return before in PLACE_PREPOSITIONS or after.startswith("- based") or after.startswith("-based")


def _starts_a_name(span: Span, lines: _Lines) -> bool:
    """ "Wellington Koo", "Lima Sahar", "Moscow Metro": a capital followed by a capitalised word names
    something else, except in a headline set in title case ("Beijing Warns Taipei")."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or not (following.is_title and following.is_alpha):
        return False
    return not lines.in_title_case(span)


def _is_first_name(span: Span) -> bool:
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    preceding = doc[span.start - 1] if span.start > 0 else None
    return bool(
        (following is not None and following.is_title and following.is_alpha)
        or (preceding is not None and preceding.is_title and preceding.is_alpha and not _line_start(span))
    )


def _names_a_language(span: Span) -> bool:
    """ "Chinese, Japanese, and French versions", "Indonesian as our main language"."""
    doc = span.doc
    i = span.end
    # Walk over a coordination of capitalised words, then a few more words of the same phrase.
    while i < len(doc) and (doc[i].text in {",", "and", "or"} or doc[i].is_title):
        i += 1
    window = doc[i : i + LANGUAGE_WINDOW]
    for token in window:
        if token.lower_ in LANGUAGE_NOUNS:
            return True
        if token.is_punct:
            break
    return False


class _Lines:
    """A doc's lines, found once and only when a check needs them: a walk to the line's ends for every
    mention would be quadratic in a long text without line breaks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._breaks: list[int] | None = None  # tokens followed by a line break
        self._capitals: dict[tuple[int, int], bool] = {}

    def around(self, span: Span) -> tuple[int, int]:
        if self._breaks is None:
            # A token's trailing whitespace is at most one space: a line break is in its text.
            strings = self.doc.vocab.strings
            self._breaks = [i for i, key in enumerate(self.doc.to_array(ORTH).tolist()) if "\n" in strings[key]]
        before = bisect_left(self._breaks, span.start) - 1
        after = bisect_left(self._breaks, span.end - 1)
        start = self._breaks[before] + 1 if before >= 0 else 0
        end = self._breaks[after] + 1 if after < len(self._breaks) else len(self.doc)
        return start, end

    def in_title_case(self, span: Span) -> bool:
        """Whether the span's line is a headline with most words capitalised ("Beijing Warns Taipei")."""
        start, end = self.around(span)
        words = [t for t in self.doc[start:end] if t.is_alpha and len(t) > 3]
        return len(words) > 2 and sum(t.is_title or t.is_upper for t in words) > 0.7 * len(words)

    def in_capitals(self, span: Span) -> bool:
        """Whether the span's line is written in capitals ("LET US KNOW")."""
        line = self.around(span)
        if line not in self._capitals:
            words = [t for t in self.doc[line[0] : line[1]] if t.is_alpha and len(t) > 1]
            self._capitals[line] = len(words) > 1 and all(t.is_upper for t in words)
        return self._capitals[line]
