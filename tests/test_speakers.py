"""Speakers of quotes: reading name, title, affiliation and country, and resolving coreference."""

from __future__ import annotations

import pytest

import patrolx
from patrolx.extensions import SPAN_KEYS


@pytest.fixture
def speakers(nlp):
    def run(text: str):
        doc = nlp(text)
        return [span._.patrolx_fact.speaker for span in doc.spans[SPAN_KEYS["quotes"]]]

    return run


def test_named_spokesperson_with_organization(speakers):
    (speaker,) = speakers("Pentagon spokeswoman Laura Fenn said the aircraft stayed in international airspace.")
    assert speaker.name == "Laura Fenn"
    assert speaker.title == "spokeswoman"
    assert speaker.affiliation == "Pentagon"
    assert speaker.country == "USA"


def test_minister_with_country_possessive(speakers):
    (speaker,) = speakers("Norway's Defence Minister Ola Strand said the flights were routine.")
    assert speaker.name == "Ola Strand"
    assert speaker.title == "Defence Minister"
    assert speaker.affiliation == "Norway"
    assert speaker.country == "NOR"


def test_rank_before_name(speakers):
    (speaker,) = speakers("“We tracked them all night,” air force spokesman Lt. Col. Petra Holm said.")
    assert speaker.name == "Petra Holm"
    assert "Lt. Col." in speaker.title


def test_unnamed_official_with_country_adjective(speakers):
    (speaker,) = speakers("The drills were planned months ago, a senior Japanese defense official said.")
    assert speaker.name is None
    assert speaker.title == "senior Japanese defense official"
    assert speaker.country == "JPN"


def test_official_from_an_organization(speakers):
    (speaker,) = speakers("An official from the Philippine Coast Guard said the ship left the shoal.")
    assert speaker.title == "official"
    assert speaker.affiliation == "Philippine Coast Guard"
    assert speaker.country == "PHL"


def test_organization_speaker(speakers):
    (speaker,) = speakers("The Russian Defence Ministry said the flight lasted seven hours.")
    assert speaker.affiliation == "Russian Defence Ministry"
    assert speaker.country == "RUS"


def test_country_and_capital_speakers(speakers):
    first, second = speakers("Beijing said the patrol was lawful. Vietnam said it would protest.")
    assert (first.affiliation, first.country) == ("China", "CHN")
    assert (second.affiliation, second.country) == ("Vietnam", "VNM")


def test_named_person_with_who_clause(speakers):
    (speaker,) = speakers("Erik Lund, who commands the Norwegian air force, said the jets were ready.")
    assert speaker.name == "Erik Lund"
    assert speaker.title == "commander"
    assert speaker.country == "NOR"


def test_named_person_with_apposition(speakers):
    (speaker,) = speakers("Mara Quint, a spokeswoman for the Dutch navy, said the frigate was shadowed.")
    assert speaker.name == "Mara Quint"
    assert speaker.country == "NLD"


def test_news_agency(speakers):
    (speaker,) = speakers("The Yonhap news agency reported that the jets were scrambled twice.")
    assert speaker.affiliation == "Yonhap news agency"
    assert speaker.country == "KOR"


# --- coreference --------------------------------------------------------------


def test_he_resolves_to_the_last_named_person(speakers):
    text = (
        "Army chief Tomas Veld said the border was calm. The air force said it had flown two patrols. "
        "He added that leave was cancelled."
    )
    chief, air_force, pronoun = speakers(text)
    assert pronoun.text == "He"
    assert pronoun.name == "Tomas Veld"
    assert pronoun.title == "chief"


def test_it_resolves_to_an_organization_not_a_person(speakers):
    text = (
        "The Danish navy said a corvette followed the convoy. Admiral Jens Dahl said the weather was poor. "
        "The convoy sailed north, it said."
    )
    last = speakers(text)[-1]
    assert last.text == "it"
    assert last.affiliation == "Danish navy"
    assert last.country == "DNK"


def test_the_official_and_the_person_resolve_to_the_official(speakers):
    text = (
        "The patrol was a warning, a senior Australian government official said. "
        "“They want to be seen,” the official said. “It will happen again,” the person said."
    )
    first, second, third = speakers(text)
    assert second.text == "the official" and third.text == "the person"
    for speaker in (second, third):
        assert speaker.title == "senior Australian government official"
        assert speaker.country == "AUS"


def test_the_ministry_resolves_to_the_full_ministry(speakers):
    text = "Vietnam's defence ministry said three ships entered the zone. The ships left on Sunday, the ministry said."
    _, second = speakers(text)
    assert second.text == "the ministry"
    assert second.affiliation == "Vietnam's defence ministry"
    assert second.country == "VNM"


def test_bare_surname_resolves_to_the_full_name(speakers):
    text = "Finnish Defence Minister Aino Salo visited the base on Monday. “The border is secure,” Salo told reporters."
    (speaker,) = speakers(text)
    assert speaker.text == "Salo"
    assert speaker.name == "Aino Salo"
    assert speaker.title == "Defence Minister"


def test_definite_center_resolves_by_its_head_word(speakers):
    text = "The jets were recalled, the National Air Operations Center said. The Center said no airspace was violated."
    _, second = speakers(text)
    assert second.text == "The Center"
    assert second.affiliation == "National Air Operations Center"


def test_mention_text_is_kept_as_written(speakers):
    text = "Coast guard commander Rafael Ortiz said the boats left. He said they would return."
    _, second = speakers(text)
    assert second.text == "He"
    assert second.name == "Rafael Ortiz"


def test_hyphenated_name_and_later_surname(speakers):
    text = "Navy spokeswoman Lee Ji-won said the ships left. “They will return,” Lee told reporters."
    first, second = speakers(text)
    assert first.name == "Lee Ji-won"
    assert second.name == "Lee Ji-won"


def test_it_takes_the_most_recent_organization_or_country(speakers):
    text = "The Thai air force said two jets were sent. Laos said the planes left. It said no border was crossed."
    last = speakers(text)[-1]
    assert (last.text, last.country) == ("It", "LAO")


def test_acronym_resolves_to_the_organization_named_earlier(speakers):
    text = (
        "South Korea's Joint Chiefs of Staff said four aircraft entered the zone. The JCS said fighters were scrambled."
    )
    _, second = speakers(text)
    assert second.country == "KOR"
    assert "Joint Chiefs of Staff" in second.affiliation


def test_speaker_after_the_cue_with_apposition(speakers):
    text = "“This is a message to the region,” said Omar Haddad, an analyst at the Gulf Security Institute."
    (speaker,) = speakers(text)
    assert speaker.name == "Omar Haddad"
    assert speaker.title == "analyst"
    assert speaker.affiliation == "Gulf Security Institute"


def test_official_with_participle_after_the_head(speakers):
    (speaker,) = speakers("A senior Thai official familiar with the plans told reporters the drill was cancelled.")
    assert speaker.text == "A senior Thai official familiar with the plans"
    assert speaker.title == "senior Thai official"
    assert speaker.country == "THA"


def test_honorific_is_not_a_title_and_possessor_is_the_affiliation(speakers):
    text = (
        "“We are disappointed,” said Ann Lee, the navy's chief of staff. Ms. Lee said the ships would stay. "
        "Finland's president said the border was calm."
    )
    first, second, third = speakers(text)
    assert second.name == "Ann Lee"
    assert second.title == "chief of staff"
    assert (third.title, third.affiliation, third.country) == ("president", "Finland", "FIN")


def test_it_resolves_to_an_organization_that_opened_a_sentence(speakers):
    text = "The Japan Coast Guard spotted the vessel near the islands on Monday. It said the ship left by noon."
    (speaker,) = speakers(text)
    assert speaker.affiliation == "Japan Coast Guard"
    assert speaker.country == "JPN"


def test_a_demonym_opening_a_sentence_is_not_an_antecedent(speakers):
    text = "The Thai navy said two ships left. Chinese jets also flew nearby. It said the ships stayed."
    _, second = speakers(text)
    assert second.country == "THA"


def test_capitalised_words_after_the_are_an_organization(nlp):
    doc = nlp("The Harbour Gazette reported that the frigate was new. The Lookout said the jets were old.")
    speakers = [span._.patrolx_fact.speaker for span in doc.spans[SPAN_KEYS["quotes"]]]
    assert [(s.text, s.name, s.affiliation) for s in speakers] == [
        ("The Harbour Gazette", None, "Harbour Gazette"),
        ("The Lookout", None, "Lookout"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The spokesman, Col. Ilya Lind, said the jets were safe.", "Ilya Lind", "spokesman"),
        ("The navy's spokeswoman, Ana Ruiz, said the jets were safe.", "Ana Ruiz", "spokeswoman"),
    ],
)
def test_title_then_name_in_apposition(nlp, text, name, title):
    doc = nlp(text)
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    speaker = span._.patrolx_fact.speaker
    assert (speaker.name, speaker.title) == (name, title)
    assert span._.patrolx_fact.text == "the jets were safe"


@pytest.mark.parametrize(
    ("text", "speaker_text", "name", "title", "affiliation"),
    [
        ("Traders said the rouble weakened.", "Traders", None, "trader", None),
        ("NASA said the capsule landed.", "NASA", None, None, "NASA"),
        ("Mr. Jones, 45, said the capsule landed.", "Mr. Jones", "Jones", None, None),
    ],
)
def test_plural_nouns_acronyms_and_ages(nlp, text, speaker_text, name, title, affiliation):
    doc = nlp(text)
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    speaker = span._.patrolx_fact.speaker
    assert (speaker.text, speaker.name, speaker.title, speaker.affiliation) == (speaker_text, name, title, affiliation)


def test_plural_in_es_becomes_a_singular_title(nlp):
    doc = nlp("Witnesses said they heard several blasts.")
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    assert span._.patrolx_fact.speaker.title == "witness"


def test_it_resolves_to_an_organization_with_lowercase_modifiers_opening_the_previous_sentence(nlp):
    doc = nlp("Norway's armed forces ministry described the flight as routine. It said the jets left early.")
    span = doc.spans[SPAN_KEYS["quotes"]][-1]
    assert span.text == "the jets left early"
    assert span._.patrolx_fact.speaker.affiliation == "Norway's armed forces ministry"


def test_pronoun_resolves_to_a_bare_surname(nlp):
    doc = nlp("Lund said: “The jets were close.” She added that no one was hurt.")
    speakers = [span._.patrolx_fact.speaker for span in doc.spans[SPAN_KEYS["quotes"]]]
    assert [s.name for s in speakers] == ["Lund", "Lund"]


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("A spokeswoman for the U.S. 7th Fleet said the destroyer left.", "U.S. 7th Fleet"),
        ("An officer from the navy's 3rd Fleet said the destroyer left.", "3rd Fleet"),
        ("An officer at the ministry said the destroyer left.", "ministry"),
        ("A spokesman for Norway's defence ministry said the destroyer left.", "Norway's defence ministry"),
    ],
)
def test_affiliations_with_numbers_and_unnamed_organizations(nlp, text, affiliation):
    doc = nlp(text)
    (span,) = doc.spans[SPAN_KEYS["quotes"]]
    assert span._.patrolx_fact.speaker.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Yo-jong, the powerful sister of leader Kim Jong-un, warned that Pyongyang would respond.", "Kim Yo-jong"),
        ("Defense Minister Lee Jong-sup told reporters that the jets had left.", "Lee Jong-sup"),
    ],
)
def test_hyphenated_given_names_stay_whole(text, name):
    quotes = patrolx.extract(text).quotes
    assert [q.speaker.name for q in quotes] == [name]
