"""Pattern matching shared by the components: spaCy's span-ruler format, our metadata.

Like spaCy's SpanRuler, a `PatternMatcher` takes `{"label", "pattern", "id"}`
entries (phrase or token patterns) and returns spans whose `label_` and
`id_` come from the entry. Unlike it, it keeps each id's metadata (ISO codes,
coordinates...) and never runs the rest of the pipeline on pattern texts.

Phrase patterns match as with spaCy's `PhraseMatcher(attr="LOWER")`: the
phrase, split into tokens as the pipeline's tokenizer splits it, equals a run
of the doc's tokens, ignoring case. They are kept as tuples of lower-case
forms and looked up where a doc holds their first word. Unlike a
PhraseMatcher, this needs no spaCy Doc of each phrase: building one makes a
lexeme of every new word, which for thousands of phrases costs a good part of
the command's start-up time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from ..extensions import WORD_POSITIONS
from .tokens import token_columns

Key = tuple[str, str]  # (label, id) of a pattern entry
Entry = tuple[int, int, Key]  # a key's label and id as a span holds them (hashes), and the key


class Match(NamedTuple):
    """A pattern found in a doc: its tokens, and its entry's label and id."""

    start: int
    end: int
    label: str
    id: str


def longest(matches: Iterable[Match]) -> list[Match]:
    """The matches with overlaps resolved in favour of the longest (then the first), as spaCy's `filter_spans`
    resolves spans, in text order.

    Only matches that overlap compete: the matches are cut, in text order, into runs that share no token with
    the next run, and a run of one match (most are) is kept as it is.
    """
    matches = list(matches)
    kept: list[Match] = []
    run: list[Match] = []
    run_end = 0
    for match in sorted(matches, key=lambda match: match.start):  # by start; equal ones stay in their order
        if match.start >= match.end:
            return _longest_first(matches)  # an empty match has no run: resolve them all at once
        if run and match.start >= run_end:
            kept.extend(run if len(run) == 1 else _longest_first(run))
            run = []
        run_end = max(run_end, match.end) if run else match.end
        run.append(match)
    kept.extend(run if len(run) == 1 else _longest_first(run))
    return kept


def _longest_first(matches: list[Match]) -> list[Match]:
    kept: list[Match] = []
    taken: set[int] = set()
    for match in sorted(matches, key=lambda match: (match.end - match.start, -match.start), reverse=True):
        if match.start not in taken and match.end - 1 not in taken:
            kept.append(match)
            taken.update(range(match.start, match.end))
    return sorted(kept, key=lambda match: match.start)


def _anchor_words(pattern: list[dict[str, Any]]) -> frozenset[str]:
    """The fewest words one token of every match must be (a token given by its lower-case form, or a list of
    them, and not optional); empty when there is none."""
    choices = []
    for token in pattern:
        lower = token.get("LOWER")
        if token.get("OP", "1") not in ("1", "{1}"):
            continue
        if isinstance(lower, str):
            choices.append(frozenset([lower]))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            choices.append(frozenset(lower["IN"]))
    return min(choices, key=len, default=frozenset())


def _longest_match(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of the pattern can hold, or None when it has no bound."""
    total = 0
    for token in pattern:
        op = token.get("OP", "1")
        if op in ("1", "!", "?"):
            total += 1
        elif op.startswith("{") and op.endswith("}") and op[1:-1].split(",")[-1].strip().isdigit():
            total += int(op[1:-1].split(",")[-1])
        else:  # "*", "+", "{n,}"
            return None
    return total


def to_spans(doc: Doc, matches: Iterable[Match]) -> list[Span]:
    return [Span(doc, start, end, label=label, span_id=id_) for start, end, label, id_ in matches]


class PhraseSplitter:
    """Splits pattern phrases into tokens exactly as the pipeline's tokenizer does, mostly without running it.

    The tokenizer splits a text at spaces, keeps a word whole unless one of its prefix, suffix or infix rules
    applies to it, and then applies its special cases ("cannot" -> "can", "not"). A phrase of plain words (runs
    of letters without affixes) between single spaces, of which no run of words put together is a special case,
    is therefore split on its spaces ("South China Sea"). Every other phrase ("U.S.", "Lt. Gen.",
    "Asia-Pacific") goes through the tokenizer.
    """

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer
        self.lower = nlp.vocab.lex_attr_getters.get(LOWER, str.lower)  # what a lexeme's `lower_` is made with
        self._plain: dict[str, bool] = {}
        # The special cases that plain words could make up, without their spaces; None: an unknown tokenizer.
        self._letter_rules: set[str] | None = None
        if isinstance(self.tokenizer, Tokenizer):
            joined = ("".join(rule.split()) for rule in self.tokenizer.rules)
            self._letter_rules = {letters for letters in joined if letters.isalpha()}

    def split(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The texts and the lower-case forms of the tokens of `text`."""
        words = text.split(" ")
        if self._letter_rules is not None and all(self._is_plain(word) for word in words):
            if not self._make_a_rule(words):
                return tuple(words), tuple(self.lower(word) for word in words)
        doc = self.tokenizer(text)
        return tuple(token.text for token in doc), tuple(token.lower_ for token in doc)

    def _is_plain(self, word: str) -> bool:
        plain = self._plain.get(word)
        if plain is None:
            plain = word.isalpha() and not self._has_affix(word)
            self._plain[word] = plain
        return plain

    def _has_affix(self, word: str) -> bool:
        tokenizer = self.tokenizer
        return (
            (tokenizer.prefix_search is not None and tokenizer.prefix_search(word) is not None)
            or (tokenizer.suffix_search is not None and tokenizer.suffix_search(word) is not None)
            or (tokenizer.infix_finditer is not None and next(tokenizer.infix_finditer(word), None) is not None)
        )

    def _make_a_rule(self, words: list[str]) -> bool:
        """Whether a word, or a run of words put together, is a special case."""
        for start in range(len(words)):
            joined = ""
            for word in words[start:]:
                joined += word
                if joined in self._letter_rules:
                    return True
        return False


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Where each lower-case form occurs in the doc (positions in order), computed once per doc and shared by
    every component: read it, never change it."""
    positions = WORD_POSITIONS.get(doc)
    if positions is not None:
        return positions
    positions = {}
    for i, lower in enumerate(token_columns(doc).lowers):
        if lower in positions:
            positions[lower].append(i)
        else:
            positions[lower] = [i]
    WORD_POSITIONS.set(doc, positions)
    return positions


def lengths_by_word(phrases: Iterable[tuple[str, ...]], position: int, longest: int) -> dict[str, tuple[int, ...]]:
    """The word at `position` (0: first, -1: last) of each phrase -> the lengths of its phrases, longest first, at
    most `longest`: a lookup around a word then tries only the lengths some phrase has, instead of building a key
    of every length."""
    lengths: dict[str, set[int]] = {}
    for words in phrases:
        if words:
            lengths.setdefault(words[position], set())
            if len(words) <= longest:
                lengths[words[position]].add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


class PatternMatcher:
    """Phrase patterns match regardless of case; with `exact_case`, a phrase match must
    keep the pattern's own capitalisation or be set in capitals ("CHINA" in a headline),
    so that "us" and "china" the tableware stay ordinary words.
    """

    def __init__(self, nlp: Language, exact_case: bool = False) -> None:
        self.vocab = nlp.vocab
        self.splitter = PhraseSplitter(nlp)
        self.exact_case = exact_case
        self.token_matcher = Matcher(nlp.vocab)
        self.metadata: dict[str, dict[str, Any]] = {}
        self._token_keys: dict[int, Key] = {}
        # Token patterns are tried only near their anchors: the words one of their tokens must be. (anchors,
        # longest match) for each pattern; None when some pattern has no anchor or no longest match.
        self._token_anchors: list[tuple[frozenset[str], int]] | None = []
        # Phrases as the lower-case forms of their tokens, by first form: the entries of the one-token phrases,
        # and the longer ones by their second form, then the forms after those -> their entries. An entry is what
        # a match keeps of its key: (label hash, id hash, key), the hashes being what spaCy sorts spans by.
        self._starting: dict[str, tuple[list[Entry], dict[str, dict[tuple[str, ...], list[Entry]]]]] = {}
        # With `exact_case`: the token texts of every phrase of a key, as written in the patterns, and in capitals.
        self._forms: dict[Key, set[tuple[str, ...]]] = {}
        self._shouted_forms: dict[Key, set[tuple[str, ...]]] = {}
        # With `exact_case`: the texts a one-token match of a key may have, its forms and their capitals.
        self._one_token_forms: dict[Key, set[str]] = {}
        self._entries: dict[Key, Entry] = {}

    def add(self, entries: Iterable[dict[str, Any]]) -> None:
        for entry in entries:
            key = (entry["label"], entry["id"])
            if key not in self._entries:
                self._entries[key] = (self.vocab.strings.add(key[0]), self.vocab.strings.add(key[1]), key)
            meta = {k: v for k, v in entry.items() if k not in ("label", "pattern", "id")}
            self.metadata.setdefault(key[1], {}).update(meta)
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                self._add_phrase(pattern, key)
            else:
                name = f"{key[0]}\x1f{key[1]}"
                self._token_keys[self.vocab.strings.add(name)] = key
                self.token_matcher.add(name, [pattern])
                anchors, most = _anchor_words(pattern), _longest_match(pattern)
                if self._token_anchors is not None and anchors and most:
                    self._token_anchors.append((anchors, most))
                else:
                    self._token_anchors = None

    def _add_phrase(self, text: str, key: Key) -> None:
        words, lowers = self.splitter.split(text)
        if not words:
            return
        one_token, longer = self._starting.setdefault(lowers[0], ([], {}))
        if len(lowers) == 1:
            entries = one_token
        else:
            entries = longer.setdefault(lowers[1], {}).setdefault(lowers[2:], [])
        if self._entries[key] not in entries:
            entries.append(self._entries[key])
        if self.exact_case:
            self._forms.setdefault(key, set()).add(words)
            self._shouted_forms.setdefault(key, set()).add(tuple(word.upper() for word in words))
            if len(words) == 1:
                shouted = words[0].upper()
                accepted = {words[0], shouted} if shouted.isupper() and len(shouted) > 3 else {words[0]}
                self._one_token_forms.setdefault(key, set()).update(accepted)

    def __call__(self, doc: Doc) -> list[Span]:
        """All matches, overlaps included, in text order."""
        return to_spans(doc, self.matches(doc))

    def span(self, doc: Doc, match: Match) -> Span:
        """A match as a span: its label and id given as their hashes, kept since `add`, save two string look-ups."""
        label, id_, _ = self._entries[match.label, match.id]
        return Span(doc, match.start, match.end, label=label, span_id=id_)

    def matches(self, doc: Doc) -> list[Match]:
        """Every match once, in the order spaCy sorts their spans, without making the spans.

        A span costs three Token objects and two string look-ups; callers that only need token ranges and
        labels, or keep a few of many matches, make spans of what they keep.
        """
        # (start, end, label hash, id hash, key): a span sorts by its characters, label hash, knowledge-base id
        # (none here) and id hash. Phrase matches are all different: one per phrase entry and start.
        found = self._phrase_matches(doc)
        token_matches = self._token_matches(doc)
        if token_matches:
            found = {
                *found,
                *((start, end, *self._entries[self._token_keys[key]]) for key, start, end in token_matches),
            }
        return [Match(start, end, label, id_) for start, end, _, _, (label, id_) in sorted(found)]

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every token pattern, looked for only in windows around anchor words.

        spaCy's Matcher makes a Token object per token and per pattern state; most texts hold no anchor at all.
        """
        if not len(self.token_matcher):
            return []
        if self._token_anchors is None:
            return self.token_matcher(doc)
        positions = word_positions(doc)
        windows = sorted(
            (max(0, i - most + 1), min(len(doc), i + most))
            for anchors, most in self._token_anchors
            for word in anchors & positions.keys()  # (walks the few anchors, not every word of the doc)
            for i in positions[word]
        )
        found: list[tuple[int, int, int]] = []
        start, end = None, -1
        for window_start, window_end in [*windows, (len(doc) + 1, len(doc) + 1)]:
            if window_start > end:  # a match within a window lies within the windows merged with it
                if start is not None:
                    found.extend((key, start + a, start + b) for key, a, b in self.token_matcher(doc[start:end]))
                start, end = window_start, window_end
            else:
                end = max(end, window_end)
        return found

    def _phrase_matches(self, doc: Doc) -> list[tuple[int, int, int, int, Key]]:
        """(start, end, label hash, id hash, key) of every phrase in the doc (with `exact_case`, in its case)."""
        positions = word_positions(doc)
        columns = token_columns(doc)
        lowers, texts = columns.lowers, columns.texts
        last = len(lowers) - 1
        exact_case = self.exact_case
        matches = []
        longer = []
        for word in self._starting.keys() & positions.keys():  # (a set operation walks the smaller side)
            starts = positions[word]
            one_token, seconds = self._starting[word]
            for label, id_, key in one_token:
                forms = self._one_token_forms[key] if exact_case else None
                for start in starts:
                    if forms is None or texts[start] in forms:
                        matches.append((start, start + 1, label, id_, key))
            if not seconds:  # only one-token phrases start with this word
                continue
            for start in starts:
                rests = seconds.get(lowers[start + 1]) if start < last else None
                if rests:
                    for rest, entries in rests.items():
                        end = start + 2 + len(rest)
                        if not rest or tuple(lowers[start + 2 : end]) == rest:
                            for label, id_, key in entries:
                                longer.append((start, end, label, id_, key))
        return matches + (self._same_case(doc, longer) if exact_case else longer)

    def _same_case(
        self, doc: Doc, matches: list[tuple[int, int, int, int, Key]]
    ) -> list[tuple[int, int, int, int, Key]]:
        """The matches that keep their pattern's capitalisation, or are set in capitals ("CHINA")."""
        columns = token_columns(doc)
        texts = columns.texts
        kept = []
        for match in matches:
            start, end, _, _, key = match
            words = tuple(texts[start:end])
            if words in self._forms[key]:
                kept.append(match)
            elif words in self._shouted_forms[key]:
                start_char, end_char = columns.char_range(start, end)
                if end_char - start_char > 3 and columns.text[start_char:end_char].isupper():
                    kept.append(match)
        return kept
