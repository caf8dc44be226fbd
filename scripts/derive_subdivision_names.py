#!/usr/bin/env python3
"""Derive data/subdivision_names.tsv: Wikidata ids, coordinates and English names of ISO 3166-2 subdivisions.

Inputs (see data/SOURCES.md for the versions used and their licences):
  STATES  `csv/states.csv` of the Countries States Cities Database (ODbL 1.0): per ISO 3166-2 code, the
          Wikidata id and a point inside the subdivision.
  NAMES   `iso3166_2_resources/local_other_names.csv` of the iso3166-2 package (MIT): per code, other names
          tagged with their language; the English ones ("Central Java (eng)") are kept.
  CITIES  the folder `contributions/cities/` of the same Countries States Cities Database (one JSON file per
          country): which of a subdivision's names are also the name of a city of its country ("Idlib",
          "Kherson"), so that the plain name is not taken for the region.

    python scripts/derive_subdivision_names.py STATES NAMES CITIES

Only the columns patrolx uses are kept; the result is small enough to commit and to review.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "subdivision_names.tsv"
# Entries of the cities files that are areas, not places: the rest are cities, towns, and the seats of
# administrative divisions (GeoNames' PPLA... as "adm1", "adm2"...).
AREA_TYPES = {"district", "county", "section", "regency", "prefecture", "province", "state", "region"}
ENGLISH = re.compile(r"^(.+?) \(eng\)$")


def english_names(other_names: str) -> list[str]:
    """'Херсонська область (ukr), Kherson (eng)' -> ['Kherson']."""
    names = []
    for part in other_names.split(", "):
        match = ENGLISH.match(part.strip())
        if match and match.group(1) not in names:
            names.append(match.group(1))
    return names


def fold(name: str) -> str:
    """A key under which spellings of one name meet: 'Ar-Raqqah' and 'Raqqa', 'Kunduz Province' and 'Kunduz'."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r" (province|governorate|region|oblast|district|state|prefecture|county|department)$", "", name)
    name = re.sub(r"^(al|ar|as|ad|an|at|ash|az|el)[- ]", "", name)
    return re.sub(r"[^a-z]", "", name).removesuffix("h")


def city_names(cities_dir: Path) -> dict[str, set[str]]:
    """Country code -> the folded names of its cities."""
    found: dict[str, set[str]] = {}
    for path in sorted(cities_dir.glob("*.json")):
        for city in json.loads(path.read_text(encoding="utf-8")):
            if city.get("type") not in AREA_TYPES:
                found.setdefault(city["country_code"], set()).add(fold(city["name"]))
    return found


def derive(states_csv: Path, names_csv: Path, cities_dir: Path) -> list[dict[str, str]]:
    with open(states_csv, encoding="utf-8", newline="") as handle:
        states = {row["iso3166_2"]: row for row in csv.DictReader(handle) if row["iso3166_2"]}
    with open(names_csv, encoding="utf-8", newline="") as handle:
        name_rows = list(csv.DictReader(handle))
    names = {row["subdivisionCode"]: english_names(row["localOtherName"]) for row in name_rows}
    iso_names = {row["subdivisionCode"]: [row["name"]] for row in name_rows}  # the ISO 3166-2 name
    cities = city_names(cities_dir)
    rows = []
    for code in sorted(states.keys() | names.keys()):
        state = states.get(code, {})
        own_names = [state.get("name", ""), *names.get(code, []), *iso_names.get(code, [])]
        country_cities = cities.get(code.split("-")[0], set())
        lat, lon = state.get("latitude", ""), state.get("longitude", "")
        rows.append(
            {
                "code": code,
                "wikidata": state.get("wikiDataId", "") if re.fullmatch(r"Q\d+", state.get("wikiDataId", "")) else "",
                "lat": f"{float(lat):.3f}" if lat else "",
                "lon": f"{float(lon):.3f}" if lon else "",
                "english_names": "|".join(names.get(code, [])),
                "city_names": "|".join(dict.fromkeys(n for n in own_names if n and fold(n) in country_cities)),
                "cities_known": "1" if code.split("-")[0] in cities else "0",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("states", type=Path, help="csv/states.csv of the Countries States Cities Database")
    parser.add_argument("names", type=Path, help="local_other_names.csv of the iso3166-2 package")
    parser.add_argument("cities", type=Path, help="contributions/cities/ of the Countries States Cities Database")
    args = parser.parse_args(argv)
    rows = derive(args.states, args.names, args.cities)
    with open(OUTPUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(rows)} subdivisions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
