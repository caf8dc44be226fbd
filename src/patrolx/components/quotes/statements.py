"""Statements named by a noun: "his claim that ...", "Halvorsen's warning that ...".

The noun (a STATEMENT_NOUN in `patterns/quote_words.jsonl`) follows its speaker's possessive
("Halvorsen's", "the ministry's", "his", "her") and is followed by "that" and the clause stated.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import Clauses
from .mentions import SpeakerMention
from .state import Found
from .wordlists import STATEMENT_NOUNS

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
POSSESSIVE_MARKS = {"'s", "’s"}
MAX_NOUN_MODIFIERS = 2  # "Halvorsen's repeated false claim that"
MIN_STATEMENT_TOKENS = 3


class NounStatements(Clauses):
    """Statements named by a noun and their speakers."""

    def _noun_statements(self) -> None:
        for noun in self.words.positions(STATEMENT_NOUNS):
            if noun + 1 + MIN_STATEMENT_TOKENS >= len(self.texts) or self.used[noun]:
                continue
            sentence_end = self.layout.sentence(noun)[1]
            that = self._that_after_noun(noun, sentence_end)
            if that is None:
                continue
            speaker = self._possessor(noun)
            if speaker is None:
                continue
            content = (that + 1, self._content_end(that + 1, sentence_end))
            if content[1] - content[0] < MIN_STATEMENT_TOKENS or any(self.used[content[0] : content[1]]):
                continue
            self._take(*content)
            cue = Match(noun, that, "STATEMENT", self.lowers[noun])
            self.found.append(Found([content], "indirect", cue, speaker))

    def _that_after_noun(self, noun: int, sentence_end: int) -> int | None:
        """The 'that' after a statement noun, right after it or after a time ('his assertion Monday that',
        'her claim in November that'), or None."""
        that = noun + 1
        if self.lowers[that] != "that" and not self.words.is_punct[that]:  # not 'his claim, which ..., that'
            that = self._adjunct_end(that, sentence_end) or that
        return that if that < sentence_end and self.lowers[that] == "that" else None

    def _possessor(self, noun: int) -> SpeakerMention | None:
        """The speaker owning the statement noun: 'his', 'her', 'their', or a name or an organization
        before "'s" ("Halvorsen's claim", "the ministry's warning"), over a few lowercase modifiers."""
        i = noun - 1
        while i > 0 and noun - i <= MAX_NOUN_MODIFIERS and self._modifier(i):
            i -= 1
        if i < 0:
            return None
        words = self.words
        pronoun = POSSESSIVE_PRONOUNS.get(self.lowers[i])
        if pronoun is not None:
            return SpeakerMention(i, i + 1, "pronoun", pronoun, self.texts[i], words.idx[i], words.end_char(i))
        if self.texts[i] not in POSSESSIVE_MARKS:
            return None
        start = self._phrase_start(i, self.layout.sentence(i)[0])
        return self._checked(start, i) if start < i else None

    def _modifier(self, i: int) -> bool:
        return self.words.is_lower(i) and self.words.is_alpha(i) and self.lowers[i] not in POSSESSIVE_PRONOUNS
