"""Shapes of plain reported speech that the adjunct and listener readings of `clauses.py` do not parse:

- a reported clause ends before 'even as' with no comma before it: 'said the talks were going well even as
  the shelling went on' (the writer's contrast, not the statement);
- what a person recalled, a noun phrase ('the senator recalled the long nights of the blockade'), but not what
  a government or a navy recalled ('Moscow recalled its ambassador', 'the navy recalled two frigates');
- a 'that' after a long stretch of adjuncts, a topic or a listener: 'told sailors at a canteen in
  Portsmouth, New Hampshire, that ...', 'stated on NBC's "Meet the Press" that ...', 'stated of the
  scandal that ...', 'wrote the local paper, The Courier, that ...'.
"""

from __future__ import annotations

from ...text.matching import Match
from .layout import SENTENCE_END, within
from .mentions import SpeakerMention
from .positions import StatedPositions
from .state import MIN_CONTENT_TOKENS
from .wordlists import (
    ADJUNCT_PREPOSITIONS,
    CLAUSE_WORDS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    IRREGULAR_PASTS,
    LISTENER_VERBS,
    MODALS,
    PREPOSITIONS,
    RECALLED_NOUNS,
    TOPIC_ONLY_WORDS,
)

MAX_FAR_THAT = 24  # tokens from a cue to its 'that': 'stated in an interview on Fox News' On the Record with ...'
VERB_WORDS = FINITE_AUXILIARIES | IRREGULAR_PASTS | MODALS
STRETCH_OPENERS = ADJUNCT_PREPOSITIONS | PREPOSITIONS | TOPIC_ONLY_WORDS
STRETCH_BREAKS = {";", ":", "?", "!", "—", "–", "--", "-"}  # (a dash opens an aside: 'a say at the rally - and that')
MAX_RECALLED_LEAD = 3  # words before a recalled noun: 'its 300 troops', 'the two warships'
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")  # 'first', 'third', '21st', 'fifth'
MEMORY_CUES = {"recall"}  # cue ids whose object is a person's memory ('recalled the blockade')
PERSONAL_KINDS = {"person", "surname", "pronoun"}
WRITTEN_TO = {"wrote", "writes", "emailed", "emails"}  # 'wrote the committee, ..., that ...': a listener


class SaidShapes(StatedPositions):
    """Reported clauses after cues whose adjuncts the plain reading leaves unparsed."""

    def _content_end(self, start: int, sentence_end: int) -> int:
        """The end of a reported clause, before an 'even as' with no comma that opens the writer's contrast."""
        end = super()._content_end(start, sentence_end)
        evens = self.words.by_word.get("even")
        if evens is None:
            return end  # (read from the doc's index of words: most docs hold no 'even')
        for i in within(evens, start + MIN_CONTENT_TOKENS, end - 2):
            if self.lowers[i + 1] == "as" and self.texts[i - 1] != ",":
                return i if self.layout.double_marks_in(start, i) % 2 == 0 else end
        return end

    def _noun_object(self, cue: Match, subject: SpeakerMention, start: int, end: int) -> tuple[int, int] | None:
        """The object of a cue naming the point made; for a memory, only a person's ('the senator recalled'),
        as a country or an organization recalls its envoys and ships."""
        if cue.id in MEMORY_CUES and not (subject.kind in PERSONAL_KINDS and self.lowers[subject.start] != "it"):
            return None
        if cue.id in MEMORY_CUES and self._withdrawn(start, end):
            return None
        return super()._noun_object(cue, subject, start, end)

    def _withdrawn(self, start: int, end: int) -> bool:
        """Whether a recalled object is people or things called back ('its ambassador', 'two frigates'): a
        count, or one of the nouns for them, after the determiners."""
        for i in range(start, min(end, start + MAX_RECALLED_LEAD)):
            count = self.words.like_num(i) and not self._year_or_ordinal(i)
            if count or self.lowers[i] in RECALLED_NOUNS:
                return True
            if self.lowers[i] not in DETERMINERS and not self.words.is_lower(i + 1):
                return False
        return False

    def _year_or_ordinal(self, i: int) -> bool:
        """Whether a number-like word is a year or an ordinal ('the first weeks of the airlift'): no count."""
        return (self.texts[i].isdigit() and len(self.texts[i]) == 4) or self.lowers[i].endswith(ORDINAL_ENDINGS)

    def _far_that(self, cue: Match, after: int, end: int) -> int | None:
        """The 'that' opening a cue's clause after a stretch of adjuncts, a topic or a listener with no verb
        of its own ('told sailors at a canteen in Portsmouth, New Hampshire, that ...'); None when the stretch
        holds a verb, a second cue or unpaired quotation marks, or when 'that' opens a relative clause ('said
        in the interview that aired Monday')."""
        if cue.label not in {"SAY", "THAT"} or after >= end or self.lowers[cue.start - 1] in DETERMINERS:
            return None  # ('a say at the convention'): a noun
        first = self.lowers[after]
        listener = self.lowers[cue.start] in LISTENER_VERBS or self.lowers[cue.start] in WRITTEN_TO
        if first not in STRETCH_OPENERS and not (listener and not self.words.is_punct[after]):
            return None
        that = None
        for i in range(after + 1, min(end, after + MAX_FAR_THAT)):
            word = self.lowers[i]
            if word == "that":
                that = i
                break
            if self.texts[i] in STRETCH_BREAKS or self.texts[i] in SENTENCE_END and not self.words.ends_abbreviation(i):
                return None
            if self.words.is_lower(i) and (word in VERB_WORDS or word in CLAUSE_WORDS or word.endswith("ed")):
                return None  # 'told the pilots who had flown that ...': a clause of the stretch's own
            if i in self.cue_at and self.words.is_lower(i) and self.cue_at[i].label != "FINDING":
                return None
        if that is None or that + 2 >= end or self.layout.double_marks_in(after, that) % 2:
            return None
        return that if self._clause_opens(that + 1, end) else None

    def _before_far_that(self, cue: Match, end: int) -> int | None:
        """The cue's end when a far 'that' opens its clause past words no listener reading parses, else None."""
        return cue.end if self._far_that(cue, cue.end, end) is not None else None

    def _clause_opens(self, i: int, end: int) -> bool:
        """Whether a clause with its own subject opens at i: a quote, or words and then a verb ('that anger
        over the cuts was rising'), not a relative clause's verb ('that aired Monday')."""
        if self.words.is_mark(i):
            return True
        word = self.lowers[i]
        if self.words.is_lower(i) and (word.endswith("ed") or word in FINITE_AUXILIARIES or word in MODALS):
            return False
        return self._clause_follows(i, end) or self._verb_soon(i + 1, end)

    def _verb_soon(self, start: int, end: int) -> bool:
        """Whether a finite verb shows within a few words: 'that anger over the climate was rising'."""
        for i in range(start, min(end, start + 8)):
            if self.words.is_punct[i] and not self.words.is_mark(i):
                return False
            if self.lowers[i] in FINITE_AUXILIARIES or self.lowers[i] in MODALS or self.lowers[i] in IRREGULAR_PASTS:
                return True
        return False
