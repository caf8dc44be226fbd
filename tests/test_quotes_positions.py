"""patrolx_quotes: beliefs as stated positions. A holder that speaks for itself (a person, an
organization, a country, officials) states a position with "believes", "thinks", "fears", "hopes":
also with no "that" before a clause whose subject is a bare noun ("strategists think women are ..."),
and in a relative clause whose subject stands before the holder ("a tactic the party hopes will ...").
Not an unnamed crowd, not what someone "is expected to" do, not a hedge inside quoted words."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Navy strategists think carriers are likely to stay in the Gulf until spring.",
            "Navy strategists",
            "carriers are likely to stay in the Gulf until spring",
        ),
        (
            "Defense economists believe this gives the shipyards an unfair advantage.",
            "Defense economists",
            "this gives the shipyards an unfair advantage",
        ),
        (
            "Gov. Maria Lopez hopes her latest endorsement will give her campaign a boost.",
            "Gov. Maria Lopez",
            "her latest endorsement will give her campaign a boost",
        ),
    ],
)
def test_belief_of_a_holder_with_a_clause_without_that(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_belief_in_a_relative_clause_whose_subject_stands_before_the_holder(quotes):
    text = "The ministry opposed the drill, which Admiral Chen believes will provoke Beijing."
    quote = only(quotes(text))
    assert quote.speaker.text == "Admiral Chen"
    assert quote.text.endswith("will provoke Beijing")


@pytest.mark.parametrize(
    "text",
    [
        "Many voters fear the war will drag on for years.",  # an unnamed crowd
        "The admiral believes in a navy strong enough to patrol the strait.",  # an object, no clause
        "The crew felt like they had no options left.",  # a feeling compared
        "The carrier is expected to arrive in Manila on Friday.",  # no holder
    ],
)
def test_no_position(quotes, text):
    assert quotes(text) == []
