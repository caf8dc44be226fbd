"""The countries component on spaCy's blank English pipeline."""

from __future__ import annotations

import pytest

from .conftest import blank_with


@pytest.fixture(scope="module")
def nlp():
    return blank_with("patrolx_boilerplate", "patrolx_regions", "patrolx_countries")


def found(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.id_) for span in doc.spans["patrolx_countries"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China and Russia held talks.", [("China", "CHN"), ("Russia", "RUS")]),
        ("The U.S. and the UK agreed.", [("U.S.", "USA"), ("UK", "GBR")]),
        ("Britain sent jets to America.", [("Britain", "GBR"), ("America", "USA")]),
        ("The PRC warned the ROK and the DPRK.", [("PRC", "CHN"), ("ROK", "KOR"), ("DPRK", "PRK")]),
        ("South Korean and North Korean officials met.", [("South Korean", "KOR"), ("North Korean", "PRK")]),
        ("An Emirati delegation visited.", [("Emirati", "ARE")]),
        ("The People's Republic of China protested.", [("People's Republic of China", "CHN")]),
        ("The Soviet Union collapsed.", [("Soviet Union", "SUN")]),
        ("Taiwan's defence ministry said so.", [("Taiwan", "TWN")]),
    ],
)
def test_names_demonyms_and_alternatives(nlp, text, expected):
    assert found(nlp, text) == expected


def test_capitals_used_for_governments(nlp):
    text = "Moscow invaded Ukraine, Beijing objected, Washington warned and Taipei scrambled jets. Kyiv replied."
    assert [iso for _, iso in found(nlp, text)] == ["RUS", "UKR", "CHN", "USA", "TWN", "UKR"]


def test_region_names_are_not_countries(nlp):
    text = "Bombers crossed the Sea of Japan, the East China Sea and the South China Sea."
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - Bombers flew a patrol.",
        "SEOUL, Nov. 30 (UPI) — Jets were scrambled.",
        "TOKYO, Jan. 25 — Fighters took off.",
    ],
)
def test_datelines_are_places_not_actors(nlp, text):
    assert found(nlp, text) == []


def test_capital_as_a_place_or_in_a_title(nlp):
    assert found(nlp, "The summit was held in Tokyo, the Jerusalem Post reported.") == []


def test_first_names_and_lower_case_words(nlp):
    assert found(nlp, "Jordan Peterson and Michael Jordan spoke. Chad Smith agreed.") == []
    assert found(nlp, "Let us know what the us team thinks. The china cabinet, in italy.") == []
    assert found(nlp, "Jordan closed its airspace.") == [("Jordan", "JOR")]


def test_us_in_a_line_of_capitals_is_the_pronoun(nlp):
    assert found(nlp, "JOIN US FOR THE LIVE BLOG\nThe US said no.") == [("US", "USA")]
    text = "The US said no.\nFOLLOW US AND TELL US MORE\nThe US and Japan agreed. The US flew jets.\nUS"
    doc = nlp(text)
    assert [span.start_char for span in doc.spans["patrolx_countries"] if span.text == "US"] == [4, 47, 72, 86]


def test_demonyms_naming_languages(nlp):
    text = "The English, Chinese, and French versions may differ. Please treat Indonesian as the main language."
    assert found(nlp, text) == []


def test_continental_adjectives_are_not_the_united_states(nlp):
    assert found(nlp, "The North American Aerospace Defense Command said.") == []


def test_names_inside_organisations_count(nlp):
    text = "The Japan Air Self-Defense Force and the Russian Defence Ministry said."
    assert found(nlp, text) == [("Japan", "JPN"), ("Russian", "RUS")]


def test_headline_capitals(nlp):
    assert found(nlp, "CHINA AND RUSSIA FLY JOINT PATROL") == [("CHINA", "CHN"), ("RUSSIA", "RUS")]


def test_clutter_is_ignored(nlp):
    text = "Russia flew bombers.\n\nREAD MORE: Venezuela buys jets from Iran\n"
    assert found(nlp, text) == [("Russia", "RUS")]


def test_facts_carry_iso_codes_and_names(nlp):
    doc = nlp("Chinese jets flew.")
    fact = doc.spans["patrolx_countries"][0]._.patrolx_fact
    assert (fact.iso2, fact.iso3, fact.name, fact.start, fact.end) == ("CN", "CHN", "China", 0, 7)


def test_capital_before_a_capitalised_word_names_something_else(nlp):
    assert found(nlp, "Defense Minister Wellington Koo told lawmakers.") == []
    assert found(nlp, "Beijing Warns Taipei Over Drills Near The Coast") == [("Beijing", "CHN"), ("Taipei", "TWN")]


def test_source_spellings_that_are_ordinary_words_are_left_out(nlp):
    assert found(nlp, "Ships near Christmas Island and an Emirates flight.") == []


def test_a_country_inside_regions_set_by_hand_is_dropped():
    nlp = blank_with("patrolx_countries")
    doc = nlp.make_doc("Jets flew over the Sea of Japan and Japan itself.")
    doc.spans["patrolx_regions"] = [doc[4:7]]
    doc = nlp.get_pipe("patrolx_countries")(doc)
    assert [(span.start, span.text) for span in doc.spans["patrolx_countries"]] == [(8, "Japan")]
