import json
from dataclasses import fields, is_dataclass
from typing import Any

import pytest

import patrolx
from patrolx.records import QuoteFact, Speaker
from patrolx.serialize import FACT_LISTS, error_record, facts_to_dict, to_json

TEXT = (
    "Two Russian Tu-95 bombers flew over the Sea of Japan on Tuesday for eight hours, "
    'the ministry said. "We are watching closely," Defence Minister Jane Ito said.'
)


@pytest.fixture(scope="module")
def facts() -> patrolx.Facts:
    return patrolx.extract(TEXT, reference_date="2024-03-15", source="note.txt")


def test_one_line_holds_the_contract_keys_in_order(facts):
    line = to_json(facts)
    assert "\n" not in line
    data = json.loads(line)
    assert list(data) == ["schema_version", "source", "reference_date", "reference_date_source", *FACT_LISTS, "event"]
    assert data["source"] == "note.txt"
    assert data["reference_date"] == "2024-03-15"


def test_every_record_is_written_with_all_its_fields_in_order():
    # orjson writes what a record instance holds: a field left to its class (a default with init=False) would be
    # missing from the output.
    text = TEXT + " They patrol twice a week."
    facts = patrolx.extract(text, reference_date="2024-03-15")
    assert facts.frequencies and facts.quotes and facts.event.type

    def check(record: Any, written: Any) -> int:
        if is_dataclass(record):
            assert list(written) == [f.name for f in fields(record)], type(record).__name__
            return 1 + sum(check(getattr(record, f.name), written[f.name]) for f in fields(record))
        if isinstance(record, list):
            return sum(check(item, item_written) for item, item_written in zip(record, written, strict=True))
        return 0

    assert check(facts, json.loads(to_json(facts))) > 10


def test_every_offset_points_at_its_text(facts):
    data = json.loads(to_json(facts))
    for name in FACT_LISTS:
        for record in data[name]:
            assert TEXT[record["start"] : record["end"]] == record["text"]
    assert [record["text"] for record in data["aircraft"]] == ["Tu-95"]


def test_a_quote_nests_its_parts_and_speaker(facts):
    [quote] = [record for record in json.loads(to_json(facts))["quotes"] if record["kind"] == "direct"]
    assert quote["text"] == "We are watching closely"
    assert all(isinstance(part, list) and len(part) == 2 for part in quote["parts"])
    assert quote["speaker"]["name"] == "Jane Ito"
    assert quote["speaker"]["text"] == TEXT[quote["speaker"]["start"] : quote["speaker"]["end"]]


def test_indented_output_is_the_same_object(facts):
    indented = to_json(facts, indent=2)
    assert indented.startswith('{\n  "schema_version": "1.1",\n  "source": "note.txt",')
    assert json.loads(indented) == json.loads(to_json(facts)) == facts_to_dict(facts)


def test_other_indents_are_refused(facts):
    with pytest.raises(ValueError, match="indent"):
        to_json(facts, indent=4)


def test_non_ascii_text_is_written_as_is():
    quote = QuoteFact(text="Tōkyō “sees” it", start=0, end=15, parts=[(0, 15)], kind="direct", cue=None, speaker=None)
    facts = patrolx.Facts(quotes=[quote])
    line = to_json(facts)
    assert "Tōkyō “sees” it" in line
    assert json.loads(line)["quotes"][0]["speaker"] is None


def test_a_speaker_without_a_name_keeps_null_fields():
    speaker = Speaker(text="a spokesperson", start=4, end=18)
    quote = QuoteFact(text="no", start=0, end=2, parts=[(0, 2)], kind="indirect", cue="said", speaker=speaker)
    data = facts_to_dict(patrolx.Facts(quotes=[quote]))["quotes"][0]["speaker"]
    assert data == {
        "text": "a spokesperson",
        "start": 4,
        "end": 18,
        "name": None,
        "title": None,
        "affiliation": None,
        "country": None,
    }


def test_error_record_names_the_source_and_the_error():
    record = error_record("bad.txt", UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
    assert record["source"] == "bad.txt"
    assert record["error"]["type"] == "UnicodeDecodeError"
    assert "invalid start byte" in record["error"]["message"]
