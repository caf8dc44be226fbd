"""Pattern matching shared by the components: spaCy's span-ruler format, our metadata.

Like spaCy's SpanRuler, a `PatternMatcher` takes `{"label", "pattern", "id"}`
entries (phrase or token patterns) and returns spans whose `label_` and
`id_` come from the entry. Unlike it, it keeps each id's metadata (ISO codes,
coordinates...) and never runs the rest of the pipeline on pattern texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


class PatternMatcher:
    def __init__(self, nlp: Language, attr: str = "ORTH") -> None:
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.attr = attr
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self.token_matcher = Matcher(nlp.vocab)
        self.metadata: dict[str, dict[str, Any]] = {}
        self._keys: dict[int, tuple[str, str]] = {}

    def add(self, entries: Iterable[dict[str, Any]], variants=None) -> None:
        """Add pattern entries; `variants(text)` may return more spellings of a phrase."""
        phrases: dict[str, list[str]] = {}
        for entry in entries:
            label, id_ = entry["label"], entry["id"]
            key = f"{label}\x1f{id_}"
            self._keys[self.vocab.strings.add(key)] = (label, id_)
            meta = {k: v for k, v in entry.items() if k not in ("label", "pattern", "id")}
            self.metadata.setdefault(id_, {}).update(meta)
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                forms = {pattern, *(variants(pattern) if variants else ())}
                phrases.setdefault(key, []).extend(sorted(forms))
            else:
                self.token_matcher.add(key, [pattern])
        for key, texts in phrases.items():
            self.phrase_matcher.add(key, list(self.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> list[Span]:
        """All matches, overlaps included, in text order."""
        spans = set()
        matches = list(self.phrase_matcher(doc))
        if len(self.token_matcher):
            matches += self.token_matcher(doc)
        for match_id, start, end in matches:
            label, id_ = self._keys[match_id]
            spans.add(Span(doc, start, end, label=label, span_id=id_))
        return sorted(spans)

    def longest(self, doc: Doc) -> list[Span]:
        """Matches with overlaps resolved in favour of the longest (then the first)."""
        return sorted(filter_spans(self(doc)))


def overlaps_any(span: Span, taken: Iterable[Span]) -> bool:
    """Whether `span` shares a token with any span in `taken`."""
    return any(span.start < other.end and other.start < span.end for other in taken)
