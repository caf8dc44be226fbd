"""`patrolx_boilerplate`: marks site clutter that is not part of the story.

Related-link lists, newsletter and cookie notices, share bars and translation
disclaimers mention countries and places that the article is not about.
Patterns in `patterns/boilerplate.jsonl` are case-insensitive phrases:
- BLOCK: a line that is only this heading starts clutter running to the end
  of the article ("RELATED COVERAGE", "Read more:", "MOST READ IN NEWS");
- LINE_START: a line beginning with it is clutter ("WATCH: ...", "Sign up ...");
- LINE_CONTAINS: a line containing it is clutter ("versions are automatically generated").
Image captions are part of the story and are never marked.
Other components drop what falls inside these spans (`tokens_in_boilerplate`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, compress, repeat
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import CLUTTER_BOUNDS, SPAN_KEYS
from ..families import BY_NAME
from ..resources import load_patterns
from ..text.tokens import doc_text

FAMILY = BY_NAME["boilerplate"]
PATTERN_FILE = "boilerplate.jsonl"
LINE = re.compile(r"[^\n]*")


@Language.factory(
    FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FAMILY.assigns,
    requires=FAMILY.required_attributes,
)
def make_boilerplate(nlp: Language, name: str, pattern_dirs: list[str]) -> BoilerplateMarker:
    return BoilerplateMarker(name, pattern_dirs=pattern_dirs)


class BoilerplateMarker:
    def __init__(self, name: str = "patrolx_boilerplate", pattern_dirs: Iterable[str] = ()):
        self.name = name
        entries = load_patterns(PATTERN_FILE, (), [Path(d) for d in pattern_dirs])
        self.cues: dict[str, list[str]] = {"BLOCK": [], "LINE_START": [], "LINE_CONTAINS": []}
        for entry in entries:
            self.cues.setdefault(entry["label"], []).append(entry["pattern"].lower())
        # Every line is tested against every cue: one pattern of the line-start cues as alternatives (a line
        # matches it where it starts with one of them; each alternative fails at its first character) and a set
        # lookup do in C what loops over the cues did in Python, with the same outcome.
        self._line_start = re.compile("|".join(map(re.escape, self.cues["LINE_START"])) or "(?!)")
        self._block_headings = frozenset(self.cues["BLOCK"])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end in self.clutter(doc_text(doc)):
            span = doc.char_span(start, end, label="BOILERPLATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEYS["boilerplate"]] = spans
        CLUTTER_BOUNDS.set(doc, ([span.start for span in spans], [span.end for span in spans]))
        return doc

    def clutter(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of clutter, in text order."""
        # Each test runs over all lines at once in C; only the few lines that pass one are visited in Python.
        lines = text.split("\n")
        keys = list(map(str.lower, map(str.strip, lines)))
        numbers = range(len(keys))
        headings = map(str.strip, map(str.rstrip, keys, repeat(":")))  # as `_is_block_heading` reads a line
        hits = set(compress(numbers, map(self._block_headings.__contains__, headings)))
        hits.update(compress(numbers, map(self._line_start.match, keys)))
        # A cue in some line is in the lines joined too: most texts hold no such cue and need no test per line.
        joined = "\n".join(keys)
        for cue in self.cues["LINE_CONTAINS"]:
            if cue in joined:
                hits.update(compress(numbers, map(str.__contains__, keys, repeat(cue))))
        ranges = []
        if not hits:
            return ranges
        # Where each line starts: the lengths of the lines before it, and one newline after each.
        before = list(accumulate(map(len, lines), initial=0))
        for number in sorted(hits):
            if not keys[number]:
                continue
            start = before[number] + number
            if self._is_block_heading(keys[number]):
                ranges.append((start, len(text)))
                break
            ranges.append((start, start + len(lines[number])))
        return ranges

    def block_start(self, text: str) -> int | None:
        """Where the first clutter block starts (everything after it is clutter), or None."""
        for match in LINE.finditer(text):
            if self._is_block_heading(match.group().strip().lower()):
                return match.start()
        return None

    def _is_block_heading(self, line: str) -> bool:
        return bool(line) and line.rstrip(":").strip() in self._block_headings


def has_boilerplate(doc: Doc) -> bool:
    """Whether `patrolx_boilerplate` marked clutter in the doc (True when it is not known): most docs have none,
    and a component with many mentions then needs no `tokens_in_boilerplate` test for each."""
    bounds = CLUTTER_BOUNDS.get(doc)
    return bounds is None or bool(bounds[0])


def tokens_in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens [start, end) lie in clutter marked by `patrolx_boilerplate` (no Span needed)."""
    bounds = CLUTTER_BOUNDS.get(doc)  # kept with the spans
    if bounds is None:
        key = SPAN_KEYS["boilerplate"]
        if key not in doc.spans:
            return False
        clutter = doc.spans[key]
        bounds = ([other.start for other in clutter], [other.end for other in clutter])
    starts, ends = bounds
    # Clutter spans are lines in text order, so they never overlap: the last one starting at or before the
    # span is the only one that can hold it (a binary search keeps huge texts with much clutter linear).
    at = bisect_right(starts, start) - 1
    return at >= 0 and end <= ends[at]
