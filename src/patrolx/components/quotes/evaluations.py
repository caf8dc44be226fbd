"""Criticisms, praise and calls named by a noun: "her criticism of the deal", "his call for a ban".

The noun and its preposition (an EVALUATION_NOUN and "of", an APPEAL_NOUN and "for", in
`patterns/quote_words.jsonl`) follow the
speaker's possessive, as a statement noun does ("his claim that ..."), and open what was criticized,
praised or called for: that noun phrase is the statement, as it is the object of "criticized",
"praised" or "called for". Without a possessor ("the criticism of the plan") nobody is named, and a
headline's summary ("Senator's Criticism Of Navy Plan Grows") is no statement. "Attacks on"
is left out: in military news it is mostly an act ("Russia's attacks on the port").
"""

from __future__ import annotations

from ...text.matching import Match
from .state import Found
from .statements import NounStatements
from .wordlists import APPEAL_NOUNS, CLAUSE_WORDS, EVALUATION_NOUNS, EVALUATION_WORDS, FINITE_AUXILIARIES

# After "and", these open a second phrase, not more of the object ('praise of the response and his ...')
SECOND_PHRASE_OPENERS = {"his", "her", "their", "its", "the", "a", "an"}
# These open the writer's adjunct after the object ('his praise of Colonel Ward during the briefing')
ADJUNCT_OPENERS = {"during", "by", "after", "before", "since", "with"}


class EvaluationNouns(NounStatements):
    """What a speaker's criticism, praise or call named."""

    def _evaluation_nouns(self) -> None:
        for noun in self.words.positions(EVALUATION_WORDS):
            start = noun + 2
            if start >= len(self.texts) or self.used[noun] or not self._names_evaluation(noun):
                continue
            if self._headline_at(noun):
                continue
            end = self._evaluated_end(start, self.layout.sentence(noun)[1])
            if end <= start or any(self.used[start:end]):
                continue
            speaker = self._possessor(noun)
            if speaker is None:
                continue
            self._take(start, end)
            cue = Match(noun, noun + 2, "EVALUATION", self.lowers[noun])
            self.found.append(Found([(start, end)], "indirect", cue, speaker))

    def _names_evaluation(self, noun: int) -> bool:
        """Whether the noun and the preposition after it name an evaluation: 'criticism of', 'praise of',
        'call for', 'praise for' (not 'a call from', 'the calls of')."""
        preposition = self.lowers[noun + 1]
        if preposition == "of":
            return self.lowers[noun] in EVALUATION_NOUNS
        return preposition == "for" and self.lowers[noun] in APPEAL_NOUNS

    def _evaluated_end(self, start: int, sentence_end: int) -> int:
        """Where the noun phrase after the preposition ends: before punctuation, a finite verb, a clause
        word, a cue or an adjunct ('her criticism of the deal has grown', '..., which ...', 'his praise of
        the crew during the briefing'), or before "and" opening a second phrase."""
        for i in range(start, sentence_end):
            word = self.lowers[i]
            if self.words.is_punct[i] and not self.words.is_mark(i) and self.texts[i] not in {"-", "'s", "’s"}:
                return i
            if word in FINITE_AUXILIARIES or word in CLAUSE_WORDS or word in ADJUNCT_OPENERS or i in self.cue_at:
                return i
            if word == "and" and i + 1 < sentence_end and self.lowers[i + 1] in SECOND_PHRASE_OPENERS:
                return i
        return sentence_end
