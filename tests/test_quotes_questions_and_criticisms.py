"""patrolx_quotes: shapes of speech beyond the plain verbs of saying: a criticism as an adjective ("was
critical of"), reasons cited after a statement (", citing ..."), what a person recalled, questions a named
asker put ("Asked by X whether ...", "asked the admiral whether ..."), the means or occasion after what was
denied ("through his lawyer"), and a criticism named by a noun after its speaker ("her criticism of the
deal"); with the shapes that stay no quotes."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


def _statement(quotes, text: str, cue: str):
    """The one quote at `cue`, checked against the text's slices."""
    found = [quote for quote in quotes(text) if quote.cue == cue]
    quote = only(found)
    assert_parts_and_speaker(text, quote)
    return quote


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Reed has been critical of the navy's handling of the drills, aides said.",
            "the navy's handling of the drills",
            "Senator Reed",
        ),
        ("The ministry was sharply critical of Japan's stance, officials said.", "Japan's stance", "The ministry"),
        (
            "Both admirals were openly critical of the plan to close the base.",
            "the plan to close the base",
            "Both admirals",
        ),
    ],
)
def test_being_critical_of_something_states_a_criticism(quotes, text, content, speaker):
    found = [quote for quote in quotes(text) if quote.cue.endswith("critical of")]
    quote = only(found)
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Timing is critical of course, the admiral said.",
        "A review critical of the navy was published on Monday, officials said.",
    ],
)
def test_critical_without_a_copula_or_in_another_sense_states_no_criticism(quotes, text):
    assert all(not quote.cue.endswith("critical of") for quote in quotes(text))


@pytest.mark.parametrize(
    ("text", "reasons", "speaker"),
    [
        (
            '"The crews are tired," Admiral Lee said, citing the rising number of patrols near the islands.',
            "the rising number of patrols near the islands",
            "Admiral Lee",
        ),
        (
            "The minister said the fleet would stay, citing the incursions reported since March.",
            "the incursions reported since March",
            "The minister",
        ),
    ],
)
def test_citing_after_a_statement_gives_the_speakers_reasons(quotes, text, reasons, speaker):
    quote = _statement(quotes, text, "citing")
    assert (quote.text, quote.kind) == (reasons, "indirect")
    assert quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The frigate turned back, citing bad weather.",
        "Interfax, citing a source in the ministry, reported that the jets had left.",
    ],
)
def test_citing_after_an_act_or_as_a_source_is_no_second_statement(quotes, text):
    assert all(quote.cue != "citing" for quote in quotes(text))


def test_citing_a_source_after_a_statement_leaves_the_statement_whole(quotes):
    quote = only(quotes("Interfax, citing a source in the ministry, reported that the jets had left."))
    assert (quote.text, quote.speaker.text) == ("the jets had left", "Interfax")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The senator recalled an incident at a base in Texas that left two pilots injured.",
            "an incident at a base in Texas that left two pilots injured",
            "The senator",
        ),
        (
            '"We flew every night," Colonel Ward said, recalling the first weeks of the airlift.',
            "the first weeks of the airlift",
            "Colonel Ward",
        ),
    ],
)
def test_what_a_person_recalled_is_a_statement(quotes, text, content, speaker):
    quote = only([quote for quote in quotes(text) if quote.cue.startswith("recall")])
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The navy recalled its ships to port, the ministry said.",
        "Admiral Lee recalled two frigates from the strait, officials said.",
        "The president recalled the ambassador from Moscow, officials said.",
    ],
)
def test_calling_back_ships_or_envoys_is_an_act(quotes, text):
    quote = only(quotes(text))
    assert (quote.cue, quote.speaker.text) == ("said", text.split(", ")[1].removesuffix(" said."))


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        (
            'Asked by Jane Moss of NBC whether the patrols would go on, the admiral said, "They will."',
            "whether the patrols would go on",
            "Jane Moss of NBC",
        ),
        (
            "On Sunday the minister was asked by host Tom Reyes whether the talks had failed.",
            "whether the talks had failed",
            "host Tom Reyes",
        ),
    ],
)
def test_a_question_a_named_asker_put_is_the_askers(quotes, text, question, asker):
    quote = only([quote for quote in quotes(text) if quote.cue.lower() == "asked"])
    assert (quote.text, quote.speaker.text) == (question, asker)
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Asked by a reporter whether the patrols would go on, the admiral said they would continue.",
        "Asked by reporters whether the patrols would go on, the admiral said they would continue.",
    ],
)
def test_a_question_put_by_someone_unnamed_is_no_quote(quotes, text):
    quote = only(quotes(text))
    assert (quote.cue, quote.text) == ("said", "they would continue")


def test_a_question_asked_of_a_listener_is_the_clause_after_the_listener(quotes):
    text = "Senator Reed asked the admiral whether the carrier would leave before the storm."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("whether the carrier would leave before the storm", "Senator Reed")
    assert_parts_and_speaker(text, quote)
    assert quotes("The commander asked the crews to stay alert.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The contractor denied the allegations through a spokesman.", "the allegations"),
        ("The admiral praised the crew at a news conference in Norfolk.", "the crew"),
        ("The senator criticized the base closures from the Senate floor.", "the base closures"),
    ],
)
def test_what_was_denied_or_judged_ends_before_its_means_or_occasion(quotes, text, content):
    assert only(quotes(text)).text == content


def test_what_was_praised_keeps_a_place_it_names(quotes):
    assert (
        only(quotes("The admiral praised the crews at the base in Norfolk.")).text == "the crews at the base in Norfolk"
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The senator's criticism of the navy's shipbuilding plan has grown louder this year.",
            "the navy's shipbuilding plan",
            "The senator",
        ),
        (
            "General Park renewed his condemnation of the drone flights near the border.",
            "the drone flights near the border",
            "his",
        ),
        (
            "Admiral Lee's praise of the crews during the briefing surprised the officers.",
            "the crews",
            "Admiral Lee",
        ),
    ],
)
def test_a_criticism_or_a_call_named_by_a_noun_states_its_object(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.kind) == (content, speaker, "indirect")
    assert_parts_and_speaker(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The criticism of the shipbuilding plan has grown louder this year.",
        "Russia's attacks on the port continued overnight.",
        "Senator's Criticism Of The Navy Plan Grows\n\nThe senator spoke on Monday.",
    ],
)
def test_a_criticism_with_no_possessor_an_attack_or_a_headline_states_nothing(quotes, text):
    assert quotes(text) == []


def test_a_criticism_noun_speaker_resolves_to_the_named_person(quotes):
    text = "General Park spoke in Seoul on Monday. He renewed his condemnation of the drone flights near the border."
    quote = only(quotes(text))
    assert quote.speaker.name == "Park"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The senator wondered whether the navy could afford two new carriers.",
            "whether the navy could afford two new carriers",
            "The senator",
        ),
        ('"Who will pay for the carriers?" the senator wondered.', "Who will pay for the carriers?", "the senator"),
        (
            "Reed continued to question whether the fleet could stay through the winter.",
            "the fleet could stay through the winter",
            "Reed",
        ),
    ],
)
def test_a_question_a_speaker_voiced_is_a_quote(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


def test_a_question_as_a_noun_is_no_cue(quotes):
    assert quotes("It is an open question whether the frigates will be ready by May.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Congressional Budget Office estimates that the new frigates will cost $1.2 billion each.",
            "the new frigates will cost $1.2 billion each",
            "The Congressional Budget Office",
        ),
        (
            "The ministry calculates that 4,000 sailors will need new quarters.",
            "4,000 sailors will need new quarters",
            "The ministry",
        ),
        ("The admiral responds that the fleet is ready.", "the fleet is ready", "The admiral"),
    ],
)
def test_an_estimate_or_a_response_in_the_present_is_a_statement(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, speaker)


def test_estimates_as_a_noun_state_nothing(quotes):
    assert all(quote.cue != "estimates" for quote in quotes("The estimates of the cost vary widely, officials said."))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('"That is simply false," the admiral shot back.', "That is simply false", "the admiral"),
        ("The minister shot back that the drills were routine.", "the drills were routine", "The minister"),
        (
            "The senator lashed out at the navy's leadership, aides said.",
            "the navy's leadership",
            "The senator",
        ),
    ],
)
def test_a_retort_or_an_outburst_is_a_statement(quotes, text, content, speaker):
    quote = only([quote for quote in quotes(text) if quote.cue != "said"])
    assert (quote.text, quote.speaker.text) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    ["The soldiers fired back at the militants.", "The crew shot back at the drone before dawn."],
)
def test_firing_back_in_combat_is_no_statement(quotes, text):
    assert quotes(text) == []
