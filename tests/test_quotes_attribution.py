"""patrolx_quotes: reported speech in the shapes of political and defence news (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets, only


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Lance Beebe, 49, a Navy veteran who now works for the Air Force, said the minister should resign.",
            "the minister should resign",
            "Lance Beebe",
        ),
        (
            "But Tom Fitton, the president of Judicial Watch, a group that has sued for the records, said that "
            "the damage is done.",
            "the damage is done",
            "Tom Fitton",
        ),
        (
            "Jason Sims — a teacher from Mount Pleasant — says the endorsement was a big deal.",
            "the endorsement was a big deal",
            "Jason Sims",
        ),
        (
            "Mr. Guerrero, a Republican who described himself as a devout Catholic, said he recoiled at the attack.",
            "he recoiled at the attack",
            "Guerrero",
        ),
    ],
)
def test_named_speaker_before_several_descriptions(quotes, text, content, name):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.name == name
    assert_offsets(text, quote)


def test_descriptions_holding_a_reporting_verb_outside_a_relative_clause_are_no_speaker(quotes):
    # 'reported' is the clause's own verb here, not part of a description of Smith.
    text = "Smith, the pilot, reported the fault, officials said on Monday."
    found = quotes(text)
    assert all(q.speaker.name != "Smith" or q.cue != "said" for q in found)


def test_direct_quote_with_speaker_and_description_after_it(quotes):
    text = (
        "The line was cut.\n\n''It's just long and tiring and hard to get through,'' Tina Tchen, the first lady's "
        "chief of staff, said in an interview. ''We also had to balance the guests.''"
    )
    quote = only(quotes(text))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Tina Tchen"
    assert quote.text == "It's just long and tiring and hard to get through We also had to balance the guests."
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But opponents say the rapid wage increase will push companies out of the state.", "opponents"),
        ("About 9 percent said they had no preference.", "About 9 percent"),
        ("In the poll, 1,409 teachers said they wanted to endorse the senator.", "1,409 teachers"),
        ("Her advisers and allies say she will spend the coming weeks on the message.", "Her advisers and allies"),
        ("Nearly nine out of 10 say they will need new skills.", "Nearly nine out of 10"),
    ],
)
def test_plural_and_share_subjects_of_say(quotes, text, speaker):
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_plural_object_of_a_verb_is_no_speaker(quotes):
    assert quotes("But it helps farmers say goodbye to debt.") == []


def test_quote_ending_a_sentence_then_its_attribution(quotes):
    text = "She served.\n\n“Her response has been, ‘See what is going on?’” Renteria told reporters during the call."
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.text) == ("direct", "Renteria")
    assert quote.text == "Her response has been, ‘See what is going on?’"


def test_quote_ending_a_sentence_then_a_statement_of_its_own(quotes):
    text = "“We will win.” Trump said the polls were wrong."
    quote = only(quotes(text))
    assert (quote.kind, quote.text) == ("indirect", "the polls were wrong")


def test_two_spaces_after_a_full_stop_end_the_sentence(quotes):
    text = "Priebus rejected the idea.  “We know that she can’t be trusted. Are you equating that?” Priebus said."
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in found] == ["We know that she can’t be trusted. Are you equating that?"]


def test_said_the_unlisted_noun_after_a_quote(quotes):
    text = '"It\'s hard enough to come back to work," said the designer, who works for another brand.'
    quote = only(quotes(text))
    assert quote.speaker.text.startswith("the designer")


@pytest.mark.parametrize(
    "text",
    [
        "The approach is made possible by its resources, said Katie Harbath.",
        "The approach is made possible by its resources, said Katie Harbath, the company's outreach director.",
        "They ''actually had chemistry,''  said Benjamin J. Rhodes.",
    ],
)
def test_said_then_the_speaker_after_a_comma(quotes, text):
    quote = only(quotes(text))
    assert quote.speaker.name in {"Katie Harbath", "Benjamin J. Rhodes"}
    assert quote.text.startswith(("The approach is made possible", "They"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Abortion rights advocates said the ruling has made the fight critical.", "Abortion rights advocates"),
        ("Romney's associates said he is not planning to offer an endorsement.", "Romney's associates"),
        ("Nearly half said they prefer someone with experience.", "Nearly half"),
    ],
)
def test_more_plural_subjects(quotes, text, speaker):
    assert only(quotes(text)).speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Polls show Clinton up by 10 points in the next contest.",
            "Clinton up by 10 points in the next contest",
            "Polls",
        ),
        (
            "Senate races in Ohio and Florida are all close, a Quinnipiac University poll shows.",
            "Senate races in Ohio and Florida are all close",
            "a Quinnipiac University poll",
        ),
        (
            "The survey found that 43% of voters support the governor.",
            "43% of voters support the governor",
            "The survey",
        ),
    ],
)
def test_findings_of_polls_and_studies(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text, quote.kind) == (content, speaker, "indirect")
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    "text", ["The video shows the senator outlining the differences.", "Police found the weapon in a car."]
)
def test_what_videos_show_or_police_find_is_no_statement(quotes, text):
    assert quotes(text) == []


def test_quote_ending_its_sentence_then_speaker_and_an_aside(quotes):
    text = "The crowd laughed.  “What kind of people do I have here?” Trump asked, looking pleased. “What do I have?”"
    quote = only(quotes(text))
    assert quote.speaker.text == "Trump"
    assert quote.text == "What kind of people do I have here? What do I have?"


def test_speaker_after_an_opening_adverbial(quotes):
    text = (
        "In a statement released Thursday, Rep. Hakeem Jeffries reacted to the news, saying: "
        "“The killer should be in prison.”"
    )
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name) == ("direct", "Hakeem Jeffries")


def test_capitalised_preposition_is_no_speaker(quotes):
    found = quotes("In describing the billionaire, Cuban said he sees someone without curiosity.")
    assert [q.speaker.text for q in found] == ["Cuban"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She escalated her criticism on Tuesday, telling CNN that Trump is a faker.", "Trump is a faker"),
        (
            "Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
            "he is not giving up",
        ),
        ("Richard Cross wrote in a Baltimore Sun op-ed that he penned the remarks.", "he penned the remarks"),
    ],
)
def test_listeners_and_places_before_that(quotes, text, content):
    assert only(quotes(text)).text == content


def test_direct_quote_then_title_and_name_between_commas(quotes):
    text = 'It was his response.\n\n"Will he resign?" the presumptive nominee, Donald Trump, tweeted Sunday afternoon.'
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name) == ("direct", "Donald Trump")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In 2014, Ferguson had 115 instances of violent crime — according to the most recent data from the FBI.",
            "In 2014, Ferguson had 115 instances of violent crime",
        ),
        (
            "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.",
            "Clinton leads Sanders by 271 pledged delegates",
        ),
    ],
)
def test_according_to_after_a_dash_or_no_comma(quotes, text, content):
    assert only(quotes(text)).text == content


def test_quote_opened_in_reported_speech_runs_over_sentences(quotes):
    text = (
        "Woods told the panel that “I believe the Libyans would have split. They would have been scared to death,” "
        "he said."
    )
    quote = only(quotes(text))
    assert quote.text.endswith("They would have been scared to death,”")


def test_participle_inside_a_quote_does_not_end_the_clause(quotes):
    text = "He said that “they are going to people, showing videos of the candidate to recruit.”"
    assert only(quotes(text)).text.endswith("to recruit.”")


def test_programme_title_in_the_attribution_is_not_part_of_the_quote(quotes):
    text = (
        'He is showing up.\n\n"Donald Trump is a fraud," Perez said Sunday on NBC\'s "Meet the Press." '
        '"He has spent his career putting his profits first."'
    )
    quote = only(quotes(text))
    assert quote.text == "Donald Trump is a fraud He has spent his career putting his profits first."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics argue that the plan would raise taxes.", "Critics"),
        ("Some Democrats warn that the party could lose the Senate.", "Some Democrats"),
    ],
)
def test_base_forms_of_reporting_verbs(quotes, text, speaker):
    assert only(quotes(text)).speaker.text == speaker


def test_a_claim_as_a_noun_is_no_cue(quotes):
    assert quotes("The report repeated the claim that the ships had left.") == [] or all(
        q.cue != "claim" for q in quotes("The report repeated the claim that the ships had left.")
    )


def test_two_spaces_after_reported_content_are_not_part_of_it(quotes):
    text = 'He noted that most of the money would go to the party.  "That will help everyone," he said.'
    assert quotes(text)[0].text == "most of the money would go to the party"


def test_who_said_after_a_speaker_after_the_cue(quotes):
    text = '"They just don’t understand the military," said Capt. Christian Pardo, who said he would not vote.'
    second = quotes(text)[1]
    assert (second.text, second.speaker.name) == ("he would not vote", "Christian Pardo")


def test_share_of_ten_as_subject(quotes):
    assert only(quotes("About three in 10 said they prefer a more liberal agenda.")).speaker.text == (
        "About three in 10"
    )


def test_closing_mark_after_a_space_closes_the_quote(quotes):
    text = (
        "Two realities.\n\n\"If you lose, you shake someone's hand and say, 'Well done,' \" said Rep. Diane Russell. "
        '"If you feel cheated, it is hard to do that."'
    )
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name, len(quote.parts)) == ("direct", "Diane Russell", 2)


def test_subject_after_an_opening_amid(quotes):
    text = "Amid the uproar, The Blaze’s Matt Walsh weighed in, saying the candidate had lost his way."
    assert only(quotes(text)).speaker.text == "The Blaze’s Matt Walsh"


@pytest.mark.parametrize(
    "text",
    [
        "Most Southern states that will hold contests March 1 have sizable minority populations.",
        "The attacks on the airport changed the campaign.",
        "She thought it meant she was in line for promotion.",
    ],
)
def test_nouns_and_narrated_thoughts_are_no_cues(quotes, text):
    assert quotes(text) == []


def test_quoted_sentence_after_said_goes_on_the_statement(quotes):
    text = (
        'Trump and his team are "rapidly learning the general election," Gingrich said. '
        '"It takes a whole different set of skills."'
    )
    quote = only(quotes(text))
    assert quote.speaker.text == "Gingrich"
    assert [text[s:e] for s, e in quote.parts][1] == "It takes a whole different set of skills."


def test_quoted_sentence_with_a_speaker_of_its_own_stays_apart(quotes):
    text = (
        'Trump and his team are "rapidly learning the general election," Gingrich said. '
        '"It takes a whole different set of skills," Pence said.'
    )
    assert sorted(len(q.parts) for q in quotes(text)) == [1, 1]


def test_statement_resuming_with_and_after_the_speaker(quotes):
    text = "He had no known political affiliations, the airline added, and had passed all background checks."
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts] == [
        "He had no known political affiliations",
        "and had passed all background checks",
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump claims he's worth $10 billion.", "he's worth $10 billion"),
        (
            "Maher also suggested American politicians don't fully understand the region.",
            "American politicians don't fully understand the region",
        ),
        ("The mayor confirmed there were no injuries.", "there were no injuries"),
    ],
)
def test_clause_after_a_that_cue_with_a_contracted_or_pronoun_start(quotes, text, content):
    assert only(quotes(text)).text == content


def test_possessive_after_a_that_cue_is_an_object(quotes):
    assert quotes("The mayor confirmed Smith's appointment on Tuesday.") == []


def test_quantifiers_alone_as_speakers(quotes):
    text = "One official said the plan would fail, while others said it would work. Some said it was unfair."
    found = [(q.text, q.speaker.text) for q in quotes(text)]
    assert found == [
        ("the plan would fail", "One official"),
        ("it would work", "others"),
        ("it was unfair", "Some"),
    ]


def test_question_asked_is_a_statement_but_a_request_is_not(quotes):
    assert only(quotes("Sanders asked why the bank had been allowed to keep its money.")).text == (
        "why the bank had been allowed to keep its money"
    )
    assert quotes("Sanders asked the bank to keep its money.") == []


def test_participle_takes_the_sentence_subject_not_the_words_after_it(quotes):
    text = "Clinton attacked Trump, saying he would appoint judges who would overturn the ruling."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("he would appoint judges who would overturn the ruling", "Clinton")


def test_two_word_object_of_an_object_cue(quotes):
    quote = only(quotes("A Republican committee aide blasted the statement."))
    assert (quote.text, quote.speaker.text) == ("the statement", "A Republican committee aide")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A recent survey of Republican insiders shows that Trump could lose 100 delegates.",
            "A recent survey of Republican insiders",
        ),
        (
            "The poll, released on Wednesday by the Public Policy Institute, showed Clinton leading by two points.",
            "The poll, released on Wednesday by the Public Policy Institute",
        ),
    ],
)
def test_finding_source_described_after_its_head(quotes, text, source):
    assert only(quotes(text)).speaker.text == source


def test_video_described_after_its_head_states_no_finding(quotes):
    assert quotes("A video of the episode shows her clutching her phone.") == []


def test_object_ends_before_an_adjunct_clause(quotes):
    found = quotes("He attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism.")
    assert [(q.text, q.speaker.text) for q in found] == [
        ("Mr. Clinton's personal life", "He"),
        ("him of sexism", "Mrs. Clinton"),
    ]


def test_direct_quote_resumed_after_an_adjunct_of_its_attribution(quotes):
    text = '"To the extent they care," he said of the campaign, "I\'m sure I have pleased all of them."'
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts] == ["To the extent they care", "I'm sure I have pleased all of them."]


def test_and_said_after_a_described_subject(quotes):
    text = "Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump."
    assert only(quotes(text)).speaker.name == "Gary Emineth"


def test_according_to_after_a_closing_quotation_mark(quotes):
    text = 'The visit became "the high-water mark in their relationship," according to Mr. Rhodes.'
    quote = only(quotes(text))
    assert (quote.text.startswith("The visit became"), quote.speaker.text) == (True, "Mr. Rhodes")


def test_statement_named_by_a_noun_after_its_possessor(quotes):
    text = "Trump said he would build a wall. The plan rests on his claim that the wall would be paid for by Mexico."
    quote = only([q for q in quotes(text) if q.cue == "claim"])
    assert (quote.text, quote.speaker.text, quote.speaker.name) == (
        "the wall would be paid for by Mexico",
        "his",
        "Trump",
    )


def test_noun_without_a_possessor_names_no_statement(quotes):
    assert quotes("The claim that the plan would fail was wrong.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("This is not about me, President Obama told the crowd.", "This is not about me"),
        ("President Obama told the crowd this is not about me.", "this is not about me"),
    ],
)
def test_crowd_as_a_listener(quotes, text, content):
    assert only(quotes(text)).text == content


def test_direct_quote_after_and_said_takes_the_sentence_subject(quotes):
    quote = only(quotes('Mrs. Clinton shook her head and said, "No, I will not."'))
    assert (quote.kind, quote.speaker.text) == ("direct", "Mrs. Clinton")


def test_counted_time_after_the_cue_is_an_adjunct(quotes):
    assert only(quotes("Trump said two weeks ago the plan would fail.")).text == "the plan would fail"


def test_quoted_sentence_after_said_and_an_adjunct_goes_on_the_statement(quotes):
    text = (
        'Still, golf clubs are "just scratching out a profit," Mr. Hedge said from his office in Orlando. '
        '"Golf is a razor-thin industry."'
    )
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts][-1] == "Golf is a razor-thin industry."


def test_second_statement_by_a_share_of_voters(quotes):
    text = "Six in 10 voters said Clinton is honest and trustworthy, and three-quarters said the same of Sanders."
    assert quotes(text)[0].text == "Clinton is honest and trustworthy"


def test_name_after_an_unread_description_is_the_speaker(quotes):
    text = "One delegate not on the Cruz slate, Kelly Schmidt, told POLITICO she was leaning toward Cruz."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("she was leaning toward Cruz", "Kelly Schmidt")
    assert_offsets(text, quote)


def test_listener_after_told_is_no_speaker_of_the_words_before(quotes):
    found = quotes("Another delegate, a retired teacher, told POLITICO she was leaning toward Cruz.")
    assert all("POLITICO" not in q.speaker.text for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Donald Trump on Monday said he would build a wall.", "Donald Trump"),
        ("Clinton this week said she would win the state.", "Clinton"),
        ("Beck, who backed Ted Cruz in the primaries, last week said Trump was building a media empire.", "Beck"),
    ],
)
def test_time_between_subject_and_verb_is_no_part_of_the_speaker(quotes, text, speaker):
    found = only(quotes(text)).speaker
    assert found.name == speaker
    assert not found.text.endswith(("Monday", "week"))


def test_content_ends_before_but_he_going_on_about_the_speaker(quotes):
    text = "Mr. Smith said Mr. Bush had not yet won him over, but he sounded a nostalgic note for the old days."
    assert only(quotes(text)).text == "Mr. Bush had not yet won him over"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Adelson said much of his discussion with Trump was about Israel.",
            "much of his discussion with Trump was about Israel",
        ),
        ("He said little of substance about the plan.", None),
    ],
)
def test_much_of_opens_a_clause_only_before_a_verb(quotes, text, content):
    found = quotes(text)
    assert [q.text for q in found] == ([content] if content else [])


def test_however_between_subject_and_verb(quotes):
    quote = only(quotes("Carter however said he would welcome China's participation in the network."))
    assert (quote.text, quote.speaker.text) == ("he would welcome China's participation in the network", "Carter")
