"""Quotes introduced by a named speaker and a colon in mid-paragraph, after a sentence with a cue of its own."""

import patrolx


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker.text if quote.speaker else None) for quote in patrolx.extract(text).quotes]


def test_named_speaker_and_colon_after_a_sentence_with_a_cue() -> None:
    text = 'The minister wrote about the exercise. Admiral Jane Roe: "The fleet is ready to sail within days."'
    assert ("The fleet is ready to sail within days.", "Admiral Jane Roe") in quotes(text)


def test_cue_in_the_same_sentence_still_gives_the_speaker() -> None:
    text = 'The defence minister said on Monday: "Our patrols over the Baltic will continue."'
    assert quotes(text) == [("Our patrols over the Baltic will continue.", "The defence minister")]


def test_unnamed_label_and_colon_is_no_quote() -> None:
    text = 'The minister wrote about the exercise. The result: "a fleet ready to sail within days."'
    assert quotes(text) == []


def test_headline_group_before_colon_is_the_speaker() -> None:
    text = "Pentagon officials: Russian jets entered the exclusion zone twice.\n\nThe jets turned back after an hour."
    assert quotes(text) == [("Russian jets entered the exclusion zone twice", "Pentagon officials")]


def test_group_before_colon_below_the_headline_is_no_speaker() -> None:
    text = "Jets turn back.\n\nOfficials: Russian jets entered the exclusion zone twice on Monday.\n\nThe jets left."
    assert quotes(text) == []


def test_a_candidates_camp_speaks() -> None:
    text = "Roe camp: The defence budget will not pass this year.\n\nThe vote is due in May."
    assert quotes(text) == [("The defence budget will not pass this year", "Roe camp")]


def test_a_camp_that_says_nothing_is_no_speaker() -> None:
    assert quotes("The soldiers at the camp were quiet, and the drills resumed on Monday.") == []


def test_named_speaker_and_colon_after_a_possessive_mark() -> None:
    text = "The generals’ retreat does not surprise Republican analyst Jane Roe: “Armies retreat before winter.”"
    assert quotes(text) == [("Armies retreat before winter.", "Republican analyst Jane Roe")]


def test_quote_after_a_possessive_mark_and_no_colon_takes_no_speaker_from_before() -> None:
    text = "The generals’ retreat was quick, “and nobody expected it.”"
    assert quotes(text) == []
