"""The per-doc token columns read what spaCy's Token objects would give."""

from __future__ import annotations

import pytest
import spacy

from patrolx.text.tokens import remember_text, token_columns

TEXTS = [
    'The "J-20s" flew   near Taiwan\'s ADIZ on Mon., officials said.\n\nCAPTIONS: İstanbul, ΣΊΣΥΦΟΣ',
    "Tabs\tand\u00a0no-break\u2009spaces ,trailing  ",
    "Can't, won't, I'm: U.S.-led drills (2024-05-01) — 3.5km/h…",
    " ",
    "",
]


def spacy_columns(doc):
    tokens = list(doc)
    return (
        doc.text,
        [t.text for t in tokens],
        [t.lower_ for t in tokens],
        [t.whitespace_ for t in tokens],
        [t.idx for t in tokens],
        [t.is_space for t in tokens],
        [t.is_punct for t in tokens],
    )


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("remembered", [True, False])
def test_columns_equal_the_tokens_attributes(text, remembered):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    if remembered:
        remember_text(doc, text)
    columns = token_columns(doc)
    found = (columns.text, columns.texts, columns.lowers, columns.whitespace, columns.idx, columns.is_space)
    assert (*found, columns.is_punct) == spacy_columns(doc)


def test_a_text_that_does_not_fit_the_doc_is_not_used():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Two bombers flew.")
    remember_text(doc, "Something else entirely")
    assert token_columns(doc).texts == ["Two", "bombers", "flew", "."]
