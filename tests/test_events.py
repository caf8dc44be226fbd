"""Events: the event of one article, and `patrolx events` grouping reports of one event across outlets."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import patrolx
from patrolx.cli import app
from patrolx.events.grouping import group_reports, sort_key
from patrolx.events.merging import merge_event
from patrolx.events.ordering import sorted_reports
from patrolx.events.report import report_from_facts

from .conftest import ROOT

runner = CliRunner()
GOLD = json.loads((ROOT / "tests" / "data" / "event_groups.json").read_text(encoding="utf-8"))
SEEDS = ("seed-defence-tu95-h6", "seed-voi-tu95-h6")


def facts_of(name: str) -> dict:
    entry = GOLD["articles"][name]
    text = (ROOT / entry["file"]).read_text(encoding="utf-8")
    return patrolx.facts_to_dict(patrolx.extract(text, reference_date=entry["published"], source=name))


@pytest.fixture(scope="module")
def all_facts() -> dict[str, dict]:
    articles = [
        patrolx.Article((ROOT / entry["file"]).read_text(encoding="utf-8"), name, entry["published"])
        for name, entry in GOLD["articles"].items()
    ]
    return {facts.source: patrolx.facts_to_dict(facts) for facts in patrolx.extract_many(articles)}


def events_of(records: list[dict]) -> list[dict]:
    reports = [report_from_facts(record) for record in records]
    return [merge_event(group) for group in group_reports(sorted(reports, key=sort_key))]


# -- the event of one article -------------------------------------------------------------------------------


def test_the_seed_patrol_is_read_from_each_seed(all_facts):
    for name in SEEDS:
        event = all_facts[name]["event"]
        assert event["type"]["value"] == "patrol"
        assert event["date"]["value"] == "2022-05-24"
        assert [c["iso3"] for c in event["actors"]] in (["CHN", "RUS"], ["RUS", "CHN"])
        assert {a["family"] for a in event["aircraft"]} == {"Tu-95", "H-6"}
        assert event["duration"]["value"] == "PT13H"
        assert {"Sea of Japan", "East China Sea"} <= {r["name"] for r in event["regions"]}


def test_every_field_points_at_the_facts_it_came_from(all_facts):
    for name, facts in all_facts.items():
        event = facts["event"]
        text = (ROOT / GOLD["articles"][name]["file"]).read_text(encoding="utf-8")
        if event["type"]:
            for start, end in event["type"]["cues"]:
                assert text[start:end].strip()
        if event["date"]:
            assert all(0 <= i < len(facts["dates"]) for i in event["date"]["dates"])
        if event["duration"]:
            (index,) = event["duration"]["durations"]
            assert facts["durations"][index]["value"] == event["duration"]["value"]
        for aircraft in event["aircraft"] or ():
            assert {facts["aircraft"][i]["family"] for i in aircraft["aircraft"]} == {aircraft["family"]}
        for region in event["regions"] or ():
            assert {facts["regions"][i]["name"] for i in region["regions"]} == {region["name"]}
        for side in ("actors", "observers"):
            for country in event[side] or ():
                assert {facts["countries"][i]["iso3"] for i in country["countries"]} == {country["iso3"]}


def test_interceptors_and_owners_of_the_space_are_observers_not_actors(all_facts):
    event = all_facts["dev-030"]["event"]  # a Russian Su-27 heads off a US RC-135 over the Black Sea
    assert [c["iso3"] for c in event["actors"]] == ["USA"]
    assert [c["iso3"] for c in event["observers"]] == ["RUS"]
    assert event["type"]["value"] == "intercept"


def test_an_adiz_incursion_is_an_airspace_violation_on_the_day_the_lead_gives(all_facts):
    event = all_facts["dev-009"]["event"]  # Oct. 15, though the article lists a dozen earlier incursions
    assert event["type"]["value"] == "airspace violation"
    assert event["date"]["value"] == "2020-10-15"
    assert [c["iso3"] for c in event["actors"]] == ["CHN"]


def test_a_date_told_of_an_earlier_occasion_or_of_the_report_is_not_the_activitys(all_facts):
    # The minister spoke on Tuesday (Dec. 16) of the joint flight of Dec. 9.
    assert all_facts["dev-020"]["event"]["date"]["value"] == "2025-12-09"
    # "reported on Wednesday" the shadowing "on Tuesday".
    assert all_facts["dev-003"]["event"]["date"]["value"] == "2017-01-24"


def test_a_negated_cue_does_not_count():
    text = "Russian bombers did not violate Japanese airspace over the Sea of Japan on Tuesday, Tokyo said."
    event = patrolx.extract(text, reference_date="2024-03-06").event
    assert event.type is None or event.type.value != "airspace violation"


def test_exercise_type_and_null_fields_where_the_article_is_silent():
    text = "Indonesia's air force held large drills over the Natuna Islands on Wednesday."
    event = patrolx.extract(text, reference_date="2016-10-06").event
    assert event.type.value == "exercise"
    assert event.date.value == "2016-10-05"
    assert event.duration is None and event.aircraft is None


def test_an_article_about_nothing_military_has_an_empty_event():
    event = patrolx.facts_to_dict(patrolx.extract("The council approved the new budget."))["event"]
    assert set(event.values()) == {None}


def test_a_weekday_without_a_reference_date_is_read_against_the_articles_full_date():
    text = (
        "China and Russia flew a joint patrol over the East China Sea on Tuesday.\n\n"
        "Photo credit: handout, May 24, 2022."
    )
    assert patrolx.extract(text).event.date.value == "2022-05-24"


# -- grouping and merging -----------------------------------------------------------------------------------


def test_the_seeds_are_one_event_with_both_sources_and_no_conflict(all_facts):
    events = events_of([all_facts[name] for name in SEEDS])
    assert len(events) == 1
    (event,) = events
    assert sorted(source["source"] for source in event["sources"]) == sorted(SEEDS)
    assert event["conflicts"] == []
    assert event["date"] == "2022-05-24" and event["type"] == "patrol"
    assert event["duration"] == {"value": "PT13H", "seconds": 46800}


def test_the_gold_groups_are_found(all_facts):
    events = events_of(list(all_facts.values()))
    found = sorted(sorted(source["source"] for source in event["sources"]) for event in events)
    assert found == sorted(sorted(group) for group in GOLD["groups"])


def test_reports_that_disagree_give_conflicts(all_facts):
    (bering,) = events_of(
        [all_facts[n] for n in ("bering-bombers-wire", "bering-bombers-ministry", "bering-bombers-local")]
    )
    conflicts = {(c["field"], c.get("family")): c["values"] for c in bering["conflicts"]}
    assert {v["value"] for v in conflicts[("count", "Tu-95")]} == {2, 4}
    assert {v["value"] for v in conflicts[("duration", None)]} == {"PT10H", "PT12H"}
    (baltic,) = events_of([all_facts[n] for n in ("baltic-il20-berlin", "baltic-il20-tallinn")])
    assert {v["value"] for c in baltic["conflicts"] if c["field"] == "date" for v in c["values"]} == {
        "2023-02-13",
        "2023-02-14",
    }


def test_each_source_says_what_it_contributed(all_facts):
    (event,) = events_of([all_facts[n] for n in ("bering-bombers-wire", "bering-bombers-ministry")])
    by_source = {source["source"]: source["contributed"] for source in event["sources"]}
    assert by_source["bering-bombers-wire"]["duration"] == "PT10H"
    assert by_source["bering-bombers-ministry"]["duration"] == "PT12H"


def test_grouping_does_not_depend_on_input_order(all_facts):
    records = list(all_facts.values())
    forward = [json.dumps(event, sort_keys=True) for event in events_of(records)]
    backward = [json.dumps(event, sort_keys=True) for event in events_of(records[::-1])]
    assert forward == backward


def test_same_routine_event_on_other_days_stays_apart(all_facts):
    # Russian Su-27s meeting a US RC-135 over the Black Sea: on Aug. 28 and again on Sept. 9, 2020.
    assert len(events_of([all_facts["dev-030"], all_facts["dev-031"]])) == 2


def test_sorting_on_disk_gives_the_same_order_as_in_memory(all_facts):
    reports = [report_from_facts(record) for record in all_facts.values()] * 3
    assert list(sorted_reports(reports, sort_key, run_size=4)) == sorted(reports, key=sort_key)


# -- the command --------------------------------------------------------------------------------------------


def write_facts(path: Path, records: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(record) + b"\n" for record in records))


def test_events_command_reads_facts_and_writes_one_line_per_event(tmp_path, all_facts):
    facts = tmp_path / "facts.jsonl"
    write_facts(facts, [all_facts[name] for name in (*SEEDS, "dev-021")] + [{"source": "x", "error": {}}])
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["events", str(facts), "-o", str(out)])
    assert result.exit_code == 1, result.output  # as a batch with a failed article
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [len(event["sources"]) for event in events] == [2, 1]
    assert "Error: x: " in result.output and "3 reports, 1 failed" in result.output


def test_events_command_reads_a_feed_of_articles_with_urls(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = []
    for name in SEEDS:
        entry = GOLD["articles"][name]
        text = (ROOT / entry["file"]).read_text(encoding="utf-8")
        url = f"https://www.{name.split('-')[1]}.example/story"
        lines.append(json.dumps({"id": name, "text": text, "published": entry["published"], "url": url}))
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["events", str(feed), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {source["outlet"] for source in event["sources"]} == {"defence.example", "voi.example"}


def test_an_article_that_fails_is_named_and_the_others_still_grouped(tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = "Two Tu-95 bombers flew over the Sea of Japan on Tuesday, the ministry said."
    lines = [json.dumps({"id": "good", "text": good, "published": "2022-05-26"}), '{"id": "bad", "text": 7}']
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["events", str(feed), "--workers", "1", "--quiet"])
    assert result.exit_code == 1
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [source["source"] for source in event["sources"]] == ["good"]
    assert result.stderr.startswith("Error: bad: ")


def test_events_command_names_a_missing_input(tmp_path):
    result = runner.invoke(app, ["events", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "nope.jsonl" in result.output


def test_events_command_names_a_broken_facts_line_and_writes_nothing(tmp_path, all_facts):
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(orjson.dumps(all_facts["dev-021"]) + b"\n{broken\n")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["events", str(facts), "-o", str(out)])
    assert result.exit_code == 2
    assert "facts.jsonl:2" in result.output
    assert not out.exists()


def test_cue_phrases_split_as_the_pipelines_tokenizer_splits_them():
    # Articles' words are read from the doc's tokens: every cue must be split the same way to be found.
    from patrolx.api import get_pipeline
    from patrolx.events.words import PATTERN_FILE, split_like_spacy
    from patrolx.resources import read_shipped

    nlp = get_pipeline()
    for line in read_shipped(PATTERN_FILE).splitlines():
        phrase = json.loads(line)["pattern"]
        if "'" in phrase or "’" in phrase or phrase == "cannot":
            continue  # contractions split as "did" + "n't": the file lists "n't" itself for them
        assert split_like_spacy(phrase) == [token.lower_ for token in nlp.make_doc(phrase)], phrase


def test_a_contraction_negates_a_cue_in_extract():
    text = "The Russian bombers didn't violate Japanese airspace over the Sea of Japan on Tuesday."
    event = patrolx.extract(text, reference_date="2024-03-06").event
    assert event.type is None or event.type.value != "airspace violation"


def test_a_text_processed_in_parts_gets_its_event_from_the_whole_text():
    entry = GOLD["articles"]["seed-voi-tu95-h6"]
    text = (ROOT / entry["file"]).read_text(encoding="utf-8")
    whole = patrolx.extract(text, reference_date=entry["published"]).event
    parts = patrolx.extract(text, reference_date=entry["published"], part_chars=400).event
    assert (parts.type.value, parts.date.value, parts.duration.value) == ("patrol", "2022-05-24", "PT13H")
    assert [a.family for a in parts.aircraft] == [a.family for a in whole.aircraft]


def test_sentences_end_at_stops_and_line_breaks_not_after_abbreviations():
    from patrolx.api import get_pipeline
    from patrolx.events.words import ArticleWords

    text = 'Jets over the strait\nThe jets left on Sept. 5 from a U.S. base. "They returned!" Why?  Yes.'
    words = ArticleWords.of_doc(get_pipeline()(text))
    starts = [text[start:].split()[0] for start in words.sentence_starts]
    assert starts == ["Jets", "The", '"They', "Why?", "Yes."]


def test_only_some_families_leave_the_event_out():
    text = "Two Russian Tu-95 bombers flew over the Sea of Japan on Tuesday."
    assert patrolx.extract(text, families=["aircraft"]).event is None
    assert "event" not in json.loads(patrolx.to_json(patrolx.extract(text), families=["aircraft"]))
    assert patrolx.extract(text).event.aircraft[0].family == "Tu-95"


def test_a_country_one_report_shows_intercepting_is_no_actor_of_the_merged_event():
    from patrolx.events.report import Report

    def report(source: str, actors: tuple, observers: tuple) -> Report:
        aircraft = (("Tu-95", 2),)
        return Report(
            source, None, None, None, "intercept", "2022-05-24", actors, observers, aircraft, ("Alaska",), (), None
        )

    russia, usa = ("RUS", "Russia"), ("USA", "United States")
    event = merge_event([report("wire", (russia, usa), ()), report("ministry", (russia,), (usa,))])
    assert [c["iso3"] for c in event["actors"]] == ["RUS"]
    assert [c["iso3"] for c in event["observers"]] == ["USA"]
