"""patrolx_durations on sentences of our own."""

from __future__ import annotations

import json
import re

import pytest
import spacy

from patrolx.errors import PatternFileError
from patrolx.extensions import SPAN_KEYS

from .conftest import blank_with


@pytest.fixture(scope="module")
def nlp():
    return blank_with("patrolx_boilerplate", "patrolx_durations", "patrolx_dates")


def durations(nlp, text):
    doc = nlp(text)
    return [
        (s.text, s._.patrolx_fact.value, s._.patrolx_fact.seconds, s._.patrolx_fact.mod)
        for s in doc.spans[SPAN_KEYS["durations"]]
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sortie lasted 13 hours.", ("13 hours", "PT13H", 46800, None)),
        ("They waited 90 minutes on the tarmac.", ("90 minutes", "PT90M", 5400, None)),
        ("The exercise ran for three weeks.", ("three weeks", "P3W", 1814400, None)),
        ("Crews trained for two days.", ("two days", "P2D", 172800, None)),
        ("The base stayed closed for five months.", ("five months", "P5M", 12960000, None)),
        ("Radar tracked it for 45 seconds.", ("45 seconds", "PT45S", 45, None)),
        ("It was shut for a decade.", ("a decade", "P10Y", 315360000, None)),
        ("The flight took twenty-four hours.", ("twenty-four hours", "PT24H", 86400, None)),
        ("The tanker flew 1.5 hours out.", ("1.5 hours", "PT1H30M", 5400, None)),
    ],
)
def test_simple_durations(nlp, text, expected):
    assert durations(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mission took seven hours and 15 minutes.", ("seven hours and 15 minutes", "PT7H15M", 26100)),
        ("The jets were aloft 2 hours 10 minutes.", ("2 hours 10 minutes", "PT2H10M", 7800)),
        ("The escort lasted an hour and a half.", ("an hour and a half", "PT1H30M", 5400)),
        ("Refuelling took half an hour.", ("half an hour", "PT30M", 1800)),
        ("The drill lasted one and a half days.", ("one and a half days", "P1DT12H", 129600)),
        ("They patrolled for two days and six hours.", ("two days and six hours", "P2DT6H", 194400)),
        ("The sortie lasted three-and-a-half hours.", ("three-and-a-half hours", "PT3H30M", 12600)),
        ("It was a two-and-a-half-hour flight.", ("two-and-a-half-hour", "PT2H30M", 9000)),
        ("The crew flew 2½ hours.", ("2½ hours", "PT2H30M", 9000)),
        ("The crew flew 4 1/2 hours.", ("4 1/2 hours", "PT4H30M", 16200)),
    ],
)
def test_compound_durations(nlp, text, expected):
    assert [d[:3] for d in durations(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The patrol lasted more than 15 hours.", ("more than 15 hours", "PT15H", "MORE_THAN")),
        ("It circled for about 10 hours.", ("about 10 hours", "PT10H", "APPROX")),
        ("The standoff went on for nearly two weeks.", ("nearly two weeks", "P2W", "LESS_THAN")),
        ("A jet locked on for some 20 minutes.", ("some 20 minutes", "PT20M", "APPROX")),
        ("Jets stayed for at least three hours.", ("at least three hours", "PT3H", "EQUAL_OR_MORE")),
        ("Talks may take up to four days.", ("up to four days", "P4D", "EQUAL_OR_LESS")),
        ("The tanker must return within 14 days.", ("14 days", "P14D", "EQUAL_OR_LESS")),
        ("Repairs took less than a week.", ("less than a week", "P1W", "LESS_THAN")),
        ("Bombers flew 12 to 13 hours.", ("12 to 13 hours", "PT13H", "EQUAL_OR_LESS")),
        ("The radar stayed off 3-4 minutes.", ("3-4 minutes", "PT4M", "EQUAL_OR_LESS")),
        ("It lasted between two and three days.", ("between two and three days", "P3D", "EQUAL_OR_LESS")),
    ],
)
def test_qualified_durations_carry_a_mod(nlp, text, expected):
    assert [(d[0], d[1], d[3]) for d in durations(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The flights resumed after a 16-year hiatus.", ("16-year", "P16Y")),
        ("It was a 13-hour patrol.", ("13-hour", "PT13H")),
        ("The crew completed an eight-hour flight.", ("eight-hour", "PT8H")),
        ("A 90-minute briefing followed.", ("90-minute", "PT90M")),
        ("The truce began with a 72-hour pause.", ("72-hour", "PT72H")),
        ("A two-week deployment began.", ("two-week", "P2W")),
        ("The three-day exercise ended.", ("three-day", "P3D")),
    ],
)
def test_hyphenated_adjectives(nlp, text, expected):
    assert [d[:2] for d in durations(nlp, text)] == [expected]


# TimeML reads a unit said as one as a duration; our annotation guide counts only
# lengths with a number, so the shipped vocabulary leaves these out and a
# pattern folder can add them back.
ONE_UNIT_VOCABULARY = [
    {"label": "ONE_BEFORE", "pattern": "the past", "id": "1"},
    {"label": "ONE_BEFORE", "pattern": "the last", "id": "1"},
    {"label": "ONE_BEFORE", "pattern": "over the next", "id": "1"},
    {"label": "ONE_BEFORE", "pattern": "the entire", "id": "1"},
    {"label": "LONG_AFTER", "pattern": "- long", "id": "long"},
    {"label": "LONG_UNIT", "pattern": "weeklong", "id": "W"},
]
ONE_UNIT_CASES = [
    ("Sales fell over the past week.", ("the past week", "P1W")),
    ("Defence spending has grown over the past decade.", ("the past decade", "P10Y")),
    ("Flights have grown over the last year.", ("the last year", "P1Y")),
    ("Prices will rise over the next year.", ("over the next year", "P1Y")),
    ("The fighting lasted the entire month.", ("the entire month", "P1M")),
    ("The year-long inquiry ended.", ("year-long", "P1Y")),
    ("A month-long exercise began.", ("month-long", "P1M")),
    ("The weeklong drills ended.", ("weeklong", "P1W")),
]


@pytest.fixture(scope="module")
def timeml_nlp(tmp_path_factory):
    folder = tmp_path_factory.mktemp("timeml")
    (folder / "durations.jsonl").write_text("".join(json.dumps(e) + "\n" for e in ONE_UNIT_VOCABULARY))
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_durations", config={"pattern_dirs": [str(folder)]})
    return nlp


@pytest.mark.parametrize("text, expected", [case for case in ONE_UNIT_CASES if not case[0].startswith("A ")])
def test_one_unit_without_a_number_is_not_shipped(nlp, text, expected):
    assert durations(nlp, text) == []


@pytest.mark.parametrize("text, expected", ONE_UNIT_CASES)
def test_one_unit_without_a_number_with_a_pattern_folder(timeml_nlp, text, expected):
    assert [d[:2] for d in durations(timeml_nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jets flew for three straight days.", ("three straight days", "P3D")),
        ("Attacks went on for two consecutive weeks.", ("two consecutive weeks", "P2W")),
        ("The mission was extended by 30 additional days.", ("30 additional days", "P30D")),
        ("Lawmakers have 10 working days to act.", ("10 working days", "P10D")),
    ],
)
def test_a_word_between_number_and_unit(nlp, text, expected):
    assert [d[:2] for d in durations(nlp, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Decades-long tensions flared again.",
        "It happened in the last week of March.",
        "The last day of the drills was calm.",
        "The deal came at the last minute.",
        "At 2100 hours the jets landed.",
        "From 0800 hours the port was closed.",
        "Hours later the jets returned.",
        "Jets patrol every day.",
    ],
)
def test_one_unit_needs_a_cue(nlp, text):
    assert durations(nlp, text) == []


def test_four_digit_hours_without_a_clock_cue_are_a_count(nlp):
    assert [d[:2] for d in durations(nlp, "The pilot has logged 2100 hours in the jet.")] == [("2100 hours", "PT2100H")]


@pytest.mark.parametrize(
    "text",
    [
        "A 45-year-old pilot landed the jet.",
        "The pilot, 38 years old, was unhurt.",
        "The allies meet twice a year.",
        "The force is on duty 24 hours a day, 365 days a year.",
        "Crews fly 10 hours per week.",
        "The country spends $50 billion a year on defence.",
        "The plant makes 100 missiles a year.",
        "Tankers fly every two weeks.",
        "Hours later the jets returned.",
        "Two days later the bombers came back.",
        "A week earlier a drone crashed.",
        "Three years ago the base opened.",
        "A second bomber followed the first.",
        "About 2,000 troops and 1,500 km of coast.",
        "A Tu-95 and an F-15 flew at 11:53 a.m.",
    ],
)
def test_not_durations(nlp, text):
    assert durations(nlp, text) == []


def test_a_duration_is_not_also_a_date(nlp):
    doc = nlp("The patrol lasted two days in 2019.")
    assert [s.text for s in doc.spans[SPAN_KEYS["durations"]]] == ["two days"]
    assert [s.text for s in doc.spans[SPAN_KEYS["dates"]]] == ["2019"]


def test_boilerplate_is_skipped(nlp):
    doc = nlp("Jets flew for 13 hours.\n\nRelated Articles\n\nA 10-hour drill ends")
    assert [s.text for s in doc.spans[SPAN_KEYS["durations"]]] == ["13 hours"]


def test_full_pipeline_reports_durations(extract):
    facts = extract("The bombers flew for about 10 hours over the sea.", reference_date="2022-05-24")
    [duration] = facts.durations
    assert (duration.text, duration.value, duration.seconds, duration.mod) == (
        "about 10 hours",
        "PT10H",
        36000,
        "APPROX",
    )


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"label": "UNITS", "pattern": "moons", "id": "M"}', 'label "UNITS" is not one of'),
        ('{"label": "UNIT", "pattern": "moons", "id": "MOON"}', '"id" of a UNIT entry must be one of'),
        ('{"label": "MOD", "pattern": "roughly", "id": "ABOUT"}', "must be a TIMEX3 mod"),
        ('{"label": "NUMBER", "pattern": "a score of", "id": "twenty"}', "its value in digits"),
        ('{"label": "UNIT", "pattern": "lustrum", "id": "Y", "multiple": "five"}', '"multiple" must be a positive'),
    ],
)
def test_a_bad_user_durations_line_stops_the_component_with_file_and_line(tmp_path, line, problem):
    (tmp_path / "durations.jsonl").write_text(line + "\n")
    nlp = spacy.blank("en")
    with pytest.raises(PatternFileError, match=r"durations.jsonl:1: .*" + re.escape(problem)):
        nlp.add_pipe("patrolx_durations", config={"pattern_dirs": [str(tmp_path)]})


@pytest.mark.parametrize(
    "text, expected",
    [
        # TimeML's lengths of unknown size: the unit is known, the number is not; no seconds.
        ("The past few years were hard.", [("The past few years", "PXY", None)]),
        ("The strikes went on for months.", [("months", "PXM", None)]),
        ("The dispute has dragged on for years.", [("years", "PXY", None)]),
        ("Tension has grown in recent weeks.", [("recent weeks", "PXW", None)]),
        ("Talks took several hours.", [("several hours", "PTXH", None)]),
        ("Three years ago the base opened.", []),
        ("More troops will arrive within weeks.", [("weeks", "PXW", None)]),
        ("He died within days of his capture.", [("days", "PXD", None)]),
        ("Funds may sell bonds in the weeks ahead.", [("the weeks ahead", "PXW", None)]),
        ("Over the years the base grew.", [("the years", "PXY", None)]),
        ("In the weeks that followed, talks stalled.", []),
        ("In the days of the empire, trade grew.", []),
    ],
)
def test_lengths_of_unknown_size(nlp, text, expected):
    assert [d[:3] for d in durations(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The stretch of time is part of the mention, as TimeML marks it; the value stays the length.
        ("Flights rose over the past three years.", [("the past three years", "P3Y")]),
        ("Profit rose in the first nine months.", [("the first nine months", "P9M")]),
        ("Talks resume within the next two weeks.", [("the next two weeks", "P2W")]),
        ("During the next couple of years the fleet will shrink.", [("the next couple of years", "P2Y")]),
        ("The 13-hour patrol ended.", [("13-hour", "PT13H")]),
    ],
)
def test_the_stretch_of_time_is_part_of_the_duration(nlp, text, expected):
    assert [d[:2] for d in durations(nlp, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # How often: TimeML SET values, the count in each period as `freq`; neither a duration nor a date.
        ("Russia flies such patrols every year.", [("every year", "P1Y", None)]),
        ("The allies meet twice a week.", [("twice a week", "P1W", "2X")]),
        ("Daily patrols resumed, and daily flights.", [("daily", "P1D", None)]),
        ("Tankers fly every two weeks.", [("every two weeks", "P2W", None)]),
        ("The drones fly three times daily.", [("three times daily", "P1D", "3X")]),
        (
            "Inspections come every other day and once a month.",
            [("every other day", "P2D", None), ("once a month", "P1M", "1X")],
        ),
        ("Crews fly 10 hours per week, China Daily said.", []),
        ("The force is on duty 24 hours a day.", []),
    ],
)
def test_frequencies(extract, text, expected):
    facts = extract(text)
    assert [(f.text, f.value, f.freq) for f in facts.frequencies] == expected
    assert facts.durations == [] and facts.dates == []


@pytest.mark.parametrize(
    "text",
    [
        "The preferred stock pays a dividend of $1.76 a year.",
        "The army recruited soldiers at a rate of 2,400 a month.",
        "The new routes carry nearly 900 troops a week.",
    ],
)
def test_an_amount_per_unit_is_a_rate_not_a_length(extract, text):
    assert extract(text).durations == []


def test_a_unit_after_other_words_is_still_a_length(extract):
    assert [d.value for d in extract("It was the heaviest shelling in a year.").durations] == ["P1Y"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He hopes he will one day fly a fighter.", []),
        ("This port will one day be the largest naval base in the region.", []),
        ("The drills lasted one day.", ["P1D"]),
        ("In one day, jets flew 30 sorties.", ["P1D"]),
    ],
)
def test_one_day_as_some_day_is_no_length(extract, text, expected):
    assert [d.value for d in extract(text).durations] == expected
