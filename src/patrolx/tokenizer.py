"""`patrolx.Tokenizer.v1`: spaCy's tokenizer for the language, with its chunk cache kept filled, and three
changes to where it splits.

spaCy's tokenizer cuts a text at whitespace into chunks and remembers how it
split each chunk, so that a chunk seen before is not split again with the
prefix, suffix and infix expressions. But once a text holds a special case
("U.S.", "don't", "a.m.") it stops remembering for the rest of that text, and
news articles hold one near their start: most of an article's chunks are split
anew every time, and tokenizing took a third of a dev article's time.

Tokenizing a chunk outside its text does remember it. This tokenizer does
that for each chunk the second time it meets it (many chunks are never met
again, and tokenizing them apart would only cost an extra call), then
tokenizes the text as usual: the tokens are the same (a remembered split is
the split the expressions give, and a chunk whose split involves a special
case is still never remembered), and a chunk met before costs a lookup.

Where it splits differs from spaCy's English tokenizer in three ways, each of
which lost facts: a doubled quotation mark ('' or ``) is one token wherever it
stands; a quotation mark glued between punctuation and a word ('said,“We')
is split off; and a no-break space separates words as a space does, instead of
being a token of its own ('5\\xa0June', 'Tu-95\\xa0bombers', 'East\\xa0China Sea').
A spaCy doc can only hold plain spaces between tokens, so the doc's text then
has a space where the text had a no-break space; the offsets are the same, and
the tokens' strings are read from the text itself (`patrolx.text.tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .text.tokens import remember_text

# Chunks remembered at most (spaCy's default is 10,000): about 50 bytes each in spaCy's cache, and each of our
# two sets of chunks (met once; tokenized on their own) takes about as much again.
MAX_CHUNKS = 100_000

# spaCy splits the marks off a chunk one at a time and scans the rest of the chunk at each: a chunk that is a long
# run of quotation marks, brackets or symbols costs time that grows with the square of its length (8,000 marks: six
# seconds). Such runs are tokenized in pieces of at most this many marks, which keeps the time linear.
MAX_MARK_RUN = 16
LONG_MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")

# Doubled marks that stand for a double quotation mark (''Word'', ``Word''), split off whole. spaCy splits them
# off one mark at a time and joins the pair again as a special case, but where two pairs meet ('...over'' ''It')
# it joins one pair only and leaves the other as two apostrophes, so that quote is lost.
DOUBLED_OPENING_MARKS = ["''", "``"]
DOUBLED_CLOSING_MARKS = ["''"]
# A quotation mark glued between punctuation and a word ('said,“We', 'the general:"We', 'over,”Reed said',
# 'home!”After'), split off, as is the punctuation before it: spaCy splits marks off a chunk's ends only and
# keeps such a chunk whole, so the quote is lost. (A period is split off after a word of small letters only,
# never from an abbreviation: 'U.S."'.)
GLUED_QUOTE_MARK = r"(?:''|[\"“”‘])"
GLUED_MARK_INFIXES = [
    rf"(?<=\w)[,:?!](?={GLUED_QUOTE_MARK}\w)",
    rf"(?<=[a-z][a-z])\.(?={GLUED_QUOTE_MARK}\w)",
    rf"(?<=[,:.?!]){GLUED_QUOTE_MARK}(?=\w)",
]
# Separates words as a space does (a doc holds only plain spaces between tokens: see `__call__`).
NO_BREAK_SPACE = "\xa0"


class ChunkCachingTokenizer(Tokenizer):
    """A spaCy `Tokenizer` that first tokenizes the chunks it meets again apart, so that their splits are remembered."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._chunks_seen: set[str] = set()  # tokenized apart: remembered, unless they hold a special case
        self._chunks_met_once: set[str] = set()

    def __call__(self, text: str) -> Doc:
        if NO_BREAK_SPACE in text:
            doc = self._tokenize_text(text.replace(NO_BREAK_SPACE, " "))
            remember_text(doc, text)  # the tokens' strings are cut out of the text itself, no-break spaces and all
            return doc
        return self._tokenize_text(text)

    def _tokenize_text(self, text: str) -> Doc:
        new = self._new_chunks(text)
        # Only chunks not met before are searched for long runs of marks: a chunk tokenized apart never holds one
        # (it was searched when new), and most of an article's chunks were met before.
        if any(len(chunk) > MAX_MARK_RUN and LONG_MARK_RUN.search(chunk) for chunk in new):
            return self._tokenize_in_pieces(text)
        return self._tokenize(text, new)

    def _tokenize_in_pieces(self, text: str) -> Doc:
        """The tokens of a text holding long runs of marks, with each run cut every `MAX_MARK_RUN` marks and the
        pieces tokenized apart; the doc's text is the whole text, so offsets are unchanged."""
        cuts = [0]
        for run in LONG_MARK_RUN.finditer(text):
            cuts.extend(range(run.start() + MAX_MARK_RUN, run.end(), MAX_MARK_RUN))
        cuts.append(len(text))
        pieces = []
        for start, end in pairwise(cuts):
            piece = text[start:end]
            pieces.append(self._tokenize(piece, self._new_chunks(piece)))
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def _new_chunks(self, text: str) -> set[str]:
        """The text's chunks not tokenized apart before (set operations walk the text's chunks only)."""
        return set(text.split()).difference(self._chunks_seen)

    def _tokenize(self, text: str, new: set[str]) -> Doc:
        """The text's tokens, with `new` (its chunks not tokenized apart before) tokenized apart if met again."""
        seen, met_once = self._chunks_seen, self._chunks_met_once
        if len(seen) < self.max_cache_size:
            again = new.intersection(met_once)
            # A word of letters alone that is not itself a special case holds none: such words are tokenized
            # together, in one call (were one a special case after all, those after it would only be split
            # again later, as the stock tokenizer splits them). Every other chunk gets a call of its own.
            rules = self.rules
            words = [chunk for chunk in again if chunk.isalpha() and chunk not in rules]
            if words:
                super().__call__(" ".join(words))
            for chunk in again.difference(words):
                super().__call__(chunk)
            seen.update(again)
            met_once.difference_update(again)
            first = new.difference(again)
            if len(met_once) + len(first) > self.max_cache_size:
                met_once.clear()  # memory stays bounded; a chunk that comes back is then met once more first
            met_once.update(first)
        return super().__call__(text)


@registry.tokenizers("patrolx.Tokenizer.v1")
def create_tokenizer(max_chunks: int = MAX_CHUNKS) -> Callable[[Language], Tokenizer]:
    """The chunk-caching tokenizer with `tokenizer_settings`, remembering at most `max_chunks` chunks."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        return ChunkCachingTokenizer(nlp.vocab, **tokenizer_settings(nlp), max_cache_size=max_chunks)

    return tokenizer_factory


def tokenizer_settings(nlp: Language) -> dict[str, Any]:
    """The language's tokenizer settings, as spaCy's `spacy.Tokenizer.v1` reads them, with the doubled and glued
    quotation marks split off."""
    defaults = nlp.Defaults
    prefixes = [*DOUBLED_OPENING_MARKS, *(defaults.prefixes or ())]  # first: the first that matches is taken
    suffixes = [*DOUBLED_CLOSING_MARKS, *(defaults.suffixes or ())]
    infixes = [*(defaults.infixes or ()), *GLUED_MARK_INFIXES]
    return {
        "rules": defaults.tokenizer_exceptions,
        "prefix_search": util.compile_prefix_regex(prefixes).search,
        "suffix_search": util.compile_suffix_regex(suffixes).search,
        "infix_finditer": util.compile_infix_regex(infixes).finditer,
        "token_match": defaults.token_match,
        "url_match": defaults.url_match,
    }
