"""A pronoun speaker resolves to the nearest named person its mention is compatible with: "she" skips a
person the article calls "Mr." or "spokesman", "he" one it calls "Mrs." or "spokeswoman"."""

import pytest

from patrolx.components.quotes.coreference import stated_sex


def speakers(quotes, text):
    return [(q.speaker.text, q.speaker.name) for q in quotes(text)]


def test_she_skips_a_man_named_after_the_woman(quotes):
    text = (
        "Mrs. Jane Holt, the defence minister, opened the briefing. Then Mr. Tom Reed, the navy chief, "
        'took questions. "The frigates are ready to sail," she said.'
    )
    assert speakers(quotes, text) == [("she", "Jane Holt")]


def test_he_skips_a_spokeswoman(quotes):
    text = (
        "Admiral Mark Cole visited the base on Monday. The spokeswoman Ann Lee spoke to reporters afterwards. "
        "He said the patrols would go on through the winter."
    )
    assert speakers(quotes, text) == [("He", "Mark Cole")]


def test_nearest_person_when_nothing_says_their_sex(quotes):
    text = (
        "Ann Lee chaired the committee. Admiral Mark Cole gave evidence. She said the ships had left port on Tuesday."
    )
    # Nothing in the article says Mark Cole is a man: the nearest person is taken, as before.
    assert speakers(quotes, text) == [("She", "Mark Cole")]


def test_no_antecedent_when_every_person_is_of_the_other_sex(quotes):
    text = "Mr. Tom Reed inspected the destroyer. She said the crew had trained for months."
    assert speakers(quotes, text) == [("She", None)]


@pytest.mark.parametrize(
    ("mention", "sex"),
    [
        ("Ms. Jane Holt", "female"),
        ("the spokesman", "male"),
        ("her spokesman Brian Fallon", "male"),  # a possessive says nothing of the speaker
        ("Senator Ann Kale", None),
        ("she", "female"),
    ],
)
def test_what_a_mention_says_of_sex(mention, sex):
    assert stated_sex(mention.lower().split()) == sex
