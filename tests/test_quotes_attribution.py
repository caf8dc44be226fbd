"""patrolx_quotes: reported speech in the shapes of political and defence news (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets, only


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Piet Laan, 49, a Navy veteran who now works for the Air Force, said the minister should resign.",
            "the minister should resign",
            "Piet Laan",
        ),
        (
            "But Tom Varga, the president of Open Ledger, a group that has sued for the records, said that "
            "the damage is done.",
            "the damage is done",
            "Tom Varga",
        ),
        (
            "Jonas Berg — a teacher from Port Elden — says the endorsement was a big deal.",
            "the endorsement was a big deal",
            "Jonas Berg",
        ),
        (
            "Mr. Lindqvist, a Conservative who described himself as a former sailor, said he recoiled at the attack.",
            "he recoiled at the attack",
            "Lindqvist",
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
        "The line was cut.\n\n''It's a long, tiring watch and hard to get through,'' Mira Holm, the admiral's "
        "chief of staff, said in an interview. ''We also had to rotate the crews.''"
    )
    quote = only(quotes(text))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Mira Holm"
    assert quote.text == "It's a long, tiring watch and hard to get through We also had to rotate the crews."
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But opponents say the rapid base closure will push families out of the region.", "opponents"),
        ("About 7 percent said they backed neither plan.", "About 7 percent"),
        ("In the survey, 1,312 reservists said they wanted a shorter tour.", "1,312 reservists"),
        ("Her aides and allies say the minister will tour the bases next month.", "Her aides and allies"),
        ("Nearly eight out of 10 say the fleet needs new ships.", "Nearly eight out of 10"),
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
    text = "She served.\n\n“Her answer has been, ‘Do you see what is going on?’” Marsh told reporters during the call."
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.text) == ("direct", "Marsh")
    assert quote.text == "Her answer has been, ‘Do you see what is going on?’"


def test_quote_ending_a_sentence_then_a_statement_of_its_own(quotes):
    text = "“We will win.” Salo said the polls were wrong."
    quote = only(quotes(text))
    assert (quote.kind, quote.text) == ("indirect", "the polls were wrong")


def test_two_spaces_after_a_full_stop_end_the_sentence(quotes):
    text = "Varga rejected the idea.  “We know that she can’t be trusted. Are you saying otherwise?” Varga said."
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in found] == ["We know that she can’t be trusted. Are you saying otherwise?"]


def test_said_the_unlisted_noun_after_a_quote(quotes):
    text = '"It\'s hard enough to come back to the base," said the mechanic, who works for another contractor.'
    quote = only(quotes(text))
    assert quote.speaker.text.startswith("the mechanic")


@pytest.mark.parametrize(
    "text",
    [
        "The plan is only possible because of its budget, said Ellen Marsh.",
        "The plan is only possible because of its budget, said Ellen Marsh, the ministry's outreach director.",
        "They ''actually trusted each other,''  said Peter J. Lind.",
    ],
)
def test_said_then_the_speaker_after_a_comma(quotes, text):
    quote = only(quotes(text))
    assert quote.speaker.name in {"Ellen Marsh", "Peter J. Lind"}
    assert quote.text.startswith(("The plan is only possible", "They"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Human rights advocates said the verdict has made the inquiry urgent.", "Human rights advocates"),
        ("Salo's associates said he has no plans to stand again.", "Salo's associates"),
        ("Nearly half said they prefer a commander with combat experience.", "Nearly half"),
    ],
)
def test_more_plural_subjects(quotes, text, speaker):
    assert only(quotes(text)).speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Polls show Salo up by 8 points in the next contest.",
            "Salo up by 8 points in the next contest",
            "Polls",
        ),
        (
            "Council races in Tartu and Narva are all close, a Baltic University poll shows.",
            "Council races in Tartu and Narva are all close",
            "a Baltic University poll",
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
    text = "The crowd laughed.  “What sort of crowd have we got here?” Salo asked, looking pleased. “What have we got?”"
    quote = only(quotes(text))
    assert quote.speaker.text == "Salo"
    assert quote.text == "What sort of crowd have we got here? What have we got?"


def test_speaker_after_an_opening_adverbial(quotes):
    text = (
        "In a statement released Thursday, Rep. Jane Roe reacted to the news, saying: "
        "“The attacker should be in prison.”"
    )
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name) == ("direct", "Jane Roe")


def test_capitalised_preposition_is_no_speaker(quotes):
    found = quotes("In describing the admiral, Varga said he sees a man without doubts.")
    assert [q.speaker.text for q in found] == ["Varga"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She sharpened her attack on Tuesday, telling CNN that Salo is a fraud.", "Salo is a fraud"),
        (
            "General Ray Holt told a packed mess hall at a barracks in downtown Tallinn that he is not giving up.",
            "he is not giving up",
        ),
        ("Anna Lind wrote in a Harbour Times op-ed that she drafted the remarks.", "she drafted the remarks"),
    ],
)
def test_listeners_and_places_before_that(quotes, text, content):
    assert only(quotes(text)).text == content


def test_direct_quote_then_title_and_name_between_commas(quotes):
    text = 'It was his response.\n\n"Will he resign?" the likely nominee, Maria Salo, tweeted Sunday afternoon.'
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name) == ("direct", "Maria Salo")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In 2019, Narva had 115 reported border incidents — according to the latest figures from the coast guard.",
            "In 2019, Narva had 115 reported border incidents",
        ),
        (
            "Salo leads Varga by 40 seats according to a tally kept by the election office.",
            "Salo leads Varga by 40 seats",
        ),
    ],
)
def test_according_to_after_a_dash_or_no_comma(quotes, text, content):
    assert only(quotes(text)).text == content


def test_quote_opened_in_reported_speech_runs_over_sentences(quotes):
    text = (
        "Holt told the panel that “I believe the militia would have split. They would have run at the first shot,” "
        "he said."
    )
    quote = only(quotes(text))
    assert quote.text.endswith("They would have run at the first shot,”")


def test_participle_inside_a_quote_does_not_end_the_clause(quotes):
    text = "He said that “they are going to villages, showing videos of the fighting to recruit.”"
    assert only(quotes(text)).text.endswith("to recruit.”")


def test_programme_title_in_the_attribution_is_not_part_of_the_quote(quotes):
    text = (
        'He is showing up.\n\n"Maria Salo is a fraud," Varga said Sunday on NBC\'s "Meet the Press." '
        '"She has spent her career putting her donors first."'
    )
    quote = only(quotes(text))
    assert quote.text == "Maria Salo is a fraud She has spent her career putting her donors first."


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
    text = '"They just don’t understand the navy," said Capt. Erik Lund, who said he would not re-enlist.'
    second = quotes(text)[1]
    assert (second.text, second.speaker.name) == ("he would not re-enlist", "Erik Lund")


def test_share_of_ten_as_subject(quotes):
    assert only(quotes("About four in 10 said a smaller army would be better.")).speaker.text == "About four in 10"


def test_closing_mark_after_a_space_closes_the_quote(quotes):
    text = (
        "Two realities.\n\n\"If you lose, you shake someone's hand and say, 'Well done,' \" said Rep. Diane Moss. "
        '"If you feel cheated, it is hard to do that."'
    )
    quote = only(quotes(text))
    assert (quote.kind, quote.speaker.name, len(quote.parts)) == ("direct", "Diane Moss", 2)


def test_subject_after_an_opening_amid(quotes):
    text = "Amid the uproar, The Courier’s Matt Berg weighed in, saying the candidate had lost his way."
    assert only(quotes(text)).speaker.text == "The Courier’s Matt Berg"


@pytest.mark.parametrize(
    "text",
    [
        "Most coastal states that will hold drills March 1 have large naval bases.",
        "The attacks on the airport changed the campaign.",
        "She thought it meant she would be next in line for command.",
    ],
)
def test_nouns_and_narrated_thoughts_are_no_cues(quotes, text):
    assert quotes(text) == []


def test_quoted_sentence_after_said_goes_on_the_statement(quotes):
    text = (
        'Salo and her team are "rapidly learning how a war cabinet works," Varga said. '
        '"It needs a very different kind of discipline."'
    )
    quote = only(quotes(text))
    assert quote.speaker.text == "Varga"
    assert [text[s:e] for s, e in quote.parts][1] == "It needs a very different kind of discipline."


def test_quoted_sentence_with_a_speaker_of_its_own_stays_apart(quotes):
    text = (
        'Salo and her team are "rapidly learning how a war cabinet works," Varga said. '
        '"It needs a very different kind of discipline," Moss said.'
    )
    assert sorted(len(q.parts) for q in quotes(text)) == [1, 1]


def test_statement_resuming_with_and_after_the_speaker(quotes):
    text = "He had no record of extremist ties, the army added, and had passed all security checks."
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts] == [
        "He had no record of extremist ties",
        "and had passed all security checks",
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Varga claims he's owed $2 million.", "he's owed $2 million"),
        (
            "Holt also suggested Western politicians don't fully understand the region.",
            "Western politicians don't fully understand the region",
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
    assert only(quotes("Varga asked why the contractor had been allowed to keep its money.")).text == (
        "why the contractor had been allowed to keep its money"
    )
    assert quotes("Varga asked the contractor to keep its money.") == []


def test_participle_takes_the_sentence_subject_not_the_words_after_it(quotes):
    text = "Salo attacked Varga, saying he would appoint judges who would overturn the ruling."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("he would appoint judges who would overturn the ruling", "Salo")


def test_two_word_object_of_an_object_cue(quotes):
    quote = only(quotes("A Labour committee aide blasted the statement."))
    assert (quote.text, quote.speaker.text) == ("the statement", "A Labour committee aide")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A recent survey of Labour insiders shows that Salo could lose 12 seats.",
            "A recent survey of Labour insiders",
        ),
        (
            "The poll, released on Wednesday by the Baltic Policy Institute, showed Salo leading by two points.",
            "The poll, released on Wednesday by the Baltic Policy Institute",
        ),
    ],
)
def test_finding_source_described_after_its_head(quotes, text, source):
    assert only(quotes(text)).speaker.text == source


def test_video_described_after_its_head_states_no_finding(quotes):
    assert quotes("A video of the drill shows her gripping the controls.") == []


def test_object_ends_before_an_adjunct_clause(quotes):
    found = quotes("He attacked Mr. Varga's business record after Mrs. Varga accused him of sexism.")
    assert [(q.text, q.speaker.text) for q in found] == [
        ("Mr. Varga's business record", "He"),
        ("him of sexism", "Mrs. Varga"),
    ]


def test_direct_quote_resumed_after_an_adjunct_of_its_attribution(quotes):
    text = '"To the extent they care," he said of the unions, "I\'m sure I have upset all of them."'
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts] == ["To the extent they care", "I'm sure I have upset all of them."]


def test_and_said_after_a_described_subject(quotes):
    text = "Gary Lund, a former regional party chairman, joined the council and said he now favours Salo."
    assert only(quotes(text)).speaker.name == "Gary Lund"


def test_according_to_after_a_closing_quotation_mark(quotes):
    text = 'The visit became "the high point of the alliance," according to Mr. Lind.'
    quote = only(quotes(text))
    assert (quote.text.startswith("The visit became"), quote.speaker.text) == (True, "Mr. Lind")


def test_statement_named_by_a_noun_after_its_possessor(quotes):
    text = "Varga said he would build a fence. The plan rests on his claim that the fence would be paid by the allies."
    quote = only([q for q in quotes(text) if q.cue == "claim"])
    assert (quote.text, quote.speaker.text, quote.speaker.name) == (
        "the fence would be paid by the allies",
        "his",
        "Varga",
    )


def test_noun_without_a_possessor_names_no_statement(quotes):
    assert quotes("The claim that the plan would fail was wrong.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("This is not about me, President Salo told the crowd.", "This is not about me"),
        ("President Salo told the crowd this is not about me.", "this is not about me"),
    ],
)
def test_crowd_as_a_listener(quotes, text, content):
    assert only(quotes(text)).text == content


def test_direct_quote_after_and_said_takes_the_sentence_subject(quotes):
    quote = only(quotes('Mrs. Varga shook her head and said, "No, I will not."'))
    assert (quote.kind, quote.speaker.text) == ("direct", "Mrs. Varga")


def test_counted_time_after_the_cue_is_an_adjunct(quotes):
    assert only(quotes("Salo said two weeks ago the plan would fail.")).text == "the plan would fail"


def test_quoted_sentence_after_said_and_an_adjunct_goes_on_the_statement(quotes):
    text = (
        'Still, shipyards are "just scraping by," Mr. Dahl said from his office in Gdansk. '
        '"Shipbuilding runs on thin margins."'
    )
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts][-1] == "Shipbuilding runs on thin margins."


def test_second_statement_by_a_share_of_voters(quotes):
    text = "Six in 10 voters said Salo is honest and capable, and three-quarters said the same of Varga."
    assert quotes(text)[0].text == "Salo is honest and capable"


def test_name_after_an_unread_description_is_the_speaker(quotes):
    text = "One delegate not on the Varga slate, Kelly Lund, told POLITICO she would back Varga."
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == ("she would back Varga", "Kelly Lund")
    assert_offsets(text, quote)


def test_listener_after_told_is_no_speaker_of_the_words_before(quotes):
    found = quotes("Another delegate, a retired teacher, told POLITICO she would back Salo.")
    assert all("POLITICO" not in q.speaker.text for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Salo on Monday said she would build a fence.", "Maria Salo"),
        ("Varga this week said he would win the district.", "Varga"),
        ("Dahl, who backed Anna Lind in the primaries, last week said Salo was building a media empire.", "Dahl"),
    ],
)
def test_time_between_subject_and_verb_is_no_part_of_the_speaker(quotes, text, speaker):
    found = only(quotes(text)).speaker
    assert found.name == speaker
    assert not found.text.endswith(("Monday", "week"))


def test_content_ends_before_but_he_going_on_about_the_speaker(quotes):
    text = "Mr. Smith said Mr. Varga had not yet won his trust, but he spoke fondly of the old days."
    assert only(quotes(text)).text == "Mr. Varga had not yet won his trust"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Dahl said much of his meeting with Salo was about Ukraine.",
            "much of his meeting with Salo was about Ukraine",
        ),
        ("He said little of substance about the plan.", None),
    ],
)
def test_much_of_opens_a_clause_only_before_a_verb(quotes, text, content):
    found = quotes(text)
    assert [q.text for q in found] == ([content] if content else [])


def test_however_between_subject_and_verb(quotes):
    quote = only(quotes("Holt however said he would accept Japan's role in the network."))
    assert (quote.text, quote.speaker.text) == ("he would accept Japan's role in the network", "Holt")
