"""Beliefs as stated positions: the clause a BELIEF cue ("believes", "fears", "hopes") reports.

A belief counts only when its holder speaks for itself (see `reported.py`); what the holder
believes is then read like what a THAT cue reports, with three shapes of its own:
- a clause with no "that" whose subject is a bare noun or a pronoun with a verb in -s ("strategists
  think women are likely to ...", "economists believe this gives ..."): after a verb of belief, a
  finite verb soon after is that clause's verb, not the end of an object;
- the clause of a relative whose subject the cue's holder stands before ("a tactic the party hopes
  will dampen ...", "which he believes will make ..."): a modal right after the cue opens it;
- an adjective of belief said of its holder ("is convinced that", "remains confident that", "have
  long been concerned that", ", confident that"): no passive, and its clause follows it.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import MAX_CLAUSE_SUBJECT
from .lines import SpeakerLines
from .wordlists import (
    AUXILIARIES,
    BELIEF_ADJECTIVES,
    BELIEF_LINKS,
    CLAUSE_WORDS,
    FINITE_AUXILIARIES,
    OBJECT_BOUNDARIES,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
)

# 'believes this gives ...', 'fears it risks ...': a pronoun whose verb in -s follows
SINGULAR_SUBJECTS = {"this", "that", "it", "he", "she"}
FORECAST_CUES = {"expect"}  # cue ids whose object and infinitive state a forecast
COMPARISONS = {"like"}  # 'felt like he had no options': a feeling compared, no position
# Words no clause's subject starts with: 'believes in ...', 'fears for ...', 'expects them to ...'
NO_SUBJECT_STARTS = COMPARISONS | CLAUSE_WORDS | OBJECT_BOUNDARIES | PREPOSITIONS | OBJECT_PRONOUNS


class StatedPositions(SpeakerLines):
    """The clause reported by a verb of belief."""

    def _verb_group_start(self, cue_start: int, sentence_start: int) -> int:
        """Where a cue's verb group starts; before an adjective of belief, also before the words linking it
        to its holder ('Japan remains skeptical that ...', 'aides have long been concerned that ...')."""
        if self.lowers[cue_start] in BELIEF_ADJECTIVES:
            while cue_start > sentence_start + 1 and self.lowers[cue_start - 1] in BELIEF_LINKS:
                cue_start -= 1
        return super()._verb_group_start(cue_start, sentence_start)

    def _predicate_adjective(self, cue: Match) -> bool:
        """Whether a cue is no adjective of belief, or one said of its holder with its clause after it:
        'is convinced that ...', 'remains confident the ...', ', confident that ...' (not 'presidential
        hopeful Jane Roe', nor 'as far as the team is concerned, ...')."""
        if cue.id not in BELIEF_ADJECTIVES:
            return True  # (a verb: 'worried' is also 'the ministry worried that ...')
        if cue.end >= len(self.texts) or self.words.is_punct[cue.end]:
            return False
        i = cue.start - 1
        while i > 0 and self._adverb(i):
            i -= 1
        return self.lowers[i] in BELIEF_LINKS or self.lowers[i] in AUXILIARIES or self.lowers[i] in {",", "and"}

    def _forecast_at(self, cue: Match, start: int, end: int) -> bool:
        """Whether what a holder expects follows as an object and its infinitive: 'officials expect the
        review to end by March' (the forecast a named holder states; not 'is expected to', a passive)."""
        if cue.id not in FORECAST_CUES or start >= end or self.lowers[start] in NO_SUBJECT_STARTS:
            return False
        for i in range(start + 1, min(end - 1, start + MAX_CLAUSE_SUBJECT + 1)):
            if self.lowers[i] == "to":
                return self.words.is_lower(i + 1) and self.words.is_alpha(i + 1)
            if self.words.is_punct[i] or self.words.is_mark(i) or self.lowers[i] in CLAUSE_WORDS:
                return False
        return False

    def _belief_clause_at(self, start: int, end: int) -> bool:
        """Whether the clause a BELIEF cue reports starts at `start` with no 'that': a subject of a few
        words, then its finite verb ('think women are likely to ...'), or a finite verb right away (the
        clause of a relative whose subject stands before the holder: 'a tactic they hope will ...')."""
        if start >= end or not self.words.is_alpha(start):
            return False
        first = self.lowers[start]
        if first in FINITE_AUXILIARIES or self.lowers[start - 1] == "that":
            # (or after a cue ending in 'that': 'expressed hope that ...', 'raised concerns that ...')
            return True
        if first in NO_SUBJECT_STARTS:
            return False
        for i in range(start + 1, min(end, start + MAX_CLAUSE_SUBJECT + 1)):
            word = self.lowers[i]
            if word in FINITE_AUXILIARIES:
                return True
            if i == start + 1 and first in SINGULAR_SUBJECTS and word.endswith("s") and self.words.is_lower(i):
                return True
            if self.words.is_punct[i] or self.words.is_mark(i) or word in CLAUSE_WORDS or word in OBJECT_BOUNDARIES:
                return False
        return False
