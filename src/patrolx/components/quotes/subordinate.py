"""Statements in a subordinate clause opening their sentence: 'Although the ministry said the drills
were routine, NATO moved two brigades east', 'When the admiral said the fleet was ready, the crews
cheered'. The statement ends where the main clause starts: at the first comma after which a subject
opens (a pronoun, a determiner or a name), leaving at least a short clause before it.

An opening phrase of time or circumstance and its comma stand before a named subject the descriptions
after it set off: 'On Tuesday, Lund — who ... — told', 'After winning Ohio, Gov. Dahl (R-OH), said'.
"""

from __future__ import annotations

from .state import MIN_CONTENT_TOKENS
from .verbshapes import VerbShapes
from .wordlists import ADVERBIAL_STARTERS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS

LEADING_WORDS = {"but", "and", "yet", "so", "even"}  # 'But while X said ...', 'Even though X said ...'
PHRASE_OPENERS = ADVERBIAL_STARTERS | PREPOSITIONS | SUBORDINATORS
MAX_OPENING_PHRASE = 8  # tokens of an opening phrase before its comma: 'After the vote in the House on Monday,'
POSSESSIVE_OPENERS = {"its", "his", "her", "their", "our", "my", "there"}  # ', its troops have not left'


class SubordinateStatements(VerbShapes):
    """The end of a statement reported in a subordinate clause before its main clause."""

    def _before_main_clause(self, subject_start: int, content: tuple[int, int]) -> tuple[int, int]:
        """The content, ending before the main clause when the speaker's clause is a subordinate one opening
        the sentence ('While Moscow says the exercise is routine, its troops have not left')."""
        i = self.layout.sentence(subject_start)[0]
        while i < subject_start and self.lowers[i] in LEADING_WORDS:
            i += 1
        if i >= subject_start or self.lowers[i] not in SUBORDINATORS:
            return content
        if any(self.texts[j] == "," for j in range(i, subject_start)):
            return content  # 'If the talks fail, he said, ...': the speaker's clause is the main one
        start, end = content
        for comma in range(start + MIN_CONTENT_TOKENS, end - 1):
            if self.texts[comma] == "," and self._opens_subject(comma + 1):
                return start, comma
        return content

    def _opens_subject(self, i: int) -> bool:
        """Whether token i may open a main clause's subject: a pronoun, a determiner, a name."""
        word = self.lowers[i]
        if word in PRONOUNS or word in DETERMINERS or word in POSSESSIVE_OPENERS:
            return True
        return self.vocabulary.is_capitalised(i)

    def _after_opening_phrase(self, start: int, last_break: int) -> int:
        """Where the subject starts after an opening phrase ('On Tuesday,', 'After winning Ohio,') and its
        comma, when a capitalised word follows the comma; else `start`."""
        if self.lowers[start] not in PHRASE_OPENERS:
            return start
        for i in range(start + 1, min(last_break - 1, start + MAX_OPENING_PHRASE + 1)):
            if self.texts[i] == ",":
                return i + 1 if self.vocabulary.is_capitalised(i + 1) else start
        return start
