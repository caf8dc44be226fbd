"""patrolx_quotes: speakers the subject scan used to miss — a share described by a relative 'who',
descriptions set off by spaced hyphens, and speakers opened by 'even' or ending in a word that may
also name an audience."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker


def only_quote(found):
    assert len(found) == 1, [(q.cue, q.text) for q in found]
    return found[0]


# --- a share of a group described by a relative 'who' ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The defence minister won by almost 40 points among the 28 percent of reservists who said "
            "the navy does more to protect the coast.",
            "the 28 percent of reservists",
            "the navy does more to protect the coast",
        ),
        (
            "The senator leads by 6 in 10 veterans who say the border patrols matter most.",
            "6 in 10 veterans",
            "the border patrols matter most",
        ),
        (
            "Among the crews, most said the drills were useful, against nearly four in 10 — 38 percent — "
            "who said the drills were a waste of fuel.",
            "38 percent",
            "the drills were a waste of fuel",
        ),
    ],
)
def test_share_described_by_who_is_the_speaker(quotes, text, speaker, content):
    quote = next(q for q in quotes(text) if q.text == content)
    assert quote.speaker.text == speaker
    assert quote.speaker.name is None
    assert_parts_and_speaker(text, quote)


def test_share_is_no_speaker_past_a_preposition(quotes):
    # 'despite critics who said': the critics spoke, not the 5 percent the fleet lost.
    text = "The fleet lost 5 percent despite critics who said the cuts would hurt readiness."
    quote = only_quote(quotes(text))
    assert quote.text == "the cuts would hurt readiness"
    assert not quote.speaker.text.startswith("5 percent")


# --- descriptions set off by hyphens typed for dashes --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Deborah Reynolds - the pilot's sister and a former navigator - told The Washington Post that "
            "the crash happened in 2002.",
            "Deborah Reynolds",
            "the crash happened in 2002",
        ),
        (
            "Gen. Mark Tolley - who previously said the base would close - said at a rally in Texas that the "
            "army should keep the runway open.",
            "Mark Tolley",
            "the army should keep the runway open",
        ),
        (
            "Jean-Pierre Dumas - a French pilot - said the jets were late.",
            "Jean-Pierre Dumas",
            "the jets were late",
        ),
    ],
)
def test_spaced_hyphens_set_off_a_description(quotes, text, name, content):
    quote = next(q for q in quotes(text) if q.text == content)
    assert quote.speaker.name == name
    assert_parts_and_speaker(text, quote)


def test_dateline_hyphen_is_no_description(quotes):
    text = "KYIV - The ministry said the jets were late."
    quote = only_quote(quotes(text))
    assert quote.speaker.text == "The ministry"
    assert quote.text == "the jets were late"


# --- nouns in -ly are no adverbs before the verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The organizer of the rally said the jets flew too low over the town.", "The organizer of the rally"),
        ("The navigator's family said the jets flew too low over the town.", "The navigator's family"),
        ("The regional assembly said the jets flew too low over the town.", "The regional assembly"),
        ("Moscow has repeatedly said the jets flew too low over the town.", "Moscow"),
    ],
)
def test_speaker_ending_in_ly_keeps_its_head(quotes, text, speaker):
    quote = only_quote(quotes(text))
    assert quote.text == "the jets flew too low over the town"
    assert quote.speaker.text == speaker
    assert_parts_and_speaker(text, quote)


# --- speakers after an opening 'as', 'even' or 'yet' --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "title", "content"),
    [
        (
            "As one engineer told Reuters, the jets left the base at dawn.",
            "one engineer",
            "engineer",
            "the jets left the base at dawn",
        ),
        (
            "As one engineer said, the jets left the base at dawn.",
            "one engineer",
            "engineer",
            "the jets left the base at dawn",
        ),
        (
            "Even the minister said the jets left the base at dawn.",
            "the minister",
            "minister",
            "the jets left the base at dawn",
        ),
        (
            'Yet another officer said, "The jets left the base at dawn."',
            "another officer",
            "officer",
            "The jets left the base at dawn.",
        ),
    ],
)
def test_opening_word_is_no_part_of_the_speaker(quotes, text, speaker, title, content):
    quote = only_quote(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert quote.speaker.title == title
    assert_parts_and_speaker(text, quote)


def test_as_before_a_plain_phrase_is_no_speaker(quotes):
    # 'As the jets said ...' would need a speaker; 'As expected' opens no statement at all.
    assert quotes("As expected, the jets left the base at dawn.") == []


# --- descriptions ending in a possessive, or holding a cue word used as a noun -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Paul Varga, a former adviser to the minister and a friend of the admiral's, said the navy is strong.",
        'Sam Okafor, a contestant on the show "Top Gun Academy," said the navy is strong.',
        'Sam Okafor, a contestant on the reality TV show, "Top Gun Academy," said the navy is strong.',
    ],
)
def test_named_speaker_before_a_description(quotes, text):
    quote = only_quote(quotes(text))
    assert quote.text == "the navy is strong"
    assert quote.speaker.name in {"Paul Varga", "Sam Okafor"}
    assert_parts_and_speaker(text, quote)


def test_possessive_before_a_cue_noun_is_no_speaker(quotes):
    # "the admiral's claims": a noun, so no one said anything here.
    assert quotes("The admiral's claims about the navy were strong.") == []


# --- a named person after 'of', described by 'who said' -------------------------------------------------


@pytest.mark.parametrize("cue", ["said", "told reporters"])
def test_named_person_after_of_is_the_relative_speaker(quotes, cue):
    text = f"The plan won the support of Gen. Mark Tolley, who {cue} the runway will stay open."
    quote = only_quote(quotes(text))
    assert quote.text == "the runway will stay open"
    assert quote.speaker.text == "Gen. Mark Tolley"
    assert (quote.speaker.name, quote.speaker.title) == ("Mark Tolley", "Gen.")
    assert_parts_and_speaker(text, quote)


def test_organization_after_of_keeps_the_whole_phrase(quotes):
    text = "The plan drew a statement from the spokesman of the ministry, who said the runway will stay open."
    quote = only_quote(quotes(text))
    assert quote.text == "the runway will stay open"
    assert quote.speaker.text != "the ministry"


# --- a possessor opening the main clause before a participle --------------------------------------------


def test_possessor_with_long_modifiers_before_a_participle(quotes):
    text = (
        "France's far-right party leader, Marine Dupont, voiced support for the general on Wednesday, "
        "saying his rival would bring war to the region."
    )
    quote = only_quote(quotes(text))
    assert quote.text == "his rival would bring war to the region"
    assert quote.speaker.text != "France's"
    assert quote.speaker.country == "FRA"
    assert_parts_and_speaker(text, quote)


# --- a participle after 'after', 'while', 'by' opening the sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "After saying he was too tired to fly another sortie, the pilot ended up asleep in the briefing room.",
            "the pilot",
            "he was too tired to fly another sortie",
        ),
        (
            "While saying that he respects the minister, the admiral continued to doubt the plan.",
            "the admiral",
            "he respects the minister",
        ),
    ],
)
def test_opening_participle_after_a_subordinator(quotes, text, speaker, content):
    quote = only_quote(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "After saying goodbye, the pilot left the room.",
        "After telling reporters to wait, the pilot left the room.",
    ],
)
def test_opening_participle_without_a_statement(quotes, text):
    assert quotes(text) == []


# --- a time of day after a weekday between the speaker and its verb ------------------------------------


@pytest.mark.parametrize("time", ["on Thursday evening", "Thursday night"])
def test_weekday_and_time_of_day_are_no_part_of_the_speaker(quotes, time):
    text = f"The minister {time} said the patrol had ended."
    quote = only_quote(quotes(text))
    assert quote.text == "the patrol had ended"
    assert (quote.speaker.text, quote.speaker.title) == ("The minister", "minister")


def test_cue_word_inside_a_long_description_is_a_noun(quotes):
    text = (
        "Bob Reyes, a radio show host and station manager at the largest family-owned radio station in the "
        "north, said that he felt the mood change after the strikes."
    )
    quote = only_quote(quotes(text))
    assert quote.text == "he felt the mood change after the strikes"
    assert quote.speaker.name == "Bob Reyes"
    assert quote.speaker.title == "radio show host and station manager"
    assert_parts_and_speaker(text, quote)


def test_poll_finding_in_its_own_clause_stays_a_finding(quotes):
    text = "A new poll shows the minister leads, and the general said the jets were late."
    found = quotes(text)
    assert any(q.text == "the jets were late" and q.speaker.text == "the general" for q in found)


@pytest.mark.parametrize(
    ("text", "speaker", "head"),
    [
        (
            "The jets turned back before reaching the zone, said a source close to naval headquarters.",
            "a source close to naval headquarters",
            "source",
        ),
        (
            "The frigate left port early, said one official familiar with the talks.",
            "one official familiar with the talks",
            "official",
        ),
        # 'close' before a noun is no description after the head
        ("The frigate left port early, said a close aide to the admiral.", "a close aide to the admiral", "close aide"),
    ],
)
def test_a_speaker_after_the_cue_may_be_described_after_its_head(quotes, text, speaker, head):
    (quote,) = quotes(text)
    assert (quote.speaker.text, quote.speaker.title) == (speaker, head)


# --- a media or public role before a name is its title -----------------------------------------------


@pytest.mark.parametrize("role", ["host", "moderator", "anchor", "columnist", "commentator", "historian"])
def test_a_role_before_a_name_is_a_title(quotes, role):
    quote = only_quote(quotes(f"The carrier will stay in the region until spring, {role} Tom Reyes said on Sunday."))
    speaker = quote.speaker
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Tom Reyes", role, None)
