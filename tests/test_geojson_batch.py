"""`patrolx batch --format geojson`: GeoJSON Lines, one Point Feature per distinct mapped region per article."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from patrolx.cli import app

from .conftest import SAMPLES


def test_a_batch_as_geojson_lines_has_a_point_per_distinct_mapped_region_of_each_article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        (folder / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("")
    runner = CliRunner()
    geo = tmp_path / "regions.geojsonl"
    facts = tmp_path / "facts.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(geo), "--format", "geojson", "-w", "1", "-q"])
    assert result.exit_code == 1  # the empty file
    assert runner.invoke(app, ["batch", str(folder), "-o", str(facts), "-w", "1", "-q"]).exit_code == 1

    features = [json.loads(line) for line in geo.read_text().splitlines()]
    assert all(feature["type"] == "Feature" for feature in features)
    failed = [f for f in features if f["geometry"] is None]
    assert [f["properties"]["source"] for f in failed] == [str(folder / "empty.txt")]
    assert failed[0]["properties"]["error"]["type"] == "InputError"

    expected = set()
    for record in map(json.loads, facts.read_text().splitlines()):
        for region in record.get("regions", []):
            if region["lat"] is not None:
                expected.add((record["source"], region["name"], region["lon"], region["lat"]))
    points = {
        (f["properties"]["source"], f["properties"]["name"], *f["geometry"]["coordinates"])
        for f in features
        if f["geometry"] is not None
    }
    assert points == expected and len(points) == len(features) - 1  # distinct per article, longitude first
    assert all(f["geometry"]["type"] == "Point" for f in features if f["geometry"])
