"""The GeoJSON output: a FeatureCollection as RFC 7946 lays it out, a point per distinct region per article."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import patrolx
from patrolx.cli import app
from patrolx.serialize import to_geojson

ARTICLE = (
    "Two Russian Tu-95 bombers flew over the Sea of Japan on Tuesday before heading to the East China Sea. "
    "Japan scrambled fighters from Okinawa. Later the bombers returned to the Sea of Japan, near Hokkaido."
)
SECOND = "NATO jets intercepted the aircraft over the Baltic Sea, off Kaliningrad Oblast."


def check_feature_collection(collection: dict) -> None:
    """The structure RFC 7946 requires of a FeatureCollection of Point features."""
    assert collection["type"] == "FeatureCollection"
    assert isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) == {"type", "geometry", "properties"}
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]  # RFC 7946 section 3.1.1: longitude first, then latitude
        assert isinstance(lon, float | int) and -180 <= lon <= 180
        assert isinstance(lat, float | int) and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)


def test_one_point_per_distinct_region_with_its_mentions():
    facts = patrolx.extract(ARTICLE, source="a.txt")
    collection = json.loads(to_geojson([facts]))
    check_feature_collection(collection)
    names = [f["properties"]["name"] for f in collection["features"]]
    located = [r for r in facts.regions if r.lat is not None]
    assert names == list(dict.fromkeys(r.name for r in located))  # each once, in the order first met
    japan_sea = next(f for f in collection["features"] if f["properties"]["name"] == "Sea of Japan")
    assert [m["text"] for m in japan_sea["properties"]["mentions"]] == ["Sea of Japan", "Sea of Japan"]
    for mention in japan_sea["properties"]["mentions"]:
        assert ARTICLE[mention["start"] : mention["end"]] == mention["text"]
    region = next(r for r in facts.regions if r.name == "Sea of Japan")
    assert japan_sea["geometry"]["coordinates"] == [region.lon, region.lat]
    assert japan_sea["properties"]["kind"] == "sea"
    assert japan_sea["properties"]["source"] == "a.txt"
    okinawa = next(f for f in collection["features"] if f["properties"]["name"] == "Okinawa")
    assert okinawa["properties"]["country"] == "JPN" and okinawa["properties"]["wikidata"].startswith("Q")


def test_regions_without_coordinates_are_left_out():
    facts = patrolx.extract("Ships gathered in the Sea of Japan, near the Russian Far East and the Tsushima Strait.")
    collection = json.loads(to_geojson([facts]))
    check_feature_collection(collection)
    kept = {f["properties"]["name"] for f in collection["features"]}
    unlocated = {r.name for r in facts.regions if r.lat is None or r.lon is None}
    assert kept == {r.name for r in facts.regions} - unlocated
    assert "Sea of Japan" in kept and unlocated  # the text has regions of both sorts


def test_extract_writes_one_collection_for_several_files(tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "geojson", str(first), str(second)])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    check_feature_collection(collection)
    sources = {f["properties"]["source"] for f in collection["features"]}
    assert sources == {str(first), str(second)}
    kaliningrad = next(
        f
        for f in collection["features"]
        if f["properties"]["source"] == str(second) and f["properties"]["country"] == "RUS"
    )
    lon, lat = kaliningrad["geometry"]["coordinates"]
    assert 19 < lon < 23 and 54 < lat < 56  # Kaliningrad lies at about 20.5 E, 54.7 N
