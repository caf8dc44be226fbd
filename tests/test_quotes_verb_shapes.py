"""patrolx_quotes: reported speech whose verb group holds more than the cue word: a progressive ('is
telling reporters that'), adverbs ('has since said', 'even insist'), a contracted auxiliary ("he's
said"), a verb and 'to' ('went on to say', 'continued to insist'); and what stays no statement."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The defence minister is telling reporters in Vilnius that the brigade will be ready by spring.",
            "The defence minister",
            "the brigade will be ready by spring",
        ),
        (
            "The senator is arguing that the carrier should stay in the Gulf.",
            "The senator",
            "the carrier should stay in the Gulf",
        ),
        (
            "The ministry also is stressing that the drills near the border are routine.",
            "The ministry",
            "the drills near the border are routine",
        ),
        (
            "Pentagon officials are saying the strike hit an empty depot.",
            "Pentagon officials",
            "the strike hit an empty depot",
        ),
    ],
)
def test_a_progressive_reports_what_its_subject_says(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The minister has since said that the air base will stay open.",
            "The minister",
            "the air base will stay open",
        ),
        (
            "The general now says the brigade will withdraw before the winter.",
            "The general",
            "the brigade will withdraw before the winter",
        ),
        (
            "The spokesman has even claimed that the army will reach the border by May.",
            "The spokesman",
            "the army will reach the border by May",
        ),
        (
            "Some NATO officials even insist that the exercise is purely defensive.",
            "Some NATO officials",
            "the exercise is purely defensive",
        ),
        (
            "Moscow has long argued that the missile defence site threatens its deterrent.",
            "Moscow",
            "the missile defence site threatens its deterrent",
        ),
    ],
)
def test_adverbs_between_subject_and_cue_are_no_part_of_the_speaker(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He's said he will not send more troops to the region.", "He", "he will not send more troops to the region"),
        ("She’d told reporters that the talks in Geneva had failed.", "She", "the talks in Geneva had failed"),
    ],
)
def test_a_contracted_auxiliary_after_a_pronoun(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The admiral went on to say that the navy would patrol the strait every week.",
            "The admiral",
            "the navy would patrol the strait every week",
        ),
        (
            "Col. Ivan Petrov went on to explain that his radar had been switched off.",
            "Col. Ivan Petrov",
            "his radar had been switched off",
        ),
        (
            "The ministry continued to insist that no warplanes had entered Finnish airspace.",
            "The ministry",
            "no warplanes had entered Finnish airspace",
        ),
        (
            "The opposition leader was quick to say that the budget would not cover the new frigates.",
            "The opposition leader",
            "the budget would not cover the new frigates",
        ),
    ],
)
def test_a_verb_and_to_before_the_cue(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The pilots were also told to stay away from the border.",
        "The crews are being told to keep their transponders on.",
        "The colonel declined to say whether the drills would resume.",
        "Beijing's claims over the reef were rejected by the tribunal.",
        "He's a former pilot who flew patrols over the Baltic.",
    ],
)
def test_no_statement_in_a_passive_a_refusal_or_a_possessive(quotes, text):
    assert quotes(text) == []


# --- lines 'Speaker: statement' --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        (
            "Stoltenberg: I Still Believe Russia Will Test the Alliance's Eastern Flank.",
            "Stoltenberg",
            "I Still Believe Russia Will Test the Alliance's Eastern Flank",
        ),
        (
            "Austin: Ukraine Will Say No to a Frozen Conflict.",
            "Austin",
            "Ukraine Will Say No to a Frozen Conflict",
        ),
    ],
)
def test_a_headline_line_is_one_statement_with_the_verbs_inside_it(quotes, headline, speaker, content):
    text = headline + "\n\nThe minister spoke in Brussels on Tuesday."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.cue) == (content, speaker, None)
    assert_parts_and_speaker(text, quote)


def test_a_headline_statement_ends_at_its_semicolon(quotes):
    text = "Report: Half the frigates were late; navy says schedule was 'unrealistic.'\n\nThe report came out."
    found = {quote.speaker.text: quote.text for quote in quotes(text)}
    assert found["Report"] == "Half the frigates were late"
    assert found["navy"] == "schedule was 'unrealistic"


@pytest.mark.parametrize(
    "headline",
    [
        "The Latest: Poland moves two brigades to the border.",
        "Revealed: The Navy Kept Its Drone Losses Secret For Years.",
        "WOW: Carrier Sails Through The Strait Without An Escort.",
    ],
)
def test_a_headline_label_is_no_speaker(quotes, headline):
    text = headline + "\n\nThe ministry released the figures on Monday."
    assert quotes(text) == []


# --- '"A," X said, adding: "B."': two statements -----------------------------------------------------------


def test_a_quote_after_adding_and_a_title_in_the_attribution(quotes):
    text = '"The fleet is not ready," Salo said on CNN\'s "State of the Union," adding, "We need more ships."'
    first, second = quotes(text)
    assert (first.text, first.cue, first.speaker.text) == ("The fleet is not ready", "said", "Salo")
    assert (second.text, second.cue, second.speaker.text) == ("We need more ships.", "adding", "Salo")
    assert_parts_and_speaker(text, second)


@pytest.mark.parametrize(
    "text",
    [
        '"It\'s too early to tell," said Rep. Jane Roe, who is also a regular guest on the TV show "Front Line." '
        '"It depends on the budget."',
        "''It's hard work,'' she said, describing how she assembles ''guidance kits'' for the missiles. "
        "''But the people are like family.''",
    ],
)
def test_a_quote_after_a_description_of_its_speaker_still_goes_on(quotes, text):
    quote = next(quote for quote in quotes(text) if quote.cue == "said")
    assert len(quote.parts) == 2


# --- an opening time or place, then a pronoun subject, with no comma ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday he said the decision to close the base was a mistake.",
        "Last week she said the decision to close the base was a mistake.",
        "In 2019 he said the decision to close the base was a mistake.",
        "In an interview with Reuters she said the decision to close the base was a mistake.",
    ],
)
def test_a_pronoun_after_an_opening_time_or_place_is_the_speaker(quotes, text):
    quote = only(quotes(text))
    assert quote.text == "the decision to close the base was a mistake"
    assert quote.speaker.text in {"he", "she"}
    assert_parts_and_speaker(text, quote)


# --- a statement in a subordinate clause opening the sentence ends before the main clause ----------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "While the ministry said the drills were routine, NATO moved two brigades east.",
            "the ministry",
            "the drills were routine",
        ),
        (
            "Although officials said the convoy carried aid, its trucks held artillery shells.",
            "officials",
            "the convoy carried aid",
        ),
        (
            "When the admiral said the fleet was ready, the crews cheered.",
            "the admiral",
            "the fleet was ready",
        ),
        (
            "But while Moscow says the drills, which began Monday, are routine, the jets flew close to the border.",
            "Moscow",
            "the drills, which began Monday, are routine",
        ),
    ],
)
def test_a_statement_in_an_opening_subordinate_clause_ends_before_the_main_clause(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


def test_a_subordinate_clause_before_an_interposed_speaker_is_part_of_the_statement(quotes):
    text = "If the talks fail, the general said, the army will move."
    quote = only(quotes(text))
    assert quote.text == "If the talks fail the army will move"


@pytest.mark.parametrize(
    "text",
    [
        "The former governor told The Star-Ledger last week she would vote against the arms deal.",
        "The former governor told the Times of London she would vote against the arms deal.",
    ],
)
def test_a_listener_named_with_a_hyphen_or_of(quotes, text):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("she would vote against the arms deal", "The former governor")


def test_an_order_to_a_listener_named_with_of_is_no_statement(quotes):
    assert quotes("The general told the pilots of the squadron to turn back.") == []


# --- 'note' in the present: 'analysts note that ...' -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Analysts note that the drills are larger than last year's.",
            "Analysts",
            "the drills are larger than last year's",
        ),
        (
            "Legal observers note the ministry would not truly close the base.",
            "Legal observers",
            "the ministry would not truly close the base",
        ),
    ],
)
def test_note_in_the_present_reports_a_statement(quotes, text, speaker, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.cue) == (content, speaker, "note")


def test_claim_in_the_present_reports_a_statement(quotes):
    quote = only(quotes("Critics claim the drills are a cover for an invasion."))
    assert (quote.text, quote.speaker.text, quote.cue) == ("the drills are a cover for an invasion", "Critics", "claim")
    assert quotes("The claim was rejected by the tribunal.") == []


def test_a_note_is_a_noun_after_an_article(quotes):
    assert quotes("The note that the pilot left was found in the cockpit.") == []
    quote = only(quotes('"The convoy will not stop," the note says.'))
    assert (quote.text, quote.speaker.text, quote.cue) == ("The convoy will not stop", "the note", "says")


def test_a_possessed_listener_after_told(quotes):
    text = "Since 2011 she has often told the admiral's staff — half in jest — that she lost only one war game."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("she lost only one war game", "she")
