"""patrolx_quotes: where a statement ends past a joiner or a closing quotation mark (the speaker's next verb
after an object, ', but' and an auxiliary of the reported clause, the rest of a quote's sentence)."""

from __future__ import annotations

import pytest

from patrolx.components.quotes.continuations import auxiliary_goes_on, speakers_next_verb

from .conftest import assert_parts_and_speaker, only


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The defence minister denied the allegations and refused to resign.", "the allegations"),
        ("The admiral praised the crews and visited the wounded sailors in hospital.", "the crews"),
        ("The senator criticized the procurement plan, and has pressed for hearings since.", "the procurement plan"),
        ("The minister denied the claims, and would not resign.", "the claims"),
    ],
)
def test_object_ends_before_the_speakers_next_verb(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the verb after 'and' shares the subject of a clause inside the object, not the speaker
        (
            "The senator criticized a deal that weakened oversight and cost billions.",
            "a deal that weakened oversight and cost billions",
        ),
        # 'and' joining two nouns of the object
        (
            "The general criticized the plan and the officials who drafted it.",
            "the plan and the officials who drafted it",
        ),
    ],
)
def test_object_goes_on_past_and_without_the_speakers_verb(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content


def test_but_and_an_auxiliary_go_on_with_the_reported_clause(quotes):
    text = "The spokesman said the exercise was planned months ago, but is now on hold."
    quote = only(quotes(text))
    assert quote.text == "the exercise was planned months ago, but is now on hold"
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "ending",
    [
        "but did not give details",
        "but could not confirm the date",
        "but would not say when it would start",
        "but gave no details",
        "but he declined to comment further",
        "but couldn’t confirm the date",  # a curly apostrophe is a negation too
    ],
)
def test_but_and_the_speakers_refusal_end_the_reported_clause(quotes, ending):
    text = f"The spokesman said the exercise was planned months ago, {ending}."
    quote = only(quotes(text))
    assert quote.text == "the exercise was planned months ago"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            'The admiral said, "We need nine more days" until the fleet sails.',
            ["We need nine more days", "until the fleet sails"],
        ),
        (
            'The minister said, "there is no sign" that the jets entered the zone.',
            ["there is no sign", "that the jets entered the zone"],
        ),
        (
            'The ministry spokesman told reporters, "the best option we have" is to wait for the talks.',
            ["the best option we have", "is to wait for the talks"],
        ),
    ],
)
def test_quote_takes_the_rest_of_its_sentence(quotes, text, parts):
    quote = only(quotes(text))
    assert quote.kind == "direct"
    assert [text[start:end] for start, end in quote.parts] == parts
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comma inside the marks: the quoted sentence is over
        ('The admiral said, "We need nine more days," and left the room.', "We need nine more days"),
        # adjuncts of the writer's: where and when it was said
        ('The admiral said, "the patrol is routine" in a briefing on Monday.', "the patrol is routine"),
        ('The minister said, "It is time to go" when asked about the deployment.', "It is time to go"),
        # a quote that closes its sentence
        ('The minister said, "There is no threat." The ships left.', "There is no threat."),
    ],
)
def test_quote_does_not_take_the_writers_words_after_it(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert len(quote.parts) == 1


def test_quote_does_not_take_a_sentence_with_a_cue_of_its_own(quotes):
    text = 'The minister said, "the best option we have" is to wait, officials said.'
    found = quotes(text)
    first = next(quote for quote in found if quote.kind == "direct")
    assert first.text == "the best option we have"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The minister acknowledged that the frigates could be termed "a stopgap," the newspaper reported in 2019.',
            'the frigates could be termed "a stopgap,"',
        ),
        (
            'The admiral said the drills were "purely defensive," according to Reuters.',
            'the drills were "purely defensive,"',
        ),
    ],
)
def test_reported_clause_ends_before_an_attribution_after_its_quoted_words(quotes, text, content):
    said = [quote for quote in quotes(text) if quote.speaker.text.startswith("The ")]
    assert [quote.text for quote in said] == [content]
    assert_parts_and_speaker(text, said[0])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # quoted words inside the clause, and the clause going on after them
        (
            'The general said the plan, which critics call "reckless," would go ahead.',
            'the plan, which critics call "reckless," would go ahead',
        ),
        # a quote closing the sentence
        (
            'The admiral said the drills were "purely defensive, routine and planned."',
            'the drills were "purely defensive, routine and planned."',
        ),
    ],
)
def test_reported_clause_keeps_quoted_words_with_no_attribution_after_them(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The admiral praised Mr. Kerry, the chief negotiator in the talks.", "Mr. Kerry"),
        ("The spokesman said the missiles were aimed at Kyiv, the capital.", "the missiles were aimed at Kyiv"),
    ],
)
def test_writers_description_of_a_name_ends_the_statement(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a list of names
        (
            "The minister said the drills would involve Japan, the United States and Australia.",
            "the drills would involve Japan, the United States and Australia",
        ),
        # a description set off by two commas, and the clause going on
        (
            "The general said Kerry, the chief negotiator, would attend the talks.",
            "Kerry, the chief negotiator, would attend the talks",
        ),
        # a clause of its own after the comma
        (
            "The general said the unit moved to Kherson, the city was quiet.",
            "the unit moved to Kherson, the city was quiet",
        ),
    ],
)
def test_statement_goes_on_past_a_comma_and_the(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content


def test_word_level_rules():
    lowers = "the minister denied the claims , and would not resign".split()
    assert speakers_next_verb(lowers, 3, 6)  # ', and would not resign'
    lowers = "a plan that gives power to the staff and could lead to delays".split()
    assert not speakers_next_verb(lowers, 0, 8)  # 'and could lead': the clause's own verb
    lowers = "the drills were planned , but is now on hold".split()
    assert auxiliary_goes_on(lowers, 6)
    lowers = "the drills were planned , but did not give details".split()
    assert not auxiliary_goes_on(lowers, 6)
