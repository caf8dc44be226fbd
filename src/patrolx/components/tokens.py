"""The strings of a doc's tokens, read once per doc and shared by the components.

Each `doc[i]` creates a new spaCy Token object, and `doc.text` joins every token anew; per-token loops that
index these plain lists instead are several times faster. The doc's tokens never change after tokenizing,
so the columns are computed on first use and kept in `doc.user_data`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

COLUMNS_KEY = "patrolx_token_columns"


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
        tokens = list(doc)
        texts = [t.text for t in tokens]
        whitespace = [t.whitespace_ for t in tokens]
        columns = TokenColumns(
            text="".join(t + w for t, w in zip(texts, whitespace, strict=True)),
            texts=texts,
            lowers=[t.lower_ for t in tokens],
            whitespace=whitespace,
            idx=[t.idx for t in tokens],
            is_space=[t.is_space for t in tokens],
            is_punct=[t.is_punct for t in tokens],
        )
        doc.user_data[COLUMNS_KEY] = columns
    return columns


def doc_text(doc: Doc) -> str:
    """`doc.text`, without rebuilding it from the tokens on every access."""
    return token_columns(doc).text
