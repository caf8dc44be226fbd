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
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENTS = ROOT / "data"
PATTERNS = ROOT / "patterns"
DEFAULT_DATA = ROOT.parent / "shared" / "data"


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
        "regions.jsonl": render(Gazetteer(args.data_dir, country_texts).build()),
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
