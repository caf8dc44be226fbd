"""The article's own date, read from the text when none is given, and the day a story speaks from.

A "Published ..." stamp counts most, then an update stamp or a dateline
("TOKYO, Jan. 25 —"), then a line holding only a date. A dateline's date close
to the reference date is the day the story speaks from ("yesterday" counts
from it).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ...text.tokens import TokenColumns
from .lines import line_end, segment_start
from .values import Anchors, DateMention, resolve
from .vocabulary import DateVocabulary

# What may follow a date on a line of its own ("May 24, 2022 | 10:32", "May 24, 2022 at 10:32").
STAMP_GLUE = {"|", ",", "at", "-", "—", "–", "•", "·", "/"}
DATELINE_DASHES = {"—", "–", "-", "--", "(", "."}  # "MOSCOW, May 24, 2022. /TASS/."
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")  # "10:32" after a date stamp
# How far a dateline's date may lie from the given reference date and still date the story.
DATELINE_SPAN = dt.timedelta(days=3)


def infer_reference(
    vocab: DateVocabulary, doc: Doc, columns: TokenColumns, mentions: list[DateMention]
) -> dt.date | None:
    """The article's own date: a "Published ..." stamp, else a dateline or a line holding only a date."""
    best: tuple[int, int, dt.date] | None = None
    for order, mention in enumerate(mentions):
        if not mention.is_full:
            continue
        rank = _stamp_rank(vocab, doc, columns, mention)
        if rank is None:
            continue
        day = dt.date(mention.year, mention.month, mention.day)
        if best is None or (rank, -order) > (best[0], best[1]):
            best = (rank, -order, day)
    return best[2] if best else None


def _stamp_rank(vocab: DateVocabulary, doc: Doc, columns: TokenColumns, mention: DateMention) -> int | None:
    """3 for a publication stamp, 2 for an update stamp or a dateline, 1 for a line of its own."""
    start = segment_start(columns, mention.start)
    is_punct = columns.is_punct
    words = [i for i in range(start, mention.start) if not is_punct[i]]
    stamp = vocab.phrase_at(columns.lowers, words[0], "STAMP") if words else None
    if stamp:
        return 3 if stamp[1] == "published" else 2
    if _is_dateline(columns, mention, start):
        return 2
    if not words and (
        line_end(columns, mention.end)
        or doc[mention.end].like_num
        or columns.texts[mention.end] in STAMP_GLUE
        or CLOCK.match(columns.texts[mention.end])
    ):
        return 1
    return None


def story_date(columns: TokenColumns, mentions: list[DateMention], reference: dt.date | None) -> dt.date | None:
    """The day the story speaks from: a dateline's date close to the reference date, else the reference."""
    if reference is None:
        return None
    for mention in mentions:
        if mention.month is None or mention.day is None:
            continue
        if mention.start < 2 or columns.texts[mention.start - 1] != ",":
            continue  # no dateline ("TOKYO, Jan. 25"): spares the walk back to the line's start
        start = segment_start(columns, mention.start)
        if _is_dateline(columns, mention, start):
            _value, day = resolve(mention, reference, Anchors())
            if day is not None and abs(day - reference) <= DATELINE_SPAN:
                return day
    return reference


def _is_dateline(columns: TokenColumns, mention: DateMention, start: int) -> bool:
    """ "TOKYO, Jan. 25 —", "SEOUL, Nov. 30 (UPI) —", "Jakarta, 1 November 2018" at the end of a line."""
    texts = columns.texts
    if mention.start - start < 2 or texts[mention.start - 1] != ",":
        return False
    # The words before the comma; `Token.is_title` and `is_upper` are `str.istitle` and `str.isupper`.
    if not all(texts[k].istitle() or texts[k].isupper() for k in range(start, mention.start - 1)):
        return False
    return line_end(columns, mention.end) or texts[mention.end] in DATELINE_DASHES
