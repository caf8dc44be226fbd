#!/usr/bin/env python3
"""Regenerate patterns/aircraft.jsonl, the aircraft knowledge file.

Inputs: our curated families in data/aircraft_supplement.txt, plus the
reference data folder (default: ../shared/data beside the project; see its
SOURCES.md): NATO reporting names fill in `nato_name` where we left it empty
and add the older Soviet and Chinese types we did not curate; ICAO Doc 8643
designators fill in `icao` where exactly one designator names the family.

    python scripts/build_aircraft.py [--data-dir DIR] [--check]

--check regenerates in memory and exits 1 if the committed file differs.

The supplement has one family per line, fields separated by "|":
    family | manufacturer | origin | role | nato | nato_forms | variants | aliases | names | context_names
with comma-separated lists. What each field means is documented in
src/patrolx/components/aircraft.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENT = ROOT / "data" / "aircraft_supplement.txt"
OUTPUT = ROOT / "patterns" / "aircraft.jsonl"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
FIELDS = (
    "family",
    "manufacturer",
    "origin",
    "role",
    "nato",
    "nato_forms",
    "variants",
    "aliases",
    "names",
    "context_names",
)
LIST_FIELDS = ("nato_forms", "variants", "aliases", "names", "context_names")
# A designation as reference lists write it: letters, a hyphen, a number ("Su-27", "MiG-29", "Il-76").
DESIGNATION = re.compile(r"\b([A-Z][A-Za-z]{0,3})-(\d{1,4})([A-Z]{0,3})\b")
# Makers of the NATO-named types we add ourselves -> (short name, origin).
NATO_MAKERS = {
    "Antonov": ("Antonov", "UKR"),
    "Beriev": ("Beriev", "RUS"),
    "Ilyushin": ("Ilyushin", "RUS"),
    "Kamov": ("Kamov", "RUS"),
    "Lavochkin": ("Lavochkin", "RUS"),
    "Lisunov": ("Lisunov", "RUS"),
    "Mikoyan": ("Mikoyan", "RUS"),
    "Mikoyan-Gurevich": ("Mikoyan", "RUS"),
    "Mil": ("Mil", "RUS"),
    "Myasishchev": ("Myasishchev", "RUS"),
    "Petlyakov": ("Petlyakov", "RUS"),
    "Sukhoi": ("Sukhoi", "RUS"),
    "Tupolev": ("Tupolev", "RUS"),
    "Yakovlev": ("Yakovlev", "RUS"),
    "Chengdu": ("Chengdu", "CHN"),
    "Harbin": ("Harbin", "CHN"),
    "Nanchang": ("Nanchang", "CHN"),
    "Shenyang": ("Shenyang", "CHN"),
    "Xian": ("Xian", "CHN"),
}
# Designations that are also rifles, engines or roads ("M-4 carbine", "V-12 engine"): not added.
RISKY_PREFIXES = {"M", "V"}
# Old types whose designation news uses for something else ("IL-2", interleukin-2): not added.
RISKY_DESIGNATIONS = {"Il-2"}
NATO_ROLES = {"fighter": "fighter", "bomber": "bomber", "transport": "transport", "helicopter": "helicopter"}


def key(designation: str) -> str:
    return re.sub(r"[^0-9a-z]", "", designation.lower())


def read_supplement(path: Path) -> list[dict]:
    families = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        values = [value.strip() for value in line.split("|")]
        if len(values) != len(FIELDS):
            raise SystemExit(f"{path}:{number}: expected {len(FIELDS)} fields, found {len(values)}")
        entry = dict(zip(FIELDS, values, strict=True))
        for field in LIST_FIELDS:
            entry[field] = [item.strip() for item in entry[field].split(",") if item.strip()]
        families.append(entry)
    return families


def nato_designations(listed: str) -> list[tuple[str, str]]:
    """(maker, designation) pairs from a text like "Sukhoi Su-27/Su-30 and Shenyang J-11/J-15"."""
    listed = re.sub(r"\([^)]*\)", "", listed)  # "Po-2 (U-2)": the bracket is another name
    pairs = []
    maker = ""
    for part in re.split(r",| and ", listed):
        words = part.split()
        if words and words[0] in NATO_MAKERS:
            maker = words[0]
        for match in DESIGNATION.finditer(part):
            pairs.append((maker, match.group(0)))
            # "Ka-27/29/32": bare numbers after a slash share the prefix.
            tail = part[match.end() :]
            for number in re.findall(r"^/(\d{1,4})|(?<=\d)/(\d{1,4})", tail):
                for digits in number:
                    if digits:
                        pairs.append((maker, f"{match.group(1)}-{digits}"))
    return pairs


def read_nato(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def nato_title(name: str) -> str:
    # "BEAR A/B/C/D" -> "Bear"; "FIRE FANG" -> "Fire Fang".
    first = name.split("/")[0]
    first = re.sub(r"\s[A-Z](\s|$).*", "", first)
    return first.title()


def icao_codes(path: Path) -> dict[str, list[str]]:
    """Family key -> ICAO designators whose model is exactly that designation or name.

    Only the model text is trusted, never the code: TU95 is listed as the
    Tu-142 and J10 as the "F-10". "Il-76/82" counts for the Il-76.
    """
    codes: dict[str, list[str]] = {}
    for code, (model, _description, _wake) in json.loads(path.read_text(encoding="utf-8")).items():
        words = model.split()
        model_name = " ".join(w for w in words if not w.isupper() or any(c.isdigit() for c in w))
        designation = next((w for w in words[1:] if re.fullmatch(r"[A-Za-z]{0,4}-?\d{1,4}[A-Za-z]*(/\S+)?", w)), None)
        if designation:
            codes.setdefault(key(designation.split("/")[0]), []).append(code)
        elif model_name:
            codes.setdefault(key(model_name), []).append(code)
    return codes


def pick_icao(family: str, codes: dict[str, list[str]]) -> str | None:
    found = codes.get(key(family), [])
    if len(found) == 1:
        return found[0]
    return key(family).upper() if key(family).upper() in found else None


def check_unique_designations(families: list[dict]) -> None:
    """A designation must point at one family only ("EP-3" is not also a P-3)."""
    owner: dict[str, str] = {}
    for family in families:
        for designation in [family["family"], *family["variants"], *family["aliases"]]:
            k = key(designation)
            if owner.setdefault(k, family["family"]) != family["family"]:
                raise SystemExit(f"{designation} is listed under both {owner[k]} and {family['family']}")


def build(data_dir: Path) -> list[dict]:
    families = read_supplement(SUPPLEMENT)
    known_keys = {key(f["family"]) for f in families}
    known_keys |= {key(d) for f in families for d in f["variants"] + f["aliases"]}
    by_key = {key(f["family"]): f for f in families}
    generated: dict[str, dict] = {}
    for row in read_nato(data_dir / "nato_reporting_names.tsv"):
        nato = nato_title(row["reporting_name"])
        for maker, designation in nato_designations(row["designations_as_listed"]):
            k = key(designation)
            if k in by_key:
                if not by_key[k]["nato"]:
                    by_key[k]["nato"] = nato
                continue
            if (
                k in known_keys
                or maker not in NATO_MAKERS
                or designation.split("-")[0] in RISKY_PREFIXES
                or designation in RISKY_DESIGNATIONS
            ):
                continue
            # "Yak-28P" is a variant of the Yak-28 family.
            base = DESIGNATION.fullmatch(designation)
            family_name = f"{base.group(1)}-{base.group(2)}"
            if key(family_name) in by_key:
                by_key[key(family_name)]["variants"].append(designation)
                continue
            if key(family_name) in generated:
                if designation != family_name:
                    generated[key(family_name)]["variants"].append(designation)
                continue
            short, origin = NATO_MAKERS[maker]
            generated[key(family_name)] = {
                "family": family_name,
                "manufacturer": short,
                "origin": origin,
                "role": NATO_ROLES.get(row["category"], ""),
                "nato": nato,
                "nato_forms": [],
                "variants": [designation] if designation != family_name else [],
                "aliases": [],
                "names": [],
                "context_names": [],
            }
    families += sorted(generated.values(), key=lambda f: key(f["family"]))

    check_unique_designations(families)
    codes = icao_codes(data_dir / "icao_aircraft_types.json")
    rows = []
    for family in families:
        maker = family["manufacturer"]
        name = family["family"] if not maker or family["family"].startswith(maker) else f"{maker} {family['family']}"
        rows.append(
            {
                "label": "AIRCRAFT",
                "pattern": family["family"],
                "id": family["family"],
                "name": name,
                "manufacturer": maker or None,
                "nato_name": family["nato"] or None,
                "origin": family["origin"] or None,
                "role": family["role"] or None,
                "icao": pick_icao(family["family"], codes),
                **{field: family[field] for field in LIST_FIELDS},
            }
        )
    return rows


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA, help="folder of reference data")
    parser.add_argument("--check", action="store_true", help="only verify the committed file is up to date")
    args = parser.parse_args(argv)
    text = render(build(args.data_dir))
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"out of date: {OUTPUT.name}; run scripts/build_aircraft.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10))} families)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
