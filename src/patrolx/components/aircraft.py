"""`patrolx_aircraft`: aircraft types by designation, name or NATO reporting name, with how many.

Knowledge comes from `patterns/aircraft.jsonl` (built by scripts/build_aircraft.py),
one line per family in the span-ruler shape plus metadata:

    {"label": "AIRCRAFT", "pattern": "Tu-95", "id": "Tu-95", "name": "Tupolev Tu-95",
     "manufacturer": "Tupolev", "nato_name": "Bear", "origin": "RUS", "role": "strategic bomber",
     "icao": null, "nato_forms": ["Bear", "Bear-H"], "variants": ["Tu-95MS", "Tu-95MSM"],
     "aliases": [], "names": [], "context_names": []}

- `pattern`: the family as usually written ("Tu-95", "A320", "Typhoon"); `id`:
  the family reported (usually the same). A one-word name pattern ("Typhoon")
  is found only through `names` or `context_names`.
- `variants`: more specific designations ("Tu-95MS"), reported as `designation`;
  `aliases`: other designations of the family ("KF-16" for the F-16). Unlisted
  variant letters are understood anyway ("H-6Z" is an H-6).
- `names`: names that mean the type on their own ("Global Hawk", "Rafale");
  `context_names`: names that mean it only beside an aircraft word, an air
  force or its designation ("Typhoon fighters", "RAF Typhoons", "MQ-9 Reaper",
  but not "Typhoon Haishen"); `nato_forms`: reporting names that point at this
  family ("Bear", "Bear-H"), accepted in aircraft context, with a variant
  letter, or after "NATO" ("known to NATO as the Blackjack").
- every other key is optional metadata; lists hold strings, `origin` is ISO alpha-3.
A user file of the same name in a `--patterns` folder adds families or, with
the same `id`, extends a shipped one (lists are added to, other values replaced).

Designations are found on the text by a regular expression and kept when their
prefix is a known one (Tu, Su, MiG, H, J, KJ, F, RC...), so spellings the tokenizer
splits ("H-6K" is "H-6" + "K"), plurals and possessives ("H-6Ks", "F-16s'",
"J-16's"), capitals ("SU-27"), missing hyphens ("Su27", "Tu 95") and makers
("Xian H-6K") are all one mention. A designation with a known prefix but not
in the knowledge ("a new Z-21 helicopter") is reported with `known: false`
when an aircraft word or a maker shows it is an aircraft. A context name also
counts once the article names its type plainly ("the Typhoons" after "Typhoon
fighters") or in a list with other aircraft ("the Tornado, the Typhoon and the
Rafale"). A context name also counts before its version ("Tejas Mk-1A") or
its base ("Typhoons from RAF Lossiemouth"), but a drone word wants a drone type
("Phantom drone" is no F-4). A designation used for something else is dropped:
before "visa", "road"... ("a B-2 visa") or after "flight", "Route"... ("flight
737"). `count` is read from the words before the mention ("two Tu-95MS
bombers", "a pair of H-6Ks"). Mentions in site clutter are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import set_spans
from ..families import BY_NAME
from ..records import AircraftFact
from ..resources import load_patterns
from ..text.tokens import TokenColumns, token_columns
from ..text.words import MONTH_WORDS, WEEKDAY_WORDS
from .boilerplate import tokens_in_boilerplate

FAMILY = BY_NAME["aircraft"]
PATTERN_FILE = "aircraft.jsonl"
TEXT_KEYS = ("name", "manufacturer", "nato_name", "origin", "role", "icao")
LIST_KEYS = ("nato_forms", "variants", "aliases", "names", "context_names")
METADATA_KEYS = TEXT_KEYS + LIST_KEYS
LABELS = {"AIRCRAFT"}

# A designation as the knowledge writes it: "Tu-95MS", "F/A-18E", "F-CK-1", "A320neo", "JAS 39".
DESIGNATION_FORM = re.compile(
    r"(?P<prefix>[A-Za-z]{1,4}(?:[-/][A-Za-z]{1,2})?)(?P<sep>[- ]?)(?P<number>\d{1,4})(?P<rest>.*)"
)
HYPHENS = r"\-‐‑–"  # for character classes
ASCII_HYPHENS = str.maketrans("‐‑–", "---")  # the knowledge writes its prefixes with "-"
_DESIGNATION_START = re.compile(r"[A-Z]{0,4}-?\d")
# First words of makers' names that are ordinary words ("General Atomics", "North American").
MAKER_WORDS_TOO_COMMON = {"General", "Special", "North", "Ural", "De", "Aero", "Qods", "Russia"}
MAKER_SPELLINGS = {
    "Xi'an", "Xi’an", "Lockheed", "Northrop", "McDonnell Douglas", "Sikorsky", "Mitsubishi", "Kawasaki", "Zala",
}  # fmt: skip
# Makers' names news uses in place of the designation prefix ("Sukhoi-30MKI", "Ilyushin-76").
MAKER_PREFIXES = {
    "Sukhoi": "Su", "Tupolev": "Tu", "Ilyushin": "Il", "Antonov": "An", "Kamov": "Ka", "Yakovlev": "Yak",
    "Beriev": "Be", "Mikoyan": "MiG",
}  # fmt: skip
# Single-letter prefixes news writes without a hyphen ("F16", "B52"); others need it ("A50" is also a road).
UNHYPHENATED_SINGLE = {"F", "B", "C", "J"}
SPACED_VARIANT = re.compile(r" (?P<letters>[A-Z]{2,4}\d?)(?P<plural>s)?(?![\w])")
# Prefixes that news writes with a space ("Tu 95"), beside those the knowledge itself spells so ("JAS 39").
SPACED_PREFIXES = {"Tu", "Su", "MiG", "Il", "Mi", "Ka", "Yak"}
MAKER_REACH = 40  # characters before a designation to look for its maker
# A number a designation may have: a whole run of at most four digits, right after its prefix's last letter or
# the separator (see `_designation_regex`). The look-behind comes after the first digit: a regex that starts
# with a character set lets `re` skip fast from one digit to the next.
DESIGNATION_NUMBER = re.compile(rf"\d(?<=[A-Za-z{HYPHENS} ]\d)\d{{0,3}}(?!\d)")
# The most characters before a designation's number: a maker's name used as prefix ("Ilyushin") or letters,
# a slash or hyphen and letters ("F/A"), then a separator (see `_designation_regex`).
DESIGNATION_REACH = max(*(len(maker) for maker in MAKER_PREFIXES), 4 + 1 + 2) + 1
# New designations above three digits are registrations or hull numbers ("B-6088"), not types.
MAX_UNKNOWN_DIGITS = 3

AIRCRAFT_NOUNS = {
    "aircraft", "aircrafts", "airplane", "airplanes", "aeroplane", "aeroplanes", "plane", "planes", "jet", "jets",
    "jetliner", "jetliners", "airliner", "airliners", "bomber", "bombers", "fighter", "fighters", "interceptor",
    "interceptors", "warplane", "warplanes", "helicopter", "helicopters", "helo", "helos", "chopper", "choppers",
    "gunship", "gunships", "drone", "drones", "uav", "uavs", "uas", "tanker", "tankers", "freighter", "freighters",
    "airlifter", "airlifters", "transport", "transports", "trainer", "trainers", "airframe", "airframes",
    "tiltrotor", "tiltrotors", "fleet", "fleets", "squadron", "squadrons", "pilot", "pilots", "flight", "flights",
    "sortie", "sorties", "variant", "variants", "seaplane", "seaplanes", "rotorcraft", "munition", "munitions",
}  # fmt: skip
# Nouns that show a designation we do not know is an aircraft type ("a new Z-21 helicopter"); not
# "interceptors" (S-400 missiles) or "tanks".
UNKNOWN_TYPE_NOUNS = {
    "aircraft", "airplane", "plane", "planes", "jet", "jets", "airliner", "bomber", "bombers", "fighter", "fighters",
    "warplane", "warplanes", "helicopter", "helicopters", "gunship", "gunships", "drone", "drones", "uav", "uavs",
}  # fmt: skip
DRONE_NOUNS = {"drone", "drones", "uav", "uavs", "uas", "unmanned"}
# Words that may stand between a name and its aircraft noun ("Poseidon maritime patrol aircraft").
MODIFIERS = {
    "maritime", "patrol", "surveillance", "reconnaissance", "strategic", "spy", "refuelling", "refueling",
    "aerial", "air", "-", "to", "early", "warning", "early-warning", "airborne", "multirole", "multi-role",
    "stealth", "combat", "attack", "cargo", "military", "anti-submarine", "electronic", "warfare", "intelligence",
    "heavy", "long-range", "nuclear-capable", "unmanned", "armed", "quick", "reaction", "alert", "tactical",
    "jet", "fighter", "strike", "transport", "tanker", "light", "utility", "naval", "carrier-based", "bomber",
    "command", "control", "and", "ground", "support", "supersonic", "medium", "search", "rescue", "twin-engine",
    "type", "types", "class", "series", "family", "style", "made", "built", "loitering", "kamikaze", "decoy",
    "suicide", "one-way", "long", "short", "range", "high", "altitude", "endurance", "low", "cost", "jump", "lift",
}  # fmt: skip
QUOTES = {'"', "'", "”", "’", "“", "‘", ")"}
NOT_AFTER_NOUN = {"carrier", "carriers", "carrying"}  # "aircraft carrier" follows a ship's hull number
# Nouns that make a known designation something else: "a B-2 visa", "the C-5 vertebra", "the A-1 road".
NOT_AIRCRAFT_NOUNS = {
    "visa", "visas", "vertebra", "vertebrae", "vitamin", "road", "roads", "motorway", "highway", "route", "bus",
    "tank", "tanks", "rifle", "rifles", "carbine", "carbines", "pistol", "pistols", "summit", "chromosome",
    "form", "forms", "status", "holder", "holders", "category", "grade", "exam", "league", "battery", "batteries",
    "band", "protein", "dose", "gene", "receptor", "cell", "cells",
}  # fmt: skip
# Words after a name that give its version ("Tejas Mk-1A", "Typhoon Tranche 3") or British mark
# ("Poseidon MRA1", "Atlas C1", "Chinook HC6"): the name is the aircraft.
VERSION_WORD = re.compile(r"(?:Mk|Block|Blk|Tranche|Batch|Increment)\b.*|[A-Z]{1,3}\d{1,2}")
# Words before a number that make it something else: "flight 737", "Route 66", "Article 5".
NOT_AIRCRAFT_BEFORE = {
    "flight", "flights", "route", "bus", "highway", "road", "no", "no.", "number", "article", "section", "chapter",
    "paragraph", "resolution", "gate", "platform", "room", "channel",
}  # fmt: skip
# A name followed by where it flew from reads as an aircraft ("Typhoons from RAF Lossiemouth").
FROM_WORDS = {"from", "of"}
AIR_ARMS = {
    "RAF", "USAF", "RAAF", "RCAF", "RNZAF", "IAF", "JASDF", "JMSDF", "ROKAF", "PLAAF", "PLAN", "Luftwaffe",
    "USMC", "QRA", "Force", "Navy", "Corps", "Marine", "Marines", "squadron", "Squadron", "Aeronautica",
}  # fmt: skip
# "X, Y and Z", also past an aircraft noun ("a Merlin helicopter and a Wildcat") or before a few
# lower-case words ("F-16s, Mirage 2000s and the domestically built Ching-kuo").
LIST_SEPARATOR = re.compile(
    r"(?:s?\s+(?:aircraft|airplanes?|planes?|jets?|fighters?|bombers?|helicopters?|drones?|tankers?|transports?))?"
    r"(?:s?,\s*|\s+(?:and|or|as well as)\s+|,\s*(?:and|or)\s+)(?:the\s+|an?\s+|two\s+|some\s+)?"
    r"(?:[a-z]+(?:-[a-z]+)?\s+){0,2}"
)
LIST_GAP = 48  # the longest separator: " helicopters as well as the domestically built "
DETERMINERS = {"the", "a", "an", "these", "those", "its", "their", "russian", "chinese", "more", "other"}
NATO_CUES = {"nato", "reporting", "codenamed", "code-named", "designated", "dubbed"}
NATO_WINDOW = 6
ARMS_WINDOW = 3

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "dozen": 12, "pair": 2, "couple": 2, "both": 2, "single": 1, "lone": 1,
}  # fmt: skip
# Lower-case words that may stand between a number and the type ("two more Russian Tu-95 bombers").
COUNT_SKIPPABLE = {
    "more", "other", "additional", "further", "strategic", "long-range", "nuclear-capable", "nuclear", "capable",
    "military", "advanced", "upgraded", "new", "modernized", "modernised", "supersonic", "stealth", "heavy",
    "-", "'s", "’s", "of", "the", "fighter", "fighters", "bomber", "air", "force", "navy", "naval", "jet",
    "reconnaissance", "surveillance", "maritime", "patrol", "anti-submarine", "combat", "armed", "unmanned",
}  # fmt: skip
COUNT_WINDOW = 6
# "No. 2 Squadron F-35s": the number names a unit, not how many.
UNIT_WORDS = {"squadron", "wing", "group", "regiment", "division", "brigade", "flight", "fleet", "no", "unit"}
MONTHS_AND_DAYS = MONTH_WORDS | WEEKDAY_WORDS
NOT_SKIPPABLE_NAMES = MONTHS_AND_DAYS | UNIT_WORDS  # capitalised words that end the walk back to a count
# The readings of a name, strongest first (see `NameUse.kind`).
USE_KIND_RANK = {"name": 0, "nato": 1, "nato_name": 2, "context": 3, "label": 4}


def check_entry(entry: dict[str, Any]) -> str | None:
    """The problem with an aircraft entry's metadata and its fix, or None."""
    if entry["label"] not in LABELS:
        return f'label "{entry["label"]}" is not one of {", ".join(sorted(LABELS))}; use "AIRCRAFT"'
    if not isinstance(entry["pattern"], str):
        return '"pattern" must be the family as text ("Tu-95"), not a token pattern'
    for key in TEXT_KEYS:
        if key in entry and entry[key] is not None and not isinstance(entry[key], str):
            return f'"{key}" must be text or null'
    for key in LIST_KEYS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            return f'"{key}" must be a list of non-empty strings, like ["Tu-95MS"]'
    origin = entry.get("origin")
    if origin is not None and not re.fullmatch(r"[A-Z]{3}", origin):
        return f'"origin" must be an ISO 3166 alpha-3 code like "RUS", not "{origin}"'
    return None


@Language.factory(
    FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FAMILY.assigns,
    requires=FAMILY.required_attributes,
)
def make_aircraft(nlp: Language, name: str, pattern_dirs: list[str]) -> AircraftRecognizer:
    return AircraftRecognizer(name, pattern_dirs=pattern_dirs)


NOT_KEY_CHARACTERS = re.compile(r"[^0-9a-z]")


def _key(text: str) -> str:
    return NOT_KEY_CHARACTERS.sub("", text.lower())


@dataclass(slots=True)
class Family:
    id: str
    meta: dict[str, Any]


@dataclass(slots=True)
class NameUse:
    family: str
    # "name" (alone), "context" (beside an aircraft word), "nato" (a reporting name pointing at this family),
    # "nato_name" (the family's reporting name, shared with others), "label" (only right after its designation)
    kind: str
    designation: str


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    family: str
    designation: str
    known: bool = True


class AircraftKnowledge:
    """The families, and the designations, prefixes, makers and names that point at them."""

    def __init__(self, entries: Iterable[dict[str, Any]]):
        self.families: dict[str, Family] = {}
        for entry in entries:
            meta = {key: entry.get(key) for key in TEXT_KEYS if key in entry}
            lists = {key: list(entry.get(key) or []) for key in LIST_KEYS}
            known = self.families.get(entry["id"])
            if known is None:
                self.families[entry["id"]] = Family(entry["id"], {"pattern": entry["pattern"], **meta, **lists})
            else:  # a user line extends a shipped family
                known.meta.update({k: v for k, v in meta.items() if v is not None})
                for key, values in lists.items():
                    known.meta[key] = known.meta.get(key, []) + values
        self.designations: dict[str, tuple[str, str]] = {}  # key -> (family, spelling)
        self.prefixes: dict[str, str] = {}  # lower-case prefix -> spelling
        self.spaced: set[str] = set(SPACED_PREFIXES)
        self.unhyphenated: set[str] = set()  # keys the knowledge writes without a hyphen ("A320")
        self.names: dict[str, list[NameUse]] = {}
        self.makers: set[str] = set()
        for family in self.families.values():
            meta = family.meta
            for text in [meta["pattern"], *meta["variants"], *meta["aliases"]]:
                if not self._add_designation(text, family.id):
                    # A one-word family ("Typhoon") is only a label; "Cessna 172" or "Shahed-136" stands alone.
                    alone = text != meta["pattern"] or not text.isalpha()
                    self._add_name(text, NameUse(family.id, "name" if alone else "label", text))
            for text in meta["names"]:
                self._add_name(text, NameUse(family.id, "name", family.id))
            for text in meta["context_names"]:
                self._add_name(text, NameUse(family.id, "context", family.id))
            for text in meta["nato_forms"]:
                self._add_name(text, NameUse(family.id, "nato", family.id))
            maker = meta.get("manufacturer")
            if maker:
                self.makers.update({maker, maker.split()[0]} - MAKER_WORDS_TOO_COMMON)
        # A family's reporting name finds it in context only when some family lists it as a form
        # ("Flanker" for the Su-30 too); otherwise ("May", "Cub") only right after its designation.
        usable = {text for family in self.families.values() for text in family.meta["nato_forms"]}
        for family in self.families.values():
            nato_name = family.meta.get("nato_name")
            if nato_name:
                kind = "nato_name" if nato_name in usable else "label"
                self._add_name(nato_name, NameUse(family.id, kind, family.id))
        self.makers.update(MAKER_SPELLINGS)
        self.designation_regex = self._designation_regex()
        # The designation regex tried at each start of a window of DESIGNATION_REACH characters, left to right.
        self.designation_window = re.compile(
            rf"[\s\S]{{0,{DESIGNATION_REACH - 1}}}?{self.designation_regex.pattern}", self.designation_regex.flags
        )
        self.maker_before = self._maker_regex()
        # What the text before a designation ends with, less spaces, when a maker stands there: a cheap test
        # that spares the maker regex's search for most designations.
        self.maker_ends = tuple(maker.rstrip() for maker in self.makers)
        self.name_regex = self._name_regex()

    def _add_designation(self, text: str, family: str) -> bool:
        match = DESIGNATION_FORM.fullmatch(text)
        if not match or (match["rest"] and not re.fullmatch(r"[A-Za-z0-9/-]*", match["rest"])):
            return False
        prefix = match["prefix"]
        self.prefixes.setdefault(prefix.lower(), prefix)
        if match["sep"] == " ":
            self.spaced.add(prefix)
        if match["sep"] == "":
            self.unhyphenated.add(_key(prefix + match["number"]))
        known = self.designations.get(_key(text))
        if known is None or known[0] != family:  # a later (user) family wins; a family keeps its first spelling
            self.designations[_key(text)] = (family, text)
        return True

    def _add_name(self, text: str, use: NameUse) -> None:
        uses = self.names.setdefault(text, [])
        if all((u.family, u.kind) != (use.family, use.kind) for u in uses):
            uses.append(use)

    def _designation_regex(self) -> re.Pattern[str]:
        # Any prefix-shaped letters: parse() keeps only known prefixes (faster than an alternation of them all).
        makers = "|".join(sorted(MAKER_PREFIXES, key=len, reverse=True))
        return re.compile(
            rf"(?<![\w{HYPHENS}])(?P<prefix>{makers}|[A-Za-z]{{1,4}}(?:[/{HYPHENS}][A-Za-z]{{1,2}})?)"
            rf"(?P<sep>[{HYPHENS}]| |)(?P<number>\d{{1,4}})"
            rf"(?P<suffix>(?:[A-Za-z][A-Za-z0-9]{{0,7}})?(?:-\d{{1,4}}[A-Z]{{0,3}}|-[A-Z]{{2,4}}(?![a-rt-z]))?"
            rf"(?:/[A-Z]{{1,3}}s?(?![\w{HYPHENS}]))?s?)"
            r"(?![\w])"
        )

    def _maker_regex(self) -> re.Pattern[str]:
        makers = "|".join(re.escape(m) for m in sorted(self.makers, key=len, reverse=True))
        return re.compile(rf"(?<![\w])(?:{makers})\s+$")

    def _name_regex(self) -> re.Pattern[str]:
        # A name starts a word: that is asserted after its first character, on the two characters before
        # ("(?<![\w-]X)"), not before it. A regex that begins with a set of characters (the names' first ones)
        # lets `re` skip fast to the few places where a name may start; one that begins with an assertion
        # tries it at every character of the text, several times slower.
        names = _prefix_tree_alternation(self.names, after_first=rf"(?<![\w{HYPHENS}][\s\S])")
        return re.compile(
            rf"(?P<name>{names})"
            r"(?P<tail>(?<=\d)(?:-\d{1,4}[A-Z]{0,3}| MAX(?: \d{1,2})?|[A-Z]{1,3}|neo))?"
            rf"(?P<nato_variant>[{HYPHENS}][A-Z](?![\w]))?(?P<plural>e?s)?(?![\w])"
        )

    def designation_matches(self, text: str) -> Iterator[re.Match[str]]:
        """The designations `designation_regex.finditer` would find in `text`, tried only just before numbers:
        trying the regex at every character costs more than all the rest of the component. Each match is the
        window regex's, so its own start lies before the designation's: the designation starts at its group
        `prefix`, and the groups are the designation regex's.

        A designation is letters, maybe a hyphen or space, then its number: the number is the first digits
        after the match's start, at most DESIGNATION_REACH characters from it. So every match starts in the
        few characters before a run of digits; they are tried from left to right, past the last match's end,
        as `finditer` does, by one window regex. The number is all of its run of digits (a digit after it
        fails the regex), at most four, right after the prefix's last letter or the separator: other numbers
        ("(2024)", "12,000") need no look before them (a start before them finds no number to end at).
        """
        tried = 0  # every start before this has been tried, or lies in a match already found
        for number in DESIGNATION_NUMBER.finditer(text):
            at = number.start()
            first = max(tried, at - DESIGNATION_REACH)
            match = self.designation_window.match(text, first) if first < at else None
            if match and match.start("prefix") < at:  # one starting past the number has another number
                yield match
                tried = match.end()
            else:
                tried = max(tried, number.end())

    def maker_before_search(self, text: str, start: int) -> re.Match[str] | None:
        """The maker's name right before a designation starting at `start` ("Xian H-6K"), or None."""
        reach = max(0, start - MAKER_REACH)
        # The maker regex matches only a maker followed by spaces up to `start`: the text before, less its
        # spaces, must end with one.
        if not text[reach:start].rstrip().endswith(self.maker_ends):
            return None
        return self.maker_before.search(text, reach, start)

    def parse(self, match: re.Match[str], text: str) -> Mention | None:
        """A designation match as a mention, or None when it is not one (wrong case, spacing...)."""
        raw_prefix, sep, number, suffix = match.group("prefix", "sep", "number", "suffix")
        if raw_prefix in MAKER_PREFIXES:
            if sep == " ":
                return None  # "Sukhoi 30" is not written; "Tupolev 2019" would be a mistake
            raw_prefix = MAKER_PREFIXES[raw_prefix]  # "Sukhoi-30MKI" is the Su-30MKI
        prefix = self.prefixes.get(raw_prefix.lower().translate(ASCII_HYPHENS))
        if prefix is None:
            return None
        if raw_prefix != prefix and not (raw_prefix.isupper() or raw_prefix == prefix.title()):
            return None
        if len(prefix) == 1 and not raw_prefix.isupper():
            return None
        if sep == "" and raw_prefix != prefix and raw_prefix.isupper():
            return None  # "MI6" is the spy agency; "Su27" and "F16" are written so, "SU27" hardly
        base = _key(prefix + number)
        if sep == "" and len(prefix) == 1 and base not in self.unhyphenated:
            if len(number) < 2 or prefix not in UNHYPHENATED_SINGLE:
                return None  # "A50" is a road, "A-50" an aircraft
        if sep == " " and prefix not in self.spaced:
            return None
        end = match.end()
        if not suffix:
            # "Su-30 MKI": variant letters after a space, when the knowledge lists that variant.
            spaced = SPACED_VARIANT.match(text, end)
            if spaced and base + _key(spaced["letters"]) in self.designations:
                suffix = spaced["letters"] + (spaced["plural"] or "")
                end = spaced.end()
        if suffix.endswith("s"):
            singular = suffix[:-1]
            if not any(c.islower() for c in singular) or base + _key(singular) in self.designations:
                suffix = singular  # a plural: "Tu-95s", "H-6Ks", "A320neos"
        suffix_key = _key(suffix)
        for length in range(len(suffix_key), -1, -1):
            found = self.designations.get(base + suffix_key[:length])
            if found:
                family, spelling = found
                rest = suffix[len(suffix) - _remaining(suffix, length) :] if length < len(suffix_key) else ""
                return Mention(match.start("prefix"), end, family, spelling + rest)
        family = f"{prefix}-{number}"  # "Z-21A" is of the Z-21 family
        return Mention(match.start("prefix"), end, family, family + suffix, known=False)


def _remaining(suffix: str, consumed_alnum: int) -> int:
    """How many characters of `suffix` remain after its first `consumed_alnum` letters and digits."""
    seen = 0
    for index, char in enumerate(suffix):
        if seen == consumed_alnum:
            return len(suffix) - index
        if char.isalnum():
            seen += 1
    return 0


class AircraftRecognizer:
    def __init__(self, name: str = "patrolx_aircraft", pattern_dirs: Iterable[str] = ()):
        self.name = name
        entries = load_patterns(PATTERN_FILE, METADATA_KEYS, [Path(d) for d in pattern_dirs], check_entry)
        self.knowledge = AircraftKnowledge(entries)

    def __call__(self, doc: Doc) -> Doc:
        columns = token_columns(doc)
        text = columns.text
        mentions = self._designations(columns, text)
        mentions = self._with_names(columns, text, mentions)
        spans: list[Span] = []
        records: list[AircraftFact] = []
        previous = None  # the tokens of the last span kept
        for mention in sorted(mentions, key=lambda m: m.start):
            # The tokens a mention touches, as `doc.char_span(..., alignment_mode="expand")` finds them; the Span
            # itself is made only for a mention that is kept.
            start, end = _expanded_tokens(columns, mention.start, mention.end)
            if (start, end) == previous:
                continue  # a span carries one fact: two types in one token ("Il-76/78") keep the first
            if tokens_in_boilerplate(doc, start, end):
                continue
            previous = start, end
            span = Span(doc, start, end, label="AIRCRAFT", span_id=mention.family)
            spans.append(span)
            records.append(self._fact(doc, columns, mention, start))
        set_spans(doc, "aircraft", spans, records)
        return doc

    def _designations(self, columns: TokenColumns, text: str) -> list[Mention]:
        mentions = []
        for match in self.knowledge.designation_matches(text):
            mention = self.knowledge.parse(match, text)
            if mention is None:
                continue
            maker = self.knowledge.maker_before_search(text, mention.start)
            if maker:
                mention.start = maker.start()  # "Xian H-6K"
            if _word_follows(columns, mention.end, NOT_AIRCRAFT_NOUNS):
                continue  # "a B-2 visa"
            if _word_before(columns, mention.start, NOT_AIRCRAFT_BEFORE):
                continue  # "Route 66"
            if not mention.known:
                # New types are written with a hyphen ("Z-21"); "MH17" is a flight, "B-6088" a registration.
                if not match["sep"] or match["sep"] == " ":
                    continue
                digits = re.sub(r"\D", "", match["number"])
                if len(digits) > MAX_UNKNOWN_DIGITS or not (
                    maker or _aircraft_word_follows(columns, mention.end, UNKNOWN_TYPE_NOUNS, names=2)
                ):
                    continue
            mentions.append(mention)
        return mentions

    def _with_names(self, columns: TokenColumns, text: str, mentions: list[Mention]) -> list[Mention]:
        """Add name mentions; a name beside its own designation joins it ("C-130 Hercules", "Bayraktar TB2")."""
        matches = list(self.knowledge.name_regex.finditer(text))
        if not matches:
            return mentions  # most articles name no type by name: nothing below can change their mentions
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        designations = sorted(mentions, key=lambda m: m.start)  # do not overlap one another
        starts = [m.start for m in designations]
        found_families = {m.family for m in mentions if m.known}
        pending: list[tuple[Mention, bool]] = []
        for match in matches:
            uses = self.knowledge.names[match["name"]]
            start, end = match.start(), match.end()
            families = {u.family for u in uses}
            previous = by_end.get(start - 1) if text[start - 1 : start] == " " else None
            following = by_start.get(end + 1) if text[end : end + 1] == " " else None
            if previous and previous.family in families:
                previous.end = end
                continue
            if following and following.family in families:
                following.start = start
                continue
            inside = _overlapping(designations, starts, start, end)
            use = self._pick_use(uses, found_families, _drone_word_follows(columns, end))
            if inside:
                # "S-70 Okhotnik": a longer standalone name wins over the designation inside it.
                if use.kind != "name" or any(m.start < start or m.end > end for m in inside):
                    continue
                for m in inside:
                    mentions.remove(m)
            if use.kind == "label":
                continue
            designation = use.designation + (match["tail"] or "")
            maker = self.knowledge.families[use.family].meta.get("manufacturer")
            if (
                maker
                and designation.startswith(maker + " ")
                and _DESIGNATION_START.match(designation[len(maker) + 1 :])
            ):
                designation = designation[len(maker) + 1 :]  # "Boeing 737-800" -> "737-800"
            if _word_before(columns, start, NOT_AIRCRAFT_BEFORE):
                continue  # "flight 737"
            mention = Mention(start, end, use.family, designation)
            if use.kind == "name" or self._name_in_context(columns, match, use):
                mentions.append(mention)
                found_families.add(use.family)
            else:
                pending.append((mention, bool(match["plural"])))
        # A bare name counts once the article has named the type plainly ("the Typhoons" after "Typhoon
        # fighters"), when it reads as a noun phrase: "the Bear", "two Bears", not "Bear in mind".
        # So does one listed beside other aircraft ("the Typhoon, the Rafale and the Gripen").
        pending = [(m, plural) for m, plural in pending if not _capitalized_word_follows(columns, m.end)]
        ends = {m.end: m for m in mentions}
        begins = {m.start: m for m in mentions}
        added = True
        while added:  # a list is accepted link by link
            added = False
            for item in list(pending):
                mention, plural = item
                named = mention.family in found_families and (plural or _determiner_before(columns, mention.start))
                if named or _listed_with(text, mention, ends, begins):
                    mentions.append(mention)
                    ends[mention.end] = begins[mention.start] = mention
                    pending.remove(item)
                    added = True
        return mentions

    def _pick_use(self, uses: list[NameUse], found_families: set[str], drone: bool) -> NameUse:
        """The reading of a name: one whose role fits the noun ("Orion drones" are Russian UAVs, "Orion
        patrol aircraft" P-3s), then one whose type the article names elsewhere, then the strongest."""
        if len(uses) == 1:
            return uses[0]  # most names have one reading: nothing to rank
        families = self.knowledge.families

        def rank(use: NameUse) -> tuple[bool, bool, int]:
            fits = (families[use.family].meta.get("role") == "UAV") == drone
            return not fits, use.family not in found_families, USE_KIND_RANK[use.kind]

        return min(uses, key=rank)

    def _name_in_context(self, columns: TokenColumns, match: re.Match[str], use: NameUse) -> bool:
        if _capitalized_word_follows(columns, match.end()):
            return False  # "Typhoon Haishen", "Bear Grylls"
        noun = _aircraft_noun_after(columns, match.end())
        if noun is not None:
            # "Phantom drone" is no F-4: a drone word needs a drone type.
            return noun not in DRONE_NOUNS or self.knowledge.families[use.family].meta.get("role") == "UAV"
        if _version_follows(columns, match.end()):
            return True
        tokens_before = _tokens_before(columns, match.start(), NATO_WINDOW)
        if use.kind in ("nato", "nato_name"):
            if match["nato_variant"] or re.search(rf"[{HYPHENS}][A-Z]$", match["name"]):
                return True  # "Bear-H"
            return any(columns.lowers[i] in NATO_CUES for i in tokens_before)
        words = [columns.texts[i] for i in tokens_before[-ARMS_WINDOW:]]
        if any(word in AIR_ARMS or word in self.knowledge.makers for word in words):
            return True
        return _air_arm_follows(columns, match.end())

    def _fact(self, doc: Doc, columns: TokenColumns, mention: Mention, first_token: int) -> AircraftFact:
        meta = self.knowledge.families[mention.family].meta if mention.known else {}
        return AircraftFact(
            text=columns.text[mention.start : mention.end],
            start=mention.start,
            end=mention.end,
            designation=mention.designation,
            family=mention.family,
            manufacturer=meta.get("manufacturer"),
            nato_name=meta.get("nato_name"),
            origin=meta.get("origin"),
            role=meta.get("role"),
            count=_count_before(doc, columns, first_token),
            known=mention.known,
        )


def _prefix_tree_alternation(words: Iterable[str], after_first: str = "") -> str:
    """A regex alternation of `words` written as a prefix tree ("Su(?:-(?:30|35))?" rather than "Su-30|Su-35|Su").

    It matches what the alternation of the words sorted longest first would: the words matching at one place
    are prefixes of one another, and both forms try them longest first. Hundreds of names listed one by one
    are tried one by one at every capitalised word; the tree tries one character at a time.
    `after_first` (a regex) is put right after each word's first character.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def render(node: dict[str, dict], after: str = "") -> str:
        ends_here = "" in node
        branches = [re.escape(char) + after + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and not ends_here:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if ends_here else group

    return render(tree, after_first)


# The neighbouring words of a mention are read on the doc's token columns (see tokens.py), by token index:
# a spaCy Token object for each word looked at would cost more than the checks themselves.


def _token_at_or_after(columns: TokenColumns, char: int) -> int:
    """Index of the first token starting at or after character `char`."""
    return bisect_left(columns.idx, char)


def _expanded_tokens(columns: TokenColumns, start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last + 1) that characters start..end touch (`start` is not a space): the token
    holding each character, with its trailing space, found by bisection, like spaCy's `char_span` "expand"."""
    first = bisect_right(columns.idx, start) - 1
    if start == columns.idx[first] + len(columns.texts[first]):
        first += 1  # in the previous token's trailing space
    return first, bisect_right(columns.idx, end - 1)


def _tokens_after(columns: TokenColumns, char: int, limit: int) -> list[int]:
    """The next `limit` tokens after character `char`, less space tokens."""
    start = _first_token_after(columns, char)
    return [i for i in range(start, min(start + limit, len(columns.texts))) if not columns.is_space[i]]


def _first_token_after(columns: TokenColumns, char: int) -> int:
    start = _token_at_or_after(columns, char)
    # The possessive rest of a split token ("J-16" + "'s") is not the next word.
    while start < len(columns.texts) and columns.texts[start] in {"'s", "’s", "'", "’"}:
        start += 1
    return start


def _next_word(columns: TokenColumns, char: int) -> int | None:
    """The token right after character `char` (`_tokens_after(columns, char, 1)`), or None."""
    i = _first_token_after(columns, char)
    return i if i < len(columns.texts) and not columns.is_space[i] else None


def _tokens_before(columns: TokenColumns, char: int, limit: int) -> range:
    end = _token_at_or_after(columns, char)
    return range(max(0, end - limit), end)


def _aircraft_word_follows(columns: TokenColumns, char: int, nouns: set[str] = AIRCRAFT_NOUNS, names: int = 0) -> bool:
    return _aircraft_noun_after(columns, char, nouns, names) is not None


def _aircraft_noun_after(
    columns: TokenColumns, char: int, nouns: set[str] = AIRCRAFT_NOUNS, names: int = 0
) -> str | None:
    """The aircraft noun after the mention, maybe past a few modifiers ("maritime patrol aircraft")
    and up to `names` capitalized words ("MQ-28 Ghost Bat drone")."""
    tokens = _tokens_after(columns, char, 5 + names)
    for index, i in enumerate(tokens):
        word = columns.lowers[i]
        if word in QUOTES:
            continue  # “Bear” bombers
        if names and columns.texts[i].istitle() and word not in nouns:
            names -= 1
            continue
        if word in nouns:
            following = columns.lowers[tokens[index + 1]] if index + 1 < len(tokens) else ""
            return word if following not in NOT_AFTER_NOUN else None
        if word not in MODIFIERS and not re.fullmatch(r"[-\w]+-(?:based|engined?|seat|capable)", word):
            return None
    return None


def _word_follows(columns: TokenColumns, char: int, words: set[str]) -> bool:
    i = _next_word(columns, char)
    return i is not None and columns.lowers[i] in words


def _word_before(columns: TokenColumns, char: int, words: set[str]) -> bool:
    i = _token_at_or_after(columns, char) - 1
    return i >= 0 and columns.lowers[i] in words


def _version_follows(columns: TokenColumns, char: int) -> bool:
    i = _next_word(columns, char)
    return i is not None and bool(VERSION_WORD.fullmatch(columns.texts[i]))


def _air_arm_follows(columns: TokenColumns, char: int) -> bool:
    """ "Typhoons from RAF Lossiemouth", "Rafales of the French Navy"."""
    words = [columns.texts[i] for i in _tokens_after(columns, char, 4)]
    if not words or words[0] not in FROM_WORDS:
        return False
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    return bool(rest) and (rest[0] in AIR_ARMS or rest[0] in {"Royal", "French", "Italian", "German", "Spanish"})


def _drone_word_follows(columns: TokenColumns, char: int) -> bool:
    tokens = _tokens_after(columns, char, 3)
    return any(columns.lowers[i] in DRONE_NOUNS for i in tokens)


def _capitalized_word_follows(columns: TokenColumns, char: int) -> bool:
    i = _next_word(columns, char)
    if i is None:
        return False
    word = columns.texts[i]
    between = columns.whitespace[i - 1] if i > 0 else ""
    if "\n" in between or (i > 0 and columns.is_space[i - 1]) or not word.isalpha():
        return False
    return word.istitle() and columns.lowers[i] not in AIRCRAFT_NOUNS and not VERSION_WORD.fullmatch(word)


def _listed_with(text: str, mention: Mention, ends: dict[int, Mention], begins: dict[int, Mention]) -> bool:
    """Whether `mention` is coordinated with another aircraft mention: "X, Y and Z"."""
    for gap in range(1, LIST_GAP + 1):
        before = mention.start - gap
        if before in ends and LIST_SEPARATOR.fullmatch(text, before, mention.start):
            return True
        after = mention.end + gap
        if after in begins and LIST_SEPARATOR.fullmatch(text, mention.end, after):
            return True
    return False


def _overlapping(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (sorted, not overlapping one another) that share a character with start..end."""
    index = max(0, bisect_left(starts, start) - 1)
    found = []
    while index < len(mentions) and mentions[index].start < end:
        if mentions[index].end > start:
            found.append(mentions[index])
        index += 1
    return found


def _determiner_before(columns: TokenColumns, char: int) -> bool:
    start = _token_at_or_after(columns, char)
    if start == 0:
        return False
    previous = columns.lowers[start - 1]
    return previous in DETERMINERS or previous in NUMBER_WORDS or columns.texts[start - 1].isdigit()


def _count_before(doc: Doc, columns: TokenColumns, start: int) -> int | None:
    """How many the words before the mention report: "two Tu-95s", "a pair of H-6Ks", "two of Russia's Tu-95"."""
    index = start - 1
    steps = 0
    while index >= 0 and steps < COUNT_WINDOW:
        text = columns.texts[index]
        word = columns.lowers[index]
        if word in NUMBER_WORDS and word not in {"pair", "couple"}:
            return NUMBER_WORDS[word]
        if text.isdigit():
            value = int(text)
            return value if 0 < value < 1000 and not _is_date_number(columns, index) else None
        if word == "of":
            previous = columns.lowers[index - 1] if index > 0 else ""
            if previous in {"pair", "couple"}:
                return 2
            if previous in NUMBER_WORDS:
                return NUMBER_WORDS[previous]
            if previous.isdigit() and 0 < int(previous) < 1000:
                return int(previous)
            return None
        skippable = (
            word in COUNT_SKIPPABLE
            or word in QUOTES
            or (text.isalpha() and (text.istitle() or text.isupper()) and word not in NOT_SKIPPABLE_NAMES)
        )
        if not skippable or doc[index].is_sent_start:
            return None
        index -= 1
        steps += 1
    return None


def _is_date_number(columns: TokenColumns, index: int) -> bool:
    """ "Sept. 16 J-16s", "No. 2 Squadron": the number is a date or a name, not a count."""
    neighbours = [columns.lowers[i].rstrip(".") for i in (index - 1, index + 1) if 0 <= i < len(columns.lowers)]
    return any(word in MONTHS_AND_DAYS or word in UNIT_WORDS for word in neighbours)
