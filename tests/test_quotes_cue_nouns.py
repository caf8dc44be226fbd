"""Cue words that are nouns or modifiers where they stand ("after reports that", "lay claim to", "warning
shots"), not verbs of speech: they state nothing, and the verbs of speech around them still do."""

import pytest

from patrolx import extract


def quotes(text):
    return extract(text, families=["quotes"]).quotes


@pytest.mark.parametrize(
    "text",
    [
        "The fighters scrambled after reports that two bombers were approaching the coast.",
        "Officials declined to comment on reports that the frigate had run aground.",
        "Six sailors were detained on charges of smuggling fuel across the border.",
        "The committee pressed the admiral with questions about the lost drone.",
        "Additional reporting by Anna Berg in Oslo.",
        "Both countries lay claim to the reefs, and each has built an outpost there.",
        "Vietnam lays no claim to the atoll.",
        "Its worry is the southern flank, where the patrols are thin.",
        "The admiral left little doubt about where the fleet would sail next.",
        "The jets spent an hour staging mock dogfights over the sea.",
        "A coast guard cutter fired warning shots at the trawler.",
        "The coast guard had to fire \u201cwarning shots.\u201d",
        "The proposed base would host four squadrons of fighters.",
        "Read more",
    ],
)
def test_a_cue_word_used_as_a_noun_or_a_modifier_states_nothing(text):
    assert quotes(text) == []


def test_a_noun_before_a_participle_is_no_part_of_the_speaker():
    [quote] = quotes("The general left no doubt about his plans, saying the carrier would stay in the gulf.")
    assert (quote.text, quote.speaker.text) == ("the carrier would stay in the gulf", "The general")


def test_a_modifier_does_not_cut_the_statement_it_stands_in():
    [quote] = quotes("Her lead in pledged votes is now hard to overcome, the analysts said.")
    assert (quote.text, quote.speaker.text) == ("Her lead in pledged votes is now hard to overcome", "the analysts")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a gerund after a preposition is a verb
        ("After saying he was nervous, the pilot landed the jet.", "he was nervous", "the pilot"),
        ("The minister ended the briefing by saying the patrols would go on.", "the patrols would go on", None),
        # the same words as verbs with their subjects
        ("The agency reports that two bombers flew over the strait.", "two bombers flew over the strait", "The agency"),
        ("They claim that the drones were shot down over the sea.", "the drones were shot down over the sea", "They"),
        # a preposition ending a clause with a subject of its own
        ("Several pilots I have flown with said the drills were routine.", "the drills were routine", None),
        ("The people he works with say the base will close next year.", "the base will close next year", None),
    ],
)
def test_verbs_of_speech_after_the_same_words_still_report(text, content, speaker):
    [quote] = quotes(text)
    assert quote.text == content
    assert quote.speaker is not None
    if speaker is not None:
        assert quote.speaker.text == speaker


def test_the_plain_verb_after_to_is_a_verb():
    texts = [quote.text for quote in quotes("The navy is expected to claim that the submarine never left port.")]
    assert texts == ["the submarine never left port"]


def test_a_headline_verb_in_the_present_tense_still_reports():
    text = "Navy chief says bombers flew near the islands\n\nOSLO (Reuters) - Two bombers flew near the islands."
    assert "bombers flew near the islands" in [quote.text for quote in quotes(text)]
