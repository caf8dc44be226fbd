"""patrolx_quotes: what is read at a cue or a quotation mark but states nothing (the occasion after a quote's
attribution, a section heading in single marks, 'called off', a price or a prosecution after 'charged', whom a
question was put to, a reason after 'citing', a participle between a determiner and its noun: 'a proposed
cap'), and the statements of the same shapes that stay quotes."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            '"We are not leaving the base," the defence minister said at a news conference, according to the '
            "state broadcaster.",
            "We are not leaving the base",
            "the defence minister",
        ),
        (
            '"The patrol will continue," Admiral Lee said during the closed-door briefing, according to two officials.',
            "The patrol will continue",
            "Admiral Lee",
        ),
        (
            '"The strikes will go on," General Park said on Tuesday, according to Yonhap.',
            "The strikes will go on",
            "General Park",
        ),
    ],
)
def test_the_occasion_after_a_quotes_attribution_is_no_second_statement(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Two allies have called off joint drills near the strait.",
        "The shipyard called back the workers it had sent home.",
        "The contractor charged the navy $3.2 million for the repairs.",
        "A sailor arrested in Norfolk and charged with espionage appeared in court on Monday.",
        '"Why are you still funding the project?" Whitlock asked the generals.',
        "The department lowered its proposed cutoff of $50,440 after the hearings.",
        "In Guam, 60 pledged delegates and seven unpledged ones were at stake.",
        "The frigate turned back, citing bad weather.",
        "The admiral could still win the vote. He will win over more senators by citing his record at sea.",
    ],
)
def test_cue_words_in_another_sense_state_nothing(quotes, text):
    assert quotes(text) == []


def test_a_quoted_section_heading_is_no_quote_of_the_last_speaker(quotes):
    text = (
        'The crew had trained for months. "It was hard," she said.\n\n'
        "'A long road to the fleet.'\n\n"
        "The frigate was commissioned in May."
    )
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("It was hard", "she")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The admiral said the carrier would stay in the Gulf through the spring, according to a pool report.",
            "the carrier would stay in the Gulf through the spring",
            "The admiral",
        ),
        (
            "The minister said at a news conference that the jets had turned back.",
            "the jets had turned back",
            "The minister",
        ),
        ("Prosecutors charged that the captain falsified the logs.", "the captain falsified the logs", "Prosecutors"),
        (
            "The senator asked whether the jets had entered the zone.",
            "whether the jets had entered the zone",
            "The senator",
        ),
        (
            "The senator asked about the price of the new frigates.",
            "about the price of the new frigates",
            "The senator",
        ),
        (
            "Whitlock asked the generals for a briefing on the losses.",
            "the generals for a briefing on the losses",
            "Whitlock",
        ),
        ('Officials called the drills "a provocation."', 'the drills "a provocation."', "Officials"),
        ("The navy proposed a $50,000 cap on the contracts.", "a $50,000 cap on the contracts", "The navy"),
        ("He's predicted that the carrier will be late.", "the carrier will be late", "He"),
        ("The frigate turned back, citing the Defence Ministry.", "The frigate turned back", "the Defence Ministry"),
        (
            "The carrier left port on Tuesday, citing a Pentagon report.",
            "The carrier left port on Tuesday",
            "a Pentagon report",
        ),
    ],
)
def test_statements_of_the_same_shapes_stay_quotes(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_a_heading_in_single_marks_with_its_speaker_on_the_line_stays_a_quote(quotes):
    text = "The crew had trained for months.\n\n'It was hard,' the captain said.\n\nThe frigate sailed in May."
    quote = only(quotes(text))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "It was hard", "the captain")


def test_a_short_line_in_single_marks_goes_on_from_the_last_speaker_where_the_story_quotes_in_single_marks(quotes):
    text = (
        "The crew had trained for months. 'It was hard,' the captain said.\n\n"
        "'We will not retreat.'\n\n"
        "The frigate was commissioned in May."
    )
    found = quotes(text)
    assert [(quote.text, quote.speaker.text) for quote in found] == [
        ("It was hard", "the captain"),
        ("We will not retreat.", "the captain"),
    ]
