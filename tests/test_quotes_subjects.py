"""patrolx_quotes: reported speech whose subject is a share of a group, the subject of an earlier verb
or of the main clause before a participle, or a long described phrase."""

from __future__ import annotations

import pytest

from .conftest import assert_parts_and_speaker


def by_cue(found, cue):
    matching = [quote for quote in found if quote.cue == cue]
    assert len(matching) == 1, [(q.cue, q.text) for q in found]
    return matching[0]


# --- a participle after the main clause: its speaker is the main clause's subject ---------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The admiral spoke to reporters in Manila, saying the carrier group would stay in the region.",
            "The admiral",
            "the carrier group would stay in the region",
        ),
        (
            "The navy released a video of the intercept on Tuesday, saying the fighter came within 20 feet.",
            "The navy",
            "the fighter came within 20 feet",
        ),
        (
            "China's defence ministry issued a statement, saying the drills were routine.",
            "China's defence ministry",
            "the drills were routine",
        ),
        (
            "At a briefing in Warsaw on Monday, the minister rejected the report, saying that no troops had crossed.",
            "the minister",
            "no troops had crossed",
        ),
        (
            "The senator surprised the committee by saying he would vote against the procurement bill.",
            "The senator",
            "he would vote against the procurement bill",
        ),
        (
            "The general pointed at the map — saying the brigade would move north within days.",
            "The general",
            "the brigade would move north within days",
        ),
    ],
)
def test_participle_after_the_main_clause_is_said_by_its_subject(quotes, text, speaker, content):
    quote = by_cue(quotes(text), next(cue for cue in ("saying", "telling") if cue in text.split()))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", content, speaker)
    assert_parts_and_speaker(text, quote)


def test_participle_with_no_speaker_before_it_is_no_statement(quotes):
    assert quotes("The jets flew over the strait twice, marking the third such flight this month.") == []


def test_participle_opening_the_sentence_is_not_said_by_its_first_words(quotes):
    text = "After saying he was exhausted, the pilot asked about the base."
    # said by the main clause's subject after the comma, never by the opening words
    assert all(quote.speaker.text == "the pilot" for quote in quotes(text) if quote.cue == "saying")


# --- a share of a group as the speaker --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In the latest survey, 41 percent of Finns said they would back joining the alliance.",
            "41 percent of Finns",
            "they would back joining the alliance",
        ),
        (
            "Nearly a third say they are unsure whether the base should stay open.",
            "Nearly a third",
            "they are unsure whether the base should stay open",
        ),
        (
            "A quarter of reservists, 25%, say they would serve a second tour.",
            "A quarter of reservists",
            "they would serve a second tour",
        ),
        (
            "Some 30 percent of residents in a recent poll said they heard the jets every night.",
            "Some 30 percent of residents in a recent poll",
            "they heard the jets every night",
        ),
        (
            "The debate comes as 58 percent of voters overall say the navy needs more ships.",
            "58 percent of voters overall",
            "the navy needs more ships",
        ),
        (
            "Support was firm, with 62 percent saying the patrols should go on.",
            "62 percent",
            "the patrols should go on",
        ),
        (
            "More than seven in 10 said they expected more incursions this year.",
            "seven in 10",
            "they expected more incursions this year",
        ),
        (
            "At least half of reservists in each district say the training was too short.",
            "At least half of reservists in each district",
            "the training was too short",
        ),
        (
            "On defence, nearly two-thirds of Labour voters said that the fleet was too small.",
            "nearly two-thirds of Labour voters",
            "the fleet was too small",
        ),
        (
            "Until the yard closed, most of them said they enjoyed building frigates.",
            "most of them",
            "they enjoyed building frigates",
        ),
        (
            "By a wide margin, those surveyed say the base should stay open.",
            "those surveyed",
            "the base should stay open",
        ),
        (
            "The minister is seen as more capable - 60 percent of voters said she would handle a crisis better.",
            "60 percent of voters",
            "she would handle a crisis better",
        ),
    ],
)
def test_share_of_a_group_is_the_speaker(quotes, text, speaker, content):
    found = quotes(text)
    quote = next(q for q in found if q.cue in {"said", "say", "saying"})
    assert (quote.kind, quote.text) == ("indirect", content)
    assert quote.speaker.text.endswith(speaker)
    assert_parts_and_speaker(text, quote)


def test_second_share_after_a_semicolon_starts_its_own_statement(quotes):
    text = "About 61 percent said the drills were needed; 30 percent said they were a provocation."
    found = quotes(text)
    assert [(q.text, q.speaker.text) for q in found] == [
        ("the drills were needed", "About 61 percent"),
        ("they were a provocation", "30 percent"),
    ]


def test_share_of_a_thing_before_a_verb_of_act_is_no_speaker(quotes):
    # 'described' reports no statement, and '40 percent of the budget' speaks for no one.
    text = "Some 40 percent of the budget described in the plan went to the navy."
    assert quotes(text) == []


def test_share_after_a_participle_or_before_an_auxiliary_is_no_speaker(quotes):
    # 'Despite knowing most of the crew' holds a participle; 'said were never justified' lacks its subject.
    for text in (
        "Despite knowing most of the crew said they were tired, the captain sailed.",
        "The crews faced checks which some of them said were never justified.",
        "The survey listed the bases that 40 percent said were too old.",
    ):
        assert quotes(text) == []


def test_share_in_the_middle_of_a_clause_is_no_speaker(quotes):
    text = "The ministry cut 20 percent of its fleet said to be unfit for service."
    assert all(not q.speaker or "percent" not in q.speaker.text for q in quotes(text))


# --- a speaker opening the clause, then descriptions up to the verb ---------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Anna and Piotr Nowak, the Gdansk couple whose son serves on the frigate that was hit, say they "
            "were told nothing for two days.",
            "Anna and Piotr Nowak",
        ),
        ("The governor's office, when contacted by reporters, said the base would stay open.", "The governor's office"),
        (
            "The air force chief -- who has been at odds with the ministry over the past few weeks -- said the "
            "jets would be grounded.",
            "The air force chief",
        ),
        ("Sen. Jane Roe (R-Texas), said after the hearing that the contract had been delayed.", "Sen. Jane Roe"),
        ("Supporters of the new treaty, however, say it would limit the drills.", "Supporters of the new treaty"),
        (
            "One former pilot, speaking on condition of anonymity because he still flies for the navy, said the "
            "radar had failed twice.",
            "One former pilot",
        ),
    ],
)
def test_speaker_before_descriptions_set_off_by_commas_dashes_or_brackets(quotes, text, speaker):
    quote = by_cue(quotes(text), next(cue for cue in ("say", "said") if cue in text.split()))
    assert quote.kind == "indirect"
    assert quote.speaker.text == speaker
    assert_parts_and_speaker(text, quote)


def test_title_then_name_in_the_description_is_one_speaker(quotes):
    text = "The shipyard's chief executive, Maria Lopez, of course, said the delay was unrelated."
    quote = by_cue(quotes(text), "said")
    assert (quote.speaker.name, quote.speaker.title) == ("Maria Lopez", "chief executive")


@pytest.mark.parametrize(
    "text",
    [
        "Last week, when the jets were spotted, said to be the first such sighting, the radar failed.",
        "The talks were so tense that the minister warned his counterpart, a general, said one aide.",
    ],
)
def test_clause_or_time_before_descriptions_is_no_speaker(quotes, text):
    assert all(q.speaker is None or q.speaker.text not in {"Last week", "The talks"} for q in quotes(text))
    assert all(not (q.speaker and q.speaker.text.startswith("The talks were")) for q in quotes(text))


# --- a verb joined to the sentence's subject by 'and' or 'but' -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "One of the pilots, Tom Hardy, 54, had flown in Iraq and said he was convinced the radar had failed.",
            "One of the pilots, Tom Hardy",
            "he was convinced the radar had failed",
        ),
        (
            "Opposition lawmakers, looking for a way to stall the vote, seized the floor on Wednesday and said "
            "they would not leave until the minister came.",
            "Opposition lawmakers",
            "they would not leave until the minister came",
        ),
        (
            "Both parents stiffened their criticism of the general, saying that he lacked the judgment to lead.",
            "Both parents",
            "he lacked the judgment to lead",
        ),
        (
            "The departments declined to release the flight logs, saying they cannot discuss the inquiry.",
            "The departments",
            "they cannot discuss the inquiry",
        ),
    ],
)
def test_later_verb_of_the_sentence_subject(quotes, text, speaker, content):
    quote = by_cue(quotes(text), next(cue for cue in ("said", "saying") if cue in text.split()))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


def test_time_phrase_opening_the_sentence_is_no_speaker(quotes):
    text = "A few minutes later the crews left the hangar and said they would resume the drill."
    assert all(q.speaker is None or "minutes" not in q.speaker.text for q in quotes(text))


def test_later_act_of_a_described_subject_is_no_statement(quotes):
    # 'urged' reports an act: the description does not make its subject a speaker.
    text = "Opposition lawmakers, angry at the delay, met the minister and urged him to resign."
    assert all(q.cue != "urged" or q.speaker is None or q.speaker.text != "Opposition lawmakers" for q in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "A quieter approach may well be the wiser course, say some diplomats, who recall the last crisis.",
        "The drills will go on, say officials in Taipei.",
    ],
)
def test_say_after_a_comma_is_not_said_by_the_sentence_opening(quotes, text):
    # The speaker follows 'say' here; the words opening the sentence are the statement, not its speaker.
    assert all(q.speaker is None or q.speaker.text not in text.split(",")[0] for q in quotes(text))


# --- a subject whose head is modified after it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Democrats trying to win back the defence committee say they have a new weapon.",
            "Democrats trying to win back the defence committee",
        ),
        (
            "Proponents of tighter arms export controls here say the sales fuel the conflict.",
            "Proponents of tighter arms export controls here",
        ),
        (
            "A statement posted on the shipyard's website said the frigate would be delivered late.",
            "A statement posted on the shipyard's website",
        ),
        (
            "The groups who wrote to the minister say they are worried about the contract.",
            "The groups who wrote to the minister",
        ),
        (
            "Several officers I have spoken with said the exercise had been cut short.",
            "Several officers I have spoken with",
        ),
    ],
)
def test_subject_modified_after_its_head(quotes, text, speaker):
    quote = by_cue(quotes(text), next(cue for cue in ("say", "said") if cue in text.split()))
    assert quote.speaker.text == speaker
    assert_parts_and_speaker(text, quote)


def test_verb_group_is_not_part_of_the_subject(quotes):
    text = "Most of the vulnerable Labour members have already said they would back the budget."
    quote = by_cue(quotes(text), "said")
    assert quote.speaker.text == "Most of the vulnerable Labour members"


@pytest.mark.parametrize(
    "text",
    [
        "Despite knowing some of the crew said they were tired, the captain sailed.",
        "The admiral apologized for his staff's decision to tell the crews the ship had sunk.",
    ],
)
def test_adverbial_or_infinitive_before_the_cue_is_no_subject(quotes, text):
    assert quotes(text) == []


def test_cue_word_after_a_possessive_is_a_noun(quotes):
    text = "At the heart of that row is the so-called red line, "
    text += "the boundary China draws on its maps to mark out its claims."
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Salo fans told reporters that one rousing moment was the debate on the base.", "Salo fans"),
        ("The minister's closest confidants say it is only right that she faces the inquiry.", None),
        (
            "The attack sparked a debate over the response, with Senator Jane Roe telling reporters she viewed "
            "the minister as responsible.",
            "Senator Jane Roe",
        ),
    ],
)
def test_plural_and_absolute_subjects(quotes, text, speaker):
    found = [q for q in quotes(text) if q.cue in {"told", "say", "telling"}]
    assert len(found) == 1
    assert found[0].speaker.text == (speaker or "The minister's closest confidants")
    assert_parts_and_speaker(text, found[0])


def test_with_and_a_participle_of_no_speech_is_no_statement(quotes):
    assert quotes("The talks ended with the minister leaving the room early.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "On Thursday, she hedged on whether she would back the bill, telling reporters the vote would depend "
            "on the budget.",
            "telling",
            "she",
            "the vote would depend on the budget",
        ),
        (
            "But the appeals court overruled the panel and said the state had given enough notice.",
            "said",
            "the appeals court",
            "the state had given enough notice",
        ),
        (
            "In three interviews, the admiral sounded off on the plan, saying he did not want to contemplate it.",
            "saying",
            "the admiral",
            "he did not want to contemplate it",
        ),
        (
            "Opposition lawmakers seized the floor late on Wednesday and  said they planned to stay until a vote.",
            "said",
            "Opposition lawmakers",
            "they planned to stay until a vote",
        ),
    ],
)
def test_subject_of_the_clause_a_later_verb_goes_on_from(quotes, text, cue, speaker, content):
    quote = by_cue(quotes(text), cue)
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert_parts_and_speaker(text, quote)


def test_described_speaker_of_a_warning(quotes):
    text = "Anna Berg of Nordbank, Sweden's largest lender, warned that the sanctions would hurt the shipyards."
    quote = by_cue(quotes(text), "warned")
    assert (quote.text, quote.speaker.text) == ("the sanctions would hurt the shipyards", "Anna Berg of Nordbank")
