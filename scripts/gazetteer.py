"""The world gazetteer behind patterns/regions.jsonl, built from reference data by scripts/build_patterns.py.

Sources (data/SOURCES.md): every ISO 3166-2 subdivision (pycountry) with Wikidata ids, points and English
names from data/subdivision_names.tsv; Natural Earth 10m geography regions (islands, island groups,
peninsulas, ranges, deserts...) and marine areas; our curated data/regions_supplement.jsonl, which wins
where it names the same place and adds what the data lacks (parts of oceans, "the Russian Far East").

Each alias gets a label telling the recognizer how much evidence it needs:
- REGION: the name alone (capitalised) is enough: "Kherson Oblast", "Central Java", "Sea of Okhotsk".
- REGION_CONTEXT: a bare name that is also a city, a word or a name elsewhere ("Kherson", "Papua",
  "Tsushima"): it counts only after a preposition of place, and, when the region lies in one state, in an
  article that names that state (see `patrolx.components.regions`).
A bare alias that names more than one place ("Central", "North") is left out.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPLEMENTS = ROOT / "data"
PLAIN = "REGION"
GUARDED = "REGION_CONTEXT"
# Heads that take the form "Sea of X" and so also appear as "X Sea".
OF_HEADS = ("Sea", "Strait", "Gulf", "Bay")


@dataclass
class Region:
    name: str
    kind: str
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    part_of: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> label
    curated: bool = False

    def add(self, alias: str, label: str = PLAIN) -> None:
        alias = " ".join(alias.split())
        if usable_alias(alias) and (self.aliases.get(alias) != PLAIN):
            self.aliases[alias] = label

    def metadata(self) -> dict:
        """The known metadata: a key left out is unknown (null in the output)."""
        values = {
            "kind": self.kind,
            "wikidata": self.wikidata,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "part_of": self.part_of,
        }
        return {key: value for key, value in values.items() if value is not None}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def usable_alias(text: str) -> bool:
    """Latin-script names of four or more characters; short codes would hit ordinary words."""
    return len(text) >= 4 and bool(re.fullmatch(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’()-]*", text)) and "," not in text


def ascii_fold(name: str) -> str:
    """'Karnātaka' -> 'Karnataka': English news drops the diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def title(name: str) -> str:
    """'KURIL ISLANDS' -> 'Kuril Islands'; mixed-case names stay as they are."""
    if not name.isupper():
        return name
    small = {"Of", "The", "And", "De", "Del", "La"}
    words = [w.capitalize() for w in name.split()]
    return " ".join(w.lower() if i and w in small else w for i, w in enumerate(words))


def rounded(value: str | float | None) -> float | None:
    return round(float(value), 3) if value not in (None, "") else None


class Gazetteer:
    def __init__(self, data_dir: Path, country_texts: set[str]) -> None:
        self.data_dir = data_dir
        self.country_texts = {t.lower() for t in country_texts}
        self.kinds = json.loads((SUPPLEMENTS / "region_kinds.json").read_text(encoding="utf-8"))
        self.regions: list[Region] = []

    def build(self) -> list[dict]:
        self.add_subdivisions()
        self.add_physical()
        self.add_marine()
        self.add_supplement()
        for region in self.regions:
            match = re.fullmatch(rf"({'|'.join(OF_HEADS)}) of ([A-Z][a-z]+)", region.name)
            if match:
                region.add(f"{match.group(2)} {match.group(1)}")  # "Hormuz Strait"
            # "the North Atlantic" for the North Atlantic Ocean; never a one-word stem ("Indian").
            match = re.fullmatch(r"((?:North|South) (\w+)) Ocean", region.name)
            if match:
                region.add(match.group(1))
                region.part_of = region.part_of or f"{match.group(2)} Ocean"
        return self.rows()

    # Subdivisions -------------------------------------------------------------------------------------------

    def add_subdivisions(self) -> None:
        import pycountry

        config = json.loads((SUPPLEMENTS / "subdivisions.json").read_text(encoding="utf-8"))
        known = {row["code"]: row for row in read_tsv(SUPPLEMENTS / "subdivision_names.tsv")}
        admin1 = self._admin1_points()
        by_code: dict[str, Region] = {}
        subdivisions = sorted(pycountry.subdivisions, key=lambda s: (s.parent_code is not None, s.code))
        for sub in subdivisions:
            iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
            rules = config["countries"].get(sub.country_code, {"bare": [], "suffix": {}})
            local = ascii_fold(strip_words(sub.name, config["strip"])).strip()
            row = known.get(sub.code, {})
            english = [ascii_fold(n) for n in row.get("english_names", "").split("|") if n]
            english = [n for n in english if plausible_english(n, local)]
            local_type = self._local_type(local)
            stem_local = local[: -len(local_type[0])].strip() if local_type else local
            english_first = sub.country_code not in config["english_iso_names"]
            stem = english[0] if english and (english_first or local_type) else stem_local
            name, type_word = self._name(sub, stem, local_type, rules)
            if name.lower() in self.country_texts or local in config["exclude"] or stem in config["exclude"]:
                continue
            region = Region(name, "subnational", country=iso3)
            region.wikidata = row.get("wikidata") or None
            point = (rounded(row.get("lat")), rounded(row.get("lon")))
            if point[0] is None:
                point = admin1.get((sub.country_code, local.lower()), (None, None))
            region.lat, region.lon = point
            if sub.parent_code in by_code:
                region.part_of = by_code[sub.parent_code].name
            bare_label = PLAIN if sub.type in rules["bare"] else GUARDED
            # A plain name that is also a city's ("Idlib", "Kherson", "Tel Aviv") is taken for the city: such a
            # subdivision is named only with its type word ("Idlib province", "Kherson Oblast").
            # Where the city names of a country are unknown, a second-level subdivision is taken for a city too:
            # most are named after their seat ("Milano", "Barcelona").
            unknown_cities = row.get("cities_known") != "1" and sub.parent_code is not None
            city_like = sub.type not in rules["bare"] and (
                bool(row.get("city_names"))
                or unknown_cities
                or stem.endswith(" City")
                or bool(local_type and local_type[1] not in self.kinds["bare_types"])
                or any(word in sub.type.lower() for word in self.kinds["city_types"])
            )
            if name != stem:
                region.add(name)
            if local_type:
                region.add(local)  # "Kaliningradskaya oblast'"
            # Other English names only where they hold the stem: "Guangxi Zhuang Autonomous Region", never
            # nicknames ("Peach State").
            longer = [n for n in english[1:] if stem in n and n != stem]
            for form in longer:
                region.add(form)
            for form in dict.fromkeys([stem, stem_local]):
                if form.lower() not in self.country_texts and form not in config["exclude"]:
                    self._add_bare_forms(region, form, form == stem, bare_label, city_like, type_word)
            by_code[sub.code] = region
            self.regions.append(region)

    def _add_bare_forms(
        self, region: Region, form: str, english: bool, label: str, city_like: bool, type_word: str
    ) -> None:
        """The plain name (unless it is a city's) and, for the English stem, the name with each type word."""
        if not city_like:
            region.add(form, label if english else GUARDED)
        if not english:
            return  # the local name with an English type word ("Khersonska region") is not written
        for word in self.kinds["type_words"].get(type_word, []):
            if not (word == "State" and label == PLAIN):  # "Ohio State" is a university
                region.add(f"{form} {word}")

    def _name(self, sub, stem: str, local_type: tuple[str, str] | None, rules: dict) -> tuple[str, str]:
        """The canonical name ("Kherson Oblast", "Chechnya", "Aomori Prefecture") and the English type word."""
        if local_type:
            type_word = local_type[1]
            return (stem if type_word in self.kinds["bare_types"] else f"{stem} {type_word}"), type_word
        type_word = self._type_word(sub.type)
        return (f"{stem} {rules['suffix'][sub.type]}" if sub.type in rules["suffix"] else stem), type_word

    def _local_type(self, name: str) -> tuple[str, str] | None:
        lowered = name.lower()
        for local, english in sorted(self.kinds["local_types"].items(), key=lambda item: -len(item[0])):
            if lowered.endswith(" " + local):
                return local, english
        return None

    def _type_word(self, iso_type: str) -> str:
        return iso_type if iso_type in self.kinds["type_words"] else ""

    def _admin1_points(self) -> dict[tuple[str, str], tuple[float | None, float | None]]:
        """Natural Earth admin-1 label points by (ISO alpha-2, folded lower-case name), where the other
        source has none."""
        points = {}
        for row in read_tsv(self.data_dir / "naturalearth" / "admin1.tsv"):
            points[(row["iso_a2"], ascii_fold(row["name"]).lower())] = (rounded(row["lat"]), rounded(row["lon"]))
        return points

    # Natural Earth physical and marine features ---------------------------------------------------------------

    def add_physical(self) -> None:
        kinds = self.kinds["physical_kinds"]
        for row in read_tsv(self.data_dir / "naturalearth" / "geography_regions.tsv"):
            kind = kinds.get(row["featurecla"].strip().lower())
            if kind is None:
                continue
            names = [self._spell_out(title(n.strip())) for n in (row["name"], row["name_alt"]) if n.strip()]
            names = [n for n in names if n and not n.startswith(("Cape ", "C. "))]
            if not names:
                continue
            english = self.kinds["english_kind_words"]
            names.sort(key=lambda n: n.split()[-1] not in english)  # "Faroe Islands" before "Føroyar"
            region = Region(names[0], kind, lat=rounded(row["lat"]), lon=rounded(row["lon"]))
            for name in names:
                for form in dict.fromkeys([name, ascii_fold(name)]):
                    region.add(form, PLAIN if " " in form else GUARDED)
                    if kind == "island" and " " not in form:
                        region.add(f"{form} Island")
            self.regions.append(region)

    def _spell_out(self, name: str) -> str:
        words = name.split()
        if words and words[-1] in self.kinds["abbreviations"]:
            words[-1] = self.kinds["abbreviations"][words[-1]]
        return " ".join(words) if all("." not in w for w in words) else ""

    def add_marine(self) -> None:
        wikidata = {}
        kinds = self.kinds["marine_kinds"]
        for row in read_tsv(self.data_dir / "marine_areas.naturalearth.tsv"):
            wikidata[title(row["name"].strip())] = row["wikidata_qid"] or None
        for row in read_tsv(self.data_dir / "naturalearth" / "marine.tsv"):
            kind = kinds.get(row["featurecla"].strip().lower())
            name = title(row["name"].strip())
            if kind is None or not name:
                continue
            region = Region(name, kind, wikidata=wikidata.get(name), lat=rounded(row["lat"]), lon=rounded(row["lon"]))
            region.add(name)
            self.regions.append(region)

    # Curated supplement ----------------------------------------------------------------------------------------

    def add_supplement(self) -> None:
        """Each curated line takes over the generated regions of its kind that share one of its names (or, for a
        subdivision, its Wikidata id)."""
        for line in read_jsonl(SUPPLEMENTS / "regions_supplement.jsonl"):
            names = {n.lower() for n in [line["name"], *line.get("aliases", [])]}
            same = [
                r
                for r in self.regions
                if not r.curated
                and r.kind in self.kinds["same_kinds"][line["kind"]]
                and (
                    r.name.lower() in names
                    or any(a.lower() in names for a in r.aliases)
                    or (r.kind == "subnational" and r.wikidata is not None and r.wikidata == line.get("wikidata"))
                )
            ]
            region = Region(line["name"], line["kind"], curated=True)
            for other in same:
                self.regions.remove(other)
                for key in ("wikidata", "lat", "lon", "country", "part_of"):
                    if getattr(region, key) is None:
                        setattr(region, key, getattr(other, key))
                region.aliases.update(other.aliases)
            for key in ("wikidata", "lat", "lon", "country", "part_of"):
                if key in line:
                    setattr(region, key, line[key])
            for alias in [line["name"], *line.get("aliases", [])]:
                region.aliases[alias] = PLAIN
            self.regions.append(region)

    # Output ----------------------------------------------------------------------------------------------------

    def rows(self) -> list[dict]:
        """One pattern per alias. A name or an alias that two places share is kept only for a curated one."""
        rows = []
        seen: set[str] = set()
        kept = self._one_region_per_name()
        # alias -> the regions that hold it: a curated one first, then one for which it counts on its own, then
        # one it is the name of ("Papua" the province before Western New Guinea, once called Papua)
        owners: dict[str, list[tuple[bool, bool, bool, str]]] = defaultdict(list)
        for region in kept:
            for alias, label in region.aliases.items():
                rank = (not region.curated, label != PLAIN, alias.lower() != region.name.lower())
                owners[alias.lower()].append((*rank, region.name))
        winners = {}
        for alias, holders in owners.items():
            holders.sort()
            if len(holders) == 1 or holders[0][:3] < holders[1][:3]:
                winners[alias] = holders[0][3]
        for region in sorted(kept, key=lambda r: r.name):
            for alias, label in sorted(region.aliases.items()):
                key = alias.lower()
                if key in seen or key in self.country_texts or winners.get(key) != region.name:
                    continue
                seen.add(key)
                rows.append({"label": label, "pattern": alias, "id": region.name, **region.metadata()})
        return rows

    def _one_region_per_name(self) -> list[Region]:
        """A curated region keeps its name; generated regions of one name ("Gotland" the county and the island)
        are one region when they lie in one country, and are left out when they lie in several ("Central")."""
        by_name: dict[str, list[Region]] = defaultdict(list)
        for region in self.regions:
            by_name[region.name.lower()].append(region)
        kept = []
        for regions in by_name.values():
            curated = [r for r in regions if r.curated]
            if curated:
                kept.append(curated[0])
                continue
            if len({r.country for r in regions if r.country}) > 1:
                # "Florida" the state counts on its own, Florida the department of Uruguay does not: the first stays
                plain = [r for r in regions if r.aliases.get(r.name) == PLAIN]
                if len(plain) == 1:
                    kept.append(plain[0])
                continue
            first = regions[0]
            for other in regions[1:]:
                for key in ("wikidata", "lat", "lon", "country", "part_of"):
                    if getattr(first, key) is None:
                        setattr(first, key, getattr(other, key))
                for alias, label in other.aliases.items():
                    first.aliases.setdefault(alias, label)
            kept.append(first)
        return kept


SMALL_WORDS = {"of", "and", "the", "de", "del", "la", "upon"}
COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}


def plausible_english(name: str, local: str) -> bool:
    """An English name of a place rather than a nickname or a gloss of its meaning ("Peach State", "A Place to
    Dock Boats"): title case, and a direction word or a word that starts as a word of the local name does
    ("Lower Austria", "Bavaria" and "Bayern")."""
    words = name.replace("-", " ").split()
    if len(name) < 4 or name.isupper() or not all(w[0].isupper() or w in SMALL_WORDS for w in words):
        return False  # "NO" for Lower Austria is an abbreviation
    if any(w in COMPASS for w in words):
        return True  # "Lower Austria", "North Chungcheong": a direction name translated
    initials = {w[0].lower() for w in local.replace("-", " ").split() if w}
    return any(w[0].lower() in initials for w in words if w not in SMALL_WORDS)


def strip_words(name: str, suffixes: list[str]) -> str:
    for suffix in suffixes:
        name = name.replace(suffix, "")
    return name
