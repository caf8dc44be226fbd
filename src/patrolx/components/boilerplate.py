"""`patrolx_boilerplate`: marks site clutter that is not part of the story.

Related-link lists, newsletter and cookie notices, share bars and translation
disclaimers mention countries and places that the article is not about.
Patterns in `patterns/boilerplate.jsonl` are case-insensitive phrases:
- BLOCK: a line that is only this heading starts clutter running to the end
  of the article ("RELATED COVERAGE", "Read more:", "MOST READ IN NEWS");
- LINE_START: a line beginning with it is clutter ("WATCH: ...", "Sign up ...");
- LINE_CONTAINS: a line containing it is clutter ("versions are automatically generated").
In a run-on line (paragraphs whose line breaks were lost) a line cue marks only its sentence.
Image captions are part of the story and are never marked.
Other components drop what falls inside these spans (`Clutter`, `tokens_in_boilerplate`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import CLUTTER_BOUNDS, SPAN_KEYS
from ..families import BY_NAME
from ..resources import load_patterns
from ..text.tokens import doc_text

FACT_FAMILY = BY_NAME["boilerplate"]
PATTERN_FILE = "boilerplate.jsonl"
LINE = re.compile(r"[^\n]*")
# A line longer than this is paragraphs run together (a feed that dropped the line breaks), not a clutter line:
# a line cue in it marks only the sentence it is in, so the story around it stays.
RUN_ON_LINE = 600
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)")


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
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
        # A line starts with a line-start cue where this pattern of them all as alternatives matches.
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
        lines = text.split("\n")
        keys = [line.strip().lower() for line in lines]
        # A cue that is in no line is not in the lines joined either: most texts hold none.
        joined = "\n".join(keys)
        contained = [cue for cue in self.cues["LINE_CONTAINS"] if cue in joined]
        ranges = []
        start = 0  # where the line starts in the text
        for line, key in zip(lines, keys, strict=True):
            if self._is_block_heading(key):
                ranges.append((start, len(text)))
                break
            cue_at = self._cue_position(key, contained)
            if cue_at is not None:
                ranges.append(_clutter_in_line(line, start, cue_at + len(line) - len(line.lstrip())))
            start += len(line) + 1
        return ranges

    def _cue_position(self, key: str, contained: list[str]) -> int | None:
        """Where in the stripped, lower-cased line a line cue stands, or None."""
        if not key:
            return None
        if self._line_start.match(key):
            return 0
        return next((key.find(cue) for cue in contained if cue in key), None)

    def block_start(self, text: str) -> int | None:
        """Where the first clutter block starts (everything after it is clutter), or None."""
        for match in LINE.finditer(text):
            if self._is_block_heading(match.group().strip().lower()):
                return match.start()
        return None

    def _is_block_heading(self, line: str) -> bool:
        return bool(line) and line.rstrip(":").strip() in self._block_headings


def _clutter_in_line(line: str, start: int, cue_at: int) -> tuple[int, int]:
    """The clutter a cue at `cue_at` marks in a line starting at `start`: the line, or in a run-on line the
    sentence holding the cue."""
    if len(line) <= RUN_ON_LINE:
        return start, start + len(line)
    ends = [match.end() for match in SENTENCE_END.finditer(line)]
    sentence_start = max((end for end in ends if end <= cue_at), default=0)
    sentence_end = min((end for end in ends if end > cue_at), default=len(line))
    return start + sentence_start, start + sentence_end


def has_boilerplate(doc: Doc) -> bool:
    """Whether `patrolx_boilerplate` marked clutter in the doc (True when it is not known): most docs have none."""
    bounds = CLUTTER_BOUNDS.get(doc)
    return bounds is None or bool(bounds[0])


class Clutter:
    """Where `patrolx_boilerplate` marked clutter in a doc, read once for all the mentions a component tests."""

    def __init__(self, doc: Doc) -> None:
        bounds = CLUTTER_BOUNDS.get(doc)  # kept with the spans
        if bounds is None:
            key = SPAN_KEYS["boilerplate"]
            clutter = doc.spans[key] if key in doc.spans else []
            bounds = ([span.start for span in clutter], [span.end for span in clutter])
        self.starts, self.ends = bounds

    def holds(self, start: int, end: int) -> bool:
        """Whether the tokens [start, end) lie in clutter (no Span needed)."""
        # Clutter spans are lines in text order, so they never overlap: the last one starting at or before the
        # span is the only one that can hold it (a binary search keeps huge texts with much clutter linear).
        at = bisect_right(self.starts, start) - 1
        return at >= 0 and end <= self.ends[at]


def tokens_in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens [start, end) lie in clutter marked by `patrolx_boilerplate` (no Span needed)."""
    return Clutter(doc).holds(start, end)
