"""Years said in words, as broadcast transcripts write them: "nineteen ninety-six" -> 1996.

A CENTURY_WORD ("nineteen", id `19`) followed by a tens word and maybe a unit
("ninety-six", "seventy nine") or "hundred" is a year; the number words are
those of durations.jsonl.
"""

from __future__ import annotations

from ...text.tokens import TokenColumns
from .values import DateMention
from .vocabulary import DateVocabulary


def spelled_year(vocab: DateVocabulary, columns: TokenColumns, i: int) -> DateMention | None:
    """ "nineteen ninety-six", "nineteen seventy nine", "nineteen hundred": a year starting at token i."""
    lowers = columns.lowers
    century = int(vocab.words["CENTURY_WORD"][lowers[i]])
    j = i + 1
    if j < len(lowers) and lowers[j] == "hundred":
        return DateMention(i, j + 1, year=century * 100)
    tens = vocab.numbers.get(lowers[j]) if j < len(lowers) else None
    if tens is None or tens % 10 or not 20 <= tens <= 90:
        return None
    end, year = j + 1, century * 100 + int(tens)
    k = end + 1 if end < len(lowers) and lowers[end] == "-" else end
    unit = vocab.numbers.get(lowers[k]) if k < len(lowers) else None
    if unit is not None and 1 <= unit <= 9 and unit == int(unit):
        end, year = k + 1, year + int(unit)
    return DateMention(i, end, year=year)
