"""Findings: what a poll, a study or records show, read as their source's statement.

"A Norvik poll shows Lindqvist ahead", "records show (that) ...", "..., a Norvik poll
shows.", "a new poll that shows ...": the same attribution as "according to a Norvik
poll, ...", made with a verb. Only sources that state findings count (the FINDING_SOURCE
words: polls, surveys, studies, reports, records, data); what a video or a photo shows, or what
someone found, is no statement.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import Clauses
from .layout import SENTENCE_END
from .mentions import SpeakerMention
from .wordlists import ADJUNCT_PREPOSITIONS, AUXILIARIES, CLAUSE_WORDS, FINDING_SOURCES, MODALS, STATED_FINDING_CUES

MAX_SOURCE_PHRASE = 8  # 'The new 50-state Washington Post-SurveyMonkey poll'
MAX_SOURCE_MODIFIER = 24  # 'A Fox News poll, conducted jointly with Anderson Robbins (D) and Shaw & Company (R),'
SOURCE_MODIFIER_STARTS = {",", "of", "from", "by", "for", "in", "taken", "conducted", "released", "commissioned"}
# 'A Kestrel poll out Monday showed', 'The report published Tuesday showed', 'Polls there show'
SOURCE_MODIFIER_STARTS |= {"out", "published", "compiled", "issued", "obtained", "filed", "there", "last", "this"}
SOURCE_MODIFIER_STARTS |= {"that", "which"}  # 'The few surveys that were done in the region showed'
SOURCE_PHRASE_STOPS = CLAUSE_WORDS | ADJUNCT_PREPOSITIONS | {"with", "by", "as", "and"}


class Findings(Clauses):
    """Findings of polls, studies and records."""

    def _finding_or_statement(self, cue: Match, sentence: tuple[int, int]) -> Match | None:
        """Adds the finding at `cue` ('the poll suggests ...', 'a survey revealed ...'); or, when no source
        of findings states it, the cue to read as a speaker's statement ('the minister suggested ...',
        'the minister indicated that ...', 'the inquiry board found that ...'), or None."""
        finding = self._finding(cue, sentence)
        if finding is not None:
            self._add_reported(finding[0], cue, finding[1])
            return None
        if cue.label != "FINDING":
            return cue
        if cue.id not in STATED_FINDING_CUES or self._after_modal(cue, sentence[0]):
            return None  # ('the scale of the exercise could indicate that ...': the writer's inference)
        return cue._replace(label="THAT")

    def _after_modal(self, cue: Match, start: int) -> bool:
        """Whether a modal stands before the cue ('could also indicate')."""
        i = cue.start - 1
        while i > start and self.lowers[i] in AUXILIARIES and self.lowers[i] not in MODALS:
            i -= 1
        return i >= start and self.lowers[i] in MODALS

    def _finding(self, cue: Match, sentence: tuple[int, int]) -> tuple[tuple[int, int], SpeakerMention] | None:
        """The content and source of a finding at `cue`, or None when its subject states no findings."""
        start, end = sentence
        source_end = cue.start
        while source_end > start and self.lowers[source_end - 1] in AUXILIARIES:
            source_end -= 1
        if source_end > start + 1 and self.lowers[source_end - 1] in {"that", "which"}:
            source_end -= 1  # 'a new poll that shows ...'
        if source_end == start:
            return None
        head: int | None = source_end - 1
        if self.lowers[source_end - 1] not in FINDING_SOURCES:
            head = self._modified_source(start, source_end)
        if head is None:
            return None
        source_start = self._source_phrase_start(head + 1, start)
        mention = self.vocabulary.read(source_start, source_end, lenient=True)
        if mention is None:
            return None
        after = cue.end + 1 if cue.end < end and self.lowers[cue.end] == "that" else cue.end
        if after < end and self.texts[after] not in SENTENCE_END and self.texts[after] != ",":
            return (after, self._content_end(after, end)), mention
        comma = source_start - 1  # '..., a Norvik University poll shows.'
        if comma > start and self.texts[comma] == ",":
            return (self._content_start(start, comma), comma), mention
        return None

    def _modified_source(self, start: int, end: int) -> int | None:
        """The head of a source described after it, ending at `end`: 'A recent survey of Republican insiders
        shows', 'Exit polls taken in South Carolina found', 'The poll, released on Wednesday, showed'."""
        for head in range(end - 2, max(start, end - MAX_SOURCE_MODIFIER) - 1, -1):
            if self.words.is_mark(head) or self.texts[head] in SENTENCE_END or head in self.cue_at:
                return None
            if self.lowers[head] in FINDING_SOURCES and self.lowers[head + 1] in SOURCE_MODIFIER_STARTS:
                closed = self.texts[head + 1] != "," or self.texts[end - 1] == ","
                return head if closed else None
        return None

    def _source_phrase_start(self, end: int, sentence_start: int) -> int:
        """The start of the source's noun phrase ending at `end`: 'recent polls' in 'with recent polls'."""
        i = end
        while i > sentence_start and end - i < MAX_SOURCE_PHRASE:
            if (
                self.lowers[i - 1] in SOURCE_PHRASE_STOPS
                or self.words.is_punct[i - 1]
                and self.texts[i - 1]
                not in {
                    "-",
                    "/",
                    "'s",
                    "’s",
                }
            ):
                break
            i -= 1
        return i
