"""patrolx_quotes: attributions standing inside or after the statement, not before it (issue 15)."""

from __future__ import annotations

import pytest

from .test_quotes import assert_offsets, only


def parts_text(text, quote):
    return [text[start:end] for start, end in quote.parts]


# --- ', X said,' inside the sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "After being told the base would close, officials said, the garrison moved north within a week.",
            ["After being told the base would close", "the garrison moved north within a week"],
            "officials",
        ),
        (
            "In Kandahar, the spokesman said, Colonel Reyes ordered the convoy to halt.",
            ["In Kandahar", "Colonel Reyes ordered the convoy to halt"],
            "the spokesman",
        ),
        (
            "The delay was unavoidable, the ministry said, because the runway had flooded overnight.",
            ["The delay was unavoidable", "because the runway had flooded overnight"],
            "the ministry",
        ),
        (
            "The outage was caused, the engineers said, by a fault in the radar's cooling system.",
            ["The outage was caused", "by a fault in the radar's cooling system"],
            "the engineers",
        ),
        (
            "It is the navy's job, the admiral said, to keep the strait open to shipping.",
            ["It is the navy's job", "to keep the strait open to shipping"],
            "the admiral",
        ),
    ],
)
def test_statement_resumes_after_the_speaker(quotes, text, parts, speaker):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The frigate left the harbour, the ministry said, on Tuesday.",
        "The frigate left the harbour, the ministry said, Monday.",
        "The frigate left the harbour, the ministry said, in a statement.",
    ],
)
def test_an_adjunct_of_the_attribution_is_no_second_part(quotes, text):
    quote = only(quotes(text))
    assert quote.text == "The frigate left the harbour"


def test_a_second_statement_with_its_own_speaker_is_not_joined(quotes):
    text = (
        "In Kabul, the patrols were suspended, Reuters reported, while in Herat the convoys kept moving, "
        "local officials said."
    )
    found = quotes(text)
    assert all("Herat" not in q.text or "Kabul" not in q.text for q in found)
    assert any(q.text.startswith("In Kabul") and q.speaker.text == "Reuters" for q in found)


# --- ', said X,' inside the sentence, and '..., say X.' -----------------------


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "Part of the delay, say engineers like Tom Ruiz, a radar specialist, is the salt air itself.",
            ["Part of the delay", "is the salt air itself"],
            "engineers like Tom Ruiz",
        ),
        (
            "Any reading of the order, said Ann Kohl, a lawyer at the institute, would treat it as a retreat.",
            ["Any reading of the order", "would treat it as a retreat"],
            "Ann Kohl, a lawyer at the institute",
        ),
        (
            "A shorter deployment may well be the wiser course, say some officers, who recall the last one.",
            ["A shorter deployment may well be the wiser course"],
            "some officers",
        ),
    ],
)
def test_inverted_attribution_inside_or_after_the_statement(quotes, text, parts, speaker):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_a_description_of_the_speaker_after_an_inverted_attribution_is_no_part(quotes):
    text = "The base will stay open, said Jane Roe, executive director of the veterans' group, a charity."
    quote = only(quotes(text))
    assert quote.text == "The base will stay open"


@pytest.mark.parametrize(
    "text",
    [
        "A small plane, say a Cessna, could land on that strip.",
        "A few jets, say two or three, could land on that strip.",
    ],
)
def test_say_giving_an_example_is_no_attribution(quotes, text):
    assert quotes(text) == []


# --- '..., X told a listener + adjuncts.' closing the sentence -----------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The province was only doing what 12 others already do, the governor told the court in his written brief.",
            "The province was only doing what 12 others already do",
            "the governor",
        ),
        (
            "This is not about the base, the admiral told his closest aides as he drafted the speech.",
            "This is not about the base",
            "the admiral",
        ),
        (
            "The drills test too little, General Ray Holt said this week at a base in Texas — a reversal of his view.",
            "The drills test too little",
            "General Ray Holt",
        ),
        (
            "The carrier will stay in the Gulf, the admiral said Sunday morning on CBS's “Face the Nation.”",
            "The carrier will stay in the Gulf",
            "the admiral",
        ),
        (
            "The war changed the family's plans, the general said in his 2019 memoir, “Duty First.”",
            "The war changed the family's plans",
            "the general",
        ),
    ],
)
def test_attribution_with_listener_and_adjuncts_closes_the_sentence(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the third day of his tour, the senator told a joke about the weather.",
        "The pilots were tired, the colonel told the crew to turn back.",
        "In his filing on Monday, the governor told the court the law was clear.",
    ],
)
def test_told_with_an_object_or_an_order_closes_no_statement(quotes, text):
    assert all(not q.text.startswith(("On Friday", "The pilots", "In his filing")) for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“Where should we send the trucks?” Rossi told reporters during Tuesday’s conference call.",
            "Where should we send the trucks?",
        ),
        ("The base will stay open, Rossi told reporters during Tuesday’s conference call.", "The base will stay open"),
    ],
)
def test_a_weekday_before_a_possessive_is_no_adjunct_end(quotes, text, content):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.name == "Rossi"


def test_that_after_an_aside_between_dashes(quotes):
    text = (
        "The senator complained during Friday's briefing — a transcript of which her office sent to reporters "
        "later — that the navy had ignored her letter."
    )
    quote = only(quotes(text))
    assert quote.text == "the navy had ignored her letter"


# --- mixed: quoted words inside a statement split by its attribution ----------


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "The navy's new basing plan, the lawyers said, “all but guarantees” a delay of two years.",
            ["The navy's new basing plan", "“all but guarantees” a delay of two years"],
            "the lawyers",
        ),
        (
            "In Kabul, Mr. Haidari said, Mr. Karzai is seen as ''a broker, not a ruler.''",
            ["In Kabul", "Mr. Karzai is seen as ''a broker, not a ruler.''"],
            "Mr. Haidari",
        ),
    ],
)
def test_quoted_words_inside_a_split_statement(quotes, text, parts, speaker):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the quote ends the sentence: the quoted words are the statement
        ("That, the commission said, “would help avoid uncertainty.”", "would help avoid uncertainty."),
        # a clause before the attribution is no subject of the quote
        ("The streets were empty, he added, ''but the markets will open again soon.''", None),
        # a whole quoted sentence after an opening adjunct
        ('Asked about the drills, the minister said, "We are ready."', "We are ready."),
    ],
)
def test_quotes_after_an_attribution_with_words_before_it(quotes, text, content):
    found = quotes(text)
    assert all("he added" not in q.text and "the minister" not in q.text for q in found)
    if content is not None:
        assert only(found).text == content
        assert only(found).kind == "direct"


# --- mixed: a quote running over sentences before '..., X said.' --------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Past defence ministers "were cautious. They never took risks." in comparison to Kim, Lee said.',
            'Past defence ministers "were cautious. They never took risks." in comparison to Kim',
            "Lee",
        ),
        (
            "The base was quiet. Two ships “left the harbour. Then a third followed,” the navy said.",
            "Two ships “left the harbour. Then a third followed,”",
            "the navy",
        ),
    ],
)
def test_content_closing_a_quote_opened_in_an_earlier_sentence(quotes, text, content, speaker):
    quote = only(quotes(text))
    assert quote.text == content
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_a_quote_opened_after_a_cue_of_its_own_is_not_taken_back(quotes):
    text = 'Roe described the strain as "severe. It hurts my family," she said.'
    assert all(not q.text.startswith("Roe") for q in quotes(text))


# --- ', according to X,' inside the sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "At the root of the delay, according to Ann Kohl, a former navy planner, was a shortage of welders.",
            ["At the root of the delay", "was a shortage of welders"],
            "Ann Kohl",
        ),
        (
            "Over the next decade, according to the budget office, the cost of the new frigates will double.",
            ["Over the next decade", "the cost of the new frigates will double"],
            "the budget office",
        ),
    ],
)
def test_statement_resumes_after_according_to(quotes, text, parts, speaker):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_a_description_of_the_source_closing_the_sentence_is_no_part(quotes):
    text = "The shipyard earned about $600 million last year, according to public filings, a record for the firm."
    quote = only(quotes(text))
    assert quote.text == "The shipyard earned about $600 million last year"


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            "And the admiral, said Kim, who served under him, does not forgive a mistake.",
            ["And the admiral", "does not forgive a mistake"],
            "Kim",
        ),
        (
            "The weakness of the plan, says Ann Roe, historian at the naval college, is its cost.",
            ["The weakness of the plan", "is its cost"],
            "Ann Roe",
        ),
        (
            "The talks covered several topics, the ministry said, including fuel and spare parts.",
            ["The talks covered several topics", "including fuel and spare parts"],
            "the ministry",
        ),
    ],
)
def test_statement_resumes_after_a_described_speaker(quotes, text, parts, speaker):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts
    assert quote.speaker.text == speaker
    assert_offsets(text, quote)


def test_a_verb_of_saying_may_resume_the_statement(quotes):
    text = "Bringing the fleet home early, the admiral said, feels right after such a long patrol."
    quote = only(quotes(text))
    assert parts_text(text, quote) == ["Bringing the fleet home early", "feels right after such a long patrol"]


@pytest.mark.parametrize(
    "text",
    [
        "The jets left the zone, the ministry said, citing radar data.",
        "The jets left the zone, the ministry said, according to Xinhua.",
        "The jets left the zone, the ministry said, but gave no details.",
    ],
)
def test_the_speakers_own_act_after_the_attribution_is_no_part(quotes, text):
    quote = next(q for q in quotes(text) if q.speaker.text == "the ministry")
    assert quote.text == "The jets left the zone"


def test_a_that_after_a_dash_is_no_aside_opened_by_a_comma(quotes):
    text = "The report, officials said, backed the view analysts have long put forward — that the fleet is too small."
    quote = next(q for q in quotes(text) if q.speaker.text == "officials")
    assert parts_text(text, quote)[0] == "The report"


def test_a_pronoun_speaker_inside_the_statement_is_resolved(quotes):
    text = "Defence Minister Aino Salo visited the air base. In Kabul, she said, the patrols will resume in May."
    quote = only(quotes(text))
    assert parts_text(text, quote) == ["In Kabul", "the patrols will resume in May"]
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.title) == ("she", "Aino Salo", "Defence Minister")


def test_a_statement_after_adjuncts_and_a_comma_has_its_own_attribution(quotes):
    text = "Victory is vital, the senator said after meeting the generals, because she said the war is costly."
    found = quotes(text)
    assert [q.text for q in found] == ["Victory is vital", "the war is costly"]


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("When I was 19, I wrote in “Ralph Nader” on my first ballot in 1996.", "When I was 19"),
        ("At one point on Sunday, the general tweeted, “Our jets are in the air.”", "At one point on Sunday"),
        ("On Tuesday morning in Kabul, the general said the jets had left.", "On Tuesday morning in Kabul"),
    ],
)
def test_an_opening_before_the_speaker_is_no_statement(quotes, text, excluded):
    assert all(not q.text.startswith(excluded) for q in quotes(text))


# --- a quote going on after its attribution, behind a short lead-in -----------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "“We were not happy when it was announced,” said Ann Roe, a port official. "
            "Now, “most of the shippers say it works.”",
            ["We were not happy when it was announced", "most of the shippers say it works."],
        ),
        (
            "“It is not a crisis,” he said after the briefing. But “the fleet is stretched thin.”",
            ["It is not a crisis", "the fleet is stretched thin."],
        ),
    ],
)
def test_quote_goes_on_after_a_lead_in(quotes, text, parts):
    quote = only(quotes(text))
    assert parts_text(text, quote) == parts


@pytest.mark.parametrize(
    "text",
    [
        '"The jets left," the ministry said. The plan, "dead on arrival," faces a vote.',
        '"The jets left," the ministry said. He responds, "They stayed."',
    ],
)
def test_a_lead_in_with_a_quote_inside_or_a_speaker_is_no_continuation(quotes, text):
    first = quotes(text)[0]
    assert parts_text(text, first) == ["The jets left"]


def test_a_quote_after_a_speaker_described_by_a_relative_clause_goes_on(quotes):
    text = (
        "As for the drills, “I mostly tune them out,” said Lt. Col. Ann Pike, who flew tankers for a decade "
        "and now trains pilots. “They are more show than substance.”"
    )
    quote = only(quotes(text))
    assert quote.speaker.name == "Ann Pike"
    assert quote.text.endswith("They are more show than substance.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said that's not how the navy works.", "that's not how the navy works"),
        ("The minister said that the jets left.", "the jets left"),
    ],
)
def test_thats_is_no_complementizer(quotes, text, content):
    assert only(quotes(text)).text == content


def test_a_one_word_opening_is_completed_by_a_long_rest(quotes):
    text = "Now, the admiral says, at least seven of the fleet's 40 ships have gone back to port for repairs."
    quote = only(quotes(text))
    rest = "at least seven of the fleet's 40 ships have gone back to port for repairs"
    assert parts_text(text, quote) == ["Now", rest]


def test_a_short_adjunct_after_a_one_word_opening_is_no_statement(quotes):
    assert quotes("Now, the admiral said, on Tuesday.") == []
