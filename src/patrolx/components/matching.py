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

from .tokens import token_columns


class PatternMatcher:
    """Phrase patterns match regardless of case; with `exact_case`, a phrase match must
    keep the pattern's own capitalisation or be set in capitals ("CHINA" in a headline),
    so that "us" and "china" the tableware stay ordinary words.
    """

    def __init__(self, nlp: Language, exact_case: bool = False) -> None:
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.exact_case = exact_case
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.token_matcher = Matcher(nlp.vocab)
        self.metadata: dict[str, dict[str, Any]] = {}
        self._keys: dict[int, tuple[str, str]] = {}
        self._forms: dict[int, set[tuple[str, ...]]] = {}

    def add(self, entries: Iterable[dict[str, Any]]) -> None:
        phrases: dict[str, list[str]] = {}
        for entry in entries:
            label, id_ = entry["label"], entry["id"]
            key = f"{label}\x1f{id_}"
            self._keys[self.vocab.strings.add(key)] = (label, id_)
            meta = {k: v for k, v in entry.items() if k not in ("label", "pattern", "id")}
            self.metadata.setdefault(id_, {}).update(meta)
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                phrases.setdefault(key, []).append(pattern)
            else:
                self.token_matcher.add(key, [pattern])
        for key, texts in phrases.items():
            docs = list(self.tokenizer.pipe(texts))
            self.phrase_matcher.add(key, docs)
            if self.exact_case:
                self._forms.setdefault(self.vocab.strings[key], set()).update(
                    tuple(token.text for token in doc) for doc in docs
                )

    def __call__(self, doc: Doc) -> list[Span]:
        """All matches, overlaps included, in text order."""
        spans = set()
        for match_id, start, end in self.phrase_matcher(doc):
            if not self.exact_case or self._same_case(match_id, doc, start, end):
                label, id_ = self._keys[match_id]
                spans.add(Span(doc, start, end, label=label, span_id=id_))
        if len(self.token_matcher):
            for match_id, start, end in self.token_matcher(doc):
                label, id_ = self._keys[match_id]
                spans.add(Span(doc, start, end, label=label, span_id=id_))
        return sorted(spans)

    def _same_case(self, match_id: int, doc: Doc, start: int, end: int) -> bool:
        words = tuple(token_columns(doc).texts[start:end])
        if words in self._forms[match_id]:
            return True
        text = doc[start:end].text
        shouted = text.isupper() and len(text) > 3
        return shouted and any(words == tuple(w.upper() for w in form) for form in self._forms[match_id])

    def longest(self, doc: Doc) -> list[Span]:
        """Matches with overlaps resolved in favour of the longest (then the first)."""
        return sorted(filter_spans(self(doc)))
