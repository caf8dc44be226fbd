"""The shape of an article as the quote finder needs it: paragraphs, sentences, quotation marks.

Everything here works on token indices of a Doc made by spaCy's blank
English tokenizer, in one pass over the tokens:
- a paragraph is a line of text (a whitespace token holding a newline ends it);
- a paragraph's opening dateline ("SEOUL, Nov. 30 (UPI) —") is a sentence of
  its own, so reported content never starts with it;
- a sentence ends at ".", "!" or "?" (plus any closing quotation marks right
  after it) when the next word starts with a capital, a digit or an opening
  mark, and the "." does not end an abbreviation ("Capt.", "Lt.");
- quotation marks are paired within a paragraph. Curly marks say which way
  they face; a straight mark faces the word it touches. An apostrophe
  ("countries’", "Russia’s") is a closing single mark only while a single
  quote is open, so possessives never open or close quotes. A quote left open
  at the end of a paragraph continues when the next paragraph opens with a
  mark (the newspaper convention for quotes running over paragraphs); any
  other unpaired mark is ignored, so an odd number of marks spoils nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..extensions import SPAN_KEYS
from .tokens import token_columns
from .words import MONTH_ABBREVIATIONS

DOUBLE_OPENERS = {"“", "„", "«"}
DOUBLE_CLOSERS = {"”", "»"}
SINGLE_OPENERS = {"‘"}
SINGLE_CLOSERS = {"’"}
STRAIGHT_DOUBLE = {'"', "''", "``"}
STRAIGHT_SINGLE = {"'"}
DOUBLE_QUOTE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | STRAIGHT_DOUBLE
QUOTE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | SINGLE_OPENERS | SINGLE_CLOSERS | STRAIGHT_DOUBLE | STRAIGHT_SINGLE
SENTENCE_END = {".", "!", "?", "…", "..."}
OPEN_BRACKETS = {"(", "[", "{", "—", "–", "-"}
# A "." after these is part of the abbreviation, not the end of a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "capt",
    "col",
    "lt",
    "gen",
    "maj",
    "sgt",
    "adm",
    "cmdr",
    "cdr",
    "brig",
    "gov",
    "sen",
    "rep",
    "prof",
    "jr",
    "sr",
    "vs",
    "etc",
    "inc",
    "corp",
    "co",
    "ltd",
    "amb",
    "cpl",
    "pvt",
    "pfc",
    "spc",
    "lieut",
    "supt",
    "insp",
    "hon",
    "ret",
    "dep",
} | MONTH_ABBREVIATIONS


# A dateline is at most this long: "WASHINGTON, Nov. 30 (Reuters) -".
MAX_DATELINE_TOKENS = 12
DATELINE_DASHES = ("—", "–", "--", "-", "―")
# A paragraph is in title case when this share of its longer words is capitalised.
TITLE_CASE_SHARE = 0.8


@dataclass(slots=True)
class QuoteRegion:
    """Text between a pair of quotation marks, in token indices.

    `close` is None when the quote is still open at the end of its paragraph;
    `content` then runs to the paragraph's end. `continues` is set on a region
    whose paragraph is continued by the next region's paragraph.
    """

    open: int
    close: int | None
    content_start: int
    content_end: int
    paragraph: int
    continues: bool = False


class Layout:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        n = len(doc)
        self.skipped = [False] * n
        key = SPAN_KEYS["boilerplate"]
        if key in doc.spans:
            for span in doc.spans[key]:
                for i in range(span.start, span.end):
                    self.skipped[i] = True
        self.paragraphs = _paragraphs(doc)
        self.paragraph_of = [0] * n
        for number, (start, end) in enumerate(self.paragraphs):
            for i in range(start, end):
                self.paragraph_of[i] = number
        self.sentences: list[tuple[int, int]] = []
        self._title_case: dict[int, bool] = {}  # paragraph -> whether it is in title case, computed on demand
        self.dateline_end: dict[int, int] = {}  # paragraph -> character where the text after its dateline starts
        for number, (start, end) in enumerate(self.paragraphs):
            dateline = _dateline(doc, start, end)
            if dateline is not None:
                # The dateline stands apart, so no sentence (and no reported content) starts with it.
                first, self.dateline_end[number] = dateline
                self.sentences.append((start, first))
                start = first
            self.sentences.extend(_sentences(doc, start, end))
        self.sentence_of = [0] * n
        for number, (start, end) in enumerate(self.sentences):
            for i in range(start, end):
                self.sentence_of[i] = number
        self.regions = []
        for number, (start, end) in enumerate(self.paragraphs):
            self.regions.extend(_regions(doc, start, end, number))
        _link_continued(self.regions, self.paragraphs, doc)

    def title_case(self, paragraph: int) -> bool:
        """Whether a paragraph is written in title case ("China Says Jets Left"), like many headlines."""
        if paragraph not in self._title_case:
            start, end = self.paragraphs[paragraph]
            words = [t for t in self.doc[start:end] if t.is_alpha and len(t) > 3]
            share = sum(t.text[0].isupper() for t in words) / len(words) if words else 0.0
            self._title_case[paragraph] = share >= TITLE_CASE_SHARE
        return self._title_case[paragraph]

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def paragraph(self, i: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_of[i]]


def is_mark(token: Token) -> bool:
    return token.text in QUOTE_MARKS


def _paragraphs(doc: Doc) -> list[tuple[int, int]]:
    paragraphs = []
    columns = token_columns(doc)
    start = None
    for i, text in enumerate(columns.texts):
        if columns.is_space[i]:
            if "\n" in text and start is not None:
                paragraphs.append((start, i))
                start = None
            continue
        if start is None:
            start = i
        if "\n" in columns.whitespace[i]:
            paragraphs.append((start, i + 1))
            start = None
    if start is not None:
        end = len(doc)
        while end > start and columns.is_space[end - 1]:
            end -= 1
        paragraphs.append((start, end))
    return paragraphs


def _touches_previous(doc: Doc, i: int) -> bool:
    return i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space


def _touches_next(doc: Doc, i: int, end: int) -> bool:
    return i + 1 < end and not doc[i].whitespace_ and not doc[i + 1].is_space


def starts_sentence(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or first.isdigit() or token.text in QUOTE_MARKS or token.text in {"(", "—"}


def _sentences(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    sentences = []
    begin = start
    texts = token_columns(doc).texts
    i = start
    while i < end:
        if texts[i] in SENTENCE_END and not ends_abbreviation(doc, i):
            j = i + 1
            # Closing marks and brackets touching the full stop belong to this sentence.
            while j < end and (doc[j].text in QUOTE_MARKS or doc[j].text in {")", "]"}) and _touches_previous(doc, j):
                j += 1
            if j >= end or starts_sentence(doc[j]):
                sentences.append((begin, j))
                begin = i = j
                continue
        i += 1
    if begin < end:
        sentences.append((begin, end))
    return sentences


def _dateline(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A paragraph's opening dateline ("SEOUL, Nov. 30 (UPI) —", "MOSCOW (Reuters) -", "TAIPEI, Taiwan —",
    "MOSCOW, June 5. /TASS/."):
    (the first token after it, the character where the text after it starts), or None.

    It is a few capitalised words, numbers and brackets up to a dash, starting with a city in capitals
    or naming the agency in brackets. A dash glued to the text ("(UPI)—Two") ends inside a token."""
    bracketed = False
    for i in range(start, min(end, start + MAX_DATELINE_TOKENS)):
        token = doc[i]
        text = token.text
        dash = next((d for d in DATELINE_DASHES if d in text), None)
        if dash is not None and i > start and (bracketed or len(doc[start]) > 3 and doc[start].is_upper):
            if text in DATELINE_DASHES:
                if not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum():
                    return None  # a hyphen inside a name ("Russia-China")
                after = i + 1
                while after < end and doc[after].is_space:
                    after += 1
                return (after, doc[after].idx) if after < end else None
            cut = text.index(dash)
            head = text[:cut]
            if head and not (head.endswith(")") or head.isupper()) or cut + len(dash) >= len(text):
                return None
            return i, token.idx + cut + len(dash)
        if text.startswith("/") and text.rstrip(".").endswith("/") and len(text) > 2:
            # TASS style: "MOSCOW, June 5. /TASS/. Two bombers ..." ends at the agency, with or without a dash.
            bracketed = True
            if i + 1 < end and doc[i + 1].text not in DATELINE_DASHES:
                return i + 1, doc[i + 1].idx
        elif text == "(":
            bracketed = True
        elif not (text[:1].isupper() or text[:1].isdigit() or text in {",", ".", ")", "/"}):
            return None
    return None


def ends_abbreviation(doc: Doc, i: int) -> bool:
    if doc[i].text != "." or not _touches_previous(doc, i):
        return False
    previous = doc[i - 1]
    return previous.lower_ in ABBREVIATIONS or (len(previous.text) == 1 and previous.is_upper)


def _opening_like(doc: Doc, i: int, end: int) -> bool:
    return (not _touches_previous(doc, i) or doc[i - 1].text in OPEN_BRACKETS or is_mark(doc[i - 1])) and (
        _touches_next(doc, i, end)
    )


def _closing_like(doc: Doc, i: int, end: int) -> bool:
    return _touches_previous(doc, i) and not (_touches_next(doc, i, end) and doc[i + 1].is_alpha)


def _plural_possessive(doc: Doc, i: int, end: int) -> bool:
    """Whether the mark at i may be the apostrophe of a plural possessive: "pilots’ conduct"."""
    return doc[i - 1].lower_.endswith("s") and i + 1 < end and doc[i + 1].is_lower and doc[i + 1].is_alpha


def _regions(doc: Doc, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
    """Pair the quotation marks of one paragraph."""
    regions: list[QuoteRegion] = []
    double_open: int | None = None
    single_open: int | None = None
    possessive: int | None = None  # a mark after a plural ("pilots’ conduct") that may close the open single quote
    texts = token_columns(doc).texts
    for i in range(start, end):
        text = texts[i]
        if text in DOUBLE_OPENERS or text in DOUBLE_CLOSERS or text in STRAIGHT_DOUBLE:
            if double_open is None:
                if text in DOUBLE_CLOSERS or (text in STRAIGHT_DOUBLE and not _opening_like(doc, i, end)):
                    continue  # a stray closing mark
                double_open, single_open = i, None
            elif text in DOUBLE_OPENERS or (text in STRAIGHT_DOUBLE and not _closing_like(doc, i, end)):
                double_open = i  # the earlier mark was never closed: start again here
            else:
                regions.append(QuoteRegion(double_open, i, double_open + 1, i, paragraph))
                double_open = None
        elif double_open is None and (text in SINGLE_OPENERS or text in SINGLE_CLOSERS or text in STRAIGHT_SINGLE):
            if single_open is None:
                if _opening_like(doc, i, end) and text not in SINGLE_CLOSERS:
                    single_open, possessive = i, None
            elif _closing_like(doc, i, end) and text not in SINGLE_OPENERS:
                if _plural_possessive(doc, i, end):
                    # "‘Our pilots’ conduct was exemplary,’": the quote closes later, if it can.
                    possessive = i if possessive is None else possessive
                    continue
                regions.append(QuoteRegion(single_open, i, single_open + 1, i, paragraph))
                single_open = None
    if single_open is not None and possessive is not None:
        regions.append(QuoteRegion(single_open, possessive, single_open + 1, possessive, paragraph))
    if double_open is not None and double_open + 1 < end:
        regions.append(QuoteRegion(double_open, None, double_open + 1, end, paragraph))
    regions.sort(key=lambda r: r.open)
    return regions


def _link_continued(regions: list[QuoteRegion], paragraphs: list[tuple[int, int]], doc: Doc) -> None:
    """Mark quotes left open at a paragraph's end that the next paragraph carries on."""
    for region, following in zip(regions, regions[1:], strict=False):
        if region.close is not None or following.paragraph != region.paragraph + 1:
            continue
        if following.open == paragraphs[following.paragraph][0]:
            region.continues = True
