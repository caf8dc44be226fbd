"""Attributions standing inside or after their statement rather than before it.

- "The bombers, the ministry said, flew ...", "Part of the delay, say engineers, is ...",
  "At the root of it, according to X, a former planner, was ...": one statement in two parts,
  the speaker's attribution between them;
- "..., he told the tribunal in a written reply.": a listener and adjuncts closing the sentence after
  the speaker, the statement before it;
- "If the talks fail, he said, ...": a subordinate clause the rest after the attribution completes;
- "The convoy, as always, was late, said Col. Lee.": the speaker after the cue, not the subject
  an aside split from its verb.
"""

from __future__ import annotations

from ...text.matching import Match
from .layout import SENTENCE_END
from .mentions import SpeakerMention
from .nesting import NestedStatements
from .wordlists import (
    ADJUNCT_PREPOSITIONS,
    CLAUSE_WORDS,
    FINITE_AUXILIARIES,
    LISTENER_NOUNS,
    RELATIVE_PRONOUNS,
    RESUMING_CONNECTIVES,
    SUBORDINATORS,
    TIME_WORDS,
)

MAX_LISTENER_ADJUNCT = 10  # tokens after '..., he told' before its sentence's end
MAX_CLOSING_TAIL = 14  # '..., he said Wednesday morning on MSNBC's "Morning Joe."'
# '..., he told his aides as he worked': a clause of time or reason after a closing attribution's listener
CLOSING_CLAUSE_STARTS = {"after", "before", "while", "because", "when", "since", "although", "though", "as"}
CLOSING_CLAUSE_STARTS |= {"during", "amid", "despite", "following"}


class InterposedAttributions(NestedStatements):
    """Statements around an attribution inside or after them."""

    def _closing_listener_end(self, cue: Match, subject: SpeakerMention, sentence: tuple[int, int]) -> int | None:
        """'..., he told the tribunal in a written reply.': a listener and adjuncts closing the sentence after a
        speaker's comma, with no clause of their own (not 'told the pilots to turn back'); the
        sentence's end, or None."""
        start, end = sentence
        while end > cue.end and self.texts[end - 1] in SENTENCE_END:
            end -= 1
        if subject.start <= start or self.texts[subject.start - 1] != ",":
            return None
        if cue.end + 1 >= end or self.lowers[cue.end] in {"a", "an"} and self.lowers[cue.end + 1] not in LISTENER_NOUNS:
            return None  # '..., Johnson told a joke.': what was told, not to whom
        for i in range(cue.end, end):
            if i > cue.end and self.lowers[i] in CLOSING_CLAUSE_STARTS:
                break  # '..., Okafor told his advisers as he worked on the speech.'
            if self.words.is_punct[i] or self.words.is_mark(i) or self.lowers[i] in {"to", "that"}:
                return None
            if self.lowers[i] in FINITE_AUXILIARIES or i in self.cue_at or i - cue.end >= MAX_LISTENER_ADJUNCT:
                return None
        return sentence[1]

    def _closing_adjuncts_end(self, cue: Match, subject: SpeakerMention, sentence: tuple[int, int]) -> int | None:
        """'..., he said Wednesday morning on NBC's "Meet the Press."', '..., X said in his 2012 book,
        "..."', '..., he said after meeting the aides, because ...': adjuncts of time and place closing the
        statement before the speaker's comma, with no clause of their own; the comma or the sentence's end
        after them, or None."""
        start, end = sentence
        if subject.start <= start or self.texts[subject.start - 1] != "," or cue.end >= end or cue.label != "SAY":
            return None
        if self.lowers[cue.end] not in TIME_WORDS and self.lowers[cue.end] not in ADJUNCT_PREPOSITIONS:
            return None
        if self.lowers[self._content_start(start, subject.start - 1)] in CLAUSE_WORDS:
            return None  # 'when I was 19, I wrote in "Ralph Nader" on my ballot': no statement before
        in_title = False  # inside a quoted title: 'on NBC's "Meet the Press"'
        if end - cue.end > MAX_CLOSING_TAIL:
            end = cue.end + MAX_CLOSING_TAIL  # (a comma must come before)
        for i in range(cue.end, end):
            if self.words.is_mark(i):
                in_title = not in_title
                if in_title and not (i + 1 < end and self.texts[i + 1][:1].isupper()):
                    return None
            elif self.texts[i] in {",", ";"} or self.texts[i] in SENTENCE_END and not in_title:
                return i if self.texts[i] in {",", ";"} else sentence[1]
            elif self.lowers[i] in {"that", "to"} or self.lowers[i] in FINITE_AUXILIARIES or i in self.cue_at:
                return None
            elif self.words.is_punct[i] and not self.words.is_space[i] and self.texts[i] not in {"’s", "'s", "."}:
                return None
        return sentence[1] if end == sentence[1] else None

    def _resumed_after_speaker(self, speaker_end: int, end: int) -> tuple[int, int] | None:
        """The rest of the statement after '..., said X(, a description),' when the sentence goes on with
        its verb ('Part of the problem, say experts, is the ground', 'The paradox, says Ann Roe, historian
        at the library, is that ...', 'And Lee, said Kim, who knows him, does not forgive') or a
        connective; not with a description of the speaker ('..., said Jane Roe, executive director of ...')."""
        if self._resumes_with_verb(speaker_end, end):
            return speaker_end + 1, self._content_end(speaker_end + 1, end)
        if speaker_end + 1 >= end or self.texts[speaker_end] != ",":
            return None
        described_end = self._phrase_end(speaker_end + 1, end)  # the description, or a relative clause
        if self.lowers[speaker_end + 1] in RELATIVE_PRONOUNS:
            described_end = next((i for i in range(speaker_end + 1, end) if self.texts[i] == ","), end)
        if not self._resumes_with_verb(described_end, end):
            return None
        return described_end + 1, self._content_end(described_end + 1, end)

    def _resumes_with_verb(self, comma: int, end: int) -> bool:
        return self._resumes_after(comma, end) and (
            self.lowers[comma + 1] in FINITE_AUXILIARIES or self.lowers[comma + 1] in RESUMING_CONNECTIVES
        )

    def _after_statement_comma(self, cue: Match, subject: SpeakerMention) -> bool:
        """Whether the cue follows a comma closing a verb phrase that goes on from the subject found past an
        aside ('The convoy, as always, was late, said ...'), so that subject is no speaker of the cue."""
        comma = cue.start - 1
        if comma <= subject.end or self.texts[comma] != "," or not self.words.is_lower(cue.start):
            return False
        segment = comma - 1
        while segment > subject.end and self.texts[segment - 1] != ",":
            segment -= 1
        # the verb must open the last stretch, not a relative clause ('X, who has ..., said')
        return segment > subject.end and self._shares_subject(segment)

    def _completes_subordinate(self, content: tuple[int, int], after: int, end: int) -> bool:
        """'If the talks fail, he said, striking the depots would be ...', 'Because ..., X said, "..."': a
        subordinate clause before the speaker is no statement alone; the rest after the cue completes it."""
        return (
            self.lowers[content[0]] in SUBORDINATORS
            and after + 2 < end
            and self.texts[after] == ","
            and after + 1 not in self.cue_at
            and not self._closing_attribution_in(after + 1, end)
        )
