"""Statements that are a noun phrase: "the admiral stressed the importance of the alliance", "the
senator noted the rise in attacks", "she explained the reasons for the delay".

Most THAT cues take a plain object that is no statement ("confirmed the patrol" may be a vote,
"reported the incident to the police" an act), so their statement must be a clause. Some name the
point a speaker made by its object alone (the NOUN_OBJECT_CUE words: "stress", "note", "explain"
...): with no clause after them, the object is the statement, up to the writer's adjuncts saying
when, where or to whom it was made ("on Sunday", "at a forum in Oslo", "in an interview"). Like every reported
clause, it has at least three words ("explained his reasoning" is too short to tell from an act).
"""

from __future__ import annotations

from ...text.matching import Match
from ...text.words import MONTH_WORDS
from .characterizations import Characterizations
from .mentions import SpeakerMention
from .wordlists import (
    ADJUNCT_HEADS,
    ADJUNCT_PREPOSITIONS,
    CLAUSE_WORDS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    LISTENER_NOUNS,
    MEMORY_CUES,
    NOUN_OBJECT_CUES,
    OBJECT_PRONOUNS,
    PERSON_PRONOUNS,
    RECALLED_NOUNS,
    TIME_UNITS,
    TIME_WORDS,
)

MAX_OCCASION_TOKENS = 4  # 'at a news conference', 'during a televised debate'
NO_OBJECT_STARTS = CLAUSE_WORDS | ADJUNCT_PREPOSITIONS | FINITE_AUXILIARIES | OBJECT_PRONOUNS | {"to", "with", "for"}


class NounObjects(Characterizations):
    """The object of a cue that names the point made, read as its statement."""

    def _noun_object(self, cue: Match, subject: SpeakerMention, start: int, end: int) -> tuple[int, int] | None:
        """The noun phrase after `cue` at `start` as its statement, ending before the writer's adjunct of
        occasion, or None: not for other cues, nor for no noun phrase ('explained when asked', 'noted
        with concern', 'stressed to reporters'), nor for a subject that is no speaker ('the clash
        highlighted the risk'): one a speaker's word names, not any noun phrase before the cue."""
        if (
            cue.id not in NOUN_OBJECT_CUES
            or not self._names_a_speaker(subject)
            or start >= end
            or self.lowers[start] in NO_OBJECT_STARTS
        ):
            return None
        if self.words.is_punct[start] or self.words.is_mark(start):
            return None
        if cue.id in MEMORY_CUES and not self._memory_at(subject, start, end):
            return None  # 'the navy recalled its ships': an act, where 'the senator recalled a visit' is speech
        return start, self._before_occasion(
            start, self._statement_object_end(cue, start, self._content_end(start, end))
        )

    def _memory_at(self, subject: SpeakerMention, start: int, end: int) -> bool:
        """Whether a person recalled what opens at `start` ('the senator recalled a visit to the base'), not
        an organization (an act: 'the navy recalled its ships') nor a commander calling back envoys or
        forces ('the admiral recalled two frigates from the strait', the list `RECALLED_NOUN`)."""
        if not (subject.kind in {"person", "surname"} or subject.head in PERSON_PRONOUNS):
            return False
        return not any(self.lowers[i] in RECALLED_NOUNS for i in range(start, min(end, start + MAX_OCCASION_TOKENS)))

    def _before_occasion(self, start: int, end: int) -> int:
        """Where a noun phrase's statement at `start` ends: before the first adjunct of occasion ('the
        importance of the alliance at a forum in Oslo'); a clause or quoted words are left whole."""
        if any(self.lowers[i] in FINITE_AUXILIARIES or self.words.is_mark(i) for i in range(start, end)):
            return end
        for i in range(start + 1, end):
            if self.lowers[i] in ADJUNCT_PREPOSITIONS and self._occasion_at(i + 1, end):
                return i
        return end

    def _names_a_speaker(self, subject: SpeakerMention) -> bool:
        """Whether a word of the subject, besides its determiners, names one who speaks: a name, a title,
        a pronoun, an organization ('the ministry', 'Officials', 'Reid'), not an event ('The clash')."""
        return any(
            self.lowers[i] not in DETERMINERS and self.vocabulary.is_speaker_head(i)
            for i in range(subject.start, subject.end)
        )

    def _occasion_at(self, start: int, end: int) -> bool:
        """Whether the words at `start` say when, where or to whom a statement was made: a time ('on
        Sunday', 'in May', 'last week'), listeners or a medium ('to reporters', 'in an interview', 'at a
        news conference')."""
        for i in range(start, min(end, start + MAX_OCCASION_TOKENS)):
            word = self.lowers[i]
            if word in TIME_WORDS or word in TIME_UNITS or word.rstrip(".") in MONTH_WORDS:
                return True
            if word in LISTENER_NOUNS or word in ADJUNCT_HEADS:
                return True
            if i == start and word not in DETERMINERS and not self.words.is_lower(i):
                return False  # 'the rise in Russia's patrols': a place named in the object
            if word in ADJUNCT_PREPOSITIONS:
                return False  # 'the rise in attacks on Tuesday': the next phrase's time, not this one's
        return False
