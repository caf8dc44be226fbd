"""patrolx_dates on sentences of our own: forms, direction, missing and inferred reference dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy

from patrolx.errors import PatternFileError
from patrolx.extensions import SPAN_KEYS

from .conftest import blank_with

TUESDAY = dt.date(2022, 5, 24)


@pytest.fixture(scope="module")
def nlp():
    return blank_with("patrolx_boilerplate", "patrolx_durations", "patrolx_dates")


def dates(nlp, text, reference=TUESDAY):
    doc = nlp.make_doc(text)
    doc._.patrolx_reference_date = reference
    doc._.patrolx_reference_date_source = "given" if reference else None
    doc = nlp(doc)
    return [(s.text, s._.patrolx_fact.value) for s in doc.spans[SPAN_KEYS["dates"]]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The drill began on March 3, 2021.", [("March 3, 2021", "2021-03-03")]),
        ("The drill began on 3 March 2021.", [("3 March 2021", "2021-03-03")]),
        ("The drill began on the 3rd of March, 2021.", [("3rd of March, 2021", "2021-03-03")]),
        ("The log is dated 2021-03-03.", [("2021-03-03", "2021-03-03")]),
        ("The log is dated 03.03.2021.", [("03.03.2021", "2021-03-03")]),
        ("The invasion began on Feb. 24.", [("Feb. 24", "2022-02-24")]),
        ("Jets were sent up on Sept. 3.", [("Sept. 3", "2021-09-03")]),
        ("The talks were held on Friday, May 20.", [("Friday, May 20", "2022-05-20")]),
        ("The unit was formed in August 2019.", [("August 2019", "2019-08")]),
        ("Patrols resumed in 2019.", [("2019", "2019")]),
        ("Tension has grown since 2014.", [("2014", "2014")]),
        ("It was the tenth flight so far in 2022.", [("2022", "2022")]),
        ("Flights rose sharply in mid-2020.", [("mid-2020", "2020")]),
        ("The FY2023 budget adds $40 billion.", [("FY2023", "2023")]),
        ("The FY24 request was sent.", [("FY24", "2024")]),
        ("The last time it happened was 1988.", [("1988", "1988")]),
        ("Sales rose 5% compared with 2021.", [("2021", "2021")]),
        ("A 2019 report warned of the threat.", [("2019", "2019")]),
        ("Its 2021 white paper named China.", [("2021", "2021")]),
    ],
)
def test_calendar_forms(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_listed_days_after_a_month(nlp):
    assert dates(nlp, "Jets flew on Oct. 2, 5, 9 and 12.") == [
        ("Oct. 2", "2021-10-02"),
        ("5", "2021-10-05"),
        ("9", "2021-10-09"),
        ("12", "2021-10-12"),
    ]


def test_weekday_with_day_and_month_in_brackets(nlp):
    assert dates(nlp, "Jets intercepted it on Thursday (19/5).") == [("Thursday (19/5)", "2022-05-19")]


def test_paired_months_share_the_year(nlp):
    assert dates(nlp, "Between June and August 2019 the jets flew.") == [
        ("June", "2019-06"),
        ("August 2019", "2019-08"),
    ]


def test_dateline_and_caption(nlp):
    text = "HELSINKI, May 23 (AP) — Jets flew.\n\nPhoto: A jet on the tarmac, taken May 20, 2022."
    assert dates(nlp, text) == [("May 23", "2022-05-23"), ("May 20, 2022", "2022-05-20")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The patrol took place on Tuesday.", [("Tuesday", "2022-05-24")]),
        ("Officials spoke on Sunday.", [("Sunday", "2022-05-22")]),
        ("Monday afternoon saw two more flights.", [("Monday afternoon", "2022-05-23")]),
        ("Friday's flights were longer.", [("Friday", "2022-05-20")]),
        ("Jets flew last Tuesday.", [("last Tuesday", "2022-05-17")]),
        ("In August, they held large drills.", [("August", "2021-08")]),
        ("In early May the navy sailed.", [("early May", "2022-05")]),
        ("Last March, jets were scrambled.", [("Last March", "2022-03")]),
        ("Flights began in December last year.", [("December last year", "2021-12")]),
    ],
)
def test_past_reporting_looks_back(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The navies will hold drills in August.", [("August", "2022-08")]),
        ("The talks are to be held on Friday.", [("Friday", "2022-05-27")]),
        ("Moscow plans to send bombers on Thursday.", [("Thursday", "2022-05-26")]),
        ("The ministry will publish its report next week.", [("next week", "2022-W22")]),
        ("A summit is expected in March.", [("March", "2023-03")]),
        ("The minister said on Monday that drills will follow.", [("Monday", "2022-05-23")]),
        ("A two-day summit opens Monday.", [("Monday", "2022-05-30")]),
        ("The council meets on Thursday to discuss the crisis.", [("Thursday", "2022-05-26")]),
        ("Since the start of the war on Feb. 24, jets have flown daily.", [("Feb. 24", "2022-02-24")]),
    ],
)
def test_future_tense_looks_ahead(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yesterday the jets returned.", [("Yesterday", "2022-05-23")]),
        ("Officials confirmed it today.", [("today", "2022-05-24")]),
        ("A patrol flew last week.", [("last week", "2022-W20")]),
        ("Drills ended last month.", [("last month", "2022-04")]),
        ("Earlier this month, jets flew.", [("Earlier this month", "2022-05")]),
        ("Flights doubled last year.", [("last year", "2021")]),
        ("This year has been calm.", [("This year", "2022")]),
        ("Two years ago the base opened.", [("Two years ago", "2020")]),
        ("The genocide began nearly four years ago.", [("nearly four years ago", "2018")]),
        ("The deal should close by year-end.", [("year-end", "2022")]),
        ("Sales for the full year rose 13%.", [("the full year", "2022")]),
        ("Sales for the full year 2020 rose 13%.", [("2020", "2020")]),
        ("In fiscal 2021, the company earned $7.8 million.", [("fiscal 2021", "2021")]),
        ("That 1978 resolution calls for a withdrawal.", [("1978", "1978")]),
    ],
)
def test_relative_expressions(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks resume on June 2.", [("June 2", "2022-06-02")]),
        ("The Sept. 30 deadline passed quietly.", [("Sept. 30", "2021-09-30")]),
        ("Jets flew on Nov. 3.", [("Nov. 3", "2021-11-03")]),
        ("The vote, set for Nov. 3, is close.", [("Nov. 3", "2022-11-03")]),
    ],
)
def test_month_and_day_without_tense_is_the_nearest(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_offsets_count_from_the_date_mentioned_last(nlp):
    text = "Bombers flew on May 10. A day later, fighters followed. A week earlier, a drone had crashed."
    assert dates(nlp, text) == [
        ("May 10", "2022-05-10"),
        ("A day later", "2022-05-11"),
        ("A week earlier", "2022-05-04"),
    ]


def test_dateline_dates_the_story(nlp):
    # The stamp says Monday, the dateline says Tuesday: "on Tuesday" is the dateline's day.
    text = "TOKYO, Dec. 16 — The minister spoke on Tuesday about a flight a week earlier."
    assert dates(nlp, text, dt.date(2025, 12, 15)) == [
        ("Dec. 16", "2025-12-16"),
        ("Tuesday", "2025-12-16"),
        ("a week earlier", "2025-12-09"),
    ]


def test_without_reference_date(nlp):
    text = "Jets flew on Saturday and on June 19; last March they flew too. Today was calm."
    assert dates(nlp, text, None) == [
        ("Saturday", None),
        ("June 19", "XXXX-06-19"),
        ("last March", "XXXX-03"),
        ("Today", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 troops moved 1,500 km north.",
        "A Tu-95, an F-15 and an H-6 were tracked.",
        "The airliner, registration V8-RBT, turned back at 11:53 a.m.",
        "A 45-year-old pilot was at the controls.",
        "The annual drills happened recently.",
        "Beijing and Moscow signed the deal weeks before the war.",
        "The flight came roughly a year before.",
        "Officials may meet soon; troops will march on.",
        "USA Today first reported the story.",
        "USA TODAY first reported the story.",
        "Flights have grown over the last year.",
        "They deployed 2000 troops.",
        "That 2000-strong force and this 1500 km range were new.",
        "A Long March 5 rocket lifted off.",
    ],
)
def test_not_dates(nlp, text):
    assert dates(nlp, text) == []


def test_boilerplate_dates_are_skipped(nlp):
    text = "Jets flew on Tuesday.\n\nRelated Articles\n\nDrills set for May 30, 2022"
    assert dates(nlp, text) == [("Tuesday", "2022-05-24")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Published: 3 March 2021\nJets flew on Monday.", "2021-03-01"),
        ("By Staff | Updated 4 March 2021 | Published 2021-03-03\nJets flew on Monday.", "2021-03-01"),
        ("RIGA, March 3, 2021 — Jets flew on Monday.", "2021-03-01"),
        ("Jets flew on Monday.\n\nSource: News | Riga, 3 March 2021", "2021-03-01"),
        ("RIGA, March 3, 2021. /Agency/. Jets flew on Monday.", "2021-03-01"),
        ("By A. Writer\nMarch 3, 2021 10:32 AM\nJets flew on Monday.", "2021-03-01"),
    ],
)
def test_reference_date_is_inferred_from_the_article(extract, text, expected):
    facts = extract(text)
    assert facts.reference_date == "2021-03-03"
    assert facts.reference_date_source == "inferred"
    assert [d.value for d in facts.dates if d.text == "Monday"] == [expected]


def test_a_dateline_without_a_year_does_not_invent_one(extract):
    facts = extract("RIGA, March 3 — Jets flew on Monday.")
    assert facts.reference_date is None
    assert [(d.text, d.value) for d in facts.dates] == [("March 3", "XXXX-03-03"), ("Monday", None)]


def test_a_date_in_the_story_is_not_a_publication_stamp(extract):
    facts = extract("Jets flew on Monday, a year after the May 3, 2020 incident.")
    assert facts.reference_date is None


def test_given_reference_date_wins(extract):
    facts = extract("Published: 3 March 2021\nJets flew on Monday.", reference_date="2021-03-10")
    assert facts.reference_date_source == "given"
    assert [d.value for d in facts.dates if d.text == "Monday"] == ["2021-03-08"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jets flew on Dec. 28.", [("Dec. 28", "2021-12-28")]),
        ("Drills ended in December.", [("December", "2021-12")]),
        ("Bombers flew on Friday.", [("Friday", "2021-12-31")]),
        ("Talks will resume next month.", [("next month", "2022-02")]),
        ("Flights doubled last year.", [("last year", "2021")]),
    ],
)
def test_year_boundary(nlp, text, expected):
    assert dates(nlp, text, dt.date(2022, 1, 3)) == expected


def test_user_pattern_file_adds_vocabulary(tmp_path):
    (tmp_path / "dates.jsonl").write_text('{"label": "RELATIVE", "pattern": "the other day", "id": "day:-2"}\n')
    nlp = spacy.blank("en")
    for name in ("patrolx_durations", "patrolx_dates"):
        nlp.add_pipe(name, config={"pattern_dirs": [str(tmp_path)]})
    assert dates(nlp, "Jets flew the other day.") == [("the other day", "2022-05-22")]


def test_that_day_needs_a_day_before_it(nlp):
    assert dates(nlp, "That day was calm. On May 20 jets flew, and later that day bombers came.") == [
        ("That day", None),
        ("May 20", "2022-05-20"),
        ("later that day", "2022-05-20"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strike came late Sunday.", [("late Sunday", "2022-05-22")]),
        ("Troops moved early on Thursday.", [("early on Thursday", "2022-05-19")]),
        ("Late yesterday the ministry said profit fell.", [("Late yesterday", "2022-05-23")]),
        ("The deal will be signed towards the end of the year.", [("the end of the year", "2022")]),
        ("Prices rose at the end of last year.", [("the end of last year", "2021")]),
        ("Earlier in the year, jets flew.", [("Earlier in the year", "2022")]),
        ("The ceasefire was agreed late last month.", [("late last month", "2022-04")]),
        ("The plant closed a decade ago.", [("a decade ago", "2012")]),
        ("The next year, the navy returned.", [("The next year", "2023")]),
        ("The vote is two weeks from now.", [("two weeks from now", "2022-06-07")]),
        ("A year from now, the base opens.", [("A year from now", "2023")]),
    ],
)
def test_modified_and_spelled_out_periods(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ran Jan. 5-7 in Geneva.", [("Jan. 5", "2022-01-05"), ("7", "2022-01-07")]),
        ("The talks ran Jan. 5-7, 2020, in Geneva.", [("Jan. 5", "2020-01-05"), ("7, 2020", "2020-01-07")]),
        ("Drills ran from March 3 to 5.", [("March 3", "2022-03-03"), ("5", "2022-03-05")]),
        ("Spending rose in 2019-2020.", [("2019", "2019"), ("2020", "2020")]),
        ("The 2020-21 plan was approved.", [("2020", "2020"), ("21", "2021")]),
        ("The 1950-53 war ended in an armistice.", [("1950", "1950"), ("53", "1953")]),
        ("Spending rose between 2014 and 2016.", [("2014", "2014"), ("2016", "2016")]),
        ("Jets flew on Oct. 2, 5 ships sailed.", [("Oct. 2", "2021-10-02")]),
    ],
)
def test_ranges_give_both_ends(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote was held on the 15th.", [("the 15th", "2022-05-15")]),
        ("The vote will be held on the 28th, officials said.", [("the 28th", "2022-05-28")]),
        ("On the 21st, jets flew.", [("the 21st", "2022-05-21")]),
    ],
)
def test_a_day_of_the_month_alone(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The code 2019-A was issued.",
        "Tallies ran in the 2000-3000 range.",
        "A ship of the 15th Fleet sailed on the 2nd day of the war.",
        "The air force flew 2000 sorties.",
        "The missile has a 1500 km range.",
        "Flight 2020 landed safely.",
        "The strike began at 0300 GMT and ended at 1900 GMT.",
        "A 7th Fleet destroyer sailed.",
        "The pilot, 45, was unhurt.",
        "At 2100 hours the jets landed.",
        "Vision 2030 aims to diversify the economy.",
        "More drills are expected in the coming weeks.",
        "Tensions have risen in recent years.",
        "The strikes came days after the summit.",
        "Every Monday the jets fly to the island.",
        "The next few days will be crucial.",
        "Over the last few weeks, attacks rose.",
    ],
)
def test_more_numbers_and_phrases_that_are_not_dates(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Net income rose 12% in the third quarter, the firm said.", [("the third quarter", "2021-Q3")]),
        ("Sales will rise in the fourth quarter.", [("the fourth quarter", "2022-Q4")]),
        ("The company's first-half profit rose.", [("first-half", "2022-H1")]),
        ("The merger should close in the first half of 2023.", [("the first half of 2023", "2023-H1")]),
        ("Profit fell in the second half of last year.", [("the second half of last year", "2021-H2")]),
        ("Recruitment fell over the first quarter of the year.", [("the first quarter of the year", "2022-Q1")]),
        ("The team led in the first half of the match.", []),
        ("The firm will raise its dividend next quarter.", [("next quarter", "2022-Q3")]),
        ("Profit rose from the previous quarter.", [("the previous quarter", "2022-Q1")]),
        ("A quarter of the troops left.", []),
        ("The town's first quarter was destroyed.", []),
        ("Profits fell in the second half, the firm said.", [("the second half", "2021-H2")]),
        ("The first half of the match was dull.", []),
    ],
)
def test_quarters_and_halves_of_a_year(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("On Thursday, the minister will visit Kyiv.", TUESDAY, [("Thursday", "2022-05-26")]),
        ("By Nov. 30, the ministry will have decided.", TUESDAY, [("Nov. 30", "2022-11-30")]),
        ("The June 5 vote was postponed.", TUESDAY, [("June 5", "2022-06-05")]),
        (
            "In the year through March 31, the air force did so 1,004 times.",
            dt.date(2022, 11, 30),
            [("March 31", "2022-03-31")],
        ),
    ],
)
def test_tense_after_the_mention_when_none_before(nlp, text, reference, expected):
    assert dates(nlp, text, reference) == expected


def test_future_seen_from_the_past_is_the_nearest_day(nlp):
    text = "The minister said on April 12 that talks would resume on April 20."
    assert dates(nlp, text) == [("April 12", "2022-04-12"), ("April 20", "2022-04-20")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 2014, Russia annexed Crimea. The following year, sanctions grew.",
            [("2014", "2014"), ("The following year", "2015")],
        ),
        (
            "Russia annexed Crimea in March 2014. Later that year, fighting began.",
            [("March 2014", "2014-03"), ("Later that year", "2014")],
        ),
        ("In 2019 talks failed. Two years later, the deal lapsed.", [("2019", "2019"), ("Two years later", "2021")]),
        (
            "Jets flew on May 10, 2019. A day later, bombers followed. Later that month, drills began.",
            [("May 10, 2019", "2019-05-10"), ("A day later", "2019-05-11"), ("Later that month", "2019-05")],
        ),
    ],
)
def test_years_and_months_mentioned_last_anchor_later_ones(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parade was held on Victory Day.", [("Victory Day", "2022-05-09")]),
        ("Russia will hold a parade on Victory Day.", [("Victory Day", "2023-05-09")]),
        ("Sales rose at Christmas 2021.", [("Christmas 2021", "2021-12-25")]),
        ("Christmas Island lies south of Java.", []),
        ("The Victory Day Parade was cancelled.", []),
    ],
)
def test_named_days(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were held on Tuesday 24 May.", [("Tuesday 24 May", "2022-05-24")]),
        ("The exercise ran on 24-25 May.", [("24", "2022-05-24"), ("25 May", "2022-05-25")]),
        ("The exercise ran from 3 to 5 March 2021.", [("3", "2021-03-03"), ("5 March 2021", "2021-03-05")]),
        ("Output grew in April-June.", [("April", "2021-04"), ("June", "2021-06")]),
        ("Drills ran from November to February.", [("November", "2021-11"), ("February", "2022-02")]),
        ("Drills will run from November to February.", [("November", "2022-11"), ("February", "2023-02")]),
        ("2021 was a record year for intercepts.", [("2021", "2021")]),
        ("Talks were held Monday-Wednesday in Vienna.", [("Monday", "2022-05-23"), ("Wednesday", "2022-05-25")]),
        ("Budgets for this fiscal year rose.", [("this fiscal year", "2022")]),
        ("The summit opens this Friday.", [("this Friday", "2022-05-27")]),
        ("Jets flew on Monday last week.", [("Monday last week", "2022-05-16")]),
        ("The envoy arrives Friday next week.", [("Friday next week", "2022-06-03")]),
        ("Officials said earlier today that talks stalled.", [("earlier today", "2022-05-24")]),
    ],
)
def test_european_day_ranges_month_ranges_and_years_opening_a_sentence(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The order was signed on 05/03/2022.", "2022-05-03"),
        ("The order was signed on 03/05/2022.", "2022-05-03"),
        ("The order was signed on 5/24/2022.", "2022-05-24"),
        ("The order was signed on 24/05/2022.", "2022-05-24"),
    ],
)
def test_slashed_dates_read_either_way_take_the_reading_nearer_the_reference(nlp, text, expected):
    assert [value for _, value in dates(nlp, text)] == [expected]


def test_slashed_dates_without_a_reference_read_day_first(nlp):
    assert dates(nlp, "The order was signed on 05/03/2022.", None) == [("05/03/2022", "2022-03-05")]


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"label": "RELATIV", "pattern": "the other day", "id": "day:-2"}', 'label "RELATIV" is not one of'),
        ('{"label": "RELATIVE", "pattern": "the other day", "id": "-2 days"}', 'unit and offset, like "week:-1"'),
        ('{"label": "MONTH", "pattern": "Januar", "id": "13"}', "the month's number"),
        ('{"label": "HOLIDAY", "pattern": "Navy Day", "id": "07-32"}', 'month and day, like "12-25"'),
    ],
)
def test_a_bad_user_dates_line_stops_the_component_with_file_and_line(tmp_path, line, problem):
    (tmp_path / "dates.jsonl").write_text(line + "\n")
    nlp = spacy.blank("en")
    with pytest.raises(PatternFileError, match=r"dates.jsonl:1: .*" + re.escape(problem)):
        nlp.add_pipe("patrolx_dates", config={"pattern_dirs": [str(tmp_path)]})


# --- TimeML conventions (TimeBank's news) -----------------------------------------------------------------------

RESULTS_DAY = dt.date(1989, 11, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a year earlier" after a quarter is that quarter a year back, and does not move the anchor.
        (
            "Third-quarter profit rose to $5 million from $4 million a year earlier, and sales from a year ago.",
            [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("a year ago", "1988-Q3")],
        ),
        (
            "Profit in the quarter fell, and the year-earlier quarter was weak.",
            [("the quarter", "1989-Q3"), ("the year-earlier quarter", "1988-Q3")],
        ),
        (
            "It earned $3 million in 1987, up from a year earlier, and a year earlier still.",
            [("1987", "1987"), ("a year earlier", "1986"), ("a year earlier", "1986")],
        ),
        # A reporting verb says when it was said, not when the news happens: the nearest such day.
        ("The sale will close soon, and it said payment is due Dec. 15.", [("Dec. 15", "1989-12-15")]),
        ("The dividend, the board said, goes out Dec. 7.", [("Dec. 7", "1989-12-07")]),
        ("The split is payable Dec. 1 to holders.", [("Dec. 1", "1989-12-01")]),
        # A participle after a determiner is an adjective, and "is" leaves the nearest date.
        (
            "The reduced pension is payable Jan. 2 to veterans on the roll Dec. 15.",
            [("Jan. 2", "1990-01-02"), ("Dec. 15", "1989-12-15")],
        ),
    ],
)
def test_timeml_conventions(nlp, text, expected):
    assert dates(nlp, text, RESULTS_DAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "now", "currently": the reference date (TimeML's PRESENT_REF, resolved).
        ("Russian bombers are now flying near the coast.", [("now", "2022-05-24")]),
        ("The carrier is currently in the Sea of Japan.", [("currently", "2022-05-24")]),
        ("The vote is two weeks from now.", [("two weeks from now", "2022-06-07")]),
    ],
)
def test_now_is_the_reference_date(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Seasons, as TimeML writes them (reference: February 10, 1998).
        (
            "Talks stalled last fall and resumed this past spring.",
            [("last fall", "1997-FA"), ("this past spring", "1997-SP")],
        ),
        ("The base opened in the summer of 1994.", [("the summer of 1994", "1994-SU")]),
        ("The drills are planned for this summer.", [("this summer", "1998-SU")]),
        ("Troops will deploy next winter.", [("next winter", "1998-WI")]),
        ("The fall of the regime came quickly.", []),
        ("A spring offensive is expected.", []),
        # Parts of a year with a year, a fiscal year or an owner before them.
        ("Profit fell in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
        ("Profit fell in this year's third quarter.", [("this year's third quarter", "1998-Q3")]),
        ("Sales rose in the fiscal first quarter.", [("the fiscal first quarter", "1998-Q1")]),
        ("The company reported its fourth quarter.", [("fourth quarter", "1997-Q4")]),
        ("The town's first quarter was shelled.", []),
    ],
)
def test_seasons_and_parts_of_years(nlp, text, expected):
    assert dates(nlp, text, dt.date(1998, 2, 10)) == expected


def test_decades_and_centuries_when_asked():
    nlp = spacy.blank("en")
    nlp.add_pipe("patrolx_durations")
    nlp.add_pipe("patrolx_dates", config={"eras": True})
    text = "Designed in the 1970s, flown since the late 1980s and the '90s, it is a 20th century machine."
    expected = [("the 1970s", "197"), ("the late 1980s", "198"), ("the '90s", "199"), ("20th century", "19")]
    assert dates(nlp, text) == expected
    assert dates(blank_with("patrolx_durations", "patrolx_dates"), text) == []


def dates_with_zones(nlp, text, reference=TUESDAY):
    doc = nlp.make_doc(text)
    doc._.patrolx_reference_date = reference
    doc = nlp(doc)
    facts = [s._.patrolx_fact for s in doc.spans[SPAN_KEYS["dates"]]]
    return [(f.text, f.value, f.timezone) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time of day stated with a day joins it; a zone after the time becomes the timezone.
        (
            "The jets entered the zone on Tuesday at 10:50 a.m. local time.",
            [("Tuesday at 10:50 a.m. local time", "2022-05-24T10:50", "local")],
        ),
        ("Drones flew shortly after 2 p.m. KST on May 23.", [("2 p.m. KST on May 23", "2022-05-23T14:00", "+09:00")]),
        ("Bombers took off at 0400 GMT on Monday.", [("0400 GMT on Monday", "2022-05-23T04:00", "+00:00")]),
        ("The deadline was 5 p.m. EST, May 20.", [("5 p.m. EST, May 20", "2022-05-20T17:00", "-05:00")]),
        ("The ship docked at noon Sunday.", [("noon Sunday", "2022-05-22T12:00", None)]),
        ("The patrol ended May 23 at 9.30pm.", [("May 23 at 9.30pm", "2022-05-23T21:30", None)]),
        ("A strike came at 0300 hours on Monday.", [("0300 hours on Monday", "2022-05-23T03:00", None)]),
        ("Flights on Monday numbered 14:30 sorties.", [("Monday", "2022-05-23", None)]),
        ("Jets on Monday numbered 0400 in all.", [("Monday", "2022-05-23", None)]),
        # A time with no day beside it is left alone; so is a part of the day.
        ("The aircraft entered at 11:53 a.m. and left at 12:10 p.m.", []),
        ("Tuesday night the jets left.", [("Tuesday night", "2022-05-24", None)]),
        # Ranges and lists of days keep their own times.
        (
            "Talks run Monday at 9 a.m. and Tuesday at 5 p.m.",
            [("Monday at 9 a.m.", "2022-05-23T09:00", None), ("Tuesday at 5 p.m.", "2022-05-24T17:00", None)],
        ),
    ],
)
def test_times_of_day(nlp, text, expected):
    assert dates_with_zones(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Forms the grammar finds and leaves to dateparser (strict: day, month and year, or none).
        ("The jets flew on 05/23/22 and again on 23.05.22.", [("05/23/22", "2022-05-23"), ("23.05.22", "2022-05-23")]),
        ("Talks resume by the 15th of next month.", [("the 15th of next month", "2022-06-15")]),
        ("They met on the 3rd of last month.", [("the 3rd of last month", "2022-04-03")]),
        ("Version 3.4.22 of the software shipped.", []),
    ],
)
def test_forms_read_by_dateparser(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_dateparser_is_imported_only_when_a_form_needs_it():
    import subprocess
    import sys

    check = (
        "import sys, patrolx; patrolx.extract({!r}, reference_date='2022-05-24'); print('dateparser' in sys.modules)"
    )
    plain = subprocess.run([sys.executable, "-c", check.format("Jets flew on May 24, 2022.")], capture_output=True)
    short = subprocess.run([sys.executable, "-c", check.format("Jets flew on 05/24/22.")], capture_output=True)
    assert (plain.stdout.strip(), short.stdout.strip()) == (b"False", b"True")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Years said in words, as transcripts write them.
        ("The treaty was signed in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        ("It began in January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01")]),
        ("That was the winter of nineteen ninety-four.", [("the winter of nineteen ninety-four", "1994-WI")]),
        ("Nineteen people died.", []),
        # More words a bare year follows.
        ("The bonds are due 1993.", [("1993", "1993")]),
        ("Earnings fall in both 1990 and 1991.", [("1990", "1990"), ("1991", "1991")]),
    ],
)
def test_spelled_years_and_year_cues(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Holidays on a weekday of their month, and "last" before a holiday.
        ("Talks stalled after Thanksgiving Day.", [("Thanksgiving Day", "2021-11-25")]),
        ("It was calmer than last Thanksgiving.", [("last Thanksgiving", "2021-11-25")]),
        ("Parades were held on Memorial Day 2019.", [("Memorial Day 2019", "2019-05-27")]),
        # A colon after a day is no clock time.
        (
            "The paper said in an editorial on Friday, May 20: the decision was right.",
            [("Friday, May 20", "2022-05-20")],
        ),
    ],
)
def test_holidays_on_weekdays_and_days_before_a_colon(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "would", "as early as", "set to": a weekday ahead when it is the nearer; "said Monday" still looks back.
        ("The father would travel to the capital Thursday.", [("Thursday", "2022-05-26")]),
        ("He could arrive as early as Friday.", [("Friday", "2022-05-27")]),
        ("Talks are set to resume Monday.", [("Monday", "2022-05-30")]),
        ("The ministry said Monday that jets flew.", [("Monday", "2022-05-23")]),
        ("The carrier would sail Monday.", [("Monday", "2022-05-23")]),
        # A deadline is the nearest such day, in a past-tense sentence or one with no tense.
        (
            "The ministry pushed the bid deadline back until 9 a.m. EST Wednesday.",
            [("9 a.m. EST Wednesday", "2022-05-25T09:00")],
        ),
        ("The relatives have until Wednesday to sign.", [("Wednesday", "2022-05-25")]),
        ("The ban lasted until Monday.", [("Monday", "2022-05-23")]),
    ],
)
def test_weekdays_ahead_when_the_sentence_looks_ahead(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A month with no tense to go by is the nearest such month, one ahead counting double (read in May 2022).
        ("Contracts for June trade at a premium.", [("June", "2022-06")]),
        ("The budget for January is unclear.", [("January", "2022-01")]),
        # Irregular past forms look back; "should", "could" and a present passive do not.
        ("Output grew in June.", [("June", "2021-06")]),
        ("The convoy should go home by June 14.", [("June 14", "2022-06-14")]),
        ("The case is heard in June.", [("June", "2022-06")]),
        # "will be named" is a future even when "will" stands far back; "unspecified" is no past form.
        (
            "Colonel Mara Lind will be named head of the northern air wing for an exercise in December.",
            [("December", "2022-12")],
        ),
        ("The allowance would reach the crews at a still unspecified date in July.", [("July", "2022-07")]),
        # A deadline in a past-tense sentence is the nearest such month: it may still be ahead.
        ("The government gave the firm until July to respond.", [("July", "2022-07")]),
        ("The ban lasted until March.", [("March", "2022-03")]),
        ("The drills were held in July.", [("July", "2021-07")]),
    ],
)
def test_months_without_a_tense_and_more_tense_cues(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Weekends, as TimeML writes them (reference: Tuesday, May 24, 2022, week 21).
        ("Talks over the weekend failed.", [("the weekend", "2022-W20-WE")]),
        ("Talks will resume this weekend.", [("this weekend", "2022-W21-WE")]),
        ("Jets flew last weekend.", [("last weekend", "2022-W20-WE")]),
        ("Drills start next weekend.", [("next weekend", "2022-W22-WE")]),
    ],
)
def test_weekends(nlp, text, expected):
    assert dates(nlp, text) == expected
