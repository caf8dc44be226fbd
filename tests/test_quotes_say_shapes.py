"""patrolx_quotes: reported speech with known cues in shapes of their own: 'as reported by X, ...' (the
speaker after the cue, as with 'according to'), and a reported clause without 'that' whose subject holds a
prepositional phrase ('conceded the situation in the province is grave'); and what stays no statement."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As reported by the Baltic Times, the army moved two brigades to the border last week.",
            "the Baltic Times",
            "the army moved two brigades to the border last week",
        ),
        (
            "As first reported by Reuters, the navy has pulled its frigates out of the strait.",
            "Reuters",
            "the navy has pulled its frigates out of the strait",
        ),
        (
            "The air force grounded its tankers after the crash, as reported by Defense News.",
            "Defense News",
            "The air force grounded its tankers after the crash",
        ),
    ],
)
def test_as_reported_by_names_the_reporter_after_the_cue(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The general conceded the situation in the province is deeply regrettable.",
            "The general",
            "the situation in the province is deeply regrettable",
        ),
        (
            "The admiral noted the number of ships in the strait has doubled since May.",
            "The admiral",
            "the number of ships in the strait has doubled since May",
        ),
        (
            "The ministry stressed the presence of foreign troops on its soil was temporary.",
            "The ministry",
            "the presence of foreign troops on its soil was temporary",
        ),
    ],
)
def test_a_clause_whose_subject_holds_a_preposition(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry confirmed the patrol in the area on Tuesday.",  # an object, no clause
        "The ministry reported the incident to the police on Friday and was waiting for an answer.",
        "The general noted the rise in attacks on the convoys with concern.",  # an object with prepositions
        "The brigades were reported by the press to be moving west.",  # a passive, no 'as reported by'
    ],
)
def test_no_statement_from_an_object_or_a_passive(quotes, text):
    assert quotes(text) == []
