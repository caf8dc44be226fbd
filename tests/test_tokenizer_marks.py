"""Where the pipeline's tokenizer splits differently from spaCy's stock English tokenizer: quotation marks
written as doubled marks (''...'', ``...''), and quotation marks glued to the punctuation before them.

Everywhere else it splits as spaCy does (`test_tokenizer.py`)."""

from __future__ import annotations

import pytest
import spacy

import patrolx
from patrolx.pipeline import BLANK_CONFIG


@pytest.fixture(scope="module")
def ours():
    return spacy.blank("en", config=BLANK_CONFIG)


@pytest.fixture(scope="module")
def stock():
    return spacy.blank("en")


def texts(doc) -> list[str]:
    return [token.text for token in doc]


def quotes(text: str):
    return patrolx.extract(text, families=["quotes"]).quotes


# --- doubled marks ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # Where one quote closes and the next opens, spaCy leaves the second pair as two apostrophes.
        ("drills.'' ''It", ["drills", ".", "''", "''", "It"]),
        ("over'' ''We", ["over", "''", "''", "We"]),
        ("''a'' ''b'' ''c", ["''", "a", "''", "''", "b", "''", "''", "c"]),
        # A single quote closing inside a double one, and opening inside it.
        ("line,''' he", ["line", ",", "'", "''", "he"]),
        ("'''Yes", ["''", "'", "Yes"]),
        # Opening backticks, as in older wire copy.
        ("said ``It was,'' and", ["said", "``", "It", "was", ",", "''", "and"]),
        ("(''No'')", ["(", "''", "No", "''", ")"]),
    ],
)
def test_doubled_marks_are_one_token(ours, text, tokens):
    assert texts(ours(text)) == tokens


def test_apostrophes_stay_as_spacy_splits_them(ours, stock):
    text = "The pilots' jets, rock'n'roll, 'Fine,' he said, don't, the '90s and O'Neill's ''"
    assert texts(ours(text)) == texts(stock(text))


def test_quotes_in_doubled_marks_that_follow_each_other():
    text = "''The patrol was routine,'' the admiral said. ''It ended on time.'' ''Nobody was hurt,'' the colonel added."
    admiral, colonel = quotes(text)
    assert (admiral.speaker.text, admiral.text[:22]) == ("the admiral", "The patrol was routine")
    assert (colonel.speaker.text, colonel.text) == ("the colonel", "Nobody was hurt")


# --- quotation marks glued to the punctuation before them -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Reed said,“Look at", ["Reed", "said", ",", "“", "Look", "at"]),
        ('The general:"We', ["The", "general", ":", '"', "We"]),
        ("he said,''We", ["he", "said", ",", "''", "We"]),
        ("she wrote,‘Never", ["she", "wrote", ",", "‘", "Never"]),
        ("radars,”Reed said", ["radars", ",", "”", "Reed", "said"]),
        ("home!”After the", ["home", "!", "”", "After", "the"]),
        ('the drills."The next', ["the", "drills", ".", '"', "The", "next"]),
        ('the U.S."Aegis" system', ["the", "U.S.", '"', "Aegis", '"', "system"]),  # an abbreviation keeps its period
    ],
)
def test_a_quotation_mark_glued_after_punctuation_is_split_off(ours, text, tokens):
    assert texts(ours(text)) == tokens


@pytest.mark.parametrize(
    "text",
    [
        'a 3.5"screen',
        "the pilots,’ and Russia’s",
        "rock,'n'roll",
        "10:30 a.m. on 5/6, Ratio 3:1",
        "http://example.com/a,b?c=1",
    ],
)
def test_other_glued_marks_split_as_spacy_splits_them(ours, stock, text):
    assert texts(ours(text)) == texts(stock(text))


def test_a_quote_glued_to_the_comma_after_said():
    (quote,) = quotes("Admiral Reed said,“The ships will stay in the strait until the drills end.”")
    assert (quote.kind, quote.speaker.text, quote.text) == (
        "direct",
        "Admiral Reed",
        "The ships will stay in the strait until the drills end.",
    )


def test_a_quote_that_closes_glued_to_the_speakers_name():
    (quote,) = quotes("“The drills are over,”Colonel Ivanov said on Tuesday.")
    assert (quote.kind, quote.speaker.text, quote.text) == ("direct", "Colonel Ivanov", "The drills are over")
