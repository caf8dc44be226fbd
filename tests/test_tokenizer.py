"""The pipeline's tokenizer splits every text exactly as spaCy's own tokenizer with the same settings does (spaCy's
English ones with patrolx's changes, `test_tokenizer_marks.py`): remembering chunks changes no token."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from patrolx.pipeline import BLANK_CONFIG
from patrolx.tokenizer import LONG_MARK_RUN, MAX_MARK_RUN, NO_BREAK_SPACE, ChunkCachingTokenizer, tokenizer_settings

from .conftest import DEV_CORPUS, SAMPLES

# Special cases early ("U.S.", "Mon.", "don't") stop spaCy remembering chunks for the rest of a text; the same
# chunks then come again, alone and next to affixes, and whitespace of every kind.
TRICKY = [
    "U.S. and Japan's jets (J-20s) flew near Taiwan's ADIZ on Mon., officials said. Japan's jets flew again.",
    "Don't say \"U.S.\": say U.S.-led, U.S.'s, (U.S.) and u.s. at 3 a.m. or 3am... :) <3 — e.g. Lt. Gen. Smith",
    "Tabs\tand\u00a0no-break\u2009spaces ,trailing  \n\n\nand lines\r\nhttps://example.com/a?b=c, user@example.org",
    "Can't, won't, I'm: 2024-05-01 — 3.5km/h… İstanbul, ΣΊΣΥΦΟΣ, naïve café's",
    "Words of letters that are special cases: we cannot wait, gonna go, dont stop; cannot gonna dont Cannot.",
    "''Yes,'' he said. ''No.'' ''Maybe,'' U.S. said,“Look”, ``Fine,'' she said:\"Go\" on\u00a0\u00a05\u00a0June.",
    " ",
    "",
]


def texts() -> list[str]:
    articles = [path.read_text(encoding="utf-8") for path in sorted(DEV_CORPUS.glob("*.txt"))]
    articles += [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    return TRICKY + articles


def tokens(doc):
    return [(token.text, token.whitespace_, token.orth, token.norm_, token.idx) for token in doc]


class Uncached:
    """spaCy's own tokenizer with the pipeline's settings, reading a no-break space as a space as the pipeline's
    does: the tokens the pipeline's tokenizer must give."""

    def __init__(self) -> None:
        nlp = spacy.blank("en")
        self.tokenizer = Tokenizer(nlp.vocab, **tokenizer_settings(nlp))

    def __call__(self, text: str):
        return self.tokenizer(text.replace(NO_BREAK_SPACE, " "))


@pytest.fixture(scope="module")
def uncached():
    return Uncached()


def test_the_pipeline_uses_it_through_the_config(nlp):
    assert isinstance(nlp.tokenizer, ChunkCachingTokenizer)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "patrolx.Tokenizer.v1"


def test_tokens_equal_the_uncached_tokenizers_on_first_and_later_sight(uncached):
    ours = spacy.blank("en", config=BLANK_CONFIG)
    for _ in range(3):  # new chunks, then remembered ones
        for text in texts():
            assert tokens(ours(text)) == tokens(uncached(text)), text[:60]


def test_tokens_equal_in_any_order(uncached):
    # A chunk remembered from one text is split as the uncached tokenizer splits it in another.
    ours = spacy.blank("en", config=BLANK_CONFIG)
    for text in reversed(texts()):
        ours(text)
    for text in texts():
        assert tokens(ours(text)) == tokens(uncached(text)), text[:60]


def test_remembers_a_bounded_number_of_chunks(uncached):
    config = {"nlp": {"tokenizer": {**BLANK_CONFIG["nlp"]["tokenizer"], "max_chunks": 100}}}
    ours = spacy.blank("en", config=config)
    assert ours.tokenizer.max_cache_size == 100
    article = texts()[len(TRICKY)]
    chunks = set(article.split())
    assert len(chunks) > 100
    for _ in range(2):  # met once, then again: tokenized on their own
        assert tokens(ours(article)) == tokens(uncached(article))
    assert ours.tokenizer._chunks_seen == chunks
    for text in texts():  # the limit is reached: nothing more is remembered
        assert tokens(ours(text)) == tokens(uncached(text))
    assert ours.tokenizer._chunks_seen == chunks
    assert not ours.tokenizer._chunks_met_once


@pytest.mark.parametrize("mark", ['"', "(", "$", "\u201c", "\u2014", ":)"])
def test_long_runs_of_marks_are_tokenized_in_short_pieces(mark, monkeypatch):
    # spaCy's time on such a run grows with the square of its length: what reaches it must hold no long run.
    ours = spacy.blank("en", config=BLANK_CONFIG)
    handed_over = []
    tokenize = ours.tokenizer._tokenize
    monkeypatch.setattr(ours.tokenizer, "_tokenize", lambda text, new: handed_over.append(text) or tokenize(text, new))
    text = "They said " + mark * 50_000 + " and left."
    ours(text)
    handed_over.clear()
    doc = ours(text)  # met again: its chunks are searched again
    assert doc.text == text
    assert [(token.text, token.idx) for token in doc[-3:]] == [
        ("and", len(text) - 9),
        ("left", len(text) - 5),
        (".", len(text) - 1),
    ]
    assert "".join(handed_over) == text
    assert not any(LONG_MARK_RUN.search(piece) for piece in handed_over)


def test_short_runs_of_marks_are_tokenized_as_spacy_does(uncached):
    ours = spacy.blank("en", config=BLANK_CONFIG)
    text = 'He said: "' + "!" * MAX_MARK_RUN + '" (((' + ")" * MAX_MARK_RUN + " ok"
    assert tokens(ours(text)) == tokens(uncached(text))
