#!/usr/bin/env python3
"""Regenerate patterns/countries.jsonl and patterns/regions.jsonl from reference data.

Inputs: the reference data folder (default: ../shared/data beside the
project; see its SOURCES.md), ISO 3166-2 subdivisions from the pycountry
package (`pip install -e '.[build]'`), and our curated supplements in data/.

    python scripts/build_patterns.py [--data-dir DIR] [--check]

--check regenerates in memory and exits 1 if a committed file differs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENTS = ROOT / "data"
PATTERNS = ROOT / "patterns"
DEFAULT_DATA = ROOT.parent / "shared" / "data"

# Natural Earth feature classes -> our region kinds.
MARINE_KINDS = {
    "ocean": "ocean",
    "sea": "sea",
    "bay": "bay",
    "gulf": "gulf",
    "strait": "strait",
    "channel": "channel",
    "sound": "strait",
    "fjord": "bay",
    "inlet": "bay",
    "lagoon": "bay",
    "reef": "island",
}
# Heads that take the form "Sea of X" and so also appear as "X Sea".
OF_HEADS = ("Sea", "Strait", "Gulf", "Bay")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def usable_alias(text: str) -> bool:
    """Latin-script names of four or more characters; short codes would hit ordinary words."""
    return len(text) >= 4 and bool(re.fullmatch(r"[A-Za-z][A-Za-z .'’()-]*", text)) and "," not in text


def build_countries(data_dir: Path) -> list[dict]:
    source = json.loads((data_dir / "countries.mledoze.json").read_text(encoding="utf-8"))
    supplement = read_jsonl(SUPPLEMENTS / "countries_supplement.jsonl")
    included = {s["id"] for s in supplement if s.get("include")}
    person_names = {n for s in supplement for n in s.get("person_names", [])}
    not_capitals = {n for s in supplement for n in s.get("not_capitals", [])}
    ambiguous = {n for s in supplement for n in s.get("ambiguous_demonyms", [])}
    not_names = {n for s in supplement for n in s.get("not_names", [])}

    states: dict[str, dict] = {}
    patterns: dict[tuple[str, str], str] = {}  # (label, text) -> iso3

    def add(label: str, text: str, iso3: str) -> None:
        if label == "COUNTRY" and text in person_names:
            label = "PERSON_NAME"
        patterns.setdefault((label, text), iso3)

    for country in source:
        iso3 = country["cca3"]
        if not (country.get("independent") or iso3 in included):
            continue
        states[iso3] = {"iso2": country["cca2"], "name": country["name"]["common"]}
        for label, text in country_patterns(country, not_names, ambiguous, not_capitals):
            add(label, text, iso3)
    for line in supplement:
        if "name" in line:
            states[line["id"]] = {"iso2": line["iso2"], "name": line["name"]}
        for text in line.get("patterns", []):
            add(line["label"], text, line["id"])
    # A capital that is also the country's name ("Singapore", "Kuwait") is the country.
    country_texts = {text for (label, text) in patterns if label != "CAPITAL"}
    rows = []
    for (label, text), iso3 in sorted(patterns.items(), key=lambda item: (item[1], item[0])):
        if label == "CAPITAL" and text in country_texts:
            continue
        meta = states[iso3] if iso3 else {"iso2": "", "name": ""}
        rows.append({"label": label, "pattern": text, "id": iso3 or "NONE", **meta})
    return rows


def country_patterns(
    country: dict, not_names: set[str], ambiguous: set[str], not_capitals: set[str]
) -> Iterator[tuple[str, str]]:
    """(label, text) of a country's names, demonyms and capitals that make usable patterns."""
    names = [country["name"]["common"], country["name"]["official"], *country.get("altSpellings", [])]
    for name in names:
        if name in not_names:
            continue
        if usable_alias(name) or (name.isupper() and len(name) == 3 and name.isalpha()):
            yield "COUNTRY", name
    for demonym in set(country.get("demonyms", {}).get("eng", {}).values()):
        if demonym and demonym not in ambiguous:
            yield "DEMONYM", demonym
            if demonym[-1] in "ni":  # "Russians", "Americans", "Israelis"
                yield "DEMONYM", demonym + "s"
    for capital in country.get("capital", []):
        if capital not in not_capitals and usable_alias(capital):
            yield "CAPITAL", capital


def title(name: str) -> str:
    return name.title() if name.isupper() else name


def build_regions(data_dir: Path, country_texts: set[str]) -> list[dict]:
    entries: dict[str, dict] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for name, names in subdivision_regions(country_texts).items():
        entries[name] = {"kind": "subnational", "wikidata": None, "lat": None, "lon": None}
        aliases[name].update(names)
    with open(data_dir / "marine_areas.naturalearth.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            kind = MARINE_KINDS.get(row["featurecla"].lower())
            if kind is None:
                continue
            name = title(row["name"].strip())
            entries.setdefault(
                name,
                {
                    "kind": kind,
                    "wikidata": row["wikidata_qid"] or None,
                    "lat": round(float(row["centroid_lat"]), 3),
                    "lon": round(float(row["centroid_lon"]), 3),
                },
            )
            aliases[name].add(name)
    for line in read_jsonl(SUPPLEMENTS / "regions_supplement.jsonl"):
        name = line["name"]
        known = entries.get(name, {})
        entries[name] = {
            "kind": line["kind"],
            "wikidata": line.get("wikidata", known.get("wikidata")),
            "lat": line.get("lat", known.get("lat")),
            "lon": line.get("lon", known.get("lon")),
        }
        aliases[name].update([name, *line.get("aliases", [])])
    for name in list(entries):
        match = re.fullmatch(rf"({'|'.join(OF_HEADS)}) of ([A-Z][a-z]+)", name)
        if match:
            aliases[name].add(f"{match.group(2)} {match.group(1)}")
        # "the North Atlantic" for the North Atlantic Ocean; never a one-word stem ("Indian").
        match = re.fullmatch(r"(\w+ \w+) Ocean", name)
        if match:
            aliases[name].add(match.group(1))
    rows = []
    seen: set[str] = set()
    for name in sorted(entries):
        meta = entries[name]
        for alias in sorted(aliases[name]):
            if alias.lower() in seen:
                continue
            seen.add(alias.lower())
            rows.append({"label": "REGION", "pattern": alias, "id": name, **meta})
    return rows


def ascii_fold(name: str) -> str:
    """'Karnātaka' -> 'Karnataka': English news drops the diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def subdivision_regions(country_texts: set[str]) -> dict[str, set[str]]:
    """First-level subdivisions (ISO 3166-2, via pycountry) as region name -> aliases."""
    import pycountry

    config = json.loads((SUPPLEMENTS / "subdivisions.json").read_text(encoding="utf-8"))
    found: dict[str, set[str]] = defaultdict(set)
    for code, rules in config["countries"].items():
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.parent_code is not None:
                continue
            name = sub.name
            for suffix in config["strip"]:
                name = name.replace(suffix, "")
            name = ascii_fold(name).strip()
            if name in config["exclude"] or name in country_texts or not usable_alias(name):
                continue
            if sub.type in rules["bare"]:
                found[name].add(name)
            if sub.type in rules["suffix"]:
                found[name].add(f"{name} {rules['suffix'][sub.type]}")
    return {name: aliases for name, aliases in found.items() if aliases}


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA, help="folder of reference data")
    parser.add_argument("--check", action="store_true", help="only verify the committed files are up to date")
    args = parser.parse_args(argv)
    countries = build_countries(args.data_dir)
    country_texts = {row["pattern"] for row in countries}
    outputs = {
        "countries.jsonl": render(countries),
        "regions.jsonl": render(build_regions(args.data_dir, country_texts)),
    }
    stale = []
    for name, text in outputs.items():
        path = PATTERNS / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10))} patterns)")
    if stale:
        print(f"out of date: {', '.join(stale)}; run scripts/build_patterns.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
