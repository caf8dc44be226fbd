"""patrolx_quotes: questions put to a speaker, relative clauses of speech, quotes that go on after
their attribution, and what is not a quote."""

from __future__ import annotations

import pytest

import patrolx


def quotes(text: str):
    return patrolx.extract(text, families=["quotes"]).quotes


def by_cue(found, cue):
    return [q for q in found if q.cue is not None and q.cue.lower() == cue]


# --- questions put to a speaker ----------------------------------------------
# The question is put by someone the article does not name: no statement by a speaker, so no quote.


@pytest.mark.parametrize(
    ("text", "answer", "speaker"),
    [
        ("Asked whether he would run again, the senator said he would not.", "he would not", "the senator"),
        ("Asked about the bomber flights, the ministry said they were routine.", "they were routine", "the ministry"),
        ("“We will see,” the minister said when asked if the drills would resume.", "We will see", "the minister"),
        (
            "When asked by a radio host if the leaks led to the attacks, which was seen as a failure, the mayor "
            "said he did not know.",
            "he did not know",
            "the mayor",
        ),
        (
            'Asked whether his time at the base, which friends called miserable, hurt his career, he said: "I hope '
            'not."',
            "I hope not.",
            "he",
        ),
    ],
)
def test_a_question_put_to_the_speaker_is_no_quote_but_the_answer_is(text, answer, speaker):
    assert [(q.text, q.speaker.text) for q in quotes(text)] == [(answer, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Asked on Monday why the frigate left, the admiral declined to comment.",
        "The pilots were asked whether they had seen the drone.",
        "Reed was asked by the moderator whether his plan would add to the deficit.",
    ],
)
def test_a_question_put_with_no_answer_gives_no_quote(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Asked to leave the base, the reporters stayed at the gate.",  # a request, not a question
        "When asked for a comment, the embassy did not reply.",
    ],
)
def test_requests_are_no_questions_put(text):
    assert by_cue(quotes(text), "asked") == []


# --- quotes that go on after their attribution --------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            '"The risk," said Anna Berg, an economist who directs the Nordic Forecast, "is that the fleet ages."',
            ["The risk", "is that the fleet ages."],
        ),
        (
            '"This used to be Moscow\'s back yard," said Tom Reed, director of security studies at the institute in '
            'London, "but it is coming into Beijing\'s orbit."',
            ["This used to be Moscow's back yard", "but it is coming into Beijing's orbit."],
        ),
        (
            '"The drills went well," the admiral told reporters after a visit to Norfolk, Va. "We will do more."',
            ["The drills went well", "We will do more."],
        ),
        (
            '"They would be wrong," Mark Hill, a spokesman for the senator, said in an interview in San Diego, '
            'Calif. "The base stays open."',
            ["They would be wrong", "The base stays open."],
        ),
    ],
)
def test_the_rest_of_a_quote_after_a_long_attribution(text, parts):
    (quote,) = quotes(text)
    assert [text[start:end] for start, end in quote.parts] == parts


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," said Tom Reed, a member of the "Blue Water" caucus, on Monday.',
        '"We are ready," the admiral said in Norfolk, Va. "Ready" was also the word on the banners.',
    ],
)
def test_a_quoted_name_after_the_attribution_is_no_second_part(text):
    for quote in quotes(text):
        assert quote.text == "We are ready"


# --- statements in relative clauses -------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The crew posted a landing that he said defied the weather.", "that defied the weather", "he"),
        ("The jets flew a route that the ministry said violated the zone.", "that violated the zone", "the ministry"),
        (
            "The senate passed the bill, which she said would fund two frigates, on Monday.",
            "which would fund two frigates",
            "she",
        ),
    ],
)
def test_the_relative_word_stands_for_the_subject_of_the_statement(text, content, speaker):
    (quote,) = quotes(text)
    assert (quote.text, quote.speaker.text, len(quote.parts)) == (content, speaker, 2)


@pytest.mark.parametrize(
    "text",
    [
        "He gave briefings in which he hinted that cuts were coming.",
        "The jets flew a route that the ministry said a drone had used.",
        "The minister said that he said nothing about the jets.",
    ],
)
def test_a_relative_word_that_is_no_subject_stays_out(text):
    found = quotes(text)
    assert found and all(len(q.parts) == 1 and not q.text.startswith(("which", "that")) for q in found)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            '"Any ceasefire needs strict inspections," she said, and "clear penalties for any breach."',
            ["Any ceasefire needs strict inspections", "clear penalties for any breach."],
        ),
        (
            'The admiral told the crowd, "We are a navy like no other," and, "Is there anyone here who doubts it?"',
            ["We are a navy like no other", "Is there anyone here who doubts it?"],
        ),
    ],
)
def test_a_second_quoted_part_after_and(text, parts):
    (quote,) = quotes(text)
    assert [text[start:end] for start, end in quote.parts] == parts


def test_a_quoted_phrase_in_the_next_sentence_after_and_is_no_part():
    text = 'The admiral told the crowd, "We are ready." And "Who doubts it?" was the question of the night.'
    assert [q.text for q in quotes(text)] == ["We are ready."]


# --- what is not a statement of its own ---------------------------------------


def test_a_first_person_hedge_inside_quoted_words_is_no_statement():
    text = 'The senator was blunt. "I will back him because I think he is fit to lead the navy."'
    assert [q for q in quotes(text) if q.cue == "think"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The senator was blunt. "I believe that the fleet is ready."', "the fleet is ready"),
        ("I think the fleet is ready for the winter.", "the fleet is ready for the winter"),
    ],
)
def test_a_first_person_position_stays_a_statement(text, content):
    assert [q.text.rstrip('."') for q in quotes(text) if q.cue in {"think", "believe"}] == [content]


# --- direct quotes with the attribution after them ------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“Where should we send the trucks?” Reed told reporters during Tuesday’s conference call.",
            "Where should we send the trucks?",
            "Reed",
        ),
        (
            '"Why would you try to win over the old guard?" Varga said about the senator\'s campaign.',
            "Why would you try to win over the old guard?",
            "Varga",
        ),
        ('"Well, yes. I will weigh a number of other candidates…" Salo said.', None, "Salo"),
        (
            "Neither man was impressed by the admiral - ''Born with a silver spoon,'' Mr. Elkins said - but they "
            "stayed.",
            "Born with a silver spoon",
            "Mr. Elkins",
        ),
    ],
)
def test_an_attribution_with_trailing_adjuncts_after_a_quote(text, content, speaker):
    (quote,) = quotes(text)
    assert quote.kind == "direct" and quote.speaker.text == speaker
    if content is not None:
        assert quote.text == content


def test_a_sentence_after_a_quoted_sentence_with_its_own_clause_is_a_statement_of_its_own():
    text = '"We will win." Salo said on Monday that the polls were wrong.'
    assert [(q.kind, q.text) for q in quotes(text)] == [("indirect", "the polls were wrong")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Another commenter said, “We all know where she stands on the navy.”", "Another commenter"),
        ('Said Gen. Tom Reed, who grew up near the base, "Every one of us was proud of the crews."', "Gen. Tom Reed"),
        ('Said the admiral, "We are ready for the winter."', "the admiral"),
    ],
)
def test_a_speaker_before_a_quote_that_the_speaker_words_do_not_name(text, speaker):
    (quote,) = quotes(text)
    assert (quote.kind, quote.speaker.text) == ("direct", speaker)


def test_a_sentence_opening_with_said_and_no_speaker_is_no_attribution():
    assert quotes('Said differently, "the plan" was a failure.') == []


# --- a statement split by its attribution -------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "If the talks fail, the senator said, Congress could still vote through a short extension of the treaty.",
            ["If the talks fail", "Congress could still vote through a short extension of the treaty"],
        ),
        (
            "And yet, the aides say, Estonia remains a priority for the fleet.",
            ["And yet", "Estonia remains a priority for the fleet"],
        ),
    ],
)
def test_a_subordinate_clause_before_the_attribution_and_its_main_clause_after(text, parts):
    (quote,) = quotes(text)
    assert [text[start:end] for start, end in quote.parts] == parts


def test_a_participle_after_the_attribution_is_its_own_statement():
    text = "When the jets turned back, the ministry said, adding that the crews were safe."
    assert [q.text for q in quotes(text)] == ["When the jets turned back", "the crews were safe"]


def test_a_quoted_sentence_after_a_reported_statement_goes_on_it():
    text = 'The minister said that 100 sailors would be sent.  "That adds up to 300 over two years."'
    (quote,) = quotes(text)
    assert [text[start:end] for start, end in quote.parts] == [
        "100 sailors would be sent",
        "That adds up to 300 over two years.",
    ]


def test_a_quoted_sentence_with_a_speaker_of_its_own_stays_apart():
    text = 'The admiral said the drills were over. "We are proud of them," the captain said.'
    assert [(q.text, q.speaker.text) for q in quotes(text)] == [
        ("the drills were over", "The admiral"),
        ("We are proud of them", "the captain"),
    ]


def test_a_reflexive_after_the_speaker():
    (quote,) = quotes("The admiral himself told reporters the drills were over.")
    assert (quote.speaker.text, quote.text) == ("The admiral", "the drills were over")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The admiral said of the drills, "We have never seen such a turnout."', "The admiral"),
        ("Reed wrote to his 20,000 followers on X: “It is time to bring the crews home.”", "Reed"),
        ('The minister told his audience, to loud applause: "We will never give up the islands."', "The minister"),
        ("Another sailor responded, “That is the captain’s husband.”", "Another sailor"),
    ],
)
def test_a_phrase_on_the_topic_or_listener_between_the_cue_and_the_quote(text, speaker):
    (quote,) = quotes(text)
    assert (quote.kind, quote.speaker.text) == ("direct", speaker)


def test_an_object_between_the_cue_and_a_quoted_name_is_no_attribution():
    found = quotes('The navy said the drills, "Joint Sea," would start on Monday.')
    assert [(q.kind, q.text) for q in found] == [("indirect", 'the drills, "Joint Sea," would start on Monday')]


@pytest.mark.parametrize(
    "text",
    [
        "The civil war ended his plans to return home, Mr. Reed said in his 2012 memoir, ''A Harbour Son.''",
        "One of his favourite books, ''Cold Harbour,'' drove that point home.",
    ],
)
def test_a_quoted_title_after_a_phrase_is_no_direct_quote(text):
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_the_rest_of_a_quote_right_after_said_with_no_comma():
    text = '"They are trying to stop the new frigates," she said "Ultimately the cuts will cost jobs."'
    (quote,) = quotes(text)
    assert quote.text == "They are trying to stop the new frigates Ultimately the cuts will cost jobs."


def test_a_quoted_title_right_after_said_is_no_part():
    (quote,) = quotes('"We won," Perez said "Meet the Press."')
    assert quote.text == "We won"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            'As the Post\'s Dana Reed puts it, "The senators are unmoved, and the admirals are uninspired."',
            "the Post's Dana Reed",
            "direct",
        ),
        (
            'As John Carr, the No. 2 in the committee, put it: "This nominee will not be confirmed."',
            "John Carr",
            "direct",
        ),
        (
            "As the analyst puts it, the navy is trying to make Congress an offer it cannot refuse.",
            "the analyst",
            "indirect",
        ),
    ],
)
def test_as_the_speaker_put_it(text, speaker, kind):
    (quote,) = quotes(text)
    assert (quote.kind, quote.speaker.text) == (kind, speaker)


def test_put_it_as_a_verb_of_placing_is_no_cue():
    assert quotes("He put it on the table and left the room.") == []


def test_a_quoted_paragraph_signed_on_the_next_line():
    text = 'The senator said so.\n\n"Shipyards pay zero taxes."\n\n- Anna Kask.\n\nThat is wrong.'
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.speaker.text, q.cue) for q in direct] == [("Shipyards pay zero taxes.", "Anna Kask", None)]


def test_a_dash_line_that_names_nobody_signs_nothing():
    text = 'The list is long.\n\n"We are ready."\n\n- See the full list below.'
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_a_listener_described_by_a_relative_clause_before_the_quote():
    text = "But, she told the governors who met in the port city of Varna, “no one should doubt our resolve.”"
    (quote,) = quotes(text)
    assert (quote.kind, quote.speaker.text, quote.text) == ("direct", "she", "no one should doubt our resolve.")


def test_a_quoted_name_after_told_and_that_is_no_direct_quote():
    found = quotes('The admiral told the sailors that the ship, "Ronald Reagan," would sail.')
    assert [q.kind for q in found] == ["indirect"]


# --- no-break spaces ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "content"),
    [
        (
            "Reed added,\xa0“There are ships with more modern radars.”",
            "direct",
            "Reed",
            "There are ships with more modern radars.",
        ),
        ("The admiral\xa0said the drills were over.", "indirect", "The admiral", "the drills were over"),
        (
            "The ministry told\xa0reporters the jets had left the zone.",
            "indirect",
            "The ministry",
            "the jets had left the zone",
        ),
    ],
)
def test_a_no_break_space_between_the_words_of_an_attribution(text, kind, speaker, content):
    (quote,) = quotes(text)
    assert (quote.kind, quote.speaker.text, quote.text) == (kind, speaker, content)


def test_the_answer_after_a_question_put_and_a_gesture():
    text = "Asked on Monday whether he would take a cabinet post, the admiral shook his head and said, ''No.''"
    answer = by_cue(quotes(text), "said")
    assert [(q.kind, q.speaker.text, q.text) for q in answer] == [("direct", "the admiral", "No.")]
