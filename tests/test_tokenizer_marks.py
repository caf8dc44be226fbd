"""Where the pipeline's tokenizer splits differently from spaCy's stock English tokenizer: quotation marks
written as doubled marks (''...'', ``...''), quotation marks glued to the punctuation before them, and no-break
spaces, which separate words as spaces do. Everywhere else it splits as spaCy does."""

from __future__ import annotations

import re

import pytest
import spacy

import patrolx
from patrolx.pipeline import BLANK_CONFIG
from patrolx.serialize import facts_to_dict, to_json
from patrolx.text.tokens import token_columns

from .conftest import DEV_CORPUS, SAMPLES


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


# --- no-break spaces ----------------------------------------------------------------------------------------------


def test_a_no_break_space_separates_words_as_a_space_does(ours):
    text = "On 5\xa0June two Tu-95\xa0bombers flew\xa0\xa0south. \xa0Then"
    doc = ours(text)
    assert [(token.text, token.whitespace_, token.idx) for token in doc] == [
        ("On", " ", 0),
        ("5", " ", 3),
        ("June", " ", 5),
        ("two", " ", 10),
        ("Tu-95", " ", 14),
        ("bombers", " ", 20),
        ("flew", " ", 28),
        (" ", "", 33),  # the second of two spaces is a token, as in 'flew  south'
        ("south", "", 34),
        (".", " ", 39),
        (" ", "", 41),
        ("Then", "", 42),
    ]
    # The tokens' strings the components read are cut out of the text itself.
    columns = token_columns(doc)
    assert columns.text == text
    assert columns.texts[7] == "\xa0"
    assert columns.is_space[7]


@pytest.mark.parametrize(
    "text",
    [
        "On 5\xa0June 2024 two Tu-95\xa0bombers and J-20\xa0fighters flew over the East\xa0China Sea for "
        "8\xa0hours, Japan's defence ministry\xa0said.",
        "The drills in the Taiwan\xa0Strait lasted three\xa0days and ended on Monday\xa0morning, Lt.\xa0Gen. "
        "Mark\xa0Reed told\xa0reporters.",
    ],
)
def test_facts_across_no_break_spaces_are_those_across_spaces(text):
    found = patrolx.extract(text, reference_date="2024-06-10")
    spaced = patrolx.extract(text.replace("\xa0", " "), reference_date="2024-06-10")
    # The same facts at the same offsets, their text as the article has it.
    assert to_json(found).replace("\xa0", " ") == to_json(spaced)
    assert sum(len(facts) for facts in facts_to_dict(found).values() if isinstance(facts, list)) >= 4
    for facts in facts_to_dict(found).values():
        for fact in facts if isinstance(facts, list) else ():
            assert fact["text"] == text[fact["start"] : fact["end"]]


# --- everywhere else ----------------------------------------------------------------------------------------------

CHANGED = re.compile(r"\xa0|''|``|[,:.?!](?:''|[\"“”‘])\w")


def test_texts_without_these_marks_are_split_as_spacy_splits_them(ours, stock):
    paths = sorted(DEV_CORPUS.glob("*.txt")) + sorted(SAMPLES.glob("*.txt"))
    articles = [path.read_text(encoding="utf-8") for path in paths]
    unchanged = [text for text in articles if not CHANGED.search(text)]
    assert len(unchanged) >= len(articles) - 2
    for text in unchanged:
        assert [(t.text, t.whitespace_) for t in ours(text)] == [(t.text, t.whitespace_) for t in stock(text)]
