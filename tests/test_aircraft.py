"""patrolx_aircraft: every knowledge entry's forms, the forms news uses, negatives and counts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from patrolx.components.aircraft_context import expanded_tokens
from patrolx.components.aircraft_knowledge import DESIGNATION_FORM, PATTERN_FILE, prefix_tree_alternation
from patrolx.extensions import SPAN_KEYS
from patrolx.resources import read_shipped
from patrolx.text.tokens import token_columns

from .conftest import blank_with

ENTRIES = [json.loads(line) for line in read_shipped(PATTERN_FILE).splitlines() if line.strip()]


def _families_by_form() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for entry in ENTRIES:
        for key in ("variants", "aliases", "names", "context_names", "nato_forms"):
            for form in entry[key]:
                forms.setdefault(form, set()).add(entry["id"])
        forms.setdefault(entry["pattern"], set()).add(entry["id"])
    return forms


FAMILIES_BY_FORM = _families_by_form()


def _is_designation(text: str) -> bool:
    match = DESIGNATION_FORM.fullmatch(text)
    return bool(match) and all(c.isalnum() or c in "-/" for c in match["rest"])


def _cases() -> list[tuple[str, str, str]]:
    """(sentence, form, kind) for every form of every entry, in the way news would write it."""
    cases = []
    for entry in ENTRIES:
        designations = [entry["pattern"], *entry["variants"], *entry["aliases"]]
        for form in designations:
            if _is_designation(form):
                cases.append((f"Officials said a {form} flew near the coast.", form, "designation"))
                cases.append((f"Officials said two {form}s flew near the coast.", form, "plural"))
                cases.append((f"Officials said the {form}'s crew waved.", form, "possessive"))
                if form.upper() != form:
                    cases.append((f"OFFICIALS SAID A {form.upper()} FLEW.", form, "capitals"))
            elif form != entry["pattern"] or not form.isalpha():
                cases.append((f"Officials said a {form} flew near the coast.", form, "name"))
        for form in entry["names"]:
            cases.append((f"Officials said a {form} flew near the coast.", form, "name"))
        for form in entry["context_names"]:
            cases.append((f"Officials said a {form} aircraft flew near the coast.", form, "context"))
        for form in entry["nato_forms"]:
            cases.append((f"Officials said a {form} aircraft flew near the coast.", form, "nato"))
    return cases


@pytest.fixture(scope="module")
def aircraft_nlp():
    return blank_with("patrolx_boilerplate", "patrolx_aircraft")


def facts(nlp, text):
    doc = nlp(text)
    return [span._.patrolx_fact for span in doc.spans[SPAN_KEYS["aircraft"]]]


@pytest.mark.parametrize(("sentence", "form", "kind"), _cases(), ids=lambda value: str(value)[:60])
def test_every_knowledge_form_is_found(aircraft_nlp, sentence, form, kind):
    found = facts(aircraft_nlp, sentence)
    assert len(found) == 1, found
    fact = found[0]
    assert fact.family in FAMILIES_BY_FORM[form]
    assert fact.known
    assert sentence[fact.start : fact.end] == fact.text
    assert form.lower() in fact.text.lower()


def test_knowledge_covers_the_types_defence_news_names():
    families = {entry["id"] for entry in ENTRIES}
    assert len(families) >= 250
    for family in ("Tu-95", "Tu-142", "H-6", "Y-9", "KJ-500", "J-16", "Su-35", "F-15", "P-8", "RC-135", "Typhoon"):
        assert family in families


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tupolev Tu-95MS bombers", [("Tupolev Tu-95MS", "Tu-95MS", "Tu-95")]),
        ("the Xian H-6K flew", [("Xian H-6K", "H-6K", "H-6")]),
        ("a Shaanxi Y-9 was seen", [("Shaanxi Y-9", "Y-9", "Y-9")]),
        ("a Sukhoi Su-27 took off", [("Sukhoi Su-27", "Su-27", "Su-27")]),
        ("Tu-95MSM and H-6N", [("Tu-95MSM", "Tu-95MSM", "Tu-95"), ("H-6N", "H-6N", "H-6")]),
        ("with Su-35S support", [("Su-35S", "Su-35S", "Su-35")]),
        (
            "F-15EX and F-15J and F-15K",
            [("F-15EX", "F-15EX", "F-15"), ("F-15J", "F-15J", "F-15"), ("F-15K", "F-15K", "F-15")],
        ),
        ("KF-16 and F-16V jets", [("KF-16", "KF-16", "F-16"), ("F-16V", "F-16V", "F-16")]),
        ("a P-8A and an RC-135V/W", [("P-8A", "P-8A", "P-8"), ("RC-135V/W", "RC-135V/W", "RC-135")]),
        ("a KC-135R and a Y-9JB", [("KC-135R", "KC-135R", "KC-135"), ("Y-9JB", "Y-9JB", "Y-9")]),
        ("Su-30SM and Su-30MKI", [("Su-30SM", "Su-30SM", "Su-30"), ("Su-30MKI", "Su-30MKI", "Su-30")]),
        ("an A-320 landed", [("A-320", "A320", "A320")]),
        ("an Airbus A320 landed", [("Airbus A320", "A320", "A320")]),
        ("a Boeing 737-800 landed", [("Boeing 737-800", "737-800", "737")]),
        ("Tu-22M3 bombers", [("Tu-22M3", "Tu-22M3", "Tu-22M")]),
        ("a Tu-95K-22 flew", [("Tu-95K-22", "Tu-95K-22", "Tu-95")]),
    ],
)
def test_makers_and_variants(aircraft_nlp, text, expected):
    assert [(f.text, f.designation, f.family) for f in facts(aircraft_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "mention", "family"),
    [
        ("Two Tu-95s flew.", "Tu-95s", "Tu-95"),
        ("Two H-6Ks flew.", "H-6Ks", "H-6"),
        ("The F-16s' pilots waved.", "F-16s", "F-16"),
        ("We saw the J-16's radar.", "J-16", "J-16"),
        ("Two Tu-142s turned back.", "Tu-142s", "Tu-142"),
        ("An SU-27 climbed.", "SU-27", "Su-27"),
        ("An IL-38 circled.", "IL-38", "Il-38"),
        ("A Tu 95 circled.", "Tu 95", "Tu-95"),
        ("A Su27 circled.", "Su27", "Su-27"),
        ("Three Su-30SMs landed.", "Su-30SMs", "Su-30"),
        ("A MIG-31BM fired.", "MIG-31BM", "MiG-31"),
        ("An F16 and a B52 flew.", "F16", "F-16"),
        ("A Sukhoi-30MKI flew.", "Sukhoi-30MKI", "Su-30"),
        ("Two Su-30 MKIs flew.", "Su-30 MKIs", "Su-30"),
        ("An Ilyushin-76 landed.", "Ilyushin-76", "Il-76"),
    ],
)
def test_plurals_possessives_case_and_punctuation(aircraft_nlp, text, mention, family):
    found = facts(aircraft_nlp, text)
    assert (found[0].text, found[0].family) == (mention, family)


def test_designations_the_tokenizer_splits_or_keeps_whole(aircraft_nlp):
    # spaCy splits "H-6K" into "H-6" + "K" but keeps "Tu-95MSM" as one token.
    doc = aircraft_nlp("An H-6K and a Tu-95MSM flew.")
    assert [t.text for t in doc][1:3] == ["H-6", "K"]
    assert "Tu-95MSM" in [t.text for t in doc]
    found = [span._.patrolx_fact for span in doc.spans[SPAN_KEYS["aircraft"]]]
    assert [(f.text, f.designation, f.family) for f in found] == [
        ("H-6K", "H-6K", "H-6"),
        ("Tu-95MSM", "Tu-95MSM", "Tu-95"),
    ]
    assert [span.text for span in doc.spans[SPAN_KEYS["aircraft"]]] == ["H-6K", "Tu-95MSM"]


@pytest.mark.parametrize(
    ("text", "mention", "family"),
    [
        ("Two Bear bombers approached.", "Bear", "Tu-95"),
        ("A Tu-95 Bear approached.", "Tu-95 Bear", "Tu-95"),
        ("A Bear-H approached.", "Bear-H", "Tu-95"),
        ("A Bear-F approached.", "Bear-F", "Tu-142"),
        ("Flankers shadowed them.", "Flankers", "Su-27"),
        ("Two Blackjack bombers flew.", "Blackjack", "Tu-160"),
        ("The Tu-160, known to Nato as the Blackjack, flew.", "Tu-160", "Tu-160"),
        ("A Poseidon patrol aircraft took off.", "Poseidon", "P-8"),
        ("A Global Hawk flew high.", "Global Hawk", "RQ-4"),
        ("A Reaper drone was lost.", "Reaper", "MQ-9"),
        ("RAF Typhoons scrambled.", "Typhoons", "Typhoon"),
        ("Eurofighter Typhoon jets scrambled.", "Eurofighter Typhoon", "Typhoon"),
        ("A Voyager tanker refuelled them.", "Voyager", "Voyager"),
        ("A C-130 Hercules landed.", "C-130 Hercules", "C-130"),
        ("Two F-22 Raptors launched.", "F-22 Raptors", "F-22"),
        ("A Rafale landed.", "Rafale", "Rafale"),
        ("A Bayraktar TB2 was shot down.", "Bayraktar TB2", "TB2"),
    ],
)
def test_names_and_nato_names(aircraft_nlp, text, mention, family):
    found = facts(aircraft_nlp, text)
    assert (found[0].text, found[0].family) == (mention, family)


def test_nato_name_after_nato_cue(aircraft_nlp):
    found = facts(aircraft_nlp, "The bomber, which Nato calls the Backfire, turned back.")
    assert [(f.text, f.family) for f in found] == [("Backfire", "Tu-22M")]


def test_a_bare_name_is_a_noun_phrase(aircraft_nlp):
    found = facts(aircraft_nlp, "Bear in mind that a Tu-95 flew. Later the Bear turned back.")
    assert [f.text for f in found] == ["Tu-95", "Bear"]


def test_a_shared_reporting_name_follows_the_type_named(aircraft_nlp):
    found = facts(aircraft_nlp, "A Tu-142 flew past. Later the Bears returned.")
    assert [(f.text, f.family) for f in found] == [("Tu-142", "Tu-142"), ("Bears", "Tu-142")]
    found = facts(aircraft_nlp, "An Il-38 May flew in May.")
    assert [(f.text, f.family) for f in found] == [("Il-38 May", "Il-38")]


def test_slashed_pairs(aircraft_nlp):
    found = facts(aircraft_nlp, "F-16/F-35 jets and an F/A-18 flew.")
    assert [f.family for f in found] == ["F-16", "F-35", "F/A-18"]


def test_names_listed_with_other_aircraft(aircraft_nlp):
    found = facts(aircraft_nlp, "Europe builds the Tornado, the Typhoon and the Rafale.")
    assert [f.family for f in found] == ["Tornado", "Typhoon", "Rafale"]
    assert facts(aircraft_nlp, "Typhoon Haishen, Typhoon Maysak and Tornado Alley.") == []


def test_a_shared_name_is_read_by_the_noun(aircraft_nlp):
    found = facts(aircraft_nlp, "A P-3C Orion flew. Russian Orion drones struck. The Orion patrol aircraft left.")
    assert [(f.text, f.family) for f in found] == [("P-3C Orion", "P-3"), ("Orion", "Orion"), ("Orion", "P-3")]


def test_shahed_type_drones(aircraft_nlp):
    assert [f.family for f in facts(aircraft_nlp, "Russia launched Shahed-type drones.")] == ["Shahed-136"]


def test_a_context_name_counts_once_the_type_is_named(aircraft_nlp):
    found = facts(aircraft_nlp, "Typhoon fighters took off. Later the Typhoons landed.")
    assert [(f.text, f.family) for f in found] == [("Typhoon", "Typhoon"), ("Typhoons", "Typhoon")]


@pytest.mark.parametrize(
    "text",
    [
        "A bear was seen in the woods near the base.",
        "Bears and wolves roam the island.",
        "Typhoon Haishen hit Okinawa, grounding flights.",
        "A typhoon forced fighter jets to stay on the ground.",
        "The Reaper is a character in the film.",
        "Poseidon is the Greek god of the sea.",
        "Global warming and the Voyager probe.",
        "The flanker scored a try.",
        "Fighter jets and strategic bombers and drones took part.",
        "On 12 May 2023 at 10:45, flight MU5735 and CA981 departed.",
        "The aircraft, registration V8-RBT, landed safely.",
        "Russia fired Kh-101 and Kh-555 cruise missiles and S-400 interceptors.",
        "The destroyer DDG-52 and the carrier CVN-76 sailed.",
        "The CV-16 aircraft carrier sailed with the Type 055.",
        "He drove on the A50 road to Stoke.",
        "The B-6088 registered airliner landed.",
        "In May aircraft from both sides flew.",
        "An 18-year-old pilot and an 12-hour flight.",
        "The US-China talks continued.",
        "The model T-72 tanks rolled in.",
        "T-90 tanks and BMP-3 vehicles advanced.",
        "Soldiers carried M-4 carbines; the car has a V-12 engine.",
        "The H-1B visa programme and vitamin B-12.",
        "China tested DF-21D and YJ-12 missiles and a PL-15 air-to-air missile.",
        "Registration RA-96016 and B-18909 and 9V-SMA.",
        "The MH17 plane was shot down; the MH370 airliner vanished.",
        "Students on F-1 visas and a G-20 summit, COVID-19, K-pop and an X-37B space plane.",
    ],
)
def test_no_aircraft_in_ordinary_text(aircraft_nlp, text):
    assert facts(aircraft_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("two Tu-95MS bombers flew", [2]),
        ("a pair of H-6Ks flew", [2]),
        ("four J-16 and two Su-30 fighters flew", [4, 2]),
        ("three Russian Tu-95 strategic bombers flew", [3]),
        ("two of Russia's Tu-160 bombers flew", [2]),
        ("12 J-10 jets flew", [12]),
        ("a Tu-95 flew", [None]),
        ("Tu-95 and Tu-160 bombers flew", [None, None]),
        ("On 12 March Tu-95 bombers flew", [None]),
        ("In 2019 Tu-95 bombers flew", [None]),
        ("two more Chinese Y-8 planes flew", [2]),
        ("No. 2 Squadron F-35s flew", [None]),
        ("on Sept. 16 J-16 fighters flew", [None]),
        ("two “Bear” bombers flew", [2]),
        ("a dozen J-10s flew", [12]),
    ],
)
def test_counts(aircraft_nlp, text, counts):
    assert [f.count for f in facts(aircraft_nlp, text)] == counts


@pytest.mark.parametrize(
    ("text", "designation", "family"),
    [
        ("China showed a new Z-21 helicopter.", "Z-21", "Z-21"),
        ("The J-50 stealth fighter was photographed.", "J-50", "J-50"),
        ("A Sukhoi Su-80B flew.", "Su-80B", "Su-80"),
        ("An MQ-27 Ghost Cat drone flew.", "MQ-27", "MQ-27"),
    ],
)
def test_unknown_designation_of_an_aircraft(aircraft_nlp, text, designation, family):
    (fact,) = facts(aircraft_nlp, text)
    assert (fact.designation, fact.family, fact.known) == (designation, family, False)
    assert fact.manufacturer is None and fact.origin is None


def test_metadata_comes_from_the_knowledge(aircraft_nlp):
    (fact,) = facts(aircraft_nlp, "A Tu-95MS flew.")
    assert (fact.manufacturer, fact.nato_name, fact.origin, fact.role) == ("Tupolev", "Bear", "RUS", "strategic bomber")


def test_mentions_in_boilerplate_are_dropped(aircraft_nlp):
    text = "Two Tu-95 bombers flew.\n\nRELATED COVERAGE\nF-35 deliveries resume\n"
    assert [f.family for f in facts(aircraft_nlp, text)] == ["Tu-95"]


def test_user_pattern_dir_adds_and_extends_families(tmp_path):
    lines = [
        {"label": "AIRCRAFT", "pattern": "Q-77", "id": "Q-77", "origin": "CHN", "role": "UAV", "names": ["Sky Eye"]},
        {"label": "AIRCRAFT", "pattern": "Tu-95", "id": "Tu-95", "variants": ["Tu-95MSX"]},
    ]
    (tmp_path / "aircraft.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_aircraft", config={"pattern_dirs": [str(tmp_path)]})
    found = facts(nlp, "A Q-77 and a Sky Eye and a Tu-95MSX flew.")
    assert [(f.text, f.family, f.designation) for f in found] == [
        ("Q-77", "Q-77", "Q-77"),
        ("Sky Eye", "Q-77", "Q-77"),
        ("Tu-95MSX", "Tu-95", "Tu-95MSX"),
    ]
    assert found[0].origin == "CHN" and found[2].manufacturer == "Tupolev"


def test_full_pipeline_reports_aircraft(extract):
    result = extract("Two Chinese H-6K bombers and a Russian Tu-95MS flew over the Sea of Japan.")
    assert [(a.text, a.family, a.count) for a in result.aircraft] == [("H-6K", "H-6", 2), ("Tu-95MS", "Tu-95", None)]


def test_a_user_family_takes_over_a_shipped_designation(tmp_path):
    line = {"label": "AIRCRAFT", "pattern": "C-2", "id": "C-2A Greyhound", "origin": "USA", "role": "transport"}
    (tmp_path / "aircraft.jsonl").write_text(json.dumps(line) + "\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_aircraft", config={"pattern_dirs": [str(tmp_path)]})
    (fact,) = facts(nlp, "A C-2 landed on the carrier.")
    assert (fact.family, fact.origin) == ("C-2A Greyhound", "USA")


# How defence news from many regions writes aircraft: (sentence, families reported, in order).
NEWS_FORMS = [
    ("The Sukhoi-35 jets escorted the bombers.", ["Su-35"]),
    ("A pair of Su-30SM2 fighters shadowed the aircraft.", ["Su-30"]),
    ("MiG-31 interceptors were moved west; a MiG-31BM took off.", ["MiG-31", "MiG-31"]),
    ("Two Tu-22M3 bombers and a Tu-160M flew.", ["Tu-22M", "Tu-160"]),
    ("An Il-20M, an A-50U and a Be-200 were seen.", ["Il-20", "A-50", "Be-200"]),
    ("An An-124 Ruslan and an Il-76MD-90A landed.", ["An-124", "Il-76"]),
    ("Ka-52 attack helicopters and a Mi-28NM flew low.", ["Ka-52", "Mi-28"]),
    ("An Orlan-10 drone spotted the guns.", ["Orlan-10"]),
    ("A Lancet loitering munition hit a howitzer.", ["Lancet"]),
    ("The Zala Lancet hit a radar.", ["Lancet"]),
    ("Forty Shahed-136 drones and 25 Geran-2 drones were launched.", ["Shahed-136", "Geran-2"]),
    ("Gerbera decoy drones flew with them.", ["Gerbera"]),
    ("Ukraine's Liutyi long-range drones struck a refinery.", ["Liutyi"]),
    ("J-10C, J-11B and J-16D aircraft crossed the line.", ["J-10", "J-11", "J-16"]),
    ("Chengdu J-20 stealth fighters flew past.", ["J-20"]),
    ("A KJ-500A, a Y-8 ASW plane and a Y-9 EW plane.", ["KJ-500", "Y-8", "Y-9"]),
    ("The Y-20U tanker and an H-6N bomber.", ["Y-20", "H-6"]),
    ("A WZ-7 drone and CH-4 drones and Wing Loong II drones.", ["WZ-7", "CH-4", "Wing Loong"]),
    ("A Z-20 helicopter and a Ka-28 helicopter.", ["Z-20", "Ka-28"]),
    ("An F/A-18E/F Super Hornet and an EA-18G Growler.", ["F/A-18", "EA-18"]),
    ("Two B-1B Lancer bombers and a B-52H Stratofortress.", ["B-1", "B-52"]),
    ("A B-2 Spirit bomber flew to Iceland.", ["B-2"]),
    ("An E-7 Wedgetail and a NATO E-3 Sentry took off.", ["E-7", "E-3"]),
    ("A US Navy P-8 Poseidon and a Rivet Joint flew.", ["P-8", "RC-135"]),
    ("An RC-135S Cobra Ball and a U-2 spy plane.", ["RC-135", "U-2"]),
    ("An MQ-4C Triton and an RQ-4 Global Hawk.", ["MQ-4", "RQ-4"]),
    ("A KC-46 Pegasus and a KC-135 Stratotanker.", ["KC-46", "KC-135"]),
    ("A CV-22 Osprey crashed and MV-22 Ospreys were grounded.", ["V-22", "V-22"]),
    ("A UH-60 Black Hawk and a CH-47 Chinook.", ["UH-60", "CH-47"]),
    ("Taiwan received F-16 Block 70 jets.", ["F-16"]),
    ("Swedish JAS 39 Gripen C/D fighters and a Rafale M.", ["Gripen", "Rafale"]),
    ("An A330 MRTT, an RAF Voyager KC2 and an Atlas A400M.", ["A330 MRTT", "Voyager", "A400M"]),
    ("Typhoons from RAF Coningsby intercepted the bombers.", ["Typhoon"]),
    ("F-15E Strike Eagles flew; Strike Eagles returned.", ["F-15", "F-15"]),
    ("A Royal Navy Merlin helicopter and a Wildcat landed.", ["AW101", "AW159"]),
    ("Japan scrambled F-2A and F-15J fighters and a P-1.", ["F-2", "F-15", "P-1"]),
    ("An E-2D, an E-767, a KC-767, a C-2 and a US-2.", ["E-2", "E-767", "KC-767", "C-2", "US-2"]),
    ("The KF-21 Boramae, an FA-50 and an E-7A Peace Eye.", ["KF-21", "FA-50", "E-7"]),
    ("F-CK-1 Ching-kuo fighters and Mirage 2000-5 jets.", ["F-CK-1", "Mirage 2000"]),
    ("Taiwan's Ching-kuo jets and a Blackhawk helicopter.", ["F-CK-1", "UH-60"]),
    ("The Tejas Mk1A and Su-30MKI jets.", ["Tejas", "Su-30"]),
    ("Iran's F-14 Tomcat fleet and Shahed drones.", ["F-14", "Shahed-136"]),
    ("Bayraktar TB2 drones, the Akinci drone and the KAAN fighter.", ["TB2", "Akinci", "Kaan"]),
    ("A Boeing 737 MAX and an A350-900 and an A320neo.", ["737", "A350", "A320"]),
    ("An Embraer E190 and an Embraer 190 and a Gulfstream G550.", ["E190", "E190", "G550"]),
    ("The Tejas Mk-1A flew; the Typhoon Tranche 3 followed.", ["Tejas", "Typhoon"]),
    ("The Harrier jump jet and Chinook heavy-lift helicopters.", ["AV-8", "CH-47"]),
    ("Tu–95MS bombers (with an en dash) and SU-35S and Mig-29 jets.", ["Tu-95", "Su-35", "MiG-29"]),
    ("An MQ-28 Ghost Bat, a YFQ-42A, a Bell V-280 Valor and a Jiutian drone.", ["MQ-28", "YFQ-42", "V-280", "Jiutian"]),
    ("It flies F-16s, Mirage 2000s and the domestically built Ching-kuo.", ["F-16", "Mirage 2000", "F-CK-1"]),
    ("An MRH-90 Taipan crashed; the Taipans were retired.", ["NH90", "NH90"]),
    ("Lockheed offered its F-21 to India.", ["F-21"]),
    ("Hawk 209 jets and two Hawk 200s, T-50i trainers and Su-27SKM Flankers.", ["Hawk", "Hawk", "T-50", "Su-27"]),
    ("A Poseidon MRA1, an Atlas C1, a Wildcat HMA2 and an RAF Airseeker.", ["P-8", "A400M", "AW159", "RC-135"]),
    ("Il-76/78 aircraft were seen.", ["Il-76"]),  # one token holds one fact: the first type
]


@pytest.mark.parametrize(("text", "families"), NEWS_FORMS, ids=lambda value: str(value)[:50])
def test_news_forms(aircraft_nlp, text, families):
    assert [f.family for f in facts(aircraft_nlp, text)] == families


@pytest.mark.parametrize(
    "text",
    [
        "Polar bears were seen near the radar station.",
        "Typhoon Hinnamnor forced the carrier to leave port; a super typhoon followed.",
        "Hercules was a hero; the Raptor is a dinosaur; a viper bit him.",
        "An eagle flew over the gate where a sentry stood guard.",
        "Lightning struck the hangar in the spirit of the season.",
        "The Apache people live in Arizona; the grim Reaper was painted on a wall.",
        "Ukraine received AIM-120 missiles, Storm Shadow missiles and a Kh-47M2 Kinzhal.",
        "HIMARS launchers, S-400 batteries, Patriot systems and JASSM missiles.",
        "The USS Ronald Reagan (CVN-76) and a Type 055 destroyer sailed.",
        "T-90 tanks, M1 Abrams tanks and Leopard 2 tanks advanced.",
        "Flight MH370 vanished; KAL 007 was shot down; JA8119 crashed.",
        "The iPhone 15, COVID-19, the G-7 and the G20, Article 5 and the P-5.",
        "She holds an F-1 visa and a B-2 visa; he has an E-3 visa.",
        "The C-5 vertebra was injured.",
        "A Gulfstream jet landed.",
        "North Korea tested a Hwasong-18 and a KN-23.",
        "Britain's MI6 spy agency warned of threats.",
        "The IL-2 dose and the IL-6 protein were measured.",
        "He was on flight 737 to Tokyo, then took Route 66 and bus 52.",
        "The B-1 band played a concert.",
        "Chiang Ching-kuo lifted martial law; the Chicago Blackhawks won.",
        "A study in The Lancet; Pegasus spyware; the Tejas Express train; Tornado warnings.",
        "The Phantom drone by DJI and an Eagle drone toy.",
    ],
)
def test_no_aircraft_in_other_news(aircraft_nlp, text):
    assert facts(aircraft_nlp, text) == []


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").is_dir(), reason="reference data folder not present")
def test_shipped_knowledge_is_built_from_the_supplement():
    script = ROOT / "scripts" / "build_aircraft.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_prefix_tree_alternation_matches_like_the_longest_first_alternation():
    words = ["Su", "Su-30", "Su-35", "Su-30MKI", "Hercules", "Herc", "A", "A-50"]
    longest_first = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    tree = re.compile(r"\b(?:" + prefix_tree_alternation(words) + r")\b")
    text = "An Su-30MKI, two Su-35s, a Su-30 and a Su-3 flew; the Herc, a Hercules and an A-50 (not A-5) and A."
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in longest_first.finditer(text)]
    assert [m.group() for m in tree.finditer(text)] == [
        "Su-30MKI",
        "Su",
        "Su-30",
        "Su",
        "Herc",
        "Hercules",
        "A-50",
        "A",
        "A",
    ]


def test_designations_are_looked_for_only_before_numbers_yet_all_found(aircraft_nlp):
    knowledge = aircraft_nlp.get_pipe("patrolx_aircraft").knowledge
    text = (
        "An Ilyushin-76 and a Tupolev-22M3 met two Su 27s, F/A-18Es, a Sukhoi-30MKI and H-6Ks over 2024-25; "
        "x-H-6 and aH-6 are no designations, nor is ABCD12345, but F-16C-52 and MiG-29SMT-2 are.\n"
        "Z-9 at a line start; J-20 at the end J-20\n"
        "Unicode hyphens: Su\u201027, Tu\u201395 and Il\u201176; after marks: (Y-20), /KJ-500, [H-6N]"
    )
    every_place = [(m.span(), m.groupdict()) for m in knowledge.designation_regex.finditer(text)]
    assert len(every_place) > 10
    found = [((m.start("prefix"), m.end()), m.groupdict()) for m in knowledge.designation_matches(text)]
    assert found == every_place


@pytest.mark.parametrize(
    "text",
    ["Two H-6K bombers  and a Y-20.", "Il-76/78 tankers, (J-16) fighters", "  Leading spaces then Su-35S\n\nnext"],
)
def test_token_range_of_characters_is_what_char_span_expands_to(text):
    doc = spacy.blank("en")(text)
    columns = token_columns(doc)
    for start in range(len(text)):
        if text[start].isspace():
            continue  # mentions never start at a space
        for end in range(start + 1, len(text) + 1):
            span = doc.char_span(start, end, alignment_mode="expand")
            assert expanded_tokens(columns, start, end) == (span.start, span.end), (start, end)
