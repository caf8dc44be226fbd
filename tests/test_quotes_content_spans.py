"""patrolx_quotes: where a statement's content starts and ends, cue by cue: a quoted paragraph going on a
reported statement, and the shapes that keep their content as it is."""

from __future__ import annotations

import pytest

import patrolx


def quotes(text: str):
    return patrolx.extract(text, families=["quotes"]).quotes


# --- a quoted paragraph after a reported statement ------------------------------------------------------
# A paragraph that is all quote, with no speaker of its own, after a paragraph ending in what a speaker
# said, is that speaker's next words: the statement's next part.


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "The admiral said the carrier group would stay in the Pacific through the winter.\n\n"
            '"That is because this region matters more to our security than any other."',
            "the carrier group would stay in the Pacific through the winter",
            "That is because this region matters more to our security than any other.",
            "The admiral",
        ),
        (
            "The ministry hit back in a statement, saying the patrols had never left international waters.\n\n"
            "“Frankly, these claims are a distraction from the real dangers in the strait.”",
            "the patrols had never left international waters",
            "Frankly, these claims are a distraction from the real dangers in the strait.",
            "The ministry",
        ),
        (
            "The new budget leaves the navy short of frigates, Senator Jane Roe said.\n\n"
            '"We cannot patrol two oceans with the ships we have now."',
            "The new budget leaves the navy short of frigates",
            "We cannot patrol two oceans with the ships we have now.",
            "Senator Jane Roe",
        ),
    ],
)
def test_a_quoted_paragraph_goes_on_the_statement_before_it(text, first, second, speaker):
    (quote,) = quotes(text)
    assert quote.kind == "indirect"
    assert quote.text == f"{first} {second}"
    assert quote.speaker.text == speaker
    assert [text[start:end] for start, end in quote.parts] == [first, second]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Words in marks too short to be a statement: a label or a heading, no part of it.
        (
            'The general said the drills had ended on time.\n\n"Related:"\n\nThe fleet sailed home.',
            "the drills had ended on time",
        ),
        (
            'The envoy says the talks are "stalled."\n\n"Chief trade negotiator."',
            'the talks are "stalled."',
        ),
        # A statement the writer goes on from in its own paragraph keeps its end there.
        (
            "The colonel said the base would reopen in May, and the first crews arrived a week later.\n\n"
            '"We are glad to be back."',
            "the base would reopen in May",
        ),
        # An object of a criticism names no statement to go on.
        (
            "The senator criticized the new procurement rules.\n\n"
            '"Nobody in this building has read them from start to finish."',
            "the new procurement rules",
        ),
    ],
)
def test_what_is_no_next_part(text, content):
    found = quotes(text)
    assert found[0].text == content
    assert len(found[0].parts) == 1


def test_a_quoted_paragraph_with_its_own_speaker_stays_its_own_quote():
    text = (
        "The admiral said the carrier group would stay in the Pacific.\n\n"
        '"We will be ready," the captain told reporters.'
    )
    found = quotes(text)
    assert [(q.text, q.speaker.text) for q in found] == [
        ("the carrier group would stay in the Pacific", "The admiral"),
        ("We will be ready", "the captain"),
    ]


def test_a_quoted_paragraph_after_a_direct_quote_stays_a_direct_quote_of_the_same_speaker():
    text = (
        '"The carrier group stays in the Pacific," the admiral said.\n\n'
        '"That is because this region matters more than any other."'
    )
    assert [(q.kind, q.text, q.speaker.text) for q in quotes(text)] == [
        ("direct", "The carrier group stays in the Pacific", "the admiral"),
        ("direct", "That is because this region matters more than any other.", "the admiral"),
    ]


# --- what does not change ------------------------------------------------------------------------------
# The content starts after "that" and after a listener, as the annotation guide says ("the words right
# after 'said'/'that'").


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister told reporters that the frigate had left port on Monday.",
            "the frigate had left port on Monday",
        ),
        ("The spokesman said that two bombers flew over the strait.", "two bombers flew over the strait"),
        (
            "Two bombers flew over the strait on Tuesday, according to the defence ministry.",
            "Two bombers flew over the strait on Tuesday",
        ),
    ],
)
def test_content_starts_after_that_and_the_listener(text, content):
    (quote,) = quotes(text)
    assert quote.text == content


# --- the reason given for a criticism or an appeal -------------------------------------------------------
# An object's statement goes on through the reason the speaker gave for it ("because ..."), and still
# ends before an adjunct clause of time ("after ...").


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator called for a halt to the arms sales because of concerns that the jets could reach "
            "the militia.",
            "a halt to the arms sales because of concerns that the jets could reach the militia",
        ),
        (
            "The minister condemned the new export rules because they would cost the shipyards thousands of jobs.",
            "the new export rules because they would cost the shipyards thousands of jobs",
        ),
        (
            "The minister condemned the new export rules after the cabinet approved them on Monday.",
            "the new export rules",
        ),
    ],
)
def test_an_objects_statement_keeps_its_reason(text, content):
    (quote,) = quotes(text)
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator blamed the admiral for the shipyard delays that piled up during his second term.",
            "the admiral for the shipyard delays that piled up during his second term",
        ),
        (
            "The governor promised to reopen the base within the first 90 days of her term.",
            "to reopen the base within the first 90 days of her term",
        ),
        ("The senator criticized the new procurement rules during a debate on Tuesday.", "the new procurement rules"),
        ("The minister praised the pilots during a rally in Brest.", "the pilots"),
    ],
)
def test_during_an_occasion_ends_an_objects_statement_but_a_time_it_holds_does_not(text, content):
    (quote,) = quotes(text)
    assert quote.text == content
