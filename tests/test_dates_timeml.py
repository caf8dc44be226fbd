"""Dates read the way TimeML's annotators read news: which way a year-less date looks, and its precision."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_dates import dates, nlp  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "succeed" and "hundred" only end like past forms: "will" decides.
        ("Mr. Lee, 52, will succeed Daniel P. Davison Feb. 1.", [("Feb. 1", "2023-02-01")]),
        ("Two hundred troops will arrive on Friday.", [("Friday", "2022-05-27")]),
        # "due to the attack" is a cause, not the future.
        ("A speech was cancelled due to the attack on May 12, aides said.", [("May 12", "2022-05-12")]),
        ("The jets are due to arrive on June 12.", [("June 12", "2022-06-12")]),
        # "next to" is a place, not the future.
        ("A bomb ripped through a building next to the embassy on Friday.", [("Friday", "2022-05-20")]),
    ],
)
def test_words_ending_like_past_forms_are_no_tense_cue(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A deadline a few weeks ahead, reported in the past tense, is this year's, not last year's.
        ("The offer was extended to June 20.", [("June 20", "2022-06-20")]),
        ("The offer was extended to July 2.", [("July 2", "2022-07-02")]),
        # Far ahead it is last year's, as before.
        ("Jets flew on Nov. 3.", [("Nov. 3", "2021-11-03")]),
    ],
)
def test_past_tense_reaches_a_few_weeks_ahead(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


def test_a_month_as_far_ahead_as_twice_behind_looks_ahead(nlp):  # noqa: F811
    # From May, September is four months ahead and eight behind: news of a deadline, not of last September.
    assert dates(nlp, "The bridge loan matures in September.") == [("September", "2022-09")]
    assert dates(nlp, "The bridge loan matures in October.") == [("October", "2021-10")]


def test_two_weekdays_joined_by_and_are_a_list_not_a_range(nlp):  # noqa: F811
    text = "Below are remarks given Friday and Thursday by the spokesman."
    assert dates(nlp, text, reference=dt.date(2022, 5, 27)) == [("Friday", "2022-05-27"), ("Thursday", "2022-05-26")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shipyard posted a deficit for the third quarter of $41.7 million.", [("the third quarter", "2021-Q3")]),
        ("Profit for the first half of 2023 rose.", [("the first half of 2023", "2023-H1")]),
        ("He scored in the first half of the match.", []),
    ],
)
def test_a_part_of_a_year_may_be_followed_by_an_amount(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


def test_the_next_morning_is_the_day_after_the_date_mentioned_last(nlp):  # noqa: F811
    text = "The envoy landed on Feb. 22. She met the minister the next morning."
    assert dates(nlp, text) == [("Feb. 22", "2022-02-22"), ("the next morning", "2022-02-23")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jets flew late last night.", [("late last night", "2022-05-23")]),
        ("Jets flew early this morning.", [("early this morning", "2022-05-24")]),
        ("The minister will speak tonight.", [("tonight", "2022-05-24")]),
        ("Talks resume tomorrow afternoon.", [("tomorrow afternoon", "2022-05-25")]),
        ("Jets flew on Tuesday night.", [("Tuesday night", "2022-05-24")]),
    ],
)
def test_a_part_of_the_day_keeps_the_days_value(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry said in December that jets flew.", [("December", "2021-12")]),
        ("The ministry said on Nov. 3 that jets flew.", [("Nov. 3", "2021-11-03")]),
        ("The ministry said the vote will be held in December.", [("December", "2022-12")]),
        ("Flight logs from as far back as June confirm the sorties.", [("June", "2021-06")]),
        ("Agnes Holm, who died Sunday at 94, will be remembered.", [("Sunday", "2022-05-22")]),
        ("The party must support her in October to win.", [("October", "2022-10")]),
        ("It changed its ad plans after the debate on Saturday.", [("Saturday", "2022-05-21")]),
        ("Asked whether he’ll quit before Thursday’s vote, he smiled.", [("Thursday", "2022-05-26")]),
        ("We won't see talks Wednesday or Thursday.", [("Wednesday", "2022-05-25"), ("Thursday", "2022-05-26")]),
    ],
)
def test_more_tense_cues(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He appeared on CBS This Morning to talk.", []),
        ("He taped a segment for The Tonight Show.", []),
        ("The channel Russia Today reported it.", []),
        ("Okay? Now I need you all to listen.", [("Now", "2022-05-24")]),
        ("Talks Scheduled For Next Week.", [("Next Week", "2022-W22")]),
        (
            "Jets flew this morning. Today the ministry said so.",
            [("this morning", "2022-05-24"), ("Today", "2022-05-24")],
        ),
    ],
)
def test_date_words_inside_a_capitalized_name_are_no_date(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A date that modifies a noun takes no past from the verb; a future still counts.
        ("Hackers tried to influence the Aug. 8 election.", [("Aug. 8", "2022-08-08")]),
        ("The vote was postponed to the June 5 session.", [("June 5", "2022-06-05")]),
        ("Abortion will become a bigger issue in the November election.", [("November", "2022-11")]),
        # "within the next month" is a stretch of time, not a month; "throughout this week" is a week.
        ("Talks must start within the next month.", []),
        ("Talks go on throughout this week.", [("this week", "2022-W21")]),
    ],
)
def test_a_date_before_a_noun_and_stretches(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Thursday's vote" names an event: the nearest Thursday, whatever the verb's tense.
        ("The governor barely qualified for Thursday's debate.", [("Thursday", "2022-05-26")]),
        ("Polls taken before Monday's vote showed a tie.", [("Monday", "2022-05-23")]),
    ],
)
def test_a_weekday_naming_an_event_is_the_nearest(nlp, text, expected):  # noqa: F811
    assert dates(nlp, text) == expected
