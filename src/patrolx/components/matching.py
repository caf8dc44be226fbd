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

Key = tuple[str, str]  # (label, id) of a pattern entry
PHRASE = "patrolx_phrase"  # the one match key of all phrase patterns


class PatternMatcher:
    """Phrase patterns match regardless of case; with `exact_case`, a phrase match must
    keep the pattern's own capitalisation or be set in capitals ("CHINA" in a headline),
    so that "us" and "china" the tableware stay ordinary words.
    """

    def __init__(self, nlp: Language, exact_case: bool = False) -> None:
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.exact_case = exact_case
        # All phrases go under one match key: a key per (label, id) would cost a new lexeme each (PhraseMatcher.add
        # makes one for its key), thousands at start-up. What a match means is looked up in `_phrases` instead.
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.token_matcher = Matcher(nlp.vocab)
        self.metadata: dict[str, dict[str, Any]] = {}
        self._token_keys: dict[int, Key] = {}
        # A phrase as the lower-case forms of its tokens -> the keys of the entries that give it.
        self._phrases: dict[tuple[str, ...], list[Key]] = {}
        # With `exact_case`: the token texts of every phrase of a key, as written in the patterns.
        self._forms: dict[Key, set[tuple[str, ...]]] = {}

    def add(self, entries: Iterable[dict[str, Any]]) -> None:
        texts: list[str] = []
        phrase_keys: list[Key] = []
        for entry in entries:
            key = (entry["label"], entry["id"])
            meta = {k: v for k, v in entry.items() if k not in ("label", "pattern", "id")}
            self.metadata.setdefault(key[1], {}).update(meta)
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                texts.append(pattern)
                phrase_keys.append(key)
            else:
                name = f"{key[0]}\x1f{key[1]}"
                self._token_keys[self.vocab.strings.add(name)] = key
                self.token_matcher.add(name, [pattern])
        docs = list(self.tokenizer.pipe(texts))
        for key, doc in zip(phrase_keys, docs, strict=True):
            keys = self._phrases.setdefault(tuple(token.lower_ for token in doc), [])
            if key not in keys:
                keys.append(key)
            if self.exact_case:
                self._forms.setdefault(key, set()).add(tuple(token.text for token in doc))
        if docs:
            self.phrase_matcher.add(PHRASE, docs)

    def __call__(self, doc: Doc) -> list[Span]:
        """All matches, overlaps included, in text order."""
        spans = set()
        if len(self.phrase_matcher):
            lowers = token_columns(doc).lowers
            for _match_id, start, end in self.phrase_matcher(doc):
                for key in self._phrases[tuple(lowers[start:end])]:
                    if not self.exact_case or self._same_case(key, doc, start, end):
                        spans.add(Span(doc, start, end, label=key[0], span_id=key[1]))
        if len(self.token_matcher):
            for match_id, start, end in self.token_matcher(doc):
                label, id_ = self._token_keys[match_id]
                spans.add(Span(doc, start, end, label=label, span_id=id_))
        return sorted(spans)

    def _same_case(self, key: Key, doc: Doc, start: int, end: int) -> bool:
        words = tuple(token_columns(doc).texts[start:end])
        if words in self._forms[key]:
            return True
        text = doc[start:end].text
        shouted = text.isupper() and len(text) > 3
        return shouted and any(words == tuple(w.upper() for w in form) for form in self._forms[key])

    def longest(self, doc: Doc) -> list[Span]:
        """Matches with overlaps resolved in favour of the longest (then the first)."""
        return sorted(filter_spans(self(doc)))
