"""The world gazetteer behind the regions: what it knows, and the evidence a name like a city, a word or a
person needs before it counts."""

from __future__ import annotations

import pytest

import patrolx


def regions(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.name) for r in patrolx.extract(text).regions]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("North Korea shelled Yeonpyeong Island in 2010.", "Yeonpyeong Island", "Yeonpyeong Island"),
        ("Russia deployed missiles on Iturup.", "Iturup", "Iturup"),
        ("Sweden sent troops to Gotland.", "Gotland", "Gotland"),
        ("Russian forces withdrew from Kherson Oblast.", "Kherson Oblast", "Kherson Oblast"),
        ("Drones struck the Belgorod region overnight.", "Belgorod region", "Belgorod Oblast"),
        ("Jets based in Primorsky Krai took off.", "Primorsky Krai", "Primorsky Krai"),
        ("Drills were held off Fujian.", "Fujian", "Fujian"),
        ("Protests erupted in Idlib province.", "Idlib province", "Idlib"),
        ("Troops were moved across Siberia.", "Siberia", "Siberia"),
        ("Exercises in the Sahel ended.", "Sahel", "Sahel"),
        ("Troops trained in the Alps.", "Alps", "Alps"),
        ("Warships sailed in the Eastern Mediterranean.", "Eastern Mediterranean", "Levantine Sea"),
        ("Indonesian troops landed in Central Java.", "Central Java", "Central Java"),
        ("The drills in Bavaria ended, Germany said.", "Bavaria", "Bavaria"),
    ],
)
def test_regions_the_data_brings(text, mention, name):
    assert (mention, name) in regions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Governor Brian Kemp met King Abdullah of Jordan.",  # a state named like a country
        "Victoria Nuland spoke in Central Park.",  # a person; a word
        "Papua New Guinea signed the pact.",  # region names inside a country's name
        "Fighting went on in Kherson, Ukraine's army said.",  # the city, not the oblast
        "Troops trained in Bavaria.",  # a preposition of place, but Germany is not named
        "Bavaria said it would not.",  # no preposition of place
        "Casinos in Atlantic City closed.",
        "He wrote in The Atlantic that the plan failed.",
        "The United States Pacific Command said so.",
        "She studied at Indiana University.",
        "Voters in New England were polled.",
        "He backed the Trans-Pacific Partnership.",
    ],
)
def test_names_without_the_evidence_are_not_regions(text):
    assert regions(text) == []


def test_a_subdivision_needs_its_state_named():
    assert ("Central Java", "Central Java") not in regions("Floods hit towns in Central Java.")
    assert ("Central Java", "Central Java") in regions("Floods hit towns in Central Java, Indonesia said.")


def test_papua_alone_is_the_province():
    assert regions("Indonesian troops were sent to Papua, near Papua New Guinea.") == [("Papua", "Papua")]


def test_regions_carry_their_state_and_the_region_they_are_part_of():
    facts = patrolx.extract("Jets flew over Kaliningrad Oblast, Jeju Island and the South Atlantic.")
    found = {r.name: r for r in facts.regions}
    assert found["Kaliningrad"].country == "RUS" and found["Kaliningrad"].wikidata == "Q1749"
    assert found["Jeju"].country == "KOR"
    assert found["South Atlantic Ocean"].part_of == "Atlantic Ocean"
    assert found["South Atlantic Ocean"].country is None
