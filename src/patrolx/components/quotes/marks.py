"""Quotation marks and their contents: pairing the marks of each paragraph into quoted regions.

Curly marks say which way they face; a straight mark faces the word it touches. An
apostrophe ("countries’", "Russia’s") is a closing single mark only while a single quote
is open, so possessives never open or close quotes. A quote left open at the end of a
paragraph continues when the next paragraph opens with a mark (the newspaper convention
for quotes running over paragraphs); any other unpaired mark is ignored, so an odd number
of marks spoils nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Words

DOUBLE_OPENERS = {"“", "„", "«"}
DOUBLE_CLOSERS = {"”", "»"}
SINGLE_OPENERS = {"‘"}
SINGLE_CLOSERS = {"’"}
STRAIGHT_DOUBLE = {'"', "''", "``"}
STRAIGHT_SINGLE = {"'"}
DOUBLE_QUOTE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | STRAIGHT_DOUBLE
SINGLE_QUOTE_MARKS = SINGLE_OPENERS | SINGLE_CLOSERS | STRAIGHT_SINGLE
QUOTE_MARKS = DOUBLE_QUOTE_MARKS | SINGLE_QUOTE_MARKS
OPEN_BRACKETS = {"(", "[", "{", "—", "–", "-"}


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


def _opening_like(words: Words, i: int, end: int) -> bool:
    return (
        not words.touches_previous(i) or words.texts[i - 1] in OPEN_BRACKETS or words.texts[i - 1] in QUOTE_MARKS
    ) and words.touches_next(i, end)


def _closing_like(words: Words, i: int, end: int) -> bool:
    return words.touches_previous(i) and not (words.touches_next(i, end) and words.is_alpha(i + 1))


def plural_possessive(words: Words, i: int, end: int) -> bool:
    """Whether the mark at i may be the apostrophe of a plural possessive: "pilots’ conduct"."""
    return words.lowers[i - 1].endswith("s") and i + 1 < end and words.is_lower(i + 1) and words.is_alpha(i + 1)


@dataclass(slots=True)
class _Pairing:
    """The marks of one paragraph still waiting for their partner, and the regions paired so far."""

    words: Words
    end: int
    paragraph: int
    regions: list[QuoteRegion] = field(default_factory=list)
    double_open: int | None = None
    single_open: int | None = None
    possessive: int | None = None  # a mark after a plural ("pilots’ conduct") that may close the open single quote

    def double(self, i: int, text: str) -> None:
        words, end = self.words, self.end
        if self.double_open is None:
            if text in DOUBLE_CLOSERS or (text in STRAIGHT_DOUBLE and not _opening_like(words, i, end)):
                return  # a stray closing mark
            self.double_open, self.single_open = i, None
        elif text in DOUBLE_OPENERS or (
            text in STRAIGHT_DOUBLE and not _closing_like(words, i, end) and _opening_like(words, i, end)
        ):
            self.double_open = i  # the earlier mark was never closed: start again here
            # (a mark touching neither word closes: '... say, 'Well done,' " said Russell')
        else:
            self.regions.append(QuoteRegion(self.double_open, i, self.double_open + 1, i, self.paragraph))
            self.double_open = None

    def single(self, i: int, text: str) -> None:
        words, end = self.words, self.end
        if self.single_open is None:
            if _opening_like(words, i, end) and text not in SINGLE_CLOSERS:
                self.single_open, self.possessive = i, None
        elif _closing_like(words, i, end) and text not in SINGLE_OPENERS:
            if plural_possessive(words, i, end):
                # "‘Our pilots’ conduct was exemplary,’": the quote closes later, if it can.
                self.possessive = i if self.possessive is None else self.possessive
                return
            self.regions.append(QuoteRegion(self.single_open, i, self.single_open + 1, i, self.paragraph))
            self.single_open = None

    def finish(self) -> list[QuoteRegion]:
        """The regions, with a single quote closed at a possessive and a double quote left open."""
        regions = self.regions
        single_open, possessive = self.single_open, self.possessive
        if single_open is not None and possessive is not None:
            regions.append(QuoteRegion(single_open, possessive, single_open + 1, possessive, self.paragraph))
        if self.double_open is not None and self.double_open + 1 < self.end:
            regions.append(QuoteRegion(self.double_open, None, self.double_open + 1, self.end, self.paragraph))
        regions.sort(key=lambda r: r.open)
        return regions


def paired_regions(words: Words, end: int, paragraph: int, marks: list[int]) -> list[QuoteRegion]:
    """Pair the quotation marks of one paragraph, ending at `end`; `marks` are its tokens in QUOTE_MARKS."""
    pairing = _Pairing(words, end, paragraph)
    texts = words.texts
    for i in marks:
        text = texts[i]
        if text in DOUBLE_QUOTE_MARKS:
            pairing.double(i, text)
        elif pairing.double_open is None and text in SINGLE_QUOTE_MARKS:
            pairing.single(i, text)
    return pairing.finish()


def link_continued(regions: list[QuoteRegion], paragraphs: list[tuple[int, int]]) -> None:
    """Mark quotes left open at a paragraph's end that the next paragraph carries on."""
    for region, following in zip(regions, regions[1:], strict=False):
        if region.close is not None or following.paragraph != region.paragraph + 1:
            continue
        if following.open == paragraphs[following.paragraph][0]:
            region.continues = True
