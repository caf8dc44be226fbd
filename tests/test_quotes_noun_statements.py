"""Statements that are a noun phrase: the object of a cue naming the point a speaker made."""

import pytest

from patrolx import extract


def quotes(text):
    return extract(text, families=["quotes"]).quotes


def only(found):
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The admiral stressed the importance of the alliance with Japan.",
            "the importance of the alliance with Japan",
        ),
        (
            "The minister emphasized the need for more frigates in the Baltic.",
            "the need for more frigates in the Baltic",
        ),
        ("The spokesman highlighted the navy's record in the strait.", "the navy's record in the strait"),
        ("The general noted the rise in attacks on the convoys.", "the rise in attacks on the convoys"),
        ("The minister explained the reasons for the new patrol schedule.", "the reasons for the new patrol schedule"),
        ("The admiral outlined the navy's plan for the Arctic.", "the navy's plan for the Arctic"),
        ("The pilot recounted the encounter over the Baltic Sea.", "the encounter over the Baltic Sea"),
    ],
)
def test_object_naming_the_point_made_is_the_statement(text, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text) == ("indirect", content)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The admiral stressed the importance of the alliance at a news conference in Oslo.",
            "the importance of the alliance",
        ),
        ("The minister explained the reasons for the delay in an interview on Sunday.", "the reasons for the delay"),
        ("The general noted the rise in attacks on Tuesday.", "the rise in attacks"),
        ("The envoy highlighted the cost of the mission to reporters in Geneva.", "the cost of the mission"),
    ],
)
def test_statement_ends_before_when_where_or_to_whom(text, content):
    assert only(quotes(text)).text == content


def test_speaker_of_a_noun_statement():
    quote = only(quotes("Defence Minister Aino Salo stressed the importance of air patrols over the Baltic."))
    assert quote.speaker.text == "Defence Minister Aino Salo"


def test_clause_after_the_cue_is_still_the_statement():
    text = "The admiral noted the number of ships in the strait has doubled since May."
    assert only(quotes(text)).text == "the number of ships in the strait has doubled since May"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry confirmed the patrol in the area on Tuesday.",  # a confirmation may be a vote or an act
        "The ministry reported the incident to the police on Friday.",  # an act, not the point made
        "The admiral explained when asked about the frigates.",  # no object: the occasion
        "The general stressed to reporters the jets.",  # too short, and no noun phrase after the cue
        "The navy recalled its ships to port.",  # bringing back, not recounting
        "The army recalled 2,000 reservists.",
        "The ministry had publicly disclosed the movements of a patrol aircraft.",  # information released
        "The minister noted.",
        "The clash highlighted the risk of escalation in the strait.",  # an event states nothing
        "The incident underlined the need for better radio contact between the fleets.",
    ],
)
def test_no_noun_statement(text):
    assert quotes(text) == []


def test_what_a_speaker_called_is_what_and_the_quoted_words():
    text = 'Under what the admiral called "the old patrol model," the frigates stayed in port.'
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ('what "the old patrol model,"', "the admiral")
    assert [text[start:end] for start, end in quote.parts] == ["what", '"the old patrol model,"']


def test_what_a_speaker_called_without_quoted_words_is_no_two_part_statement():
    text = "Under what the admiral called the old patrol model, the frigates stayed in port."
    assert all(not quote.text.startswith("what") for quote in quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials stressed the importance of the alliance with Japan.", "Officials"),
        ("The ministry emphasized the need for more frigates in the Baltic.", "The ministry"),
        ("Reyes noted the rise in attacks on the convoys.", "Reyes"),
    ],
)
def test_noun_statement_needs_a_speaker(text, speaker):
    assert only(quotes(text)).speaker.text == speaker
