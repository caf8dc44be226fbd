"""The strings of a doc's tokens, read once per doc and shared by the components.

Each `doc[i]` creates a new spaCy Token object, and `doc.text` joins every token anew; per-token loops that
index these plain lists instead are several times faster. The doc's tokens never change after tokenizing,
so the columns are computed on first use and kept in `doc.user_data`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, SPACY
from spacy.tokens import Doc

COLUMNS_KEY = "patrolx_token_columns"
_ATTRS = [ORTH, LOWER, IDX, SPACY, IS_SPACE, IS_PUNCT]


@dataclass(slots=True)
class TokenColumns:
    text: str  # the doc's text, as `doc.text`
    texts: list[str]  # token.text
    lowers: list[str]  # token.lower_
    whitespace: list[str]  # token.whitespace_
    idx: list[int]  # token.idx
    is_space: list[bool]  # token.is_space
    is_punct: list[bool]  # token.is_punct


def token_columns(doc: Doc) -> TokenColumns:
    """The doc's token columns, computed once per doc."""
    columns = doc.user_data.get(COLUMNS_KEY)
    if columns is None or len(columns.texts) != len(doc):
        columns = _read_columns(doc)
        doc.user_data[COLUMNS_KEY] = columns
    return columns


def _read_columns(doc: Doc) -> TokenColumns:
    # One `to_array` call reads every token in C; only the strings are looked up one by one.
    strings = doc.vocab.strings
    rows = doc.to_array(_ATTRS).T.tolist() if len(doc) else [[] for _ in _ATTRS]
    orths, lowers, idx, spaces, is_space, is_punct = rows
    texts = [strings[orth] for orth in orths]
    whitespace = [" " if space else "" for space in spaces]
    return TokenColumns(
        text="".join([text + space for text, space in zip(texts, whitespace, strict=True)]),
        texts=texts,
        lowers=[strings[lower] for lower in lowers],
        whitespace=whitespace,
        idx=idx,
        is_space=[bool(flag) for flag in is_space],
        is_punct=[bool(flag) for flag in is_punct],
    )


def doc_text(doc: Doc) -> str:
    """`doc.text`, without rebuilding it from the tokens on every access."""
    return token_columns(doc).text
