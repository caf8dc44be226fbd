"""patrolx_quotes: reported speech that carries the speaker's quoted words (mixed statements)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets, only


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            'The senator said that the general "happens to be, we believe, wrong about the drills."',
            'the general "happens to be, we believe, wrong about the drills."',
            "The senator",
        ),
        (
            'Admiral Cole said the inquiry "has to deal with the rumour - unfounded, I think - that the navy '
            'hid the logs."',
            'the inquiry "has to deal with the rumour - unfounded, I think - that the navy hid the logs."',
            "Admiral Cole",
        ),
        (
            'The minister said the depot was unguarded, and the rebels had reached a bunker that "was like an '
            'open door, as many such bunkers are."',
            'the depot was unguarded, and the rebels had reached a bunker that "was like an open door, as many '
            'such bunkers are."',
            "The minister",
        ),
    ],
)
def test_quoted_words_keep_the_reported_clause_going(quotes, text, content, name):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.name == name or quote.speaker.text == name
    assert_offsets(text, quote)


def test_a_cue_outside_the_quotation_still_ends_the_clause(quotes):
    text = 'The colonel said the convoy was "ambushed twice," adding that two trucks burned.'
    found = {q.text for q in quotes(text)}
    assert 'the convoy was "ambushed twice,"' in found or 'the convoy was "ambushed twice"' in found
    assert not any("adding" in content for content in found)


def test_the_writers_own_clause_after_and_still_ends_the_statement(quotes):
    text = "The minister said the depot was unguarded, and the army moved two battalions north on Monday."
    quote = only(quotes(text))
    assert quote.text == "the depot was unguarded"


def test_a_second_speaker_after_and_keeps_a_quote_of_its_own(quotes):
    text = 'The minister said the depot was unguarded, and the ministry called the raid "reckless."'
    found = [q.text for q in quotes(text)]
    assert "the depot was unguarded" in found
    assert not any("the depot" in content and "reckless" in content for content in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The convoy, as always, was late, said Colonel Frank Miller.",
            "The convoy, as always, was late",
            "Colonel Frank Miller",
        ),
        (
            "The convoy, as usual, was late, said Frank Miller, the garrison commander.",
            "The convoy, as usual, was late",
            "Frank Miller, the garrison commander",
        ),
    ],
)
def test_speaker_after_the_cue_when_an_aside_splits_the_statement(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_a_described_speaker_before_the_cue_stays_the_speaker(quotes):
    text = "Jane Roe, who retired from the navy in 2010, said the drills ended early."
    quote = only(quotes(text))
    assert quote.text == "the drills ended early"
    assert quote.speaker.name == "Jane Roe"


def test_a_bare_verb_after_a_modal_goes_on_with_the_clause(quotes):
    text = 'The admiral said he would sit the envoy down and tell him "no more games."'
    quote = only(quotes(text))
    assert quote.text == 'he would sit the envoy down and tell him "no more games."'
    assert quote.speaker.text == "The admiral"


def test_a_past_verb_after_and_is_a_second_statement_of_the_speaker(quotes):
    text = 'The ministry called the flight "reckless" and said it would respond.'
    found = [q.text for q in quotes(text)]
    assert "it would respond" in found
    assert not any("reckless" in content and "respond" in content for content in found)


def test_a_subordinate_clause_before_the_speaker_goes_on_after_the_cue(quotes):
    text = 'If the talks fail, the colonel said, striking the depots would be "the only option."'
    quote = only(quotes(text))
    assert quote.text == 'If the talks fail striking the depots would be "the only option."'
    assert len(quote.parts) == 2
    assert quote.speaker.text == "the colonel"
    assert_offsets(text, quote)


def test_a_closing_participle_is_no_rest_of_a_subordinate_clause(quotes):
    text = "When the jets left, the colonel said, citing radar data."
    assert all("citing" not in q.text for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The general defended the plan, saying he would send more troops if asked. "We are ready to go."',
            "he would send more troops if asked We are ready to go.",
        ),
        (
            'The lawyer argues that his client never encouraged violence. "The government is twisting his words."',
            "his client never encouraged violence The government is twisting his words.",
        ),
    ],
)
def test_a_quoted_sentence_goes_on_a_reported_clause_of_the_speaker(quotes, text, content):
    assert content in [q.text for q in quotes(text)]


def test_an_object_names_no_statement_for_the_next_quote_to_go_on(quotes):
    text = 'The general defended the plan. "We are ready to go tomorrow."'
    assert all("ready" not in q.text for q in quotes(text))


def test_a_relative_clause_carrying_quoted_words_goes_on_the_statement(quotes):
    text = 'The general said he would expel the fighters, who are "mostly foreign" and well armed.'
    assert 'he would expel the fighters, who are "mostly foreign" and well armed' in [q.text for q in quotes(text)]


def test_a_relative_clause_with_a_cue_of_its_own_stays_the_writers(quotes):
    text = 'The general praised the pilot, who called the raid "a success" on Monday.'
    found = [q.text for q in quotes(text)]
    assert 'the raid "a success" on Monday' in found
    assert not any(content.startswith("the pilot,") for content in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The general called the envoy a "nice guy" and left the talks out of his speech.', 'the envoy a "nice guy"'),
        ('The general called the raid "reckless," and he ordered an inquiry.', 'the raid "reckless,"'),
    ],
)
def test_an_object_ends_at_its_quote_before_the_writers_next_verb(quotes, text, content):
    assert content in [q.text for q in quotes(text)]


def test_an_object_goes_on_after_its_quote_within_the_phrase(quotes):
    text = 'The general called the "rapid response" unit a failure.'
    assert 'the "rapid response" unit a failure' in [q.text for q in quotes(text)]


def test_a_listener_without_to_before_that(quotes):
    text = 'The ambassador wrote the committee that the drills had been "routine and lawful."'
    quote = only(quotes(text))
    assert quote.text == 'the drills had been "routine and lawful."'
    assert quote.speaker.text == "The ambassador"


def test_a_written_thing_is_no_listener(quotes):
    assert quotes("The ambassador wrote a book that sold well in the capital.") == []


def test_a_participle_cue_after_a_dash_is_the_speakers_next_statement(quotes):
    text = 'The senator denounced what he called a "reckless" raid on the port - saying it had cost two lives.'
    assert 'what he called a "reckless" raid on the port' in [q.text for q in quotes(text)]
