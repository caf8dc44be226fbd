"""patrolx_quotes: small shapes of reported speech in poll and campaign news (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Half of the reservists said they were worried about the deployment, and more than 3 in 10 said "
            "the general would handle a crisis best.",
            "they were worried about the deployment",
            "the general would handle a crisis best",
        ),
        (
            "Most voters said the base should stay open, and fewer than 30 percent said it should close.",
            "the base should stay open",
            "it should close",
        ),
    ],
)
def test_a_comparative_share_opens_a_second_statement(quotes, text, first, second):
    found = quotes(text)
    assert [q.text for q in found] == [first, second]
    for quote in found:
        assert_offsets(text, quote)


def test_more_than_in_a_statement_does_not_open_a_second_one(quotes):
    text = "The minister said the patrols were more frequent than the admiral said they were."
    assert [q.text for q in quotes(text)] == ["the patrols were more frequent than the admiral said they were"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Presidential hopeful Jane Roe says the air base should stay open.", "Presidential hopeful Jane Roe"),
        ("The Republican hopeful said the patrols would resume in March.", "The Republican hopeful"),
    ],
)
def test_hopeful_in_a_title_does_not_block_the_speaker(quotes, text, speaker):
    found = quotes(text)
    assert [(q.text, q.speaker.text) for q in found] == [(found[0].text, speaker)]
    assert_offsets(text, found[0])


def test_a_hopeful_with_no_cue_of_speech_states_nothing(quotes):
    assert quotes("Presidential hopeful Jane Roe wants the air base to stay open.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The dispute over whether the contract is what former officers have called a "rigged deal" took a '
            "new turn.",
            'what a "rigged deal"',
            "former officers",
        ),
        (
            'The ships sailed under what the admiral called "the old patrol model," and stayed near the coast.',
            'what "the old patrol model,"',
            "the admiral",
        ),
    ],
)
def test_what_a_speaker_called_ends_after_the_quoted_words(quotes, text, content, speaker):
    found = quotes(text)
    assert [(q.text, q.speaker.text) for q in found] == [(content, speaker)]
    assert_offsets(text, found[0])


def test_what_a_speaker_called_without_quoted_words_is_not_cut_at_an_article(quotes):
    text = "The ships returned to port after what the ministry called a routine drill, officials said."
    assert [q.text for q in quotes(text) if q.speaker.text == "the ministry"] == ["a routine drill"]
