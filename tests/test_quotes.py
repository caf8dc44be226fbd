"""patrolx_quotes: direct quotes, reported speech, and what is not a quote."""

from __future__ import annotations

import pytest
import spacy

import patrolx
from patrolx.extensions import SPAN_KEYS

from .conftest import blank_with


def only(found):
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def assert_offsets(text, quote):
    assert quote.text == " ".join(text[start:end] for start, end in quote.parts)
    assert quote.start == quote.parts[0][0] and quote.end == quote.parts[-1][1]
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


# --- direct quotes -----------------------------------------------------------


def test_curly_quote_with_speaker_after(quotes):
    text = "“The frigate kept a safe distance at all times,” the navy spokesman said."
    quote = only(quotes(text))
    assert (quote.kind, quote.cue, quote.speaker.text) == ("direct", "said", "the navy spokesman")
    assert quote.text == "The frigate kept a safe distance at all times"
    assert_offsets(text, quote)


def test_straight_quotes_and_speaker_after_the_cue(quotes):
    text = 'The patrol ended at dawn.\n\n"Our pilots did their job," said Col. Anna Berg.'
    quote = only(quotes(text))
    assert quote.kind == "direct"
    assert quote.text == "Our pilots did their job"
    assert quote.speaker.name == "Anna Berg"


def test_quote_after_a_colon(quotes):
    text = "The coast guard said in a statement: “Two patrol boats shadowed the vessel until nightfall.”"
    quote = only(quotes(text))
    assert quote.kind == "direct"
    assert quote.text.startswith("Two patrol boats shadowed")
    assert quote.speaker.text == "The coast guard"


def test_quote_split_by_attribution_and_comma_is_one_quote(quotes):
    text = "“The drones came in low,” the colonel said, “and left before our jets arrived.”"
    quote = only(quotes(text))
    assert len(quote.parts) == 2
    assert quote.text == "The drones came in low and left before our jets arrived."
    assert_offsets(text, quote)


def test_quote_split_by_attribution_and_full_stop_is_one_quote(quotes):
    text = '"We counted nine aircraft," the officer said. "Two of them were tankers."'
    quote = only(quotes(text))
    assert len(quote.parts) == 2
    assert quote.text.endswith("Two of them were tankers.")


def test_next_quote_with_its_own_speaker_is_separate(quotes):
    text = '"We are watching," the general said. "So are we," the admiral said.'
    found = quotes(text)
    assert [q.speaker.text for q in found] == ["the general", "the admiral"]


def test_quote_running_over_paragraphs(quotes):
    text = (
        'A pilot who flew the mission said: "We met the bombers over the sea and stayed with them.\n\n'
        '"They turned back after an hour."'
    )
    quote = only(quotes(text))
    assert len(quote.parts) == 2
    assert quote.text.endswith("They turned back after an hour.")
    assert quote.speaker.title == "pilot"


def test_quote_of_several_sentences(quotes):
    text = "“The flight was routine. Nothing was violated. We will keep watching,” the spokeswoman said."
    quote = only(quotes(text))
    assert quote.text.count(".") == 2
    assert quote.speaker.text == "the spokeswoman"


def test_paragraph_of_quote_after_a_quote_keeps_the_speaker(quotes):
    text = "“We saw six bombers,” the pilot said.\n\n“It was a long day for everyone.”"
    found = quotes(text)
    assert len(found) == 2
    assert found[1].speaker.text == "the pilot"


def test_question_and_other_cues(quotes):
    quote = only(quotes('"Why fly so close?" the captain asked.'))
    assert quote.cue == "asked"
    assert quote.text == "Why fly so close?"


def test_headline_single_quotes(quotes):
    quote = only(quotes("‘We will not be intimidated,’ says Estonian defence chief\n\nThe jets landed."))
    assert quote.kind == "direct"
    assert quote.text == "We will not be intimidated"
    assert quote.speaker.text == "Estonian defence chief"
    assert quote.speaker.country == "EST"


# --- not quotes ---------------------------------------------------------------


def test_scare_quotes_are_not_quotes(quotes):
    assert quotes("The two navies call it a “friendship cruise” and hold it every summer.") == []


def test_exercise_names_and_titles_are_not_quotes(quotes):
    assert quotes("“Northern Shield” drills began on Monday near the coast.") == []
    assert quotes('His memoir, "Wings Over the Tundra," was published last year.') == []


def test_apostrophes_are_not_quote_marks(quotes):
    text = "The sailors’ families were told the crew was safe. Norway’s navy said the submarine’s hull was intact."
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.speaker.text == "Norway’s navy"
    assert quote.text == "the submarine’s hull was intact"


def test_odd_number_of_quote_marks(quotes):
    text = 'He said "the radar failed. The army said the drones were shot down.\n\nThe base reopened.'
    found = quotes(text)
    army = [q for q in found if q.speaker.text == "The army"]
    assert army and army[0].text == "the drones were shot down"


def test_partial_quote_inside_reported_speech(quotes):
    text = "The minister said the flights were “unacceptable” and would be protested."
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text == "the flights were “unacceptable” and would be protested"


def test_embedded_quote_with_speaker_is_reported_speech(quotes):
    text = "The air force will keep up patrols and respond “firmly and calmly,” the minister stated."
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text.startswith("The air force will keep up patrols")


def test_boilerplate_is_skipped(quotes):
    assert quotes("The jets landed.\n\nREAD MORE: Navy says drones were spotted near the base") == []


def test_a_verb_that_takes_an_object_is_not_speech(quotes):
    assert quotes("The ministry confirmed the flights over the strait.") == []


# --- reported speech ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ministry said two bombers flew over the strait.", "two bombers flew over the strait", "The ministry"),
        ("The navy said that two jets flew over the strait.", "two jets flew over the strait", "The navy"),
        ("Two bombers flew over the strait, the ministry said.", "Two bombers flew over the strait", "the ministry"),
        ("Two bombers flew over the strait, said the ministry.", "Two bombers flew over the strait", "the ministry"),
        ("The admiral told reporters the ships would stay.", "the ships would stay", "The admiral"),
        ("The admiral told Reuters that the ships would stay.", "the ships would stay", "The admiral"),
        ("The admiral told a news conference the ships would stay.", "the ships would stay", "The admiral"),
        ("According to the navy, the ships would stay for a week.", "the ships would stay for a week", "the navy"),
        ("The ships would stay for a week, according to the navy.", "The ships would stay for a week", "the navy"),
        ("The navy confirmed that the ships would stay.", "the ships would stay", "The navy"),
        ("The navy denied that its ships had entered the zone.", "its ships had entered the zone", "The navy"),
        ("The envoy warned that the talks could collapse.", "the talks could collapse", "The envoy"),
        (
            "An officer was quoted as saying the radar had been jammed.",
            "the radar had been jammed",
            "An officer",
        ),
        ("In a statement, the army said the drones were destroyed.", "the drones were destroyed", "the army"),
        ("The army said on Friday that the drones were destroyed.", "the drones were destroyed", "The army"),
        ("The army said Friday the drones were destroyed.", "the drones were destroyed", "The army"),
        ("Seoul has repeatedly argued that the zone is legal.", "the zone is legal", "Seoul"),
        ("Manila, for its part, insists that the reef is its own.", "the reef is its own", "Manila"),
        ("Local sources say, however, that the flights are frequent.", "the flights are frequent", "Local sources"),
        ("The navy separately announced that it had ended the drill.", "it had ended the drill", "The navy"),
    ],
)
def test_reported_speech(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_adding_that_is_a_second_statement_by_the_same_speaker(quotes):
    text = "The jets left the zone after an hour, the ministry said, adding that no shots were fired."
    first, second = quotes(text)
    assert first.text == "The jets left the zone after an hour"
    assert second.text == "no shots were fired"
    assert second.speaker.text == first.speaker.text == "the ministry"


def test_said_and_added_that_split_into_two_statements(quotes):
    text = "The general said the radar tracked the jets, and added that the pilots were safe."
    first, second = quotes(text)
    assert first.text == "the radar tracked the jets"
    assert second.text == "the pilots were safe"
    assert second.speaker.text == "The general"


def test_direct_quote_then_adding_that(quotes):
    text = "“We stayed calm,” the pilot said, adding that the bomber never answered the radio."
    direct, indirect = quotes(text)
    assert direct.kind == "direct" and indirect.kind == "indirect"
    assert indirect.text == "the bomber never answered the radio"
    assert indirect.speaker.text == "the pilot"


def test_relative_clause_reporting(quotes):
    text = "The navy confirmed the patrol, which it said lasted nine hours."
    quote = only(quotes(text))
    assert quote.text == "which lasted nine hours"  # the relative word stands for the subject
    assert quote.speaker.text == "it"


def test_according_to_after_a_reported_clause_is_not_a_second_quote(quotes):
    text = "The jets returned to base, the ministry said, according to the local newspaper."
    quote = only(quotes(text))
    assert quote.speaker.text == "the ministry"


def test_split_quote_with_cue_before_speaker(quotes):
    text = "“We saw them coming,” said the squadron leader, “and we were ready.”"
    quote = only(quotes(text))
    assert len(quote.parts) == 2
    assert quote.speaker.text == "the squadron leader"


def test_split_quote_with_time_after_the_cue(quotes):
    text = '"The flight was long," the official said on Tuesday. "It was also provocative."'
    quote = only(quotes(text))
    assert quote.text == "The flight was long It was also provocative."


def test_attribution_ending_the_previous_paragraph(quotes):
    quote = only(quotes("The pilot said:\n\n“We were escorted the whole way.”"))
    assert quote.kind == "direct"
    assert quote.speaker.text == "The pilot"


def test_cue_right_before_the_quote(quotes):
    quote = only(quotes('He said "we will respond in kind."'))
    assert quote.kind == "direct"
    assert quote.text == "we will respond in kind."


def test_single_quotes_in_running_text(quotes):
    quote = only(quotes("The corporal said: 'We were ready for anything.'"))
    assert quote.kind == "direct"
    assert quote.text == "We were ready for anything."


def test_quoted_as_saying_with_the_speaker_inside(quotes):
    quote = only(quotes("Interfax quoted a navy spokesman as saying that the cruiser had returned to port."))
    assert quote.speaker.text == "a navy spokesman"
    assert quote.text == "the cruiser had returned to port"


def test_was_quoted_by_an_outlet_as_saying(quotes):
    quote = only(quotes("The commander was quoted by a local paper as saying the flight was routine."))
    assert quote.speaker.text == "The commander"
    assert quote.text == "the flight was routine"


def test_content_before_a_cue_with_citing(quotes):
    quote = only(quotes("The frigates returned to port, Interfax reported citing a naval source."))
    assert quote.text == "The frigates returned to port"
    assert quote.speaker.text == "Interfax"


def test_as_the_speaker_said(quotes):
    quote = only(quotes("As the admiral said last week, the strait is open to all shipping."))
    assert quote.text == "the strait is open to all shipping"
    assert quote.speaker.text == "the admiral"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not say how long the aircraft stayed.",
        "The embassy declined to say whether the attaché was recalled.",
        "The crew was told to leave the area at once.",
        "That said, the two navies still train together every year.",
    ],
)
def test_no_statement(quotes, text):
    assert quotes(text) == []


def test_headline_statement_repeated_in_the_story_is_reported_once(quotes):
    text = (
        "Norway says Russian bombers neared its airspace\n\n"
        "Norway's military said two Russian bombers neared its airspace on Monday before turning back."
    )
    quote = only(quotes(text))
    assert quote.speaker.text == "Norway's military"


def test_headline_statement_not_repeated_is_kept(quotes):
    text = "Norway says jets were scrambled twice\n\nThe bombers flew along the coast for hours."
    quote = only(quotes(text))
    assert quote.text == "jets were scrambled twice"


@pytest.mark.parametrize("text", ["", "“", '"""', "‘’", "said", "according to", '" he said "', "\n\n“\n\n”\n"])
def test_degenerate_texts_do_not_fail(quotes, text):
    assert isinstance(quotes(text), list)


def test_quoted_name_opening_a_sentence_is_not_a_quote(quotes):
    text = "“Borderless” cooperation between the two air forces has grown since 2019, officials said."
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text.startswith("“Borderless” cooperation")


def test_and_said_after_another_verb_shares_the_sentence_subject(quotes):
    text = "Danish Defence Minister Lars Holm called the flight “reckless” and said Copenhagen would protest."
    called, said = quotes(text)
    assert called.text == "the flight “reckless”"
    assert said.text == "Copenhagen would protest"
    assert called.speaker.name == said.speaker.name == "Lars Holm"


def test_component_alone_on_a_blank_pipeline():
    nlp = blank_with("patrolx_quotes")
    doc = nlp("“The radar saw nothing,” the sergeant said.")
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    assert span._.patrolx_fact.speaker.text == "the sergeant"


def test_user_pattern_files_add_cues(tmp_path):
    (tmp_path / "quote_cues.jsonl").write_text('{"label": "THAT", "pattern": "recounted", "id": "recount"}\n')
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_quotes", config={"pattern_dirs": [str(tmp_path)]})
    doc = nlp("The pilot recounted that the bomber flew without lights.")
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    assert span._.patrolx_fact.text == "the bomber flew without lights"
    assert span._.patrolx_fact.cue == "recounted"


def test_attribution_inside_the_statement(quotes):
    quote = only(quotes("The bombers, the ministry said, flew for seven hours over the sea."))
    assert quote.parts and len(quote.parts) == 2
    assert quote.text == "The bombers flew for seven hours over the sea"


def test_cue_word_as_the_speaker_noun(quotes):
    quote = only(quotes("Local media reports said the drones were launched from a ship."))
    assert quote.speaker.text == "Local media reports"
    assert quote.text == "the drones were launched from a ship"


def test_according_to_a_ranked_officer(quotes):
    quote = only(quotes("According to Lt. Col. Ian Reed, the jets left at noon."))
    assert quote.speaker.name == "Ian Reed"
    assert quote.text == "the jets left at noon"


def test_headline_speaker_and_colon(quotes):
    found = quotes('Putin: "We will respond"\n\nPhoto: "Bear" bombers over the sea')
    quote = only(found)
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "We will respond", "Putin")


def test_quoted_name_after_a_comma_inside_reported_speech(quotes):
    quote = only(quotes('The ministry said the drills, "Pacific Shield," would last a week.'))
    assert quote.kind == "indirect"
    assert quote.text.startswith("the drills")


@pytest.mark.parametrize(
    "text",
    [
        "The general told the pilots to turn back.",
        "The jets continued their flight south.",
        "The navy recalled its ships to port.",
        "The ministry posted a video of the intercept.",
        "The commander asked the crews to stay alert.",
    ],
)
def test_verbs_with_objects_are_not_statements(quotes, text):
    assert quotes(text) == []


def test_told_a_pronoun_listener(quotes):
    quote = only(quotes("The colonel told them the base was closed."))
    assert quote.text == "the base was closed"


def test_direct_quote_according_to(quotes):
    quote = only(quotes("“The patrol will continue through the winter,” according to a navy statement."))
    assert quote.kind == "direct"
    assert quote.speaker.text == "a navy statement"


# --- names holding cue words, datelines -----------------------------------------


def test_country_name_holding_a_cue_word_speaks(quotes):
    quote = only(quotes("The United States said the patrols were destabilising."))
    assert (quote.text, quote.speaker.text, quote.speaker.country) == (
        "the patrols were destabilising",
        "The United States",
        "USA",
    )


def test_country_name_holding_a_cue_word_before_a_relative_clause(quotes):
    text = "The United States, which is bound by law to help its ally, said the patrols were destabilising."
    quote = only(quotes(text))
    assert quote.speaker.text.startswith("The United States")
    assert quote.speaker.affiliation == "United States"
    assert quote.text == "the patrols were destabilising"


def test_capitalised_cue_word_inside_a_name_is_not_a_cue(quotes):
    quote = only(quotes("The Weekly Reports desk said the frigate was new."))
    assert quote.cue == "said"
    assert quote.speaker.text == "The Weekly Reports desk"


def test_title_case_headline_cue(quotes):
    quote = only(quotes("Norway Says Bombers Neared Its Coast\n\nThe jets landed at noon."))
    assert quote.speaker.text == "Norway"
    assert quote.text == "Bombers Neared Its Coast"


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, Feb. 3 (AP) — ",
        "OSLO (Reuters) - ",
        "OSLO, Norway — ",
        "OSLO, Feb. 3 — ",
        "Oslo, Feb. 3 (Yonhap) -- ",
        "OSLO, Feb. 3 (AFP)—",
        "OSLO (AFP)— ",
        "OSLO —",
        "OSLO, June 5. /NTB/. ",
        "OSLO, June 5 /NTB/ - ",
    ],
)
def test_reported_content_starts_after_the_dateline(quotes, dateline):
    text = dateline + "Two patrol aircraft circled the islands for hours, the coast guard said."
    quote = only(quotes(text))
    assert quote.text == "Two patrol aircraft circled the islands for hours"
    assert_offsets(text, quote)


def test_direct_quote_right_after_a_dateline_starts_the_statement(quotes):
    quote = only(quotes('OSLO (AP) — "We tracked them all night," the spokesman said.'))
    assert (quote.kind, quote.text) == ("direct", "We tracked them all night")


def test_hyphenated_opening_is_no_dateline(quotes):
    quote = only(quotes("NATO-Russia contacts were cut, the alliance said."))
    assert quote.text == "NATO-Russia contacts were cut"


def test_ranks_with_abbreviation_dots_stay_in_the_speaker(quotes):
    quote = only(quotes("Navy spokesperson Rear Adm. Jon Hale told reporters that the ships were safe."))
    assert quote.speaker.text == "Navy spokesperson Rear Adm. Jon Hale"
    assert quote.speaker.name == "Jon Hale"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The paper reported the frigate was damaged.", "the frigate was damaged"),
        ("The navy confirmed two jets had entered the zone.", "two jets had entered the zone"),
        ("The ministry announced the drills would begin on Monday.", "the drills would begin on Monday"),
    ],
)
def test_that_verbs_with_a_clause_and_no_that(quotes, text, content):
    assert only(quotes(text)).text == content


@pytest.mark.parametrize(
    "text",
    [
        "The ministry reported the incident to the embassy, which was closed.",
        "The coast guard confirmed the sighting on Monday.",
    ],
)
def test_that_verbs_with_an_object_are_not_speech(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(("joiner", "cue"), [(", adding:", "adding"), (", and added:", "added")])
def test_quote_after_adding_is_a_second_statement(quotes, joiner, cue):
    text = f"“The airspace is ours,” he said{joiner} “We will defend it.”"
    first, second = quotes(text)
    assert (first.kind, first.text, first.cue) == ("direct", "The airspace is ours", "said")
    assert (second.kind, second.text, second.cue, second.speaker.text) == ("direct", "We will defend it.", cue, "he")


def test_participle_cue_after_a_statement(quotes):
    text = "The ministry said the bombers flew for eight hours, noting that they never entered its airspace."
    first, second = quotes(text)
    assert first.text == "the bombers flew for eight hours"
    assert (second.text, second.speaker.text) == ("they never entered its airspace", "The ministry")


def test_headline_quote_with_a_vow(quotes):
    quote = only(quotes("‘We will defend every inch,’ Latvian president vows\n\nThe jets landed."))
    assert (quote.text, quote.cue) == ("We will defend every inch", "vows")
    assert (quote.speaker.title, quote.speaker.country) == ("president", "LVA")


@pytest.mark.parametrize("joiner", ["while", "but", "and"])
def test_two_statements_with_their_own_speakers_in_one_sentence(quotes, joiner):
    text = f"The army said two tanks had moved, {joiner} the navy said the frigates would stay in port."
    first, second = quotes(text)
    assert (first.text, first.speaker.text) == ("two tanks had moved", "The army")
    assert (second.text, second.speaker.text) == ("the frigates would stay in port", "the navy")


def test_statement_inside_a_relative_clause(quotes):
    quote = only(quotes("The drill, which the navy said would last five days, began on Monday."))
    assert (quote.text, quote.speaker.text) == ("which would last five days", "the navy")


def test_participle_after_the_attribution_is_a_second_statement(quotes):
    # 'calling it a reckless move' characterizes, like 'called the move regrettable': a statement of its own
    text = "A jet flew within six metres of the plane, the ministry said, calling it a reckless move."
    first, second = quotes(text)
    assert first.text == "A jet flew within six metres of the plane"
    assert (second.text, second.cue, second.speaker.text) == ("it a reckless move", "calling", "the ministry")


def test_long_relative_clause_between_speaker_and_cue(quotes):
    text = (
        "A senior defence official, who spoke on condition of anonymity because he was not allowed "
        "to brief the press, said the flight was timed to match the visit."
    )
    quote = only(quotes(text))
    assert quote.speaker.text == "A senior defence official"
    assert quote.text == "the flight was timed to match the visit"


def test_quote_resumed_after_an_attribution_with_a_participle(quotes):
    text = "“We oppose this firmly,” Lin said, referring to the transit. “It undermines peace.”"
    quote = only(quotes(text))
    assert quote.text == "We oppose this firmly It undermines peace."
    assert len(quote.parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The ship, known as the “Iron Duke,” sailed on Monday.",
        "The destroyer “Admiral Kuz” joined the group.",
        "Its “wolf warrior” diplomats have become more assertive.",
        "The report, titled “Dragon's Reach,” was published in May.",
        "The operation, code-named “Northern Wind”, involved 40 ships.",
        "“Red Flag” exercises were held in the north.",
        "The pilots were told to “hold position” until further notice.",
    ],
)
def test_names_titles_and_scare_quotes_mid_sentence(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Interfax, citing a naval source, reported that the cruiser was refuelled at sea.",
        "Interfax, quoting a naval source, said the cruiser was refuelled at sea.",
    ],
)
def test_citing_between_commas_leaves_the_statement_to_the_verb(quotes, text):
    quote = only(quotes(text))
    assert (quote.speaker.text, quote.text) == ("Interfax", "the cruiser was refuelled at sea")


def test_but_said_after_a_negated_cue(quotes):
    quote = only(quotes("The army did not say how many tanks moved, but said the drill was routine."))
    assert (quote.speaker.text, quote.text) == ("The army", "the drill was routine")


def test_a_side_speaks(quotes):
    assert only(quotes("The Chinese side said the patrol was lawful.")).speaker.country == "CHN"


def test_a_statement_that_reads(quotes):
    quote = only(quotes("The ministry's statement read: “The violation is condemned in the strongest terms.”"))
    assert (quote.kind, quote.cue, quote.speaker.text) == ("direct", "read", "The ministry's statement")


def test_reading_a_document_is_not_a_statement(quotes):
    assert quotes("The crew read the checklist and took off.") == []


def test_headline_with_a_possessive_speaker_and_colon(quotes):
    quote = only(quotes("Latvia's defence ministry: ‘Russian jets crossed the border’\n\nThe jets left."))
    assert (quote.text, quote.speaker.country) == ("Russian jets crossed the border", "LVA")


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the patrols continue.",
        "A small plane, say a glider, can fly that route.",
        "The navy said nothing about the patrols.",
        "The army said so.",
        "Norway is said to have moved more jets north.",
        "The plane, said to be a tanker, flew south.",
        "What the navy said was unclear.",
    ],
)
def test_cue_words_that_report_nothing(quotes, text):
    assert quotes(text) == []


def test_said_little_opening_a_clause(quotes):
    assert only(quotes("The navy said little was known about the crash.")).text == "little was known about the crash"


def test_manner_of_speaking_cues_with_direct_quotes(quotes):
    quote = only(quotes("“Turn back now!” the captain shouted over the radio."))
    assert (quote.cue, quote.speaker.text) == ("shouted", "the captain")


def test_belief_reported_with_a_clause(quotes):
    quote = only(quotes("Analysts believed the jets were testing the radar network."))
    assert quote.text == "the jets were testing the radar network"


def test_reported_content_keeps_the_closing_mark_of_its_quoted_phrase(quotes):
    quote = only(quotes("The results “were worse than we feared,” says Jane Roe."))
    assert quote.kind == "indirect"
    assert quote.text == "The results “were worse than we feared,”"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told Norway's NRK radio the patrols would continue.",
        "The minister told state television the patrols would continue.",
        "The minister told ABC's “This Week” the patrols would continue.",
        "The minister told the Nordic Times in an interview the patrols would continue.",
        "The ministry said in a statement the patrols would continue.",
        "The ministry said on Telegram the patrols would continue.",
        "The ministry said in Oslo the patrols would continue.",
        "The ministry (which also runs the coast guard) said the patrols would continue.",
    ],
)
def test_listeners_and_adjuncts_before_the_reported_clause(quotes, text):
    quote = only(quotes(text))
    assert quote.text == "the patrols would continue"
    assert quote.speaker.text.startswith("The minist")


def test_citing_opening_the_sentence_leaves_the_statement_to_the_verb(quotes):
    quote = only(quotes("Citing a navy statement, NRK said the frigate returned."))
    assert (quote.speaker.text, quote.text) == ("NRK", "the frigate returned")


def test_according_to_with_a_reporting_verb_in_a_subordinate_clause(quotes):
    found = quotes("According to the navy, the frigate returned after the radar crews said the jets were gone.")
    assert found[0].speaker.text == "the navy"
    assert found[0].text.startswith("the frigate returned after")


def test_plural_possessive_inside_single_quotes(quotes):
    text = "The minister said: ‘Our pilots’ conduct was exemplary, and they didn’t hesitate.’"
    quote = only(quotes(text))
    assert quote.text == "Our pilots’ conduct was exemplary, and they didn’t hesitate."


def test_british_single_quotes_split_by_attribution(quotes):
    text = "‘The crews’ behaviour is reckless,’ said Ann Hale. ‘It won’t be tolerated.’"
    quote = only(quotes(text))
    assert quote.text == "The crews’ behaviour is reckless It won’t be tolerated."
    assert quote.speaker.name == "Ann Hale"


def test_single_quoted_plural_scare_quote_is_no_quote(quotes):
    assert quotes("The so-called ‘routine patrols’ were discussed at the summit.") == []


def test_speaker_after_the_cue_then_adding_that(quotes):
    first, second = quotes("The jets left after an hour, said Col. Ray Lee, adding that no shots were fired.")
    assert first.text == "The jets left after an hour"
    assert (second.text, second.speaker.name) == ("no shots were fired", "Ray Lee")


def test_without_after_the_attribution_is_not_part_of_the_statement(quotes):
    quote = only(quotes("Two drones were downed, the army said, without saying where they came from."))
    assert quote.text == "Two drones were downed"


def test_attribution_before_a_semicolon(quotes):
    quote = only(quotes("Radar tracked nine aircraft, the army said in its daily report; five crossed the line."))
    assert quote.text == "Radar tracked nine aircraft"


@pytest.mark.parametrize(
    "text",
    [
        "The navy added two frigates to the fleet last year.",
        "The navy added the newly refitted frigates to the fleet.",
        "The navy added the two refitted frigates to the fleet.",
    ],
)
def test_added_with_an_object_is_not_speech(quotes, text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The official added the bomber drill signalled a shift.", "the bomber drill signalled a shift"),
        ("He added the jets were unarmed.", "the jets were unarmed"),
        ("The jets were unarmed, he added.", "The jets were unarmed"),
    ],
)
def test_added_with_a_clause_is_speech(quotes, text, content):
    assert only(quotes(text)).text == content


def test_quoted_label_opening_a_headline(quotes):
    quote = only(quotes("‘Reckless’: Navy says a frigate cut across the convoy\n\nThe ships were safe."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", "a frigate cut across the convoy", "Navy")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The old frigates, according to the navy, sailed for a week.", "The old frigates sailed for a week"),
        ("Late on Monday, according to the navy, the frigates sailed.", "the frigates sailed"),
        ("According to the navy, which tracked them, the frigates sailed.", "the frigates sailed"),
        ("The frigates sailed at dawn, according to the navy, which tracked them.", "The frigates sailed at dawn"),
    ],
)
def test_according_to_in_the_middle_of_a_sentence(quotes, text, content):
    quote = only(quotes(text))
    assert (quote.text, quote.speaker.text) == (content, "the navy")


def test_statement_ends_before_but_and_another_cue(quotes):
    first, second = quotes("The navy said the frigates left the zone, but added that they might return.")
    assert first.text == "the frigates left the zone"
    assert (second.text, second.speaker.text) == ("they might return", "The navy")
    assert only(quotes("The navy said the frigates left, but did not say when.")).text == "the frigates left"


@pytest.mark.parametrize("tail", ["without elaborating", "without providing evidence", "without giving details"])
def test_statement_ends_before_without_elaborating(quotes, tail):
    assert only(quotes(f"Lund said the drones came from a ship, {tail}.")).text == "the drones came from a ship"


def test_without_inside_the_statement_stays(quotes):
    quote = only(quotes("The navy said the jets flew for hours, without entering its airspace."))
    assert quote.text == "the jets flew for hours, without entering its airspace"


def test_quote_after_a_dash_opens_a_statement(quotes):
    quote = only(quotes("The message was clear — “we will respond,” the minister said."))
    assert (quote.kind, quote.text) == ("direct", "we will respond")


def test_aside_between_dashes_before_that(quotes):
    quote = only(quotes("The minister said — in a rare public rebuke — that the flights were reckless."))
    assert quote.text == "the flights were reckless"


def test_quoted_name_between_dashes_is_no_quote(quotes):
    assert quotes("The drills — “Joint Sea” — began on Monday.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("An official who asked not to be named said the jets were armed.", "official"),
        ("A person who was briefed on the matter said the jets were armed.", "person"),
        ("A pilot who reported the sighting said the jets were armed.", "pilot"),
        ("An analyst who noted the pattern last year told Reuters the jets were armed.", "analyst"),
    ],
)
def test_cue_word_in_a_relative_clause_describing_the_speaker(quotes, text, title):
    quote = only(quotes(text))
    assert quote.text == "the jets were armed"
    assert quote.speaker.title == title


def test_reported_then_direct_after_adding(quotes):
    indirect, direct = quotes("He said the flights were “provocative,” adding: “We will respond.”")
    assert (indirect.kind, indirect.text) == ("indirect", "the flights were “provocative,”")
    assert (direct.kind, direct.text, direct.speaker.text) == ("direct", "We will respond.", "He")


def test_unclosed_quote_running_to_the_end_of_the_text(quotes):
    found = quotes("The pilot said: “We saw them. They were close.")
    assert [q.text for q in found] == ["We saw them."]


@pytest.mark.parametrize("date", ["on 3 May", "on May 3", "Tuesday"])
def test_dates_between_the_cue_and_the_clause(quotes, date):
    assert only(quotes(f"The navy said {date} the destroyer left port.")).text == "the destroyer left port"


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("The navy said “the patrol is over” and ships left.", "indirect", "“the patrol is over” and ships left"),
        ("The navy said “the drills” were over.", "indirect", "“the drills” were over"),
        ("The navy said “the patrol is over” on Monday.", "direct", "the patrol is over"),
        ("An analyst said “let us wait” when asked about the patrol.", "direct", "let us wait"),
    ],
)
def test_quote_right_after_the_cue_inside_a_longer_clause(quotes, text, kind, content):
    quote = only(quotes(text))
    assert (quote.kind, quote.text) == (kind, content)


def test_statement_ends_before_but_and_the_speakers_next_act(quotes):
    quote = only(quotes("The general said that “all options are open,” but gave no details."))
    assert quote.text == "“all options are open,”"


def test_participle_after_a_comma_is_not_an_attribution():
    text = "The drones, believed to be a TB-001 and a BZK-005, entered the area and later turned back, it said."
    facts = patrolx.extract(text)
    assert [(q.kind, q.text, q.speaker.text) for q in facts.quotes] == [
        ("indirect", "The drones, believed to be a TB-001 and a BZK-005, entered the area and later turned back", "it")
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The missile stayed for 39 seconds, Gen. Wieslaw Kukula, chief of the general staff, told reporters.",
            "Wieslaw Kukula",
            "Gen.",
        ),
        (
            "Jets were scrambled, John Smith, deputy defence minister, said on Monday.",
            "John Smith",
            "deputy defence minister",
        ),
    ],
)
def test_a_bare_title_between_commas_describes_the_named_speaker(text, name, title):
    quote = only(patrolx.extract(text).quotes)
    assert (quote.kind, quote.speaker.name, quote.speaker.title) == ("indirect", name, title)


# --- texts cut short ---------------------------------------------------------

CUT_SHORT_SOURCES = [
    "The ministry said in Tokyo that two bombers had flown over the strait.",
    "A spokesman told reporters on Friday, however, that the drills would go on.",
    '"We will respond," the defence minister said in a statement on Monday.',
    "Officials confirmed the patrol and denied its jets had entered the zone, the agency reported.",
    "According to the navy, the frigate was quoted by state media as saying it had shadowed the group.",
]


@pytest.mark.parametrize("source", CUT_SHORT_SOURCES)
def test_every_cut_of_an_attribution_is_read_without_error(nlp, source):
    # Feeds and truncated pages end anywhere: after a cue, inside an adjunct, before a closing mark.
    for token in nlp.make_doc(source):
        text = source[: token.idx + len(token)]
        doc = nlp(text)
        for key in SPAN_KEYS.values():
            for span in doc.spans[key] if key in doc.spans else []:
                fact = span._.patrolx_fact
                assert fact is None or text[fact.start : fact.end] == fact.text


@pytest.mark.parametrize("source", [*CUT_SHORT_SOURCES, "He called it “reckless” and said they would protest."])
@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_attributions_set_in_capitals_or_lower_case_are_read(nlp, source, case):
    # Headlines and wire alerts come in capitals; a joiner like "AND" is then capitalised too.
    text = case(source)
    doc = nlp(text)
    for span in doc.spans[SPAN_KEYS["quotes"]]:
        quote = span._.patrolx_fact
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_a_speaker_named_in_capitals_keeps_the_whole_name(quotes):
    quote = only(quotes('"WE WILL ANSWER," SAID THE CHIEF OF STAFF OF THE ARMY.'))
    assert quote.speaker.text == "THE CHIEF OF STAFF OF THE ARMY"


def test_speaker_after_the_cue_ends_before_its_time(quotes):
    direct = only(quotes('"The jets left the zone," said Gen. John Miller on Tuesday.'))
    reported = only(quotes("The jets left the zone on Monday, said Gen. John Miller on Tuesday."))
    for quote in (direct, reported):
        assert quote.speaker.text == "Gen. John Miller"
        assert quote.speaker.name == "John Miller"
    assert reported.text == "The jets left the zone on Monday"


def test_accusation_reports_its_object(quotes):
    quote = only(quotes("Japan accused China of provoking a crisis near the islands."))
    assert quote.text == "China of provoking a crisis near the islands"
    assert quote.cue == "accused"
    assert quote.speaker.country == "JPN"


def test_called_with_a_quoted_fragment(quotes):
    quote = only(quotes('The defence ministry called the move "extremely regrettable."'))
    assert quote.text.startswith('the move "extremely regrettable')
    assert quote.speaker.text == "The defence ministry"


def test_denial_with_a_pronoun_speaker_resolves_to_the_named_person(quotes):
    text = "Defense Minister Shinjiro Koizumi spoke on Tuesday. He denied that the jets had entered the zone."
    quote = only(quotes(text))
    assert quote.text == "the jets had entered the zone"
    assert quote.speaker.text == "He"
    assert quote.speaker.name == "Shinjiro Koizumi"


def test_belief_of_a_crowd_is_no_stated_position(quotes):
    text = "Many voters fear the war will spread. The ministry believes the drills will end soon."
    quote = only(quotes(text))
    assert quote.text == "the drills will end soon"


def test_headline_summary_verb_is_not_a_statement(quotes):
    text = 'Koizumi calls bomber flight "intimidation"\n\nThe minister spoke in Tokyo on Tuesday.'
    assert quotes(text) == []


def test_request_is_not_a_statement_but_a_question_is(quotes):
    assert quotes("The commander asked the crews to stay alert.") == []
    quote = only(quotes("The senator asked the admiral whether the patrol had been cancelled."))
    assert quote.text == "whether the patrol had been cancelled"  # (the listener is no part of it)


def test_verb_and_colon_before_a_quote(quotes):
    quote = only(quotes('The crowd cheered. Admiral Lee interjected: "So the patrol goes on?"'))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Lee"


def test_relative_who_takes_its_antecedent_and_its_own_clause(quotes):
    text = "Juanita Holm, who said the jets had crossed the line, spoke to reporters in Oslo."
    quote = only(quotes(text))
    assert quote.text == "the jets had crossed the line"
    assert quote.speaker.name == "Juanita Holm"


def test_headline_speaker_and_colon_report_the_rest_of_the_line(quotes):
    text = "Salo: Chinese drills are destroying any chance of talks.\n\nSenator Aino Salo spoke on Monday."
    quote = only(quotes(text))
    assert quote.kind == "indirect"
    assert quote.text == "Chinese drills are destroying any chance of talks"
    assert quote.speaker.name == "Aino Salo"


def test_a_label_before_a_colon_is_no_speaker(quotes):
    assert quotes("Published: March 3, 2021 at noon\n\nThe jets left.") == []


def test_any_short_subject_of_said(quotes):
    quote = only(quotes("The heads of both shipyards told reporters the frigates would be late."))
    assert quote.text == "the frigates would be late"
    assert quote.speaker.text == "The heads of both shipyards"


def test_title_inside_the_attribution_before_its_adjunct_does_not_end_the_quote(quotes):
    text = (
        "“I was standing on a windy airfield, with a bad headset,” Salo told NRK’s “Today” on Monday. "
        "“I could barely make out what he’s asking.”"
    )
    quote = only(quotes(text))
    assert [text[s:e] for s, e in quote.parts][-1] == "I could barely make out what he’s asking."
    assert_offsets(text, quote)
