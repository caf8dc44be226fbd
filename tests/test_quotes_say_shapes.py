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
        "The general reported the rise in attacks on the convoys with concern.",  # an object with prepositions
        "The brigades were reported by the press to be moving west.",  # a passive, no 'as reported by'
    ],
)
def test_no_statement_from_an_object_or_a_passive(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "He was pressed about his statement on Tuesday that the alliance was obsolete.",
            "his",
            "the alliance was obsolete",
        ),
        (
            "The colonel never named a source for her claim in November that the brigade had left.",
            "her",
            "the brigade had left",
        ),
        (
            "The minister gained nothing from his complaints that the admiral had misled the committee.",
            "his",
            "the admiral had misled the committee",
        ),
    ],
)
def test_a_statement_noun_with_a_time_before_that_or_in_the_plural(quotes, text, speaker, content):
    # Quotes are read where a cue is: the article reports speech elsewhere too.
    article = text + " The ministry said the talks would resume in May."
    found = [quote for quote in quotes(article) if quote.text == content]
    assert [quote.speaker.text for quote in found] == [speaker]
    assert_parts_and_speaker(article, found[0])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The defence minister tells voters she will keep the base open.",
            "The defence minister",
            "she will keep the base open",
        ),
        (
            "The general told aides he planned to move the brigade north.",
            "The general",
            "he planned to move the brigade north",
        ),
    ],
)
def test_voters_and_aides_are_listeners_after_told(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The base will stay open, the admiral told voters as he toured the town.",
        "The base will stay open, the admiral told reporters while she walked to the car.",
    ],
)
def test_a_clause_of_time_after_a_trailing_attribution_is_no_statement(quotes, text):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("The base will stay open", "the admiral")


def test_no_statement_noun_across_an_aside(quotes):
    text = "His claim, which the ministry denied, that the jets had left was never repeated."
    assert all(quote.text != "the jets had left was never repeated" for quote in quotes(text))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In a Baltic Times poll released Monday, 52 percent of voters backed the new base.",
            "a Baltic Times poll",
            "52 percent of voters backed the new base",
        ),
        (
            "In the latest survey, conducted in May, the ruling party leads the opposition by nine points.",
            "the latest survey",
            "the ruling party leads the opposition by nine points",
        ),
    ],
)
def test_an_opening_poll_states_the_rest_of_its_sentence(quotes, text, source, content):
    article = text + " The minister said the base would open in June."
    found = [quote for quote in quotes(article) if quote.text == content]
    assert [quote.speaker.text for quote in found] == [source]
    assert_parts_and_speaker(article, found[0])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("In the poll, 40 percent said the base should close.", "40 percent", "the base should close"),
        (
            "In a report released Monday, the ministry said the base would open in May.",
            "the ministry",
            "the base would open in May",
        ),
    ],
)
def test_an_opening_poll_leaves_a_speaker_of_the_main_clause_alone(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)


def test_no_poll_finding_after_polling_used_as_a_modifier(quotes):
    text = "In a request about the polling places, the official noted long waits. The ministry said the vote was fair."
    assert [quote.text for quote in quotes(text)] == ["the vote was fair"]
