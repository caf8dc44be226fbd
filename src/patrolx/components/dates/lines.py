"""Where a mention stands: the text between two mentions, and the lines of the text."""

from __future__ import annotations

from ...text.tokens import TokenColumns

# What joins the two ends of a range: "April-June", "between 24 and 26 May".
RANGE_JOINERS = {"and", "to", "through", "until", "till", "-", "–", "or"}
# Words a headline capitalizes that do not make a name of the capitalized date after them ("Set For Next Week").
HEADLINE_SMALL_WORDS = {"a", "an", "at", "by", "for", "from", "in", "is", "of", "on", "the", "to", "was", "with"}


def gap(columns: TokenColumns, start: int, end: int) -> str:
    """`doc[start:end].text.strip()`, cut from the doc's text instead of joining tokens."""
    if end <= start:
        return ""
    start_char, end_char = columns.char_range(start, end)
    return columns.text[start_char:end_char].strip()


def line_start(columns: TokenColumns, i: int) -> bool:
    return i == 0 or "\n" in columns.whitespace[i - 1] or columns.is_space[i - 1]


def line_end(columns: TokenColumns, j: int) -> bool:
    """Whether token j starts a new line (or the text ends before it)."""
    return j >= len(columns.texts) or line_start(columns, j) or (columns.is_space[j] and "\n" in columns.texts[j])


def segment_start(columns: TokenColumns, i: int) -> int:
    """The first token of the line (or of the part after a "|" separator) holding token i."""
    texts, is_space = columns.texts, columns.is_space
    # `line_start` spelled out for the walk back: a token's trailing whitespace is at most one space, never a
    # line break (that is a token of its own), so only a whitespace token starts a line.
    while i > 0 and not is_space[i - 1] and texts[i - 1] != "|":
        i -= 1
    return i


def in_a_title(columns: TokenColumns, start: int, end: int) -> bool:
    """Whether tokens [start, end), all capitalized in mid-sentence, run on from a capitalized name or into a
    capitalized word: a name, not a date ("Russia Today", "CBS This Morning", "The Tonight Show"); not a headline's
    "Meeting Scheduled For Next Week", nor "Now I" opening a sentence."""
    texts = columns.texts
    # `Token.is_title` and `is_upper` are `str.istitle` and `str.isupper` of the token's text.
    if start == 0 or line_start(columns, start) or not all(_capitalized(texts[k]) for k in range(start, end)):
        return False
    before = texts[start - 1]
    if not before[:1].isalnum():
        return False  # a sentence or a quotation opens here
    if _capitalized(before) and before.lower() not in HEADLINE_SMALL_WORDS:
        return True
    return end < len(texts) and texts[end].istitle() and texts[end] != "I"


def _capitalized(text: str) -> bool:
    return text.istitle() or text.isupper()
