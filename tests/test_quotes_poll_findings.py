"""patrolx_quotes: a clause whose closing adjunct names one poll or survey ('... fell to 38 percent in a
Kyodo poll released Monday') states that poll's finding, the poll its speaker; generic polls ('in the polls'),
places, elections and views in the same place state nothing."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Support for the base treaty fell to 38 percent in a Kyodo poll released Monday.",
            "a Kyodo poll",
            "Support for the base treaty fell to 38 percent",
        ),
        (
            "The defence minister's approval rating rose to 52 percent in the latest Asahi survey.",
            "the latest Asahi survey",
            "The defence minister's approval rating rose to 52 percent",
        ),
        (
            "Most voters backed the new frigate programme in Monday's poll.",
            "Monday's poll",
            "Most voters backed the new frigate programme",
        ),
        (
            "The ruling party trailed the opposition by six points in a survey conducted by the university.",
            "a survey",
            "The ruling party trailed the opposition by six points",
        ),
        (
            "The coalition held its lead, but the opposition gained four points in a Gallup poll last week.",
            "a Gallup poll",
            "the opposition gained four points",
        ),
        (
            "The ruling party leads the opposition by eight points, 44 percent to 36 percent, in the survey, taken"
            " last week.",
            "the survey",
            "The ruling party leads the opposition by eight points, 44 percent to 36 percent",
        ),
    ],
)
def test_a_clause_closed_by_a_named_poll_is_its_finding(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The senator has led the field in the polls for months.",  # polls in general, no one poll
        "The governor remains mired in single digits in most surveys.",
        "The senator won 45 percent of the vote in Iowa.",  # a place
        "The governor finished third in the primary.",  # an election
        "The base will close next year in the ministry's view.",
        "The approval rating in the latest Asahi poll stands at 40 percent.",  # the poll inside the subject
        "Twelve soldiers took part in a survey.",
        "The ruling party leads the opposition by eight points, 44 percent to 36 percent, in the survey.",
    ],
)
def test_places_elections_and_generic_polls_state_no_finding(quotes, text):
    assert quotes(text) == []
