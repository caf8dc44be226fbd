"""Where a mention stands: the text between two mentions, and the lines of the text."""

from __future__ import annotations

from ...text.tokens import TokenColumns

# What joins the two ends of a range: "April-June", "between 24 and 26 May".
RANGE_JOINERS = {"and", "to", "through", "until", "till", "-", "–", "or"}


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
    """Whether tokens [start, end), all capitalized in mid-line, run on from or into other capitalized words: a
    name, not a date ("Russia Today", "CBS This Morning", "The Tonight Show", "Last Week Tonight")."""
    texts = columns.texts
    # `Token.is_title` and `is_upper` are `str.istitle` and `str.isupper` of the token's text.
    if start == 0 or line_start(columns, start) or not all(_capitalized(texts[k]) for k in range(start, end)):
        return False
    return _capitalized(texts[start - 1]) or end < len(texts) and texts[end].istitle()


def _capitalized(text: str) -> bool:
    return text.istitle() or text.isupper()
