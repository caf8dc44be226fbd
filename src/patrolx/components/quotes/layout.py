"""The shape of an article as the quote finder needs it: paragraphs, sentences, quotation marks.

Everything here works on token indices of a Doc made by spaCy's blank
English tokenizer, read from plain per-token lists (`Words`) rather than Token
objects:
- a paragraph is a line of text (a whitespace token holding a newline ends it);
- a paragraph's opening dateline ("SEOUL, Nov. 30 (UPI) —") is a sentence of
  its own, so reported content never starts with it;
- a sentence ends at ".", "!" or "?" (plus any closing quotation marks right
  after it) when the next word starts with a capital, a digit or an opening
  mark, and the "." does not end an abbreviation ("Capt.", "Lt.");
- quotation marks are paired within a paragraph (`marks.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, compress

from spacy.attrs import IS_STOP, LIKE_NUM
from spacy.tokens import Doc

from ...extensions import CLUTTER_BOUNDS, SPAN_KEYS
from ...text.matching import word_positions
from ...text.tokens import token_columns
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, QuoteRegion, link_continued, paired_regions
from .wordlists import ABBREVIATIONS

SENTENCE_END = {".", "!", "?", "…", "..."}
# Abbreviations that are one token with their full stop, which may end a sentence too ("... in the U.S. He
# said ..."), and the words that then show a new sentence (never a name going on: "U.S. Navy", "Jr. Smith").
DOTTED_ABBREVIATIONS = {"u.s.", "u.k.", "u.n.", "d.c.", "jr.", "inc.", "corp.", "co.", "ltd.", "a.m.", "p.m."}
SENTENCE_OPENERS = {"He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "And", "There", "His", "Her"}

# A dateline is at most this long: "WASHINGTON, Nov. 30 (Reuters) -".
MAX_DATELINE_TOKENS = 12
DATELINE_DASHES = ("—", "–", "--", "-", "―")
DASH_CHARACTERS = ("—", "–", "-", "―")  # the characters of the dateline dashes
DASH_CHARACTER = re.compile("|".join(map(re.escape, DASH_CHARACTERS)))
# A paragraph is in title case when this share of its longer words is capitalised.
TITLE_CASE_SHARE = 0.8


@dataclass(slots=True)
class Words:
    """One doc's tokens as plain per-token lists (the shared token columns), with the lexical flags the
    quote finder asks about: indexing a list is several times cheaper than making a Token with `doc[i]`.

    The flags are spaCy's lexical attributes, computed from the token text the way spaCy computes them
    (`str.isalpha` for `is_alpha`, the language's own getters for `is_stop` and `like_num`), on demand:
    most tokens are never asked about."""

    text: str  # doc.text
    texts: list[str]  # token.text
    lowers: list[str]  # token.lower_
    whitespace: list[str]  # token.whitespace_
    idx: list[int]  # token.idx
    is_space: list[bool]
    is_punct: list[bool]
    by_word: dict[str, list[int]]  # lower-case form -> the tokens that have it (the matchers' index of the doc)
    _is_stop: Callable[[str], bool]
    _like_num: Callable[[str], bool]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        columns = token_columns(doc)
        getters = doc.vocab.lex_attr_getters
        return cls(
            columns.text,
            columns.texts,
            columns.lowers,
            columns.whitespace,
            columns.idx,
            columns.is_space,
            columns.is_punct,
            word_positions(doc),
            getters[IS_STOP],
            getters[LIKE_NUM],
        )

    def is_alpha(self, i: int) -> bool:
        return self.texts[i].isalpha()

    def is_lower(self, i: int) -> bool:
        return self.texts[i].islower()

    def is_upper(self, i: int) -> bool:
        return self.texts[i].isupper()

    def is_title(self, i: int) -> bool:
        return self.texts[i].istitle()

    def is_stop(self, i: int) -> bool:
        return self._is_stop(self.texts[i])

    def like_num(self, i: int) -> bool:
        return self._like_num(self.texts[i])

    def __len__(self) -> int:
        return len(self.texts)

    def end_char(self, i: int) -> int:
        """The character after token i."""
        return self.idx[i] + len(self.texts[i])

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` for 0 <= start, end <= len(doc)."""
        if start >= end:
            return ""
        idx = self.idx
        return self.text[idx[start] : idx[end - 1] + len(self.texts[end - 1])]

    def positions(self, strings: Iterable[str]) -> list[int]:
        """The tokens that are one of `strings` (sentence ends, quotation marks, ","), in order.

        These strings hold no letters, so a token is one of them exactly when its lower-case form is: they
        are looked up in the doc's index of words, with no pass over the tokens."""
        by_word = self.by_word
        found = [by_word[text] for text in strings if text in by_word]
        if len(found) == 1:
            return list(found[0])  # a copy: the index is shared by every component
        return sorted(chain.from_iterable(found))

    def is_mark(self, i: int) -> bool:
        return self.texts[i] in QUOTE_MARKS

    def touches_previous(self, i: int) -> bool:
        return i > 0 and not self.whitespace[i - 1] and not self.is_space[i - 1]

    def touches_next(self, i: int, end: int) -> bool:
        return i + 1 < end and not self.whitespace[i] and not self.is_space[i + 1]

    def ends_abbreviation(self, i: int) -> bool:
        if self.texts[i] != "." or not self.touches_previous(i):
            return False
        previous = self.texts[i - 1]
        if self.lowers[i - 1] == "no":
            return i + 1 < len(self.texts) and self.like_num(i + 1)  # 'No. 2', but 'the senator said no. But ...'
        return self.lowers[i - 1] in ABBREVIATIONS or (len(previous) == 1 and self.is_upper(i - 1))


class Layout:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words = words = Words.of(doc)
        n = len(words)
        self.skipped = [False] * n
        for start, end in _clutter(doc):
            self.skipped[start:end] = [True] * (end - start)
        self.paragraphs = _paragraphs(words)
        self.paragraph_of = paragraph_of = [0] * n
        sentences: list[tuple[int, int]] = []
        self.sentences = sentences
        self._title_case: dict[int, bool] = {}  # paragraph -> whether it is in title case, computed on demand
        self.dateline_end: dict[int, int] = {}  # paragraph -> character where the text after its dateline starts
        self.regions: list[QuoteRegion] = []
        # Only these tokens can end a sentence, and only these can pair as quotation marks: the per-paragraph
        # pass visits them alone.
        sentence_ends = words.positions(SENTENCE_END | DOTTED_ABBREVIATIONS)
        marks = words.positions(QUOTE_MARKS)
        for number, (start, end) in enumerate(self.paragraphs):
            paragraph_of[start:end] = [number] * (end - start)
            first = start
            dateline = _dateline(words, start, end)
            if dateline is not None:
                # The dateline stands apart, so no sentence (and no reported content) starts with it.
                first, self.dateline_end[number] = dateline
                sentences.append((start, first))
            sentences.extend(_sentences(words, first, end, within(sentence_ends, first, end)))
            if marks:
                paragraph_marks = within(marks, start, end)
                if paragraph_marks:
                    self.regions.extend(paired_regions(words, end, number, paragraph_marks))
        self.sentence_of = sentence_of = [0] * n
        for number, (start, end) in enumerate(sentences):
            sentence_of[start:end] = [number] * (end - start)
        self.double_marks = [i for i in marks if words.texts[i] in DOUBLE_QUOTE_MARKS]
        link_continued(self.regions, self.paragraphs)

    def title_case(self, paragraph: int) -> bool:
        """Whether a paragraph is written in title case ("China Says Jets Left"), like many headlines."""
        if paragraph not in self._title_case:
            start, end = self.paragraphs[paragraph]
            texts = self.words.texts
            words = [text for text in texts[start:end] if len(text) > 3 and text.isalpha()]
            share = sum(word[0].isupper() for word in words) / len(words) if words else 0.0
            self._title_case[paragraph] = share >= TITLE_CASE_SHARE
        return self._title_case[paragraph]

    def double_marks_in(self, start: int, end: int) -> int:
        """How many of the tokens [start, end) are double quotation marks."""
        return len(within(self.double_marks, start, end))

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def paragraph(self, i: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_of[i]]


def _clutter(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges `patrolx_boilerplate` marked as clutter, read from the bounds it keeps beside its spans
    (iterating the span group would make every Span anew)."""
    bounds = CLUTTER_BOUNDS.get(doc)
    if bounds is not None:
        starts, ends = bounds
        return list(zip(starts, ends, strict=True))
    key = SPAN_KEYS["boilerplate"]
    return [(span.start, span.end) for span in doc.spans[key]] if key in doc.spans else []


def within(positions: list[int], start: int, end: int) -> list[int]:
    """The sorted `positions` in [start, end)."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def _paragraphs(words: Words) -> list[tuple[int, int]]:
    """Runs of tokens between whitespace tokens holding a newline, without the whitespace around them."""
    paragraphs = []
    texts, is_space = words.texts, words.is_space
    n = len(texts)
    breaks = [i for i in compress(range(n), is_space) if "\n" in texts[i]]
    start = 0
    for end in [*breaks, n]:
        while start < end and is_space[start]:
            start += 1
        if end == n:
            while end > start and is_space[end - 1]:
                end -= 1
        if start < end:
            paragraphs.append((start, end))
        start = end + 1
    return paragraphs


def starts_sentence(text: str) -> bool:
    first = text[0]
    return first.isupper() or first.isdigit() or text in QUOTE_MARKS or text in {"(", "—"}


def _sentences(words: Words, start: int, end: int, sentence_ends: list[int]) -> list[tuple[int, int]]:
    """Split [start, end) at the tokens `sentence_ends` (those in it that are in SENTENCE_END)."""
    sentences = []
    begin = start
    texts = words.texts
    for i in sentence_ends:
        if words.ends_abbreviation(i):
            continue
        if texts[i] not in SENTENCE_END and not (i + 1 < end and texts[i + 1] in SENTENCE_OPENERS):
            continue  # 'the U.S. Navy', but 'attacks in the U.S. He says'
        j = i + 1
        # Closing marks and brackets touching the full stop belong to this sentence.
        while j < end and (texts[j] in QUOTE_MARKS or texts[j] in {")", "]"}) and words.touches_previous(j):
            j += 1
        following = j
        while following < end and words.is_space[following]:
            following += 1  # 'the idea.  "We know ...': two spaces after the full stop
        if following >= end or starts_sentence(texts[following]):
            sentences.append((begin, following))
            begin = following
    if begin < end:
        sentences.append((begin, end))
    return sentences


def _dateline(words: Words, start: int, end: int) -> tuple[int, int] | None:
    """A paragraph's opening dateline ("SEOUL, Nov. 30 (UPI) —", "MOSCOW (Reuters) -", "TAIPEI, Taiwan —",
    "MOSCOW, June 5. /TASS/."):
    (the first token after it, the character where the text after it starts), or None.

    It is a few capitalised words, numbers and brackets up to a dash, starting with a city in capitals
    or naming the agency in brackets. A dash glued to the text ("(UPI)—Two") ends inside a token."""
    texts, text = words.texts, words.text
    last = min(end, start + MAX_DATELINE_TOKENS)
    # Most paragraphs are ruled out by their opening text: a dateline ends at an agency's name between
    # slashes, or at a dash after a city in capitals or an agency in brackets.
    begin, stop = words.idx[start], words.end_char(last - 1)
    city = len(texts[start]) > 3 and texts[start].isupper()
    if not city and text.find("(", begin, stop) < 0 and text.find("/", begin, stop) < 0:
        return None  # the usual paragraph: no city, bracket or slash (searched for without slicing the text)
    opening = text[begin:stop]
    if "/" not in opening and not ((city or "(" in opening) and any(dash in opening for dash in DASH_CHARACTERS)):
        return None
    bracketed = False
    for i in range(start, last):
        text = texts[i]
        if i > start and (bracketed or city) and DASH_CHARACTER.search(text):
            dash = next((d for d in DATELINE_DASHES if d in text), None)
            if dash is not None:
                return _dateline_at_dash(words, i, end, dash)
        if text.startswith("/") and text.rstrip(".").endswith("/") and len(text) > 2:
            # TASS style: "MOSCOW, June 5. /TASS/. Two bombers ..." ends at the agency, with or without a dash.
            bracketed = True
            if i + 1 < end and texts[i + 1] not in DATELINE_DASHES:
                return i + 1, words.idx[i + 1]
        elif text == "(":
            bracketed = True
        elif not (text[:1].isupper() or text[:1].isdigit() or text in {",", ".", ")", "/"}):
            return None
    return None


def _dateline_at_dash(words: Words, i: int, end: int, dash: str) -> tuple[int, int] | None:
    """The end of a dateline at the token i holding `dash`: a dash of its own, or one glued to the text."""
    text = words.texts[i]
    if text in DATELINE_DASHES:
        if not words.whitespace[i - 1] and words.texts[i - 1][-1:].isalnum():
            return None  # a hyphen inside a name ("Russia-China")
        after = i + 1
        while after < end and words.is_space[after]:
            after += 1
        return (after, words.idx[after]) if after < end else None
    cut = text.index(dash)
    head = text[:cut]
    if head and not (head.endswith(")") or head.isupper()) or cut + len(dash) >= len(text):
        return None
    return i, words.idx[i] + cut + len(dash)
