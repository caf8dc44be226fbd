"""patrolx_quotes: characterizations, criticisms and findings in more shapes: what a speaker called,
portrayed, labelled or criticized, where that statement ends, and what polls, reports and records
show when their source is described at length."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker, only


def by_cue(found, cue):
    return [q for q in found if q.cue is not None and q.cue.lower() == cue]


# --- characterizing verbs in every form ------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "The admiral portrayed the Chinese manoeuvre as reckless.",
            "portrayed",
            "the Chinese manoeuvre as reckless",
            "The admiral",
        ),
        (
            "The ministry has labelled the patrols a provocation.",
            "labelled",
            "the patrols a provocation",
            "The ministry",
        ),
        (
            'Gen. Ana Roe labeled the report "unfit for publication."',
            "labeled",
            'the report "unfit for publication."',
            "Gen. Ana Roe",
        ),
        (
            "Opposition leaders branded the defence budget a giveaway to contractors.",
            "branded",
            "the defence budget a giveaway to contractors",
            "Opposition leaders",
        ),
    ],
)
def test_characterizing_verbs(quotes, text, cue, content, speaker):
    quote = only(by_cue(quotes(text), cue))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_parts_and_speaker(text, quote)


def test_an_absolute_clause_names_who_called_it(quotes):
    text = "The opposition went further, with Senator Jane Roe calling the deal a betrayal of the fleet."
    quote = only(quotes(text))
    assert quote.text == "the deal a betrayal of the fleet"
    assert quote.speaker.text == "Senator Jane Roe"


def test_a_participle_after_an_opening_participle_takes_the_main_subject(quotes):
    text = "Speaking at a rally in Norfolk, Virginia, the senator went after the admiral, calling him a failure."
    quote = only(quotes(text))
    assert quote.cue == "calling"
    assert quote.speaker.text == "the senator"
    assert quote.text == "him a failure"


# --- a characterization in a relative clause lacking its object ----------------
# Only with the speaker's quoted words: '..., which he described as saber-rattling' may be the writer's
# paraphrase of what was said, and is left out.


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            'The minister criticized the plan, which he described as "reckless."',
            "described",
            'which as "reckless."',
            "he",
        ),
        (
            'The pilot, whom one officer described as "his brother," flew the last sortie.',
            "described",
            'whom as "his brother,"',
            "one officer",
        ),
        (
            'The treaty, which the minister portrayed as "a betrayal" of the allies, was signed on Monday.',
            "portrayed",
            'which as "a betrayal" of the allies',
            "the minister",
        ),
    ],
)
def test_a_relative_word_stands_for_what_was_characterized(quotes, text, cue, content, speaker):
    quote = only(by_cue(quotes(text), cue))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert text[quote.parts[0][0] : quote.parts[0][1]] == content.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "The minister voiced alarm over the flight, which he described as saber-rattling.",
        "He toured the base in Norfolk, which he calls his second home.",
        'Asked whether his time at the base, which friends called miserable, hurt his career, he said: "No."',
        "That, he called a mistake.",
        "She was the officer whom he called to the bridge.",
        'The crews faced so many faults that the captain called them "a danger."',
    ],
)
def test_no_relative_word_without_quoted_words_or_with_an_object(quotes, text):
    assert all(q.text.split()[0].lower() not in {"that", "whom", "which"} for q in quotes(text))


# --- where a characterization or a criticism ends ---------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The senator called the landing "a disgrace," a rebuke that drew cheers from the crowd.',
            'the landing "a disgrace,"',
        ),
        (
            "Critics called it an assault on free speech, raising the question of who sets the rules.",
            "it an assault on free speech",
        ),
        (
            'Analysts have called this the "expectations game" — setting hopes low to beat them later.',
            'this the "expectations game"',
        ),
        (
            "The general went on, calling the rebels thugs and vowing to drive them out of the valley.",
            "the rebels thugs",
        ),
        (
            "The minister mocked the opposition and made plain that the frigates would sail.",
            "the opposition",
        ),
    ],
)
def test_the_writer_going_on_is_no_part_of_the_statement(quotes, text, content):
    quote = by_cue(quotes(text), next(w for w in text.split() if w in {"called", "calling", "mocked"}))
    assert [q.text for q in quote] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The admiral called the exercise a kind, careful test of the new radars.",
            "the exercise a kind, careful test of the new radars",
        ),
        (
            "He portrayed himself -- as a sailor first and a politician second.",
            "himself -- as a sailor first and a politician second",
        ),
        (
            "She described the pilot as a novice who memorized checklists and lacked flight hours.",
            "the pilot as a novice who memorized checklists and lacked flight hours",
        ),
        ("The senator attacked the admiral during the hearing.", "the admiral"),
    ],
)
def test_what_the_speaker_said_goes_on(quotes, text, content):
    assert [q.text for q in quotes(text)] == [content]


# --- a name alone as what was criticized, praised or defended -----------------------


def test_a_name_alone_is_what_was_criticized(quotes):
    quote = only(quotes("In a video posted on Friday, the senator criticized Singer."))
    assert quote.text == "Singer"
    assert quote.speaker.text == "the senator"


def test_a_participle_after_the_name_says_what_was_said(quotes):
    found = quotes("Salo attacked Varga, saying he would weaken the alliance.")
    assert [q.text for q in found] == ["he would weaken the alliance"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator criticized him.",  # a pronoun alone
        "The admiral defended Taiwan.",  # what a navy defends: the sentence opens with its subject, no name after
        "The minister called Smith.",  # a call is no criticism
    ],
)
def test_no_one_word_statement_otherwise(quotes, text):
    assert [q.text for q in quotes(text) if len(q.text.split()) == 1 and q.text != "Taiwan"] == []


# --- progressive forms -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senate leader Jane Roe is criticizing the president as a weak commander-in-chief.",
            "the president as a weak commander-in-chief",
            "Senate leader Jane Roe",
        ),
        (
            "The nation's largest veterans group is accusing the ministry of neglect.",
            "the ministry of neglect",
            "The nation's largest veterans group",
        ),
        (
            "The minister was defending his decision to send the frigates north.",
            "his decision to send the frigates north",
            "The minister",
        ),
    ],
)
def test_a_progressive_is_no_passive(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker


def test_a_passive_is_still_no_statement(quotes):
    assert quotes("The minister was criticized over the delay.") == []


# --- findings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A Kask poll out Monday showed the governor with a clear lead.",
            "the governor with a clear lead",
            "A Kask poll out Monday",
        ),
        (
            "The audit published Tuesday showed that most of the contracts went to one firm.",
            "most of the contracts went to one firm",
            "The audit published Tuesday",
        ),
        (
            "The little polling that was carried out in the province showed a close race.",
            "a close race",
            "The little polling that was carried out in the province",
        ),
        (
            "The emails show that the aide took directions from the minister.",
            "the aide took directions from the minister",
            "The emails",
        ),
        (
            "The latest survey of reservists in all 12 districts revealed a range of surprising views.",
            "a range of surprising views",
            "The latest survey of reservists in all 12 districts",
        ),
        (
            "A Harbour Radio poll, conducted jointly with Lind Research (D) and Moss Research (R), shows the senator "
            "with 47 percent.",
            "the senator with 47 percent",
            "A Harbour Radio poll, conducted jointly with Lind Research (D) and Moss Research (R)",
        ),
    ],
)
def test_findings_of_described_sources(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker


def test_closing_finding_of_records_compiled_by_someone(quotes):
    quote = only(quotes("The donor gave to no other candidate, records compiled by the commission show."))
    assert quote.text == "The donor gave to no other candidate"
    assert quote.speaker.text == "records compiled by the commission"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Earlier this month, the minister indicated that a policy statement was coming soon.",
            "a policy statement was coming soon",
            "the minister",
        ),
        ("The general has indicated he would not send more troops.", "he would not send more troops", "The general"),
        (
            "After an inquiry, the Department of Defence found that the base's police were overcharging recruits.",
            "the base's police were overcharging recruits",
            "the Department of Defence",
        ),
    ],
)
def test_indicated_and_found_by_a_speaker(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The video shows the jets landing at dawn.",  # what a video shows is an event
        "Divers found the wreck on Tuesday.",  # what someone found, with no clause
        "Photos showed smoke over the harbour.",
        "The minister suggested a meeting.",  # an object, not a statement
    ],
)
def test_no_finding_without_a_source_of_findings_or_a_clause(quotes, text):
    assert quotes(text) == []


# --- accusations ---------------------------------------------------------------------


def test_a_charge_keeps_its_subordinate_clauses(quotes):
    text = "The senator accused the ministry of hiding the report while the inquiry was still open."
    quote = only(quotes(text))
    assert quote.text == "the ministry of hiding the report while the inquiry was still open"


def test_other_objects_still_end_before_an_adjunct_clause(quotes):
    quote = only(quotes("The senator criticized the report while the inquiry was still open."))
    assert quote.text == "the report"
