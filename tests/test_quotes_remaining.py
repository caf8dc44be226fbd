"""patrolx_quotes: the remaining shapes of the plainest cues ("said", "says", "told", "adding") (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import only


def by_cue(found, cue):
    return [quote for quote in found if quote.cue == cue]


# --- 'X said, <statement>': a comma after the cue, nothing before the speaker ----------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Reyes says, win or lose in next week's vote, she will keep the base open.",
            "win or lose in next week's vote, she will keep the base open",
            "Senator Reyes",
        ),
        (
            "The defence minister said, if the talks fail, the fleet would stay in the strait.",
            "if the talks fail, the fleet would stay in the strait",
            "The defence minister",
        ),
    ],
)
def test_comma_after_the_cue_opens_the_statement(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text == content
    assert quote.speaker.text == speaker


def test_participle_after_the_comma_is_the_speakers_act(quotes):
    """'X said, citing ...': what X cited is no statement; the clause after 'that' is."""
    text = "The minister said, citing radar records, that two bombers had crossed the line."
    quote = only(quotes(text))
    assert quote.text == "two bombers had crossed the line"


def test_comma_after_the_cue_with_words_before_the_speaker(quotes):
    """'The jets left, the ministry said, on Tuesday.': the statement is before the speaker, not after it."""
    text = "Two patrol boats left the harbour, the ministry said, on Tuesday."
    quote = only(quotes(text))
    assert quote.text == "Two patrol boats left the harbour"


# --- 'said of X', 'said about X': the topic, not a reported clause ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"He is a fine officer," the admiral said of the new commander.',
        "Nobody checked what the minister said about the convoy in the past.",
        "These are the five things the general has said about the alliance since June.",
    ],
)
def test_topic_after_said_is_no_statement(quotes, text):
    for quote in quotes(text):
        assert not quote.text.startswith(("of ", "about ")), quote.text


def test_about_a_number_opens_a_clause(quotes):
    text = "The colonel said about 300 troops remained at the base."
    quote = only(quotes(text))
    assert quote.text == "about 300 troops remained at the base"


# --- 'said yes', 'said no': a one-word answer --------------------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [("Asked to extend the mission, the senator said no.", "no")])
def test_one_word_answer_is_a_statement(quotes, text, answer):
    quote = only(quotes(text))
    assert quote.text == answer
    assert quote.speaker.text == "the senator"


def test_other_one_word_objects_are_no_statement(quotes):
    assert quotes("The spokesman said nothing.") == []
    assert quotes("Asked about the drills, the spokesman said little.") == []


# --- a quote attributed inside a reported clause -------------------------------------------------------


def test_reported_clause_keeps_the_quote_attributed_inside_it(quotes):
    text = 'The minister said she had called Ankara to praise what she called "a model of restraint."'
    found = quotes(text)
    outer = only(by_cue(found, "said"))
    assert outer.kind == "indirect"
    assert outer.text.startswith("she had called Ankara to praise what she called")
    assert outer.speaker.text == "The minister"
    inner = only(by_cue(found, "called"))
    assert inner.text == "a model of restraint."


def test_quote_attributed_after_itself_is_no_part_of_an_earlier_clause(quotes):
    """'X said the talks failed: "We tried," he claimed.': the quote is a statement of its own."""
    text = 'The envoy said the talks had failed: "We tried everything," he claimed.'
    found = quotes(text)
    assert only(by_cue(found, "claimed")).text == "We tried everything"
    assert all("We tried everything" not in quote.text for quote in by_cue(found, "said"))


# --- ', adding that ...' after a closing quote -------------------------------------------------------


def test_adding_after_a_quoted_clause(quotes):
    text = 'The general said the drills were "routine and defensive," adding that the ships would return on Friday.'
    added = only(by_cue(quotes(text), "adding"))
    assert added.text == "the ships would return on Friday"
    assert added.speaker.text == "The general"


def test_adding_after_a_direct_quote(quotes):
    text = '"We will not be intimidated," the minister told reporters, adding that the patrols would go on.'
    found = quotes(text)
    added = only(by_cue(found, "adding"))
    assert added.text == "the patrols would go on"
    assert added.speaker.text == "the minister"


def test_said_after_a_quote_names_its_own_speaker(quotes):
    """'"...," said Senator Reyes of Ohio, ...': the words after 'said' are the speaker, not a statement."""
    text = '"The base will stay open," said Senator Ann Reyes of Ohio, speaking after the vote.'
    quote = only(quotes(text))
    assert quote.text == "The base will stay open"
    assert quote.speaker.text.startswith("Senator Ann Reyes")


def test_added_without_that_after_a_pronoun(quotes):
    text = '"We will defend the island," he said, adding he intended to send two more frigates.'
    added = only(by_cue(quotes(text), "adding"))
    assert added.text == "he intended to send two more frigates"


def test_added_with_an_object_is_no_statement(quotes):
    """'added two frigates to the fleet': an object, not a clause."""
    assert quotes("The navy added two frigates to the fleet last year.") == []


# --- a second statement with a speaker of its own ends the first ------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Most pilots said the drills were useful; 20 percent said the drills were too long.",
            "the drills were useful",
            "the drills were too long",
        ),
        (
            "One in three said the base should close and one in five said the base should grow.",
            "the base should close",
            "the base should grow",
        ),
        (
            "The ministry said the talks had failed and Japan said its ships would stay in the strait.",
            "the talks had failed",
            "its ships would stay in the strait",
        ),
    ],
)
def test_second_statement_ends_the_first(quotes, text, first, second):
    found = quotes(text)
    assert found[0].text == first
    assert all(second not in quote.text or quote.text == second for quote in found)


def test_pronoun_after_and_goes_on_with_the_same_statement(quotes):
    """'said A and he feels B': no second speaker, the statement goes on."""
    text = "The admiral said the strait was calm and he feels the patrols can end in May."
    quote = only(by_cue(quotes(text), "said"))
    assert quote.text == "the strait was calm and he feels the patrols can end in May"


def test_dash_closing_an_aside_is_no_second_statement(quotes):
    text = "The envoy said the blockade — a word the navy avoids — was what the crews described to him."
    quote = only(by_cue(quotes(text), "said"))
    assert quote.text.startswith("the blockade — a word the navy avoids — was")


# --- the listener after 'told' may hold a hyphenated name or 'Town, State' ----------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The admiral told members of the NATO-EU liaison group that the frigates would sail on Monday.",
            "the frigates would sail on Monday",
        ),
        (
            "The senator told a town hall in Dayton, Ohio on Monday that the base would stay open.",
            "the base would stay open",
        ),
    ],
)
def test_listener_with_a_name_inside(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.cue == "told"


def test_told_what_to_do_is_still_no_statement(quotes):
    assert quotes("The colonel told the pilots at the NATO-EU base to turn back.") == []
