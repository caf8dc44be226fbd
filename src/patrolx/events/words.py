"""An article's words as the event rules read them, taken from what the pipeline already computed: the doc's
lower-case tokens and their offsets (`text.tokens.token_columns`), its index of where each word stands
(`extensions.WORD_POSITIONS`), from which sentence stops and the cue phrases of `patterns/event_cues.jsonl`
are looked up without another pass over the text.

A sentence ends at a line break, or at a ".", "!" or "?" token (and the closing marks touching it) followed by
a space, unless the word glued before the full stop is an abbreviation or a single letter. Sentences are kept
as the character offsets where they start, and a word's sentence is found by bisection when it is asked for:
the rules ask about a few dozen words of an article's hundreds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from spacy.tokens import Doc

from ..resources import load_patterns
from ..text.matching import word_positions
from ..text.tokens import TokenColumns, token_columns

PATTERN_FILE = "event_cues.jsonl"
METADATA_KEYS = ("weight",)
LABELS = ("TYPE", "NEGATION", "ASIDE", "CAPTION", "CLUTTER", "CRAFT", "RESPONSE", "PURSUIT", "OWNED_SPACE", "SPAN")

SENTENCE_STOPS = (".", "!", "?")
LINE_BREAK = re.compile(r"\n\s*")  # a sentence starts after it
CLOSING = frozenset({'"', "”", "’", "'", ")"})
ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col capt cmdr adm sgt maj st no vs"
    " inc co corp jr sr rep sen gov pres approx".split()
)


def check_entry(entry: dict[str, Any]) -> str | None:
    """A cue entry's own rules: a known label, a phrase (not a token pattern), a numeric weight for a TYPE cue."""
    if entry["label"] not in LABELS:
        return f"unknown label {entry['label']!r}; use one of {', '.join(LABELS)}"
    if not isinstance(entry["pattern"], str):
        return '"pattern" must be a phrase: event cues are matched on words, not token patterns'
    weight = entry.get("weight")
    if entry["label"] == "TYPE" and (isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0):
        return 'a TYPE cue needs a positive "weight" (how strongly the phrase tells the type)'
    return None


def split_like_spacy(phrase: str) -> list[str]:
    """A cue phrase split as spaCy's English tokenizer splits it: a hyphen between letters is a token of its own.
    (Contractions split as "did" + "n't": the cue file lists "n't" for them; a test checks every phrase.)"""
    words: list[str] = []
    for word in phrase.lower().split():
        parts = word.split("-")
        if len(parts) > 1 and all(part.isalpha() for part in parts):
            words.extend(" - ".join(parts).split())
        else:
            words.append(word)
    return words


@dataclass(slots=True)  # not frozen: made dozens of times per article, and a frozen dataclass is slow to make
class Cue:
    label: str
    meaning: str  # the entry's id: the event type, or what the cue marks
    weight: float
    first: int  # index of its first word (token)
    last: int  # index of its last word
    sentence: int


# A cue's label, meaning and weight.
CueEntry = tuple[str, str, float]


# The phrases starting with one word: the entries of the word alone, and the longer phrases by their second word:
# (the words after the second, the phrase's entries), longest first.
Phrases = tuple[tuple[CueEntry, ...], dict[str, tuple[tuple[tuple[str, ...], tuple[CueEntry, ...]], ...]]]


@cache
def cue_index() -> dict[str, Phrases]:
    """The shipped cues by first word; a phrase with an apostrophe also with a curly one."""
    by_words: dict[tuple[str, ...], list[CueEntry]] = {}
    for entry in load_patterns(PATTERN_FILE, METADATA_KEYS, check=check_entry):
        words = tuple(split_like_spacy(entry["pattern"]))
        for form in dict.fromkeys((words, tuple(word.replace("'", "’") for word in words))):
            by_words.setdefault(form, []).append((entry["label"], entry["id"], float(entry.get("weight", 1))))
    alone: dict[str, tuple[CueEntry, ...]] = {}
    longer: dict[str, dict[str, list[tuple[tuple[str, ...], tuple[CueEntry, ...]]]]] = {}
    for words, entries in by_words.items():
        if len(words) == 1:
            alone[words[0]] = tuple(entries)
        else:
            longer.setdefault(words[0], {}).setdefault(words[1], []).append((words[2:], tuple(entries)))
    return {
        first: (
            alone.get(first, ()),
            {
                second: tuple(sorted(phrases, key=lambda phrase: -len(phrase[0])))
                for second, phrases in longer.get(first, {}).items()
            },
        )
        for first in alone.keys() | longer.keys()
    }


@dataclass(slots=True)
class ArticleWords:
    """A text's words, sentences and cues, with lookups from character offsets."""

    text: str
    words: list[str]  # the tokens' lower-case forms
    starts: list[int]  # where each starts in `text`
    sentence_starts: list[int]  # character offsets, the first 0
    cues: dict[str, list[Cue]]  # by label, in text order

    @classmethod
    def of_doc(cls, doc: Doc) -> ArticleWords:
        columns = token_columns(doc)
        positions = word_positions(doc)
        words = cls(columns.text, columns.lowers, columns.idx, _sentence_starts(columns.text, columns, positions), {})
        words.cues = words._find_cues(positions)
        return words

    @classmethod
    def joined(cls, text: str, parts: list[tuple[int, ArticleWords]]) -> ArticleWords:
        """The words of a text processed in parts: each part's, with the offset where the part starts in `text`.
        (A cue or a sentence running across a cut is not seen.)"""
        whole = cls(text, [], [], [], {})
        for offset, part in parts:
            first_word, first_sentence = len(whole.words), len(whole.sentence_starts)
            whole.words += part.words
            whole.starts += [start + offset for start in part.starts]
            whole.sentence_starts += [start + offset for start in part.sentence_starts]
            for label, cues in part.cues.items():
                whole.cues.setdefault(label, []).extend(
                    Cue(
                        cue.label,
                        cue.meaning,
                        cue.weight,
                        cue.first + first_word,
                        cue.last + first_word,
                        cue.sentence + first_sentence,
                    )
                    for cue in cues
                )
        return whole

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_of(self, word: int) -> int:
        return bisect.bisect_right(self.sentence_starts, self.starts[word]) - 1

    def sentence_span(self, sentence: int) -> tuple[int, int]:
        end = self.sentence_starts[sentence + 1] if sentence + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[sentence], end

    def char_span(self, cue: Cue) -> tuple[int, int]:
        """Where a cue's words start and end in the text."""
        return self.starts[cue.first], self.starts[cue.last] + len(self.words[cue.last])

    def word_at(self, offset: int) -> int:
        """The index of the word holding `offset` (an offset inside a word, as a fact's start or end - 1 is)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_words(self, sentence: int) -> range:
        start, end = self.sentence_span(sentence)
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def _find_cues(self, positions: dict[str, list[int]]) -> dict[str, list[Cue]]:
        """Every cue phrase, longest first at each word; a phrase inside a longer one of its label is dropped.
        (No phrase runs across sentences: a stop or a line break is a token of its own, and no phrase holds one.)"""
        index_ = cue_index()
        words, starts = self.words, self.starts
        found: dict[str, list[Cue]] = {label: [] for label in LABELS}
        covered = dict.fromkeys(LABELS, -1)  # label -> the last word its longest phrase so far reaches
        sentence_ends = [*self.sentence_starts[1:], len(self.text)]
        sentence, next_sentence = 0, sentence_ends[0]
        word_count = len(words)
        firsts = sorted(chain.from_iterable(map(positions.__getitem__, index_.keys() & positions.keys())))
        for index in firsts:
            start = starts[index]
            while start >= next_sentence:  # the words come in text order: so do their sentences
                sentence += 1
                next_sentence = sentence_ends[sentence]
            alone, by_second = index_[words[index]]
            # (Loops, not comprehensions: this runs for every cue word of every article.)
            phrases = by_second.get(words[index + 1]) if by_second and index + 1 < word_count else None
            for rest, entries in phrases or ():
                last = index + 1 + len(rest)
                if rest and tuple(words[index + 2 : last + 1]) != rest:
                    continue
                for label, meaning, weight in entries:
                    if covered[label] < last:
                        covered[label] = last
                        found[label].append(Cue(label, meaning, weight, index, last, sentence))
            for label, meaning, weight in alone:
                if covered[label] < index:
                    covered[label] = index
                    found[label].append(Cue(label, meaning, weight, index, index, sentence))
        return found


def _sentence_starts(text: str, columns: TokenColumns, positions: dict[str, list[int]]) -> list[int]:
    """Where each sentence starts (character offsets of its first non-space character; the first is 0), from the
    text's line breaks and the doc's stop tokens."""
    starts = [line.end() for line in LINE_BREAK.finditer(text)]
    texts, whitespace, idx, is_space = columns.texts, columns.whitespace, columns.idx, columns.is_space
    last = len(texts) - 1
    for stop in [i for mark in SENTENCE_STOPS for i in positions.get(mark, ())]:
        if stop > 0 and not whitespace[stop - 1]:
            letters = texts[stop - 1].rpartition(".")[2]  # the word glued before the stop: an abbreviation's?
            if letters.isalpha() and (len(letters) == 1 or letters.lower() in ABBREVIATIONS):
                continue
        end = stop
        while end < last and not whitespace[end] and texts[end + 1] in CLOSING:
            end += 1
        if end < last and (whitespace[end] or is_space[end + 1]):
            after = end + 1
            while after <= last and is_space[after]:
                after += 1
            if after <= last:
                starts.append(idx[after])
    starts.append(0)
    starts = sorted(set(starts))
    if starts[-1] >= len(text):  # a line break ending the text starts no sentence
        starts.pop()
    return starts
