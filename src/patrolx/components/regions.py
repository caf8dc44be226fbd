"""`patrolx_regions`: seas, straits, islands, broad and sub-national regions.

Patterns come from `patterns/regions.jsonl` (id = canonical name; metadata
kind, wikidata, lat, lon, country, part_of), a world gazetteer built by
`scripts/build_patterns.py`. Matching ignores case, but every word that is not
a geographic generic ("sea", "of", "islands", "oblast"...) or a compass word
must be capitalised, so "the black sea bass" or "asia" in running lower-case
text do not count.

A name labelled REGION counts on its own. One labelled REGION_CONTEXT is also a
city, a word or a name elsewhere ("Kherson", "Tsushima"): it counts only with
the evidence a careful reader uses, a preposition of place before it ("in
Kherson", "off northern Tsushima") and, for a region within one state, that
state named in the article. A region name within a longer country name
("Papua" and "New Guinea" in "Papua New Guinea") is part of that name.

Coordinated forms name several regions with one head noun:
"the Japanese and East China seas", "the East and South China Seas",
"the seas of Japan and East China". Each conjunct becomes its own mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import REGION_TOKENS, SPAN_KEYS, set_spans
from ..families import BY_NAME
from ..records import RegionFact
from ..resources import load_patterns
from ..text.matching import Match, PatternMatcher, longest, word_positions
from ..text.tokens import TokenColumns, token_columns
from .boilerplate import Clutter

FACT_FAMILY = BY_NAME["regions"]
PATTERN_FILE = "regions.jsonl"
METADATA_KEYS = ("kind", "wikidata", "lat", "lon", "country", "part_of")
LABEL = "REGION"
PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
FIRST_WORD = re.compile(r"[^\W\d_]+")
NEEDS_CONTEXT = "REGION_CONTEXT"
COUNTRY = "COUNTRY"  # a country name of several words ("Papua New Guinea"): the regions within it are part of it
PLACE_PREPOSITIONS = {
    "in", "into", "inside", "on", "over", "near", "off", "across", "from", "to", "toward", "towards", "around",
    "throughout", "within", "through", "along", "above", "at", "outside", "via",
}  # fmt: skip
GENERIC_WORDS = {
    "sea",
    "seas",
    "ocean",
    "oceans",
    "strait",
    "straits",
    "gulf",
    "bay",
    "channel",
    "sound",
    "island",
    "islands",
    "isles",
    "islets",
    "archipelago",
    "peninsula",
    "of",
    "the",
    "and",
    "prefecture",
    "province",
    "region",
    "state",
    "states",
    "oblast",
    "krai",
    "okrug",
    "governorate",
    "territory",
    "republic",
    "county",
    "district",
    "mountains",
    "desert",
}
COMPASS_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "far",
}
PLURAL_HEADS = {"seas": "Sea", "oceans": "Ocean", "straits": "Strait", "gulfs": "Gulf", "bays": "Bay"}
MAX_CONJUNCT_WORDS = 3
# Heads of names made with a place name: "Atlantic City", "Indiana University".
NAME_HEADS = {"city", "university", "college", "club", "institute"}
CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
# "trans-Atlantic", "mid-Atlantic", "pan-Pacific": words made with a region's name, not the region.
HYPHEN_PREFIXES = {"trans", "mid", "pan", "cross", "sub", "intra", "inter", "non", "pro", "anti", "ex"}
SENTENCE_ENDS = {".", "!", "?", ":", '"', "“", "”", "'", "‘", "’", "(", "—", "-"}
# "Shaanxi Y-8", "Harbin Z-9": a place name that is an aircraft maker's name.
DESIGNATION = re.compile(r"^[A-Z]{1,4}-?\d")


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_regions(nlp: Language, name: str, pattern_dirs: list[str]) -> RegionRecognizer:
    return RegionRecognizer(nlp, name, pattern_dirs=pattern_dirs)


class RegionRecognizer:
    def __init__(self, nlp: Language, name: str = "patrolx_regions", pattern_dirs: Iterable[str] = ()):
        self.name = name
        dirs = [Path(d) for d in pattern_dirs]
        entries = load_patterns(PATTERN_FILE, METADATA_KEYS, dirs)
        self.matcher = PatternMatcher(nlp)
        # A world gazetteer: each name is given to the matcher only when a text holds its first word (its first
        # run of letters, "Saxony" of "Saxony-Anhalt"), since splitting them all as the tokenizer would doubled
        # the start-up time.
        self._waiting: dict[str, list[dict]] = {}
        now = []
        for entry in entries:
            first = FIRST_WORD.search(entry["pattern"]) if isinstance(entry["pattern"], str) else None
            if first:
                self._waiting.setdefault(first.group().lower(), []).append(entry)
            else:
                now.append(entry)
        self.matcher.add(now)
        self._entries = entries
        self._aliases: dict[str, str] | None = None  # read when first asked for (`aliases`)
        # "the Japanese and East China seas": a demonym stands for its country's name.
        countries = load_patterns("countries.jsonl", ("iso2", "name"), dirs)
        self.demonyms = {e["pattern"].lower(): e["name"] for e in countries if e["label"] == "DEMONYM"}
        # How each state is named (the words of its names and demonyms), to tell whether an article names it; and
        # the country names of several words, matched as phrases with the regions (labelled COUNTRY) in one pass.
        self.state_names: dict[str, set[tuple[str, ...]]] = {}
        for entry in countries:
            if not isinstance(entry["pattern"], str) or entry["label"] not in ("COUNTRY", "DEMONYM"):
                continue
            text = entry["pattern"]
            plain = PLAIN_PHRASE.fullmatch(text)
            words = tuple(text.lower().split(" ")) if plain else self.matcher.splitter.split(text)[1]
            self.state_names.setdefault(entry["id"], set()).add(words)
            if entry["label"] == COUNTRY and len(words) > 1:
                self.matcher.add([entry])

    def __call__(self, doc: Doc) -> Doc:
        columns = token_columns(doc)
        positions = word_positions(doc)
        # Most texts hold no word still waiting, which one set operation tells (walking the smaller side).
        if not positions.keys().isdisjoint(self._waiting.keys()):
            for word in [w for w in positions if w in self._waiting]:
                self.matcher.add(self._waiting.pop(word))
        coordinated = self._coordinated(doc)
        matches = self.matcher.matches(doc)
        named = [m for m in matches if m.label != COUNTRY and _capitalised(columns, m.start, m.end)]
        in_countries = {i for m in matches if m.label == COUNTRY for i in range(m.start, m.end)}
        plain = [
            m
            for m in named
            if not _names_a_maker(columns, m.end)
            and not _inside_a_longer_name(columns, m.start, m.end)
            and not (m.end - m.start == 1 and self._names_an_organisation(columns, m))
            and in_countries.isdisjoint(range(m.start, m.end))
            and (m.label != NEEDS_CONTEXT or self._has_evidence(doc, columns, m))
        ]
        taken = {i for match in coordinated for i in range(match.start, match.end)}
        mentions = coordinated + [m for m in plain if not taken.intersection(range(m.start, m.end))]
        kept: list[Span] = []
        records: list[RegionFact] = []
        clutter = Clutter(doc)
        for match in longest(mentions):  # a Span only for the mentions kept
            if clutter.holds(match.start, match.end):
                continue
            name = match.id
            meta = self.matcher.metadata.get(name, {})
            start_char, end_char = columns.char_range(match.start, match.end)
            span = Span(doc, match.start, match.end, label=LABEL, span_id=name)
            kept.append(span)
            records.append(
                RegionFact(
                    text=columns.text[start_char:end_char],
                    start=start_char,
                    end=end_char,
                    name=name,
                    kind=meta.get("kind", "region"),
                    wikidata=meta.get("wikidata"),
                    lat=meta.get("lat"),
                    lon=meta.get("lon"),
                    country=meta.get("country"),
                    part_of=meta.get("part_of"),
                )
            )
        set_spans(doc, "regions", kept, records)
        # The tokens of the kept mentions, for `tokens_in_regions`, beside the span group they were read from.
        REGION_TOKENS.set(doc, {i for span in kept for i in range(span.start, span.end)})
        return doc

    def _has_evidence(self, doc: Doc, columns: TokenColumns, match: Match) -> bool:
        """A preposition of place before the name ("on Iturup", "off the northern Tsushima"), and the region's
        state named somewhere in the article; or the article before a plural name ("the Alps")."""
        i = match.start - 1
        while i >= 0 and columns.lowers[i] in COMPASS_WORDS:
            i -= 1
        if i >= 0 and columns.lowers[i] == "the":
            if columns.lowers[match.end - 1].endswith("s"):
                return True  # "the Alps", "the Carpathians": a plural name with its article
            i -= 1
        if i < 0 or columns.lowers[i] not in PLACE_PREPOSITIONS:
            return False
        state = self.matcher.metadata.get(match.id, {}).get("country")
        return state is None or any(_occurs(doc, columns, words) for words in self.state_names.get(state, ()))

    def _names_an_organisation(self, columns: TokenColumns, match: Match) -> bool:
        """A one-word sea, ocean or broad region before a capitalised word is part of a name: "Pacific Command",
        "Atlantic Council", "Arctic Monkeys" ("Alaska Governor" is still Alaska, and "Pacific Ocean" a longer
        match)."""
        if match.end >= len(columns.texts) or self.matcher.metadata.get(match.id, {}).get("kind") == "subnational":
            return False
        following = columns.texts[match.end]
        return (
            following[:1].isupper()
            and following.isalpha()
            and columns.lowers[match.end] not in GENERIC_WORDS | COMPASS_WORDS | CALENDAR_WORDS
        )

    def aliases(self) -> dict[str, str]:
        """Every name, in lower case -> its region: for coordinated forms ("the East and South China seas")."""
        # (Kept by plain assignment: `functools.cached_property` would write through the recognizer's __dict__,
        # and every attribute look-up on it would take the slow path from then on.)
        if self._aliases is None:
            self._aliases = {e["pattern"].lower(): e["id"] for e in self._entries if isinstance(e["pattern"], str)}
        return self._aliases

    def _lookup(self, stems: list[str], head: str) -> str | None:
        for stem in stems:
            for form in (f"{stem} {head}", f"{head} of {stem}"):
                if form.lower() in self.aliases():
                    return self.aliases()[form.lower()]
        return None

    def _stems(self, conjunct: Span, last: Span) -> list[str]:
        """Candidate names for one conjunct, the elliptical reading first ("East" + "China")."""
        stems = []
        if conjunct != last and len(last) > 1:
            stems.append(f"{conjunct.text} {last[1:].text}")
        stems.append(conjunct.text)
        if conjunct.text.lower() in self.demonyms:
            stems.append(self.demonyms[conjunct.text.lower()])
        return stems

    def _coordinated(self, doc: Doc) -> list[Match]:
        found: list[Match] = []
        # Only a plural head starts a coordination, and most texts have none: the doc's word positions tell
        # where the heads are without a look at every token.
        positions = word_positions(doc)
        heads = sorted(i for head in PLURAL_HEADS.keys() & positions.keys() for i in positions[head])
        for i in heads:
            token = doc[i]
            head = PLURAL_HEADS[token.lower_]
            before = _conjuncts_ending_at(doc, token.i)
            if len(before) > 1:
                spans = [*before[:-1], doc[before[-1].start : token.i + 1]]
                found += self._resolve(before, spans, head)
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
                after = _conjuncts_starting_at(doc, token.i + 2)
                if len(after) > 1:
                    spans = [doc[token.i : after[0].end], *after[1:]]
                    found += self._resolve(after, spans, head)
        return found

    def _resolve(self, conjuncts: list[Span], mention_spans: list[Span], head: str) -> list[Match]:
        names = [self._lookup(self._stems(c, conjuncts[-1]), head) for c in conjuncts]
        if not all(names):
            return []
        return [Match(s.start, s.end, "REGION", n) for s, n in zip(mention_spans, names, strict=True)]


def tokens_in_regions(doc: Doc) -> set[int]:
    """The tokens of the regions `patrolx_regions` found (read it, never change it): kept beside the spans when
    they were stored, which saves making a Span of each region again; read from the spans if these were replaced."""
    kept = REGION_TOKENS.get(doc)
    if kept is not None:
        return kept
    key = SPAN_KEYS["regions"]
    return {i for region in doc.spans[key] for i in range(region.start, region.end)} if key in doc.spans else set()


def _occurs(doc: Doc, columns: TokenColumns, words: tuple[str, ...]) -> bool:
    """Whether the doc holds the words (lower-case forms of tokens) in a row."""
    for i in word_positions(doc).get(words[0], ()):
        if tuple(columns.lowers[i : i + len(words)]) == words:
            return True
    return False


def _inside_a_longer_name(columns: TokenColumns, start: int, end: int) -> bool:
    """Whether the region's name is part of another name: "Atlantic City", "Indiana University", "New England",
    "Trans-Pacific", "mid-Atlantic", "The Atlantic" (a title, capitalised within a sentence)."""
    texts, lowers = columns.texts, columns.lowers
    if end < len(texts) and lowers[end] in NAME_HEADS and texts[end][0].isupper():
        return True
    if start == 0:
        return False
    before = texts[start - 1]
    if before == "New":
        return True
    if before == "-" and start > 1 and not columns.whitespace[start - 2] and texts[start - 2].isalpha():
        return lowers[start - 2] in HYPHEN_PREFIXES
    return before == "The" and start > 1 and texts[start - 2] not in SENTENCE_ENDS and not columns.is_space[start - 2]


def _names_a_maker(columns: TokenColumns, end: int) -> bool:
    return end < len(columns.texts) and bool(DESIGNATION.match(columns.texts[end]))


def _capitalised(columns: TokenColumns, start: int, end: int) -> bool:
    """Whether tokens start..end read as a name: some word is not a generic one, and every word that is
    neither generic nor a compass word is capitalised."""
    named = False
    for i in range(start, end):
        word = columns.texts[i]
        if not word.isalpha() or columns.lowers[i] in GENERIC_WORDS:
            continue
        named = True
        if columns.lowers[i] not in COMPASS_WORDS and not word[0].isupper():
            return False
    return named


def _title_run_backwards(doc: Doc, end: int) -> Span | None:
    start = end
    while start > 0 and end - start < MAX_CONJUNCT_WORDS and doc[start - 1].is_title:
        start -= 1
    if start < end and doc[start].lower_ == "the":
        start += 1
    return doc[start:end] if start < end else None


def _title_run_forwards(doc: Doc, start: int) -> Span | None:
    end = start
    while end < len(doc) and end - start < MAX_CONJUNCT_WORDS and doc[end].is_title:
        end += 1
    return doc[start:end] if start < end else None


def _conjuncts_ending_at(doc: Doc, head: int) -> list[Span]:
    """'A, B and C <head>' -> [A, B, C] (capitalised runs), or [] when there is no coordination."""
    last = _title_run_backwards(doc, head)
    if last is None:
        return []
    conjuncts = [last]
    i = last.start
    while i > 0 and doc[i - 1].lower_ in {"and", "or", ","}:
        previous = _title_run_backwards(doc, i - 1)
        if previous is None:
            break
        conjuncts.insert(0, previous)
        i = previous.start
    return conjuncts if len(conjuncts) > 1 else []


def _conjuncts_starting_at(doc: Doc, start: int) -> list[Span]:
    """'A, B and C' after '<head> of' -> [A, B, C]."""
    first = _title_run_forwards(doc, start)
    if first is None:
        return []
    conjuncts = [first]
    i = first.end
    while i < len(doc) and doc[i].lower_ in {"and", "or", ","}:
        following = _title_run_forwards(doc, i + 1)
        if following is None:
            break
        conjuncts.append(following)
        i = following.end
    return conjuncts if len(conjuncts) > 1 else []
