"""patrolx_quotes: statements found by their cue or their attribution's form ("Speaker: ...", promises,
written statements, "according to"), and lookalikes that are not statements."""

from __future__ import annotations

import pytest

from .conftest import only


def said(found):
    return [(q.text, q.speaker.text if q.speaker else None) for q in found]


# --- "Speaker: statement" lines ------------------------------------------------------------


def test_transcript_turns_after_the_headline(quotes):
    text = (
        "Governor defends base closures on Sunday show\n\n"
        "CNN host Dana Miller spoke with Governor Ann Price about the closures.\n\n"
        "MILLER: Will the closures cost jobs in your state?\n\n"
        "PRICE: The workers at the base will be offered other posts nearby.\n"
    )
    assert said(quotes(text)) == [
        ("Will the closures cost jobs in your state", "MILLER"),
        ("The workers at the base will be offered other posts nearby", "PRICE"),
    ]


def test_full_name_line_after_the_headline(quotes):
    text = (
        "Navy chief backs new frigates\n\n"
        "The navy said it held a briefing on Monday.\n\n"
        "Admiral John Harlow: The new frigates will be ready before the end of the decade.\n"
    )
    quote = quotes(text)[-1]
    assert quote.text == "The new frigates will be ready before the end of the decade"
    assert quote.speaker.name == "John Harlow"


@pytest.mark.parametrize(
    "line",
    [
        "Contributing: Nicholas Harlow, Anna Brandt, Medill News Service.",  # credits
        "Iowa: Tim Albers, Brad Andersen, Rob Barrow.",  # a list of names
        "Grandkids: It was only a few years ago that the base was full.",  # a word like a name, named nowhere
        "Harlow: Win in a walk.",  # a section's heading
    ],
)
def test_lines_that_are_no_statement(quotes, line):
    text = f"Navy chief backs new frigates\n\nAdmiral John Harlow said the frigates were ready.\n\n{line}\n"
    assert said(quotes(text)) == [("the frigates were ready", "Admiral John Harlow")]


# --- a name before the colon opening a quote ------------------------------------------------


def test_quote_after_a_named_speaker_and_a_colon(quotes):
    text = 'The late surge does not surprise defence analyst Jane Roe: "Small parties often gain in the last week."'
    quote = only(quotes(text))
    assert (quote.kind, quote.text) == ("direct", "Small parties often gain in the last week.")
    assert quote.speaker.text == "Jane Roe"


def test_quote_after_a_heading_and_named_speakers(quotes):
    text = 'BUDGET GROWS AGAIN - John Smith and Mary Jones: "We found that spending rose in every region."'
    assert said(quotes(text)) == [("We found that spending rose in every region.", "John Smith and Mary Jones")]


def test_colon_after_a_listener_is_not_a_speaker(quotes):
    # the message is the ministry's (a speaker opening the sentence, a verb, a colon), never the crews'
    assert said(quotes('The ministry had one message for the crews: "Stay alert."')) == [
        ("Stay alert.", "The ministry")
    ]


# --- promises: "vowed to ...", "pledged to ..." -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister pledged to keep the air base open.", "to keep the air base open"),
        ("The governor has vowed to block the sale of the frigates.", "to block the sale of the frigates"),
        # The promise ends before a participle of the writer's and before a verb of its own.
        ("Germany pledged to expand its navy, reversing decades of restraint.", "to expand its navy"),
        ("The senator vowed to keep the base open and praised the crews.", "to keep the base open"),
    ],
)
def test_promise_to_do_something(quotes, text, content):
    assert only(quotes(text)).text == content


def test_promise_to_a_listener_is_not_the_promise(quotes):
    quote = only(quotes("The minister promised to the crews that the base would stay open."))
    assert quote.text == "the base would stay open"


def test_promise_too_short_to_state_anything(quotes):
    assert quotes("Voters doubt the general can deliver what he promises to do.") == []


# --- what was explained, written, noted ---------------------------------------------------------


def test_explained_why(quotes):
    quote = only(quotes("The admiral explained why the two frigates were sent to the strait."))
    assert (quote.cue, quote.text) == ("explained", "why the two frigates were sent to the strait")


def test_explained_when_asked_is_no_statement_of_when(quotes):
    assert quotes("The admiral explained when asked about the frigates.") == []


def test_written_statement_after_another_verb(quotes):
    quote = only(quotes("The minister answered the letter, writing that the base would stay open."))
    assert (quote.cue, quote.text, quote.speaker.text) == ("writing", "the base would stay open", "The minister")


def test_writing_a_book_is_no_statement(quotes):
    assert quotes("The retired general is writing a book about the war in the Pacific.") == []


def test_participle_after_a_closing_quote_shares_the_speaker(quotes):
    text = 'The senator said the patrol was "reckless," noting that the navy had sent two frigates.'
    noted = [q for q in quotes(text) if q.cue == "noting"]
    assert said(noted) == [("the navy had sent two frigates", "The senator")]


# --- "according to" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "It has not gone unnoticed: According to recent polls, the minister holds 14 percent of the vote.",
            "the minister holds 14 percent of the vote",
            "recent polls",
        ),
        (
            "But according to reports in the local media, the minister could not convince his party.",
            "the minister could not convince his party",
            "reports in the local media",
        ),
        (
            "The jets turned back, because, according to the ministry, the weather had changed.",
            "the weather had changed",
            "the ministry",
        ),
        (
            "The navy has spent $12 million on the base since September,  according to budget records.",
            "The navy has spent $12 million on the base since September",
            "budget records",
        ),
        (
            'The plan would cost $1.4 billion a year, according to the "Navy 2030" document it released.',
            "The plan would cost $1.4 billion a year",
            'the "Navy 2030" document it released',
        ),
    ],
)
def test_according_to(quotes, text, content, source):
    quote = only(quotes(text))
    assert (quote.cue.lower(), quote.text, quote.speaker.text) == ("according to", content, source)


def test_according_to_ends_the_first_clause_before_but(quotes):
    text = "The navy leads by 271 flights according to a count from the ministry, but the army has vowed to catch up."
    by_cue = {q.cue: q.text for q in quotes(text)}
    assert by_cue["according to"] == "The navy leads by 271 flights"


def test_according_to_a_quote_then_its_statement(quotes):
    text = 'The drill, "Joint Sea," ended on Friday, according to the ministry, but the ships stayed.'
    quote = only([q for q in quotes(text) if q.cue == "according to"])
    assert quote.text == 'The drill, "Joint Sea," ended on Friday'


# --- a clause after a THAT cue without "that" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The admiral suggested the navy went too far in the strait.", "the navy went too far in the strait"),
        ("The report notes the ministry hid four payments.", "the ministry hid four payments"),
        ("The minister suggested such a patrol could violate the treaty.", "such a patrol could violate the treaty"),
    ],
)
def test_clause_with_an_irregular_past_or_a_modal(quotes, text, content):
    assert only(quotes(text)).text == content


def test_an_object_is_no_clause(quotes):
    assert quotes("The minister reported the losses of the last war.") == []


def test_headline_with_quoted_phrases_is_one_statement(quotes):
    text = "Harlow: ‘Reckless’ Flights Have ‘No Place In The Strait’\n\nAdmiral John Harlow said the flights must stop."
    first = quotes(text)[0]
    assert (first.kind, first.speaker.text) == ("indirect", "Harlow")
    assert first.text == "‘Reckless’ Flights Have ‘No Place In The Strait’"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Harlow wrote in his 1990 memoir that he had flown over the strait.", "he had flown over the strait"),
        ("The navy said in 2015 the destroyer left port.", "the destroyer left port"),
    ],
)
def test_year_in_the_adjunct_of_a_written_statement(quotes, text, content):
    assert only(quotes(text)).text == content


# --- a participle opening the sentence -----------------------------------------------------------


def test_opening_participle_said_by_the_main_clause_subject(quotes):
    text = "Noting that the jets had left the zone, the minister said the patrol was routine."
    noted = only([q for q in quotes(text) if q.cue == "Noting"])
    assert (noted.text, noted.speaker.text) == ("the jets had left the zone", "the minister")


def test_opening_participle_without_that_is_no_statement(quotes):
    text = "Speaking to reporters in Tokyo, the minister said the patrol was routine."
    assert said(quotes(text)) == [("the patrol was routine", "the minister")]
