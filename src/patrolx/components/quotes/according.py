"""Statements attributed with "according to X" or "citing X": the source follows the cue.

- "According to X, ...": the statement is the rest of the sentence;
- "..., according to X." and "... — according to X": the sentence before the cue;
- "The jets, according to X, flew ...": one statement in two parts.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import CLAUSE_OPENERS
from .phrases import OPENING_CONJUNCTIONS
from .state import MIN_CONTENT_TOKENS
from .subjects import SPEECH_LABELS, Subjects
from .wordlists import (
    APPOSITION_STARTERS,
    CLAUSE_SUBJECT_STARTERS,
    FINITE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    RESUMING_CONNECTIVES,
)

MAX_INTRODUCTION_TOKENS = 4  # "Late on Monday, according to X, ..."
# "One Sunday in late 2001, according to X, Lee sat ...": a longer introduction is a part of the statement
# (after a whole clause, "..., according to X, a research firm." describes the source)
MAX_LONG_INTRODUCTION = 8
MAX_TITLE_TOKENS = 8  # 'according to the "Medicare for all" document'
MAX_SOURCE_TOKENS = 24  # 'according to early figures from the field surveys carried out for ... by Nordic Polling'


class AccordingTo(Subjects):
    """Statements whose source follows their cue."""

    def _according_to(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'According to X, ...', '..., according to X.', 'The jets, according to X, flew ...'."""
        start, end = sentence
        if cue.id == "citing" and self._cited_by_speaker(cue, start, end):
            return
        speaker_end = self._source_end(cue.end, end)
        if speaker_end - cue.end > MAX_SOURCE_TOKENS:
            return
        mention = self.vocabulary.read(cue.end, speaker_end, lenient=True)
        if mention is None:
            return
        opening = self._opens_clause(cue.start, start)
        previous = cue.start - 1  # the word before the cue, past any space
        while previous > start and self.words.is_space[previous]:
            previous -= 1
        before = None if opening else self._content_before(cue, start, previous, speaker_end, end)
        after = speaker_end + 1
        if speaker_end < end and self.texts[speaker_end] == "," and after < end:
            if self._reporting_verb_in_clause(after, end):
                return  # 'Interfax, citing a source, reported that ...', 'Citing X, NHK said ...': the verb reports
            if self.lowers[after] in RELATIVE_PRONOUNS:
                # 'According to the Joint Staff, which released photos, the jets ...'
                after = next((i + 1 for i in range(after, end) if self.texts[i] == ","), end)
            after = self._after_source_description(after, end)
        else:
            after = end
        if after < end:
            content, second = self._around_source(cue, start, previous, before, (after, self._content_end(after, end)))
        else:
            content, second = before, None
        if content is None:
            return
        self._take(cue.start, speaker_end)
        self.last_speaker[self.layout.sentence_of[cue.start]] = mention
        self._add_reported(content, cue, mention, second=second, minimum=1 if second else MIN_CONTENT_TOKENS)

    def _cited_by_speaker(self, cue: Match, start: int, end: int) -> bool:
        """'..., Lee said, citing the rising number of patrols': right after a statement of a verb of
        speech, 'citing' gives the reasons its speaker went on to state, a second statement (like ',
        calling it ...'), not a source."""
        comma = cue.start - 1
        if comma <= 0 or self.texts[comma] != "," or not self.words.is_lower(cue.start):
            return False
        before = [f for f in self.found if f.cue is not None and start <= f.cue.start and f.cue.end <= comma]
        said = max(before, key=lambda found: found.cue.end, default=None)
        if said is None or said.speaker is None or said.cue.label not in SPEECH_LABELS:
            return False
        ends = {said.cue.end, said.speaker.end, said.parts[-1][1]}
        if comma not in ends and comma - 1 not in ends:
            return False
        content = (cue.end, self._content_end(cue.end, end))
        return self._add_reported(content, cue, said.speaker, inherited=True)

    def _around_source(
        self, cue: Match, start: int, previous: int, before: tuple[int, int] | None, rest: tuple[int, int]
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The statement and its second part from the words `before` the cue and the `rest` after the source."""
        after, end = rest[0], self.layout.sentence(cue.start)[1]
        if self._opens_clause(cue.start, start) or self._after_subordinator(previous, start):
            return rest, None  # 'According to X, ...', 'because, according to X, ...'
        if before is None:
            return None, None
        if (
            self.words.is_lower(after)
            and self.lowers[after] not in CLAUSE_SUBJECT_STARTERS
            and self.lowers[after] != "but"  # '..., according to X, but the navy ...': another statement
        ):
            return before, rest  # 'The jets, according to the ministry, flew for hours': one statement, two parts
        if cue.start - start <= MAX_INTRODUCTION_TOKENS:
            return rest, None  # 'However, according to X, ...', 'On Monday, according to X, ...'
        if cue.start - start <= MAX_LONG_INTRODUCTION and self._resumes_after(after - 1, end):
            return before, rest  # 'Late in the evening of May 3, according to X, the crew turned back'
        return before, None

    def _content_before(
        self, cue: Match, start: int, previous: int, speaker_end: int, end: int
    ) -> tuple[int, int] | None:
        """The statement before the cue, ending at `previous`: '..., according to X', '... — according to X',
        '... Tuesday night according to a count by X.', '... became "the high-water mark," according to X'."""
        if cue.start <= start:
            return None
        closing = previous > start and self.words.is_mark(previous) and self.texts[previous - 1] == ","
        if not (
            self.texts[previous] in {",", "—", "–"}
            or closing
            or cue.start - start > MIN_CONTENT_TOKENS
            and self.words.is_alpha(previous)
            and (speaker_end >= end - 1 or self._conjunction_after(speaker_end, end))
        ):
            return None
        boundary = previous if self.words.is_punct[previous] else previous + 1
        if closing:
            boundary = previous - 1
        return self._content_start(start, boundary), boundary

    def _opens_clause(self, cue_start: int, start: int) -> bool:
        """Whether the cue opens its clause: 'According to X, ...', 'But according to X, ...', '...:
        According to X, ...', '(According to X, ...'."""
        i = cue_start
        while i > start and (self.lowers[i - 1] in OPENING_CONJUNCTIONS or self.texts[i - 1] == "("):
            i -= 1
        return i == start or self.texts[i - 1] == ":"

    def _after_subordinator(self, previous: int, start: int) -> bool:
        """'..., because, according to X, the weather had turned': the statement follows the source."""
        return previous > start and self.texts[previous] == "," and self.lowers[previous - 1] in CLAUSE_OPENERS

    def _conjunction_after(self, source_end: int, end: int) -> bool:
        """'... by 271 flights according to a count from X, but ...': the source ends the first clause."""
        return source_end + 1 < end and self.texts[source_end] == "," and self.lowers[source_end + 1] in {"but", "and"}

    def _source_end(self, start: int, end: int) -> int:
        """The end of the source after 'according to': the next punctuation ending a phrase, past a quoted
        title ('according to the "Navy 2030" plan')."""
        i = start
        while i < end:
            if self.words.is_mark(i):
                close = self._title_close(i, end)
                if close is None:
                    break
                i = close + 1
                continue
            text = self.texts[i]
            if text in {",", ";", "!", "?"} or text == "." and not self.words.ends_abbreviation(i):
                break
            i += 1
        return i

    def _title_close(self, i: int, end: int) -> int | None:
        """The closing mark of a short title in a source opening at i, or None ('according to X, "..."')."""
        for j in range(i + 1, min(end, i + MAX_TITLE_TOKENS)):
            if self.words.is_mark(j):
                return j if j > i + 1 else None
            if self.words.is_punct[j]:
                return None
        return None

    def _after_source_description(self, after: int, end: int) -> int:
        """'At the heart of it, according to Dennis Ross, a former envoy, was ...': the statement goes on
        after a description of the source set off by commas."""
        if after >= end or self.lowers[after] not in APPOSITION_STARTERS:
            return after
        comma = self._phrase_end(after, end)
        if comma + 1 >= end or self.texts[comma] != ",":
            return after
        following = self.lowers[comma + 1]
        return comma + 1 if following in FINITE_AUXILIARIES or following in RESUMING_CONNECTIVES else after
