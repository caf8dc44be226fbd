"""Cue words that are nouns or modifiers where they stand, not verbs of speech: "after reports that the
bombers were near", "Additional reporting by ...", "each lay claim to the reefs", "fired warning shots".

A verb of speech has its speaker before it; these signs on the word before the cue show that it has none,
so the cue is passed over before its speaker is read:
- a determiner or a quantifier ("its worry is ...", "lays no claim to", "little doubt about");
- a preposition ("after reports that", "on charges of"), unless the cue is a gerund ("after saying he
  was nervous"), or the plain verb after "to" ("to claim"), or the preposition ends a clause with a
  subject of its own ("the officers I have spoken with said");
- a verb whose object the cue word is ("lay claim to", "fire warning shots", "staging mock dogfights");
- nothing at all: a cue opening its sentence is an imperative or a noun ("Read more"), unless it is a
  participle ("Saying he was nervous, the pilot ...").
"""

from __future__ import annotations

from ...text.matching import Match
from .marks import QUOTE_MARKS
from .state import ArticleState
from .wordlists import CUE_OBJECT_VERBS, CUE_PREPOSITIONS, NOUN_MARKERS, STRANDING_SUBJECTS

MAX_STRANDING_CLAUSE = 4  # words from a clause's subject to the preposition ending it: 'I have often spoken with'


class CueNouns(ArticleState):
    """Cue words read as nouns or modifiers."""

    def _noun_cue(self, cue: Match, sentence_start: int) -> bool:
        """Whether the cue word is a noun or a modifier here, with no speaker of its own."""
        word = self.lowers[cue.start]
        gerund = word.endswith("ing")
        before = cue.start - 1
        if before >= sentence_start and self.texts[before] in QUOTE_MARKS:
            before -= 1  # 'fire "warning shots"'
        if before < sentence_start:
            return not gerund
        previous = self.lowers[before]
        if previous in CUE_PREPOSITIONS:
            if gerund or previous == "to" and word == cue.id.split()[0]:
                return False  # 'after saying he was nervous', 'to claim'
            clause = range(max(sentence_start, before - MAX_STRANDING_CLAUSE), before)
            return not any(self.lowers[i] in STRANDING_SUBJECTS for i in clause)
        return previous in NOUN_MARKERS or previous in CUE_OBJECT_VERBS
