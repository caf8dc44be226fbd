"""`patrolx_regions`: seas, straits, islands, broad and sub-national regions.

Patterns come from `patterns/regions.jsonl` (label REGION; id = canonical
name; metadata kind, wikidata, lat, lon). Matching ignores case, but every
word that is not a geographic generic ("sea", "of", "islands"...) or a compass
word must be capitalised, so "the black sea bass" or "asia" in running
lower-case text do not count.

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
from .boilerplate import has_boilerplate, tokens_in_boilerplate

FACT_FAMILY = BY_NAME["regions"]
PATTERN_FILE = "regions.jsonl"
METADATA_KEYS = ("kind", "wikidata", "lat", "lon")
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
        self.matcher.add(entries)
        self.aliases = {e["pattern"].lower(): e["id"] for e in entries if isinstance(e["pattern"], str)}
        # "the Japanese and East China seas": a demonym stands for its country's name.
        self.demonyms = {
            e["pattern"].lower(): e["name"]
            for e in load_patterns("countries.jsonl", ("iso2", "name"), dirs)
            if e["label"] == "DEMONYM"
        }

    def __call__(self, doc: Doc) -> Doc:
        columns = token_columns(doc)
        coordinated = self._coordinated(doc)
        named = (m for m in self.matcher.matches(doc) if _capitalised(columns, m.start, m.end))
        plain = [m for m in named if not _names_a_maker(columns, m.end)]
        taken = {i for match in coordinated for i in range(match.start, match.end)}
        mentions = coordinated + [m for m in plain if not taken.intersection(range(m.start, m.end))]
        kept: list[Span] = []
        records: list[RegionFact] = []
        clutter = has_boilerplate(doc)
        for match in longest(mentions):  # a Span only for the mentions kept
            if clutter and tokens_in_boilerplate(doc, match.start, match.end):
                continue
            name = match.id
            meta = self.matcher.metadata.get(name, {})
            start_char, end_char = columns.char_range(match.start, match.end)
            span = Span(doc, match.start, match.end, label=match.label, span_id=name)
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
                )
            )
        set_spans(doc, "regions", kept, records)
        # The tokens of the kept mentions, for `tokens_in_regions`, beside the span group they were read from.
        REGION_TOKENS.set(doc, {i for span in kept for i in range(span.start, span.end)})
        return doc

    def _lookup(self, stems: list[str], head: str) -> str | None:
        for stem in stems:
            for form in (f"{stem} {head}", f"{head} of {stem}"):
                if form.lower() in self.aliases:
                    return self.aliases[form.lower()]
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
