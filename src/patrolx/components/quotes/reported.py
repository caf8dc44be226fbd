"""Reported speech: statements without quotation marks, read around each cue.

- "X said (that) ...": the speaker is the noun phrase before the cue, the content the rest of
  the sentence after it;
- "..., X said." / "..., said X.": when nothing follows, the content is the sentence before
  the speaker; "The bombers, the ministry said, flew ..." is one statement in two parts;
- "according to X, ..." and "..., according to X": the speaker follows the cue;
- "TASS quoted an official as saying ...": the speaker sits inside the cue;
- ", adding that ..." or ", and added that ...": a second statement by the same speaker.
"""

from __future__ import annotations

from ..matching import Match
from .clauses import Clauses
from .layout import SENTENCE_END
from .marks import QUOTE_MARKS
from .mentions import SpeakerMention
from .phrases import MAX_RELATIVE_TOKENS, MAX_SUBJECT_TOKENS
from .state import Found
from .wordlists import (
    AUXILIARIES,
    CLAUSE_SUBJECT_STARTERS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    REFUSALS,
    RELATIVE_PRONOUNS,
    RESTRICTIVE_RELATIVES,
)

MAX_INTRODUCTION_TOKENS = 4  # "Late on Monday, according to X, ..."
MIN_CONTENT_TOKENS = 3


class ReportedSpeech(Clauses):
    """Finding statements reported without quotation marks."""

    def _reported_speech(self) -> None:
        for cue_start in sorted(self.cue_at):
            cue = self.cue_at[cue_start]
            if self.used[cue.start]:
                continue
            sentence = self.layout.sentence(cue.start)
            if cue.label == "ACCORDING":
                self._according_to(cue, sentence)
            elif cue.label == "QUOTED":
                self._quoted_as_saying(cue, sentence)
            else:
                self._said(cue, sentence)

    def _according_to(self, cue: Match, sentence: tuple[int, int]) -> None:
        start, end = sentence
        speaker_end = cue.end
        while speaker_end < end and not self.words.is_mark(speaker_end):
            text = self.texts[speaker_end]
            if text in {",", ";", "!", "?"} or text == "." and not self.words.ends_abbreviation(speaker_end):
                break
            speaker_end += 1
        if speaker_end - cue.end > MAX_SUBJECT_TOKENS:
            return
        mention = self.vocabulary.read(cue.end, speaker_end, lenient=True)
        if mention is None:
            return
        after_comma = cue.start > start and self.texts[cue.start - 1] == ","
        before = (self._content_start(start, cue.start - 1), cue.start - 1) if after_comma else None
        after = speaker_end + 1
        if speaker_end < end and self.texts[speaker_end] == "," and after < end:
            if self._reporting_verb_in_clause(after, end):
                return  # 'Interfax, citing a source, reported that ...', 'Citing X, NHK said ...': the verb reports
            if self.lowers[after] in RELATIVE_PRONOUNS:
                # 'According to the Joint Staff, which released photos, the jets ...'
                after = next((i + 1 for i in range(after, end) if self.texts[i] == ","), end)
        else:
            after = end
        content, second = before, None
        if after < end:
            rest = (after, self._content_end(after, end))
            if cue.start == start:
                content = rest  # 'According to X, ...'
            elif (
                before is not None and self.words.is_lower(after) and self.lowers[after] not in CLAUSE_SUBJECT_STARTERS
            ):
                second = rest  # 'The jets, according to the ministry, flew for hours': one statement, two parts
            elif before is not None and cue.start - start <= MAX_INTRODUCTION_TOKENS:
                content = rest  # 'However, according to X, ...', 'On Monday, according to X, ...'
        if content is None:
            return
        self._take(cue.start, speaker_end)
        self.last_speaker[self.layout.sentence_of[cue.start]] = mention
        self._add_reported(content, cue, mention, second=second, minimum=1 if second else MIN_CONTENT_TOKENS)

    def _quoted_as_saying(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'TASS quoted a ministry spokesman as saying (that) ...': the speaker sits inside the cue."""
        mention = self.vocabulary.read(cue.start + 1, cue.end - 2)
        if mention is None:
            return
        start = cue.end + 1 if cue.end < sentence[1] and self.lowers[cue.end] == "that" else cue.end
        if self._add_reported((start, self._content_end(start, sentence[1])), cue, mention):
            self.last_speaker[self.layout.sentence_of[cue.start]] = mention

    def _said(self, cue: Match, sentence: tuple[int, int]) -> None:
        start, end = sentence
        if self._describes_speaker(cue, sentence):
            return
        subject = self._subject(cue, start)
        inherited = False
        if subject is None:
            previous = self.last_speaker.get(self.layout.sentence_of[cue.start])
            if previous is None and self._joined_to_previous(cue, start):
                previous = self._sentence_subject(start, cue.start)  # "X called it "barbaric" and said ..."
                if previous is not None:
                    self.extra_mentions.append(previous)
            if previous is None or not self._joined_to_previous(cue, start):
                self._speaker_after(cue, sentence)
                return
            subject, inherited = previous, True
        else:
            self.extra_mentions.append(subject)
        self.last_speaker[self.layout.sentence_of[cue.start]] = subject
        if self._negated(cue, start) or self._passive(cue, start) or self.lowers[cue.start - 1] == "having":
            return  # "it did not say how long", "declined to say whether", "the crew was told to", "having said that"
        after = self._after_adjuncts(cue)
        if after is None:
            return  # "told the pilots to turn back": an order, not a statement
        content: tuple[int, int] | None = None
        that = self._distant_that(after, end) if after < end and self.texts[after] == "," else None
        if that is not None:
            content = (that + 1, self._content_end(that + 1, end))
        elif after < end and self.lowers[after] == "that":
            content = (after + 1, self._content_end(after + 1, end))
        elif after < end and self.texts[after] == ":":
            content = (after + 1, self._content_end(after + 1, end))
        elif after < end and self.texts[after] == "," and self._opens_with_as(subject, start):
            content = (after + 1, self._content_end(after + 1, end))  # "As the minister said, ..."
        elif (
            after >= end
            or self.texts[after] in SENTENCE_END
            or self.texts[after] == ";"
            or (self.texts[after] == "," and not inherited)
            or (after in self.cue_at and self.cue_at[after].label == "ACCORDING")
        ):
            if not inherited and subject.start > start:
                boundary = subject.start - 1
                while boundary > start and (self.words.is_mark(boundary) or self.words.is_space[boundary]):
                    boundary -= 1
                if self.texts[boundary] == ",":
                    content = (self._content_start(start, boundary), boundary)
                    if self._resumes_after(after, end):
                        # "The bombers, the ministry said, flew for seven hours.": one statement, two parts.
                        resumed = (after + 1, self._content_end(after + 1, end))
                        if self._add_reported(content, cue, subject, second=resumed, minimum=1):
                            self._take(subject.start, subject.end)
                        return
        elif cue.label == "SAY" and self._content_may_start(after, end):
            content = (after, self._content_end(after, end))
        elif cue.label == "THAT":
            that = self._distant_that(cue.end, end)
            if that is not None:
                content = (that + 1, self._content_end(that + 1, end))
            elif self._clause_follows(after, end):
                content = (after, self._content_end(after, end))
        if content is None:
            return
        if subject.start > start and self.lowers[subject.start - 1] in {"which", "that", "who", "whom"}:
            # 'The drill, which the ministry said would last a week, began': the relative clause only.
            content = (content[0], next((i for i in range(*content) if self.texts[i] == ","), content[1]))
        if self._add_reported(content, cue, subject, inherited) and not inherited:
            self._take(subject.start, subject.end)

    def _describes_speaker(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """Whether the cue sits in a relative clause describing the speaker of a later cue: 'An official
        who asked not to be named said ...', 'A pilot who reported the sighting told ...'."""
        start, end = sentence
        i = cue.start - 1
        while i > start and self.lowers[i] in AUXILIARIES:
            i -= 1
        if not (i > start and self.lowers[i] in RESTRICTIVE_RELATIVES and self.texts[i - 1] != ","):
            return False
        later = (self.cue_at.get(j) for j in range(cue.end, min(end, cue.end + MAX_RELATIVE_TOKENS)))
        return any(c is not None and c.label != "ACCORDING" for c in later)

    def _speaker_after(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'..., said the ministry.': the speaker follows the cue, the content precedes it."""
        start, end = sentence
        if self.words.span_text(cue.start, cue.end).lower() in {"say", "tell"}:
            return  # 'a small plane, say a Cessna, ...': an aside, not an attribution
        if cue.end < end and self.lowers[cue.end] in {"to", "by"}:
            return  # 'the drones, believed to be TB-001s, ...': a participle, not an attribution
        comma = cue.start - 1
        if comma > start and self.words.is_mark(comma) and self.texts[comma - 1] == ",":
            comma -= 1  # 'The results "were worse than we thought," says Jane Roe'
        if comma <= start or self.texts[comma] != ",":
            return
        speaker_end = self._phrase_end(cue.end, end)
        if speaker_end == cue.end or speaker_end - cue.end > MAX_SUBJECT_TOKENS:
            return
        if speaker_end < end and self.texts[speaker_end] not in {".", ",", ";"}:
            return
        mention = self.vocabulary.read(cue.end, speaker_end)
        if mention is None or mention.kind == "pronoun" and mention.head == "it":
            return
        mention = self._with_apposition(mention, speaker_end, end)
        content = (self._content_start(start, comma), comma)
        if self._add_reported(content, cue, mention):
            self._take(cue.end, speaker_end)
            self.last_speaker[self.layout.sentence_of[cue.start]] = mention  # for ', adding that ...'

    def _passive(self, cue: Match, sentence_start: int) -> bool:
        one_word = cue.end - cue.start == 1
        return cue.start > sentence_start and one_word and self.lowers[cue.start - 1] in PASSIVE_AUXILIARIES

    def _negated(self, cue: Match, sentence_start: int) -> bool:
        i = cue.start - 1
        while i >= sentence_start and (self.lowers[i] in AUXILIARIES or self.lowers[i] in NEGATIONS):
            if self.lowers[i] in NEGATIONS:
                return True
            i -= 1
        return i >= sentence_start + 1 and self.lowers[i] == "to" and self.lowers[i - 1] in REFUSALS

    def _joined_to_previous(self, cue: Match, sentence_start: int) -> bool:
        """', adding that', ', and added that', 'and said': a verb sharing the subject before it."""
        i = cue.start - 1
        while i >= sentence_start and self.lowers[i] in AUXILIARIES:
            i -= 1
        return i >= sentence_start and self.lowers[i] in {",", "and", "but"}

    def _add_reported(
        self,
        content: tuple[int, int],
        cue: Match,
        speaker: SpeakerMention,
        inherited: bool = False,
        second: tuple[int, int] | None = None,
        minimum: int = MIN_CONTENT_TOKENS,
    ) -> bool:
        start, end = content
        while start < end and (
            self.words.is_space[start] or self.texts[start] in {",", ":"} or self.lowers[start] == "that"
        ):
            start += 1
        parts = [(start, end)] + ([second] if second is not None else [])
        if end - start < minimum or sum(e - s for s, e in parts) < MIN_CONTENT_TOKENS:
            return False
        # (Checking the slices first is cheap: most contents overlap nothing taken.)
        if any(any(self.used[s:e]) for s, e in parts) and any(
            self.used[i] for s, e in parts for i in range(s, e) if self.texts[i] not in QUOTE_MARKS
        ):
            # Content already reported (a direct quote, or the same clause under another cue).
            return False
        for s, e in parts:
            self._take(s, e)
        self._take(cue.start, cue.end)
        self.found.append(Found(parts, "indirect", cue, speaker, inherited=inherited))
        return True
