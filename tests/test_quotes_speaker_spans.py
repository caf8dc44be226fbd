"""Speaker spans: the mention as written next to the quote, without the sentence's opening adverb."""

from __future__ import annotations

import pytest

import patrolx


def speakers(text: str) -> list[str | None]:
    return [
        quote.speaker.text if quote.speaker else None for quote in patrolx.extract(text, families=["quotes"]).quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Hours later, General Mark Ode returned the compliment, telling Reuters, "He is a fine officer."',
            "General Mark Ode",
        ),
        ("Then he said the battalion would leave the base by Friday.", "he"),
        ("Meanwhile the ministry said the frigate had returned to port.", "the ministry"),
    ],
)
def test_opening_adverb_is_no_part_of_the_speaker(text, speaker):
    assert speakers(text) == [speaker]


def test_no_adverb_alone_becomes_a_speaker():
    text = 'However, he held his fire on the admiral, calling him "a decent man" and "a patriot".'
    assert "However" not in speakers(text)


def test_a_capitalised_name_after_a_weekday_stays_whole():
    text = "Sunday Times reporters said the jets had flown over the strait twice."
    assert speakers(text) == ["Sunday Times reporters"]


def test_opening_participle_clause_is_no_speaker():
    text = 'Speaking at a rally in Dover, Senator Ann Kale went after the minister, calling him "a coward."'
    assert speakers(text) == ["Senator Ann Kale"]


def test_a_place_name_ending_in_ing_still_speaks():
    assert speakers("Beijing has said the patrols were lawful.") == ["Beijing"]


def test_verb_and_object_before_a_participle_are_no_speaker():
    text = "Ann Kale, the party's defence spokeswoman, released a statement confirming the base will close."
    assert speakers(text) == ["Ann Kale, the party's defence spokeswoman"]


def test_a_participle_modifier_opening_a_subject_stays():
    assert speakers("In Ohio, retired generals said the drills were too small.") == ["retired generals"]


def test_a_day_before_the_speaker_is_no_part_of_it():
    text = 'On Friday, the minister backed the plan at a news conference, calling it "a sound plan."'
    assert speakers(text) == ["the minister"]


@pytest.mark.parametrize(
    "text",
    [
        'Then he turned on the admiral, calling him "a stiff" and "a coward."',
        'On Wednesday, he seemed to soften, warning that the navy is "still in control of the strait."',
    ],
)
def test_pronoun_after_an_opening_adverb_speaks(text):
    found = patrolx.extract(text, families=["quotes"]).quotes
    assert found and all(quote.speaker is not None and quote.speaker.text == "he" for quote in found)


def test_an_adverb_sentence_without_a_cue_is_no_quote():
    assert speakers("Then he drove to the base and inspected the new hangars.") == []


def test_opening_conjunction_is_no_speaker_before_a_pronoun():
    text = 'And he did it with flair, slamming the contractors as "greedy thieves."'
    assert speakers(text) == ["he"]


def resolved(text: str) -> list[tuple[str, str | None]]:
    return [
        (quote.speaker.text, quote.speaker.name)
        for quote in patrolx.extract(text, families=["quotes"]).quotes
        if quote.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We need more frigates," the two-term president will say.', "the two-term president"),
        ('"The base will stay open," Colonel Ray Tull later said.', "Colonel Ray Tull"),
        ('"The jets are gone," the minister on Monday said.', "the minister"),
    ],
)
def test_a_speaker_after_a_quote_ends_before_its_verb_group(text, speaker):
    assert speakers(text) == [speaker]


def test_the_pronoun_opening_the_cues_clause_is_its_speaker():
    text = (
        "When Tom Reyes, the ministry's spokesman, was asked whether the navy would hold a briefing, "
        'he laughed and said, "We will see."'
    )
    assert resolved(text) == [("he", "Tom Reyes")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In March, the admiral criticized the budget, calling it "a gift to our rivals."', "the admiral"),
        ("And in 2019, he accused the defence minister of hiding the costs.", "he"),
        ('Eight years ago, he backed the governor and said, "The base must stay open."', "he"),
        ("In 2010 she said the squadron would move to the coast.", "she"),
        ("And then Senator Ann Kale went on the attack, saying the plan was dead.", "Senator Ann Kale"),
        ("Meanwhile Colonel Ray Tull said the jets had left.", "Colonel Ray Tull"),
        (
            "Ray Tull, the party chairman, this past week announced that the base would close.",
            "Ray Tull, the party chairman",
        ),
    ],
)
def test_an_opening_grammar_word_or_time_is_no_speaker(text, speaker):
    assert set(speakers(text)) == {speaker}


def test_a_title_opening_with_a_preposition_stays_whole():
    assert speakers("Under Secretary John Marsh said the fleet would grow.") == ["Under Secretary John Marsh"]


def test_a_place_or_a_month_after_a_preposition_is_no_speaker():
    # nothing here says anything: the opening adverbials must not become speakers of the verbs after them
    assert speakers("In nearby Dover, the old shipyard is hanging on, but it is under pressure.") == []
    assert speakers("In December the frigate returned to port.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The base will stay open," Jeff Walker, Adams\' campaign manager, said. "We have the votes."',
            "Jeff Walker, Adams' campaign manager",
        ),
        ("“The base will stay open,” Ann Kale, Adams’ aide, said.", "Ann Kale, Adams’ aide"),
        ("Adams' spokesman said the jets had left.", "Adams' spokesman"),
        ('"The jets have left," Adams\' spokesman said.', "Adams' spokesman"),
    ],
)
def test_a_plural_possessive_apostrophe_is_no_quotation_mark(text, speaker):
    assert set(speakers(text)) == {speaker}


def test_a_single_quote_closing_after_a_plural_still_closes():
    found = patrolx.extract("'We are the winners' said the general.", families=["quotes"]).quotes
    assert [(quote.text, quote.speaker.text) for quote in found] == [("We are the winners", "the general")]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Tom Vian, the editor of the army's newspaper, the Daily Star, said every general was political.",
            "Tom Vian, the editor of the army's newspaper",
            "Tom Vian",
        ),
        (
            "Sen. Ann Kale (D-NY), a supporter of the governor told reporters the base would close.",
            "Sen. Ann Kale (D-NY), a supporter of the governor",
            "Ann Kale",
        ),
        (
            "Similarly, Tom Bennett, a former navy secretary, said he would not back the plan.",
            "Tom Bennett, a former navy secretary",
            "Tom Bennett",
        ),
    ],
)
def test_a_named_speaker_keeps_its_name_before_its_descriptions(text, speaker, name):
    assert resolved(text) == [(speaker, name)]


def test_a_place_and_a_day_are_no_name_before_a_description():
    text = "At the town hall in Hudson, New Hampshire Monday, the senator's aide retorted that the base would stay."
    assert speakers(text) == ["the senator's aide"]


def test_an_unnamed_description_after_a_place_stays_alone():
    assert speakers("In Washington, a spokesman said the jets had left.") == ["a spokesman"]


def test_a_quote_with_its_own_attribution_after_it_takes_that_one():
    text = "The minister seemed irritated: “It is a public statement! Just send it,” she wrote."
    found = patrolx.extract(text, families=["quotes"]).quotes
    assert [(quote.cue, quote.speaker.text, quote.speaker.title) for quote in found] == [("wrote", "she", "minister")]


def test_a_split_quote_after_a_lead_in_is_one_quote_of_the_speaker_between_its_parts():
    text = "Kale fired back: “As a guardian of the fleet,” he wrote, “we know you stand with the navy.”"
    found = patrolx.extract(text, families=["quotes"]).quotes
    assert [(len(quote.parts), quote.speaker.text, quote.speaker.name) for quote in found] == [(2, "he", "Kale")]


def test_a_lead_in_with_its_own_cue_keeps_its_speaker():
    found = patrolx.extract("The general told reporters: “We will stay,” he said.", families=["quotes"]).quotes
    assert [quote.speaker.text for quote in found] == ["The general"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The three-star general said the base would close.", "three-star general"),
        ("Two officials said the base would close.", "official"),
    ],
)
def test_a_number_hyphenated_to_its_word_stays_in_the_title(text, title):
    found = patrolx.extract(text, families=["quotes"]).quotes
    assert [quote.speaker.title for quote in found] == [title]


def test_no_before_a_capitalised_word_ends_its_sentence():
    text = "Asked if the navy had lost a ship, the admiral said no. But he said the frigate had been damaged."
    found = patrolx.extract(text, families=["quotes"]).quotes
    assert [(quote.text, quote.speaker.text) for quote in found][-1] == ("the frigate had been damaged", "he")


def test_no_before_a_number_stays_an_abbreviation():
    assert speakers("The No. 2 official in the ministry said the base would close.") == [
        "The No. 2 official in the ministry"
    ]
