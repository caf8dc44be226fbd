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


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Finnish government is worried that the new border fence will slow its trade.",
            "The Finnish government",
            "the new border fence will slow its trade",
        ),
        (
            "Japan remains skeptical that China will honor the agreement.",
            "Japan",
            "China will honor the agreement",
        ),
        (
            "Navy leaders have long been concerned that our shipyards cannot keep up.",
            "Navy leaders",
            "our shipyards cannot keep up",
        ),
        (
            "Pentagon planners are increasingly optimistic the carrier will be ready in time.",
            "Pentagon planners",
            "the carrier will be ready in time",
        ),
    ],
)
def test_adjective_of_belief_said_of_its_holder(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_adjective_of_belief_inside_a_statement_goes_on_with_it(quotes):
    text = "The senator said the vote was close and he was confident that the bill would pass next week."
    quote = only(quotes(text))
    assert quote.speaker.text == "The senator"
    assert quote.text == "the vote was close and he was confident that the bill would pass next week"


@pytest.mark.parametrize(
    "text",
    [
        "His aides are not convinced that the drone program can survive the cuts.",  # negated: no position
        "Many voters are worried that the war will drag on for years.",  # an unnamed crowd
        "Presidential hopeful Jane Roe visited the shipyard in Maine on Tuesday.",  # a noun
        "As far as the navy is concerned, the frigates will sail on Monday.",  # no clause after it
        "The admiral is confident in the new radar on the destroyers.",  # an object
    ],
)
def test_adjective_states_no_position(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Opposition politicians raised concerns that the treaty leaves the border undefended.",
            "Opposition politicians",
            "the treaty leaves the border undefended",
        ),
        (
            "The admiral expressed hope that the talks would resume next week.",
            "The admiral",
            "the talks would resume next week",
        ),
        (
            "Officials voiced fears that the strike had killed civilians.",
            "Officials",
            "the strike had killed civilians",
        ),
    ],
)
def test_concern_or_hope_voiced_before_that(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_concern_raised_by_an_event_has_no_speaker(quotes):
    assert quotes("The missile test raised fears that the truce would collapse.") == []


def test_forecast_of_a_named_holder(quotes):
    text = "Pentagon officials expect the review to be completed by March."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("the review to be completed by March", "Pentagon officials")
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The navy expects to commission the frigate next year.",  # an intention, no forecast
        "The frigate is widely expected to be commissioned next year.",  # no holder
    ],
)
def test_expectation_states_no_position(quotes, text):
    assert quotes(text) == []


def test_hedge_inside_quoted_words_is_no_position_of_its_own(quotes):
    text = '"We will keep flying, because I think the patrols work," the commander said.'
    found = quotes(text)
    assert [q.speaker.text for q in found] == ["the commander"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Allied officials are hoping the talks will resume in May.",
            "Allied officials",
            "the talks will resume in May",
        ),
        (
            "Moscow blocked the plan, fearing it would turn into a lever for Western pressure.",
            "Moscow",
            "it would turn into a lever for Western pressure",
        ),
    ],
)
def test_belief_in_its_progressive_or_participle(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_hoping_to_is_an_intention(quotes):
    assert quotes("The general is hoping to visit the base next week.") == []
