"""The aircraft knowledge (`patterns/aircraft.jsonl`) and the designations it lets `patrolx_aircraft` read.

`AircraftKnowledge` holds the families, and the designations, prefixes, makers and names that point at them;
it finds designations in a text by a regular expression and keeps those with a known prefix (see `parse`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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
DESIGNATION_START = re.compile(r"[A-Z]{0,4}-?\d")
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


NOT_KEY_CHARACTERS = re.compile(r"[^0-9a-z]")


def _key(text: str) -> str:
    return NOT_KEY_CHARACTERS.sub("", text.lower())


@dataclass(slots=True)
class AircraftFamily:
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
        self.families = _read_families(entries)
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
        names = prefix_tree_alternation(self.names, after_first=rf"(?<![\w{HYPHENS}][\s\S])")
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

    def _known_prefix(self, raw_prefix: str, sep: str, number: str) -> str | None:
        """The known prefix (as the knowledge spells it) of a designation written with this prefix, separator
        and number, or None when it is not one or not written so."""
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
        if sep == "" and len(prefix) == 1 and _key(prefix + number) not in self.unhyphenated:
            if len(number) < 2 or prefix not in UNHYPHENATED_SINGLE:
                return None  # "A50" is a road, "A-50" an aircraft
        if sep == " " and prefix not in self.spaced:
            return None
        return prefix

    def parse(self, match: re.Match[str], text: str) -> Mention | None:
        """A designation match as a mention, or None when it is not one (wrong case, spacing...)."""
        raw_prefix, sep, number, suffix = match.group("prefix", "sep", "number", "suffix")
        prefix = self._known_prefix(raw_prefix, sep, number)
        if prefix is None:
            return None
        base = _key(prefix + number)
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


def _read_families(entries: Iterable[dict[str, Any]]) -> dict[str, AircraftFamily]:
    """The families by id; a later entry with the same id (a user's) extends the family: its lists are added
    to, its other values replace the earlier ones."""
    families: dict[str, AircraftFamily] = {}
    for entry in entries:
        meta = {key: entry.get(key) for key in TEXT_KEYS if key in entry}
        lists = {key: list(entry.get(key) or []) for key in LIST_KEYS}
        known = families.get(entry["id"])
        if known is None:
            families[entry["id"]] = AircraftFamily(entry["id"], {"pattern": entry["pattern"], **meta, **lists})
            continue
        known.meta.update({k: v for k, v in meta.items() if v is not None})
        for key, values in lists.items():
            known.meta[key] = known.meta.get(key, []) + values
    return families


def _remaining(suffix: str, consumed_alnum: int) -> int:
    """How many characters of `suffix` remain after its first `consumed_alnum` letters and digits."""
    seen = 0
    for index, char in enumerate(suffix):
        if seen == consumed_alnum:
            return len(suffix) - index
        if char.isalnum():
            seen += 1
    return 0


def prefix_tree_alternation(words: Iterable[str], after_first: str = "") -> str:
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
