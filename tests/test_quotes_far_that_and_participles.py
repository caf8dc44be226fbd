"""patrolx_quotes: plain reported speech in shapes the adjunct reading alone does not parse: a 'that' after a
long stretch of adjuncts, a topic or a listener; a reported clause ending before the writer's 'even as'; and
what stays no statement."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'The admiral stated on NBC\'s "Meet the Press" that the carrier would sail in May.',
            "The admiral",
            "the carrier would sail in May",
        ),
        (
            "The minister stated of the border dispute that the talks had failed.",
            "The minister",
            "the talks had failed",
        ),
        (
            "Colonel Ruiz noted in an opinion piece in Saturday’s Harbor Gazette that anger over the cuts was growing.",
            "Colonel Ruiz",
            "anger over the cuts was growing",
        ),
        (
            "A sailor wrote the local newspaper, The Harbor Gazette, that the repairs were months behind.",
            "A sailor",
            "the repairs were months behind",
        ),
        (
            "The general is telling troops at a small base in Kandahar, Afghanistan, that the mission will end.",
            "The general",
            "the mission will end",
        ),
    ],
)
def test_that_after_a_long_stretch_opens_the_clause(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_participle_with_a_long_adjunct_before_that(quotes):
    text = (
        "The senator is urging caution, stating in an interview on Nordic TV's Evening Report with Lena Berg "
        "that the ceasefire was fragile."
    )
    found = [quote for quote in quotes(text) if quote.cue == "stating"]
    assert [(quote.text, quote.speaker.text) for quote in found] == [("the ceasefire was fragile", "The senator")]


@pytest.mark.parametrize(
    "text",
    [
        "The admiral wrote a book that described the war in the Pacific.",  # a relative clause, no statement
        "It told the story of the shipyard workers - a labor dispute that the union had settled.",
        "The veterans were granted a say at the hearing - and that the ministry had promised them.",
    ],
)
def test_no_far_that_past_an_aside_or_before_a_relative_clause(quotes, text):
    assert quotes(text) == []


def test_clause_ends_before_even_as(quotes):
    text = "The ministry said the talks were going well even as the shelling of the port went on."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("the talks were going well", "The ministry")


def test_even_as_after_a_comma_is_kept(quotes):
    text = "The ministry said the talks were going well, even as the shelling of the port went on."
    quote = only(quotes(text))
    assert quote.text == "the talks were going well, even as the shelling of the port went on"


def test_even_as_inside_a_quote_is_kept(quotes):
    text = 'The ministry said the talks were "going well even as the guns fire" and would go on.'
    quote = only(quotes(text))
    assert quote.text == 'the talks were "going well even as the guns fire" and would go on'


def test_quote_opened_by_adding_is_a_second_statement(quotes):
    text = '"The base will stay open," the admiral said, adding, "We are not leaving the island."'
    found = [(quote.text, quote.cue, quote.speaker.text) for quote in quotes(text)]
    assert found == [
        ("The base will stay open", "said", "the admiral"),
        ("We are not leaving the island.", "adding", "the admiral"),
    ]


def test_quote_after_the_attribution_goes_on_the_first(quotes):
    text = '"The base will stay open," the admiral said. "We are not leaving the island."'
    quote = only(quotes(text))
    assert quote.parts[1][0] > quote.parts[0][1]
    assert (quote.text, quote.speaker.text) == ("The base will stay open We are not leaving the island.", "the admiral")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator drew boos upon saying that the base would close.",
            "The senator",
            "the base would close",
        ),
        (
            '"We will need more ships," the admiral added, while also saying that the budget was tight.',
            "the admiral",
            "the budget was tight",
        ),
        (
            "The minister declined to give a date - only saying that the troops would leave soon.",
            "The minister",
            "the troops would leave soon",
        ),
        (
            'On Monday, after weeks of silence, the general met the press, saying, "The war is not over."',
            "the general",
            "The war is not over.",
        ),
    ],
)
def test_participle_of_saying_goes_on_from_the_main_clause(quotes, text, speaker, content):
    found = [(quote.text, quote.speaker.text) for quote in quotes(text) if quote.cue == "saying"]
    assert found == [(content, speaker)]


@pytest.mark.parametrize("link", ["while", "before", "after"])
def test_participle_after_a_closing_attribution_and_a_joiner(quotes, link):
    text = f'"The drills are routine," the minister said, {link} insisting that the fleet would stay in port.'
    found = [(quote.text, quote.cue, quote.speaker.text) for quote in quotes(text)]
    assert found == [
        ("The drills are routine", "said", "the minister"),
        ("the fleet would stay in port", "insisting", "the minister"),
    ]


def test_participle_after_in(quotes):
    quote = only(quotes("The minister plainly erred in saying that the jets had left the base."))
    assert (quote.text, quote.speaker.text) == ("the jets had left the base", "The minister")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The admiral recalled the long nights of the blockade in 1962.", "the long nights of the blockade in 1962"),
        ("Mr. Brown said, recalling a visit to the base by the senator.", "a visit to the base by the senator"),
    ],
)
def test_what_a_person_recalled(quotes, text, content):
    found = [quote.text for quote in quotes(text) if quote.cue.startswith("recall")]
    assert found == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow recalled its ambassador from Kyiv on Tuesday.",
        "The navy recalled two frigates from the exercise.",
        "The general recalled his troops from the border.",
        "The admiral recalled the envoy for consultations.",
    ],
)
def test_envoys_and_ships_called_back_are_no_statement(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In recent days, Navy leaders — and, in particular, Admiral Jane Roe — insisted that the carrier sail.",
            "Navy leaders",
            "the carrier sail",
        ),
        (
            "Reached by phone on Tuesday, Lee — who commanded the frigate for two years — told Reuters he had retired.",
            "Lee",
            "he had retired",
        ),
    ],
)
def test_opening_phrase_before_a_speaker_set_off_by_dashes(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
