"""patrolx_quotes: where a reported clause ends when the writer's own words follow it in the same sentence
(a comment on the statement, a relative clause, a comparison, a semicolon, a main clause of its own)."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The defence minister said the drills would continue through May, a warning aimed at the capital.",
            "the drills would continue through May",
        ),
        (
            "The admiral said the frigate had left port on Monday, which drew protests from the opposition.",
            "the frigate had left port on Monday",
        ),
        (
            "The general said 40 percent of the brigades were ready, compared with 25 percent a year earlier.",
            "40 percent of the brigades were ready",
        ),
    ],
)
def test_comment_running_to_the_sentence_end_is_the_writers(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert_parts_and_speaker(text, quote)


def test_main_clause_after_comma_and_is_the_writers(quotes):
    text = "A navy spokesman said the patrol boats were recalled, and the ministry released the footage later."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("the patrol boats were recalled", "A navy spokesman")
    assert_parts_and_speaker(text, quote)


def test_second_clause_after_a_semicolon_is_the_writers(quotes):
    text = "The minister said the corvettes would sail on Friday; the opposition called the plan reckless."
    quote = only(quotes(text))
    assert quote.text == "the corvettes would sail on Friday"


def test_relative_clause_inside_the_statement_stays(quotes):
    # the relative clause closes with a comma and the statement goes on: no comment of the writer's
    text = "The general said the frigate, which was damaged in the storm, would return to service in June."
    quote = only(quotes(text))
    assert quote.text == "the frigate, which was damaged in the storm, would return to service in June"


def test_apposition_followed_by_more_of_the_sentence_stays(quotes):
    text = "The minister said the base, a hub for drones, would close within two years."
    quote = only(quotes(text))
    assert quote.text == "the base, a hub for drones, would close within two years"


def test_continuing_subject_after_comma_and_stays(quotes):
    text = "The colonel said the convoy had crossed the border, and it was heading north."
    quote = only(quotes(text))
    assert quote.text == "the convoy had crossed the border, and it was heading north"


def test_no_cut_inside_an_open_quotation(quotes):
    text = "The spokesman said the exercise was “a routine drill, which we hold every spring.”"
    quote = only(quotes(text))
    assert quote.text == "the exercise was “a routine drill, which we hold every spring.”"


def test_and_without_a_subject_of_its_own_stays(quotes):
    # ', and' followed by a verb alone: the speaker's statement goes on ('and would be rebuilt')
    text = "The mayor said the bridge was destroyed in the shelling, and would be rebuilt within a year."
    quote = only(quotes(text))
    assert quote.text == "the bridge was destroyed in the shelling, and would be rebuilt within a year"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator accused the ministry of hiding the losses while the opposition suggests the figures "
            "were inflated.",
            "the ministry of hiding the losses",
        ),
        (
            "Most voters say the army is well led, though fewer are likely to say the same of the navy.",
            "the army is well led",
        ),
    ],
)
def test_contrasting_clause_with_a_cue_of_its_own_ends_the_statement(quotes, text, content):
    quote = [q for q in quotes(text) if q.text == content]
    assert len(quote) == 1, [q.text for q in quotes(text)]
    assert_parts_and_speaker(text, quote[0])


def test_contrasting_clause_without_a_cue_stays(quotes):
    text = "The minister said the drills were defensive while the jets flew overhead."
    quote = only(quotes(text))
    assert quote.text == "the drills were defensive while the jets flew overhead"


def test_contrast_inside_a_quotation_stays(quotes):
    text = "The spokesman said “the patrol will go on while the weather allows, and we will report on it.”"
    quote = only(quotes(text))
    assert quote.text == "the patrol will go on while the weather allows, and we will report on it."


def test_aside_after_an_unpaired_dash_is_the_writers(quotes):
    text = "The admiral said the carrier would stay in the region — a move that angered the neighbours."
    quote = only(quotes(text))
    assert quote.text == "the carrier would stay in the region"
    assert_parts_and_speaker(text, quote)


def test_aside_between_two_dashes_stays(quotes):
    text = "The admiral said the carrier — the largest in the fleet — would stay in the region until May."
    quote = only(quotes(text))
    assert quote.text == "the carrier — the largest in the fleet — would stay in the region until May"
