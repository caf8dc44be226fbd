"""The strings of a doc's tokens, read once per doc and shared by the components.

Each `doc[i]` creates a new spaCy Token object, and `doc.text` joins every token anew; per-token loops that
index these plain lists instead are several times faster. The doc's tokens never change after tokenizing,
so the columns are computed on first use and kept in `doc.user_data` (`extensions.TOKEN_COLUMNS`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, SPACY
from spacy.tokens import Doc

from ..extensions import SOURCE_TEXT, TOKEN_COLUMNS

_ATTRS = [IDX, SPACY, IS_PUNCT]


@dataclass(slots=True, eq=False)  # one doc's columns: equal when they are the same object
class TokenColumns:
    text: str  # the doc's text, as `doc.text` (but with the article's no-break spaces: `patrolx.tokenizer`)
    texts: list[str]  # token.text
    lowers: list[str]  # token.lower_
    whitespace: list[str]  # token.whitespace_
    idx: list[int]  # token.idx
    is_space: list[bool]  # token.is_space
    is_punct: list[bool]  # token.is_punct

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """Where tokens [start, end) start and end in the text (start < end): `doc[start:end]`'s characters."""
        return self.idx[start], self.idx[end - 1] + len(self.texts[end - 1])


def token_columns(doc: Doc) -> TokenColumns:
    """The doc's token columns, computed once per doc."""
    columns = TOKEN_COLUMNS.get(doc)
    if columns is None:
        columns = _read_columns(doc)
        TOKEN_COLUMNS.set(doc, columns)
    return columns


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a doc was made from, so its columns are sliced from it instead of rebuilt token by token."""
    SOURCE_TEXT.set(doc, text)


def _read_columns(doc: Doc) -> TokenColumns:
    # One `to_array` call reads every token's offset, trailing space and punctuation flag in C (each attribute
    # read costs a call per token there, so only these three); a token's text is then a slice of the doc's text
    # (spaCy's docs keep their text exactly), running to where the next token starts, less its trailing space.
    if not len(doc):
        return TokenColumns(doc.text, [], [], [], [], [], [])
    starts, spaces, punct = doc.to_array(_ATTRS).T
    idx, space_flags = starts.tolist(), spaces.tolist()
    text = SOURCE_TEXT.get(doc) or doc.text
    next_starts = starts.copy()
    next_starts[:-1] = starts[1:]
    next_starts[-1] = len(text)
    texts = [text[start:end] for start, end in zip(idx, (next_starts - spaces).tolist(), strict=True)]
    # (spaCy's English lexemes take `lower_` and `is_space` from these same str methods; calling them here
    # spares a Python call per token to spaCy's getter functions.)
    return TokenColumns(
        text=text,
        texts=texts,
        lowers=[token.lower() for token in texts],
        whitespace=[" " if space else "" for space in space_flags],
        idx=idx,
        is_space=[token.isspace() for token in texts],
        is_punct=punct.astype(bool).tolist(),
    )


def doc_text(doc: Doc) -> str:
    """`doc.text`, without rebuilding it from the tokens on every access."""
    return token_columns(doc).text
