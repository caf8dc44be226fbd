"""`patrolx schema`: the published JSON Schema, and every kind of output checked against it."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

import patrolx
from patrolx.cli import app
from patrolx.records import SCHEMA_VERSION
from patrolx.schema import output_schema
from patrolx.serialize import FACT_LISTS

from .conftest import DEV_CORPUS, SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = output_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(validator: Draft202012Validator, record: dict) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(record)]


def test_the_command_prints_the_shipped_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == output_schema()
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_and_every_output_name_the_same_version():
    assert output_schema()["$defs"]["schema_version"]["const"] == SCHEMA_VERSION
    data = patrolx.facts_to_dict(patrolx.extract("Two Tu-95 bombers flew over the Sea of Japan on Tuesday."))
    assert data["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_sample_output_validates(validator, sample):
    for reference_date in (None, "2022-05-25"):
        facts = patrolx.extract(sample.read_text(encoding="utf-8"), reference_date=reference_date, source=sample.name)
        assert problems(validator, patrolx.facts_to_dict(facts)) == []


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="needs the dev corpus (../shared/corpus/dev)")
def test_every_dev_article_output_validates(validator):
    texts = sorted(DEV_CORPUS.glob("*.txt"))
    assert texts
    checked = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        published = json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("published")
        for reference_date in (None, published):  # dates resolved from the article alone, and from the gold date
            data = patrolx.facts_to_dict(patrolx.extract(text, reference_date=reference_date, source=path.name))
            assert problems(validator, data) == [], (path.name, reference_date)
            checked += sum(len(data[name]) for name in FACT_LISTS)
    assert checked > 200  # the corpus's facts were really there to check


def test_every_line_of_a_batch_validates_its_error_records_too(validator, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Chinese H-6K bombers flew for eight hours near Okinawa.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\xff\xfe binary")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "ok", "text": "Russian Su-35 fighters flew over the Baltic Sea.", "published": "2024-05-02"})
        + "\n"
        + json.dumps({"id": "no-text"})
        + "\n"
        + json.dumps({"id": "bad-date", "text": "Tu-95 bombers.", "published": "May 2"})
        + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", "--workers", "1", "--quiet", str(folder), str(feed), "-o", str(output)])
    assert result.exit_code == 1  # some articles failed
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    errors = [line for line in lines if "error" in line]
    assert len(lines) == 6 and len(errors) == 4
    for line in lines:
        assert problems(validator, line) == [], line


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("schema_version"),
        lambda d: d.update(schema_version="0.9"),
        lambda d: d["dates"][0].update(value="Tuesday"),
        lambda d: d["durations"][0].update(value="8 hours"),
        lambda d: d["aircraft"][0].pop("family"),
        lambda d: d["countries"][0].update(iso3="China"),
        lambda d: d["regions"][0].update(kind="lake"),
        lambda d: d["quotes"][0].update(parts=[[1, 2, 3]]),
        lambda d: d["quotes"][0]["speaker"].update(start=-1),
        lambda d: d.update(extra_field=1),
        lambda d: d["event"]["type"].update(value="raid"),
        lambda d: d["event"]["date"].update(dates=[]),
    ],
    ids=[
        "no-version",
        "other-version",
        "date",
        "duration",
        "aircraft",
        "country",
        "region",
        "parts",
        "speaker",
        "extra",
        "event-type",
        "event-pointers",
    ],
)
def test_a_record_off_the_contract_is_refused(validator, damage):
    text = (
        'Chinese H-6K bombers flew for eight hours over the East China Sea on Tuesday. "We watched them closely," '
        "Japan's defence minister Nobuo Kishi said."
    )
    data = patrolx.facts_to_dict(patrolx.extract(text, reference_date="2022-05-25"))
    assert problems(validator, data) == []
    broken = copy.deepcopy(data)
    damage(broken)
    assert problems(validator, broken) != []
