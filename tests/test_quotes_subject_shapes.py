"""patrolx_quotes: subjects the speaker reader could miss: a name spelled like a modal, and
questions about what a speaker says, which state nothing."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets, only


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Will said the carrier group would stay in the strait for another month.",
            "the carrier group would stay in the strait for another month",
            "said",
        ),
        (
            "After the drills, Will believes the ministry has been given an opening to cut the patrols.",
            "the ministry has been given an opening to cut the patrols",
            "believes",
        ),
        (
            "Will wrote that the frigate had never entered the disputed waters.",
            "the frigate had never entered the disputed waters",
            "wrote",
        ),
    ],
)
def test_capitalised_modal_before_a_finite_cue_is_a_name(quotes, text, content, cue):
    quote = only(quotes(text))
    assert (quote.text, quote.cue, quote.speaker.text) == (content, cue, "Will")
    assert_offsets(text, quote)


def test_a_name_spelled_like_a_modal_after_a_first_name(quotes):
    text = "Columnist Mark Will said the bombers would fly again next week."
    quote = only(quotes(text))
    assert quote.text == "the bombers would fly again next week"
    assert quote.speaker.text.endswith("Will")


@pytest.mark.parametrize(
    "text",
    [
        "Will the ministry say that the patrols will continue?",
        "Did the admiral tell the crews that the patrols would continue?",
        "Is the ministry saying that the jets entered the zone?",
        "Would the minister argue that the drills were routine?",
        "The ministry will say that the patrols continue.",
        "Moscow Will Say Patrols Continue",
    ],
)
def test_a_modal_before_a_bare_verb_is_no_name(quotes, text):
    found = quotes(text)
    if text.endswith("?"):
        assert found == []  # a question about what is said states nothing
    else:
        assert all(q.speaker.text != "Will" for q in found)


def test_the_answer_after_a_question_is_still_a_quote(quotes):
    text = "Will the ministry keep the patrols going? The minister said they would continue through the winter."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("they would continue through the winter", "The minister")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Moreno's boosters insisted that the drills near the border were routine.",
            "the drills near the border were routine",
            "Moreno's boosters",
        ),
        (
            "Defence hawks insisted the patrols had been planned for months.",
            "the patrols had been planned for months",
            "Defence hawks",
        ),
        (
            "Peace campaigners condemned the decision to extend the patrols.",
            "the decision to extend the patrols",
            "Peace campaigners",
        ),
    ],
)
def test_a_plural_subject_with_no_determiner_before_a_verb_taking_objects(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_offsets(text, quote)


def test_a_plural_subject_does_not_make_a_quote_of_a_plain_object(quotes):
    assert quotes("Fighter jets from both carriers added two more sorties on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The officers that flew the mission said the patrols would continue.", "the patrols would continue"),
        ("Veterans groups that have backed him say the base should stay open.", "the base should stay open"),
    ],
)
def test_that_opening_a_relative_clause_in_the_subject(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == text[: text.index(" sa")]


def test_that_opening_a_reported_clause_stays_a_complementizer(quotes):
    text = "The admiral argued that officials had misread the radar data."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("officials had misread the radar data", "The admiral")


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Ana Ruiz — who commands the northern fleet — told reporters the patrols would continue.",
        "After the vote, Ana Ruiz, the admiral's deputy, said the patrols would continue.",
    ],
)
def test_a_named_subject_with_descriptions_after_an_opening_phrase(quotes, text):
    quote = only(quotes(text))
    assert quote.text == "the patrols would continue"
    assert quote.speaker.name == "Ana Ruiz"
    assert_offsets(text, quote)
