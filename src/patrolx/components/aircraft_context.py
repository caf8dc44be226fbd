"""The words around an aircraft mention, read by `patrolx_aircraft`: aircraft nouns, versions, air arms,
lists of types and counts ("two Tu-95MS bombers").

The neighbouring words are read on the doc's token columns (`patrolx.text.tokens`), by token index: a spaCy
Token object for each word looked at would cost more than the checks themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from ..text.tokens import TokenColumns
from ..text.words import MONTH_WORDS, WEEKDAY_WORDS
from .aircraft_knowledge import Mention

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
# A compound modifier before an aircraft noun: "carrier-based", "twin-engine", "two-seat".
COMPOUND_MODIFIER = re.compile(r"[-\w]+-(?:based|engined?|seat|capable)")
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


def token_at_or_after(columns: TokenColumns, char: int) -> int:
    """Index of the first token starting at or after character `char`."""
    return bisect_left(columns.idx, char)


def expanded_tokens(columns: TokenColumns, start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last + 1) that characters start..end touch (`start` is not a space): the token
    holding each character, with its trailing space, found by bisection, like spaCy's `char_span` "expand"."""
    first = bisect_right(columns.idx, start) - 1
    if start == columns.idx[first] + len(columns.texts[first]):
        first += 1  # in the previous token's trailing space
    return first, bisect_right(columns.idx, end - 1)


def tokens_after(columns: TokenColumns, char: int, limit: int) -> list[int]:
    """The next `limit` tokens after character `char`, less space tokens."""
    start = first_token_after(columns, char)
    return [i for i in range(start, min(start + limit, len(columns.texts))) if not columns.is_space[i]]


def first_token_after(columns: TokenColumns, char: int) -> int:
    start = token_at_or_after(columns, char)
    # The possessive rest of a split token ("J-16" + "'s") is not the next word.
    while start < len(columns.texts) and columns.texts[start] in {"'s", "’s", "'", "’"}:
        start += 1
    return start


def next_word(columns: TokenColumns, char: int) -> int | None:
    """The token right after character `char` (`tokens_after(columns, char, 1)`), or None."""
    i = first_token_after(columns, char)
    return i if i < len(columns.texts) and not columns.is_space[i] else None


def tokens_before(columns: TokenColumns, char: int, limit: int) -> range:
    end = token_at_or_after(columns, char)
    return range(max(0, end - limit), end)


def aircraft_word_follows(columns: TokenColumns, char: int, nouns: set[str] = AIRCRAFT_NOUNS, names: int = 0) -> bool:
    return aircraft_noun_after(columns, char, nouns, names) is not None


def aircraft_noun_after(
    columns: TokenColumns, char: int, nouns: set[str] = AIRCRAFT_NOUNS, names: int = 0
) -> str | None:
    """The aircraft noun after the mention, maybe past a few modifiers ("maritime patrol aircraft")
    and up to `names` capitalized words ("MQ-28 Ghost Bat drone")."""
    tokens = tokens_after(columns, char, 5 + names)
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
        if word not in MODIFIERS and not COMPOUND_MODIFIER.fullmatch(word):
            return None
    return None


def word_follows(columns: TokenColumns, char: int, words: set[str]) -> bool:
    i = next_word(columns, char)
    return i is not None and columns.lowers[i] in words


def word_before(columns: TokenColumns, char: int, words: set[str]) -> bool:
    i = token_at_or_after(columns, char) - 1
    return i >= 0 and columns.lowers[i] in words


def version_follows(columns: TokenColumns, char: int) -> bool:
    i = next_word(columns, char)
    return i is not None and bool(VERSION_WORD.fullmatch(columns.texts[i]))


def air_arm_follows(columns: TokenColumns, char: int) -> bool:
    """ "Typhoons from RAF Lossiemouth", "Rafales of the French Navy"."""
    words = [columns.texts[i] for i in tokens_after(columns, char, 4)]
    if not words or words[0] not in FROM_WORDS:
        return False
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    return bool(rest) and (rest[0] in AIR_ARMS or rest[0] in {"Royal", "French", "Italian", "German", "Spanish"})


def drone_word_follows(columns: TokenColumns, char: int) -> bool:
    tokens = tokens_after(columns, char, 3)
    return any(columns.lowers[i] in DRONE_NOUNS for i in tokens)


def capitalized_word_follows(columns: TokenColumns, char: int) -> bool:
    i = next_word(columns, char)
    if i is None:
        return False
    word = columns.texts[i]
    between = columns.whitespace[i - 1] if i > 0 else ""
    if "\n" in between or (i > 0 and columns.is_space[i - 1]) or not word.isalpha():
        return False
    return word.istitle() and columns.lowers[i] not in AIRCRAFT_NOUNS and not VERSION_WORD.fullmatch(word)


def listed_with(text: str, mention: Mention, ends: dict[int, Mention], begins: dict[int, Mention]) -> bool:
    """Whether `mention` is coordinated with another aircraft mention: "X, Y and Z"."""
    for gap in range(1, LIST_GAP + 1):
        before = mention.start - gap
        if before in ends and LIST_SEPARATOR.fullmatch(text, before, mention.start):
            return True
        after = mention.end + gap
        if after in begins and LIST_SEPARATOR.fullmatch(text, mention.end, after):
            return True
    return False


def overlapping(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (sorted, not overlapping one another) that share a character with start..end."""
    index = max(0, bisect_left(starts, start) - 1)
    found = []
    while index < len(mentions) and mentions[index].start < end:
        if mentions[index].end > start:
            found.append(mentions[index])
        index += 1
    return found


def determiner_before(columns: TokenColumns, char: int) -> bool:
    start = token_at_or_after(columns, char)
    if start == 0:
        return False
    previous = columns.lowers[start - 1]
    return previous in DETERMINERS or previous in NUMBER_WORDS or columns.texts[start - 1].isdecimal()


def count_before(doc: Doc, columns: TokenColumns, start: int) -> int | None:
    """How many the words before the mention report: "two Tu-95s", "a pair of H-6Ks", "two of Russia's Tu-95"."""
    index = start - 1
    steps = 0
    while index >= 0 and steps < COUNT_WINDOW:
        text = columns.texts[index]
        word = columns.lowers[index]
        if word in NUMBER_WORDS and word not in {"pair", "couple"}:
            return NUMBER_WORDS[word]
        if text.isdecimal():
            value = int(text)
            return value if 0 < value < 1000 and not is_date_number(columns, index) else None
        if word == "of":
            previous = columns.lowers[index - 1] if index > 0 else ""
            if previous in {"pair", "couple"}:
                return 2
            if previous in NUMBER_WORDS:
                return NUMBER_WORDS[previous]
            if previous.isdecimal() and 0 < int(previous) < 1000:
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


def is_date_number(columns: TokenColumns, index: int) -> bool:
    """ "Sept. 16 J-16s", "No. 2 Squadron": the number is a date or a name, not a count."""
    neighbours = [columns.lowers[i].rstrip(".") for i in (index - 1, index + 1) if 0 <= i < len(columns.lowers)]
    return any(word in MONTHS_AND_DAYS or word in UNIT_WORDS for word in neighbours)
