"""Beliefs as stated positions: the clause a BELIEF cue ("believes", "fears", "hopes") reports.

A belief counts only when its holder speaks for itself (see `reported.py`); what the holder
believes is then read like what a THAT cue reports, with two shapes of its own:
- a clause with no "that" whose subject is a bare noun or a pronoun with a verb in -s ("strategists
  think women are likely to ...", "economists believe this gives ..."): after a verb of belief, a
  finite verb soon after is that clause's verb, not the end of an object;
- the clause of a relative whose subject the cue's holder stands before ("a tactic the party hopes
  will dampen ...", "which he believes will make ..."): a modal right after the cue opens it.
"""

from __future__ import annotations

from .clauses import MAX_CLAUSE_SUBJECT
from .lines import SpeakerLines
from .wordlists import CLAUSE_WORDS, FINITE_AUXILIARIES, OBJECT_BOUNDARIES, OBJECT_PRONOUNS, PREPOSITIONS

# 'believes this gives ...', 'fears it risks ...': a pronoun whose verb in -s follows
SINGULAR_SUBJECTS = {"this", "that", "it", "he", "she"}
COMPARISONS = {"like"}  # 'felt like he had no options': a feeling compared, no position
# Words no clause's subject starts with: 'believes in ...', 'fears for ...', 'expects them to ...'
NO_SUBJECT_STARTS = COMPARISONS | CLAUSE_WORDS | OBJECT_BOUNDARIES | PREPOSITIONS | OBJECT_PRONOUNS


class StatedPositions(SpeakerLines):
    """The clause reported by a verb of belief."""

    def _belief_clause_at(self, start: int, end: int) -> bool:
        """Whether the clause a BELIEF cue reports starts at `start` with no 'that': a subject of a few
        words, then its finite verb ('think women are likely to ...'), or a finite verb right away (the
        clause of a relative whose subject stands before the holder: 'a tactic they hope will ...')."""
        if start >= end or not self.words.is_alpha(start):
            return False
        first = self.lowers[start]
        if first in FINITE_AUXILIARIES:
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
