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
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import set_spans
from ..families import BY_NAME
from ..records import AircraftFact
from ..resources import load_patterns
from ..text.tokens import TokenColumns, token_columns
from .aircraft_context import (
    AIR_ARMS,
    ARMS_WINDOW,
    DRONE_NOUNS,
    NATO_CUES,
    NATO_WINDOW,
    NOT_AIRCRAFT_BEFORE,
    NOT_AIRCRAFT_NOUNS,
    UNKNOWN_TYPE_NOUNS,
    air_arm_follows,
    aircraft_noun_after,
    aircraft_word_follows,
    capitalized_word_follows,
    count_before,
    determiner_before,
    drone_word_follows,
    expanded_tokens,
    listed_with,
    overlapping,
    tokens_before,
    version_follows,
    word_before,
    word_follows,
)
from .aircraft_knowledge import (
    DESIGNATION_START,
    HYPHENS,
    MAX_UNKNOWN_DIGITS,
    METADATA_KEYS,
    PATTERN_FILE,
    USE_KIND_RANK,
    AircraftKnowledge,
    Mention,
    NameUse,
    check_entry,
)
from .boilerplate import Clutter

FACT_FAMILY = BY_NAME["aircraft"]
NON_DIGITS = re.compile(r"\D")
NATO_VARIANT_END = re.compile(rf"[{HYPHENS}][A-Z]$")  # "Bear-H"


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_aircraft(nlp: Language, name: str, pattern_dirs: list[str]) -> AircraftRecognizer:
    return AircraftRecognizer(name, pattern_dirs=pattern_dirs)


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
        clutter = Clutter(doc)
        for mention in sorted(mentions, key=lambda m: m.start):
            # The tokens a mention touches, as `doc.char_span(..., alignment_mode="expand")` finds them; the Span
            # itself is made only for a mention that is kept.
            start, end = expanded_tokens(columns, mention.start, mention.end)
            if (start, end) == previous:
                continue  # a span carries one fact: two types in one token ("Il-76/78") keep the first
            if clutter.holds(start, end):
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
            if word_follows(columns, mention.end, NOT_AIRCRAFT_NOUNS):
                continue  # "a B-2 visa"
            if word_before(columns, mention.start, NOT_AIRCRAFT_BEFORE):
                continue  # "Route 66"
            if not mention.known:
                # New types are written with a hyphen ("Z-21"); "MH17" is a flight, "B-6088" a registration.
                if not match["sep"] or match["sep"] == " ":
                    continue
                digits = NON_DIGITS.sub("", match["number"])
                if len(digits) > MAX_UNKNOWN_DIGITS or not (
                    maker or aircraft_word_follows(columns, mention.end, UNKNOWN_TYPE_NOUNS, names=2)
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
            inside = overlapping(designations, starts, start, end)
            use = self._pick_use(uses, found_families, drone_word_follows(columns, end))
            if inside:
                # "S-70 Okhotnik": a longer standalone name wins over the designation inside it.
                if use.kind != "name" or any(m.start < start or m.end > end for m in inside):
                    continue
                for m in inside:
                    mentions.remove(m)
            if use.kind == "label":
                continue
            if word_before(columns, start, NOT_AIRCRAFT_BEFORE):
                continue  # "flight 737"
            mention = Mention(start, end, use.family, self._designation(use, match["tail"]))
            if use.kind == "name" or self._name_in_context(columns, match, use):
                mentions.append(mention)
                found_families.add(use.family)
            else:
                pending.append((mention, bool(match["plural"])))
        return mentions + _bare_names_accepted(columns, text, mentions, pending, found_families)

    def _designation(self, use: NameUse, tail: str | None) -> str:
        """The designation a name reports, with the tail written after it ("737" + "-800"), less its maker's name
        ("Boeing 737-800" -> "737-800")."""
        designation = use.designation + (tail or "")
        maker = self.knowledge.families[use.family].meta.get("manufacturer")
        if maker and designation.startswith(maker + " ") and DESIGNATION_START.match(designation[len(maker) + 1 :]):
            return designation[len(maker) + 1 :]
        return designation

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
        if capitalized_word_follows(columns, match.end()):
            return False  # "Typhoon Haishen", "Bear Grylls"
        noun = aircraft_noun_after(columns, match.end())
        if noun is not None:
            # "Phantom drone" is no F-4: a drone word needs a drone type.
            return noun not in DRONE_NOUNS or self.knowledge.families[use.family].meta.get("role") == "UAV"
        if version_follows(columns, match.end()):
            return True
        before = tokens_before(columns, match.start(), NATO_WINDOW)
        if use.kind in ("nato", "nato_name"):
            if match["nato_variant"] or NATO_VARIANT_END.search(match["name"]):
                return True  # "Bear-H"
            return any(columns.lowers[i] in NATO_CUES for i in before)
        words = [columns.texts[i] for i in before[-ARMS_WINDOW:]]
        if any(word in AIR_ARMS or word in self.knowledge.makers for word in words):
            return True
        return air_arm_follows(columns, match.end())

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
            count=count_before(doc, columns, first_token),
            known=mention.known,
        )


def _bare_names_accepted(
    columns: TokenColumns,
    text: str,
    mentions: list[Mention],
    pending: list[tuple[Mention, bool]],
    found_families: set[str],
) -> list[Mention]:
    """The bare names (each with whether it is plural) that count beside the `mentions` found.

    A bare name counts once the article has named the type plainly ("the Typhoons" after "Typhoon fighters"),
    when it reads as a noun phrase: "the Bear", "two Bears", not "Bear in mind". So does one listed beside other
    aircraft ("the Typhoon, the Rafale and the Gripen").
    """
    pending = [(m, plural) for m, plural in pending if not capitalized_word_follows(columns, m.end)]
    ends = {m.end: m for m in mentions}
    begins = {m.start: m for m in mentions}
    accepted: list[Mention] = []
    added = True
    while added:  # a list is accepted link by link
        added = False
        for item in list(pending):
            mention, plural = item
            named = mention.family in found_families and (plural or determiner_before(columns, mention.start))
            if named or listed_with(text, mention, ends, begins):
                accepted.append(mention)
                ends[mention.end] = begins[mention.start] = mention
                pending.remove(item)
                added = True
    return accepted
