"""Questions put to a speaker: "Asked whether he would run, Smith said ...", "..., she said when
asked about the flights", "Smith was asked whether he would run".

The question is a statement of its own, put by someone the article does not name (a reporter, a
pollster): a quote whose speaker is unknown. The answer is the speaker's statement, read at its
own cue ("Smith said ...").
"""

from __future__ import annotations

from ...text.matching import Match
from .findings import Findings
from .layout import SENTENCE_END, within
from .marks import DOUBLE_QUOTE_MARKS
from .wordlists import CLAUSE_SUBJECT_STARTERS, RELATIVE_PRONOUNS

# 'whether', 'if', 'why', ... and 'about' open the question after 'asked'.
QUESTION_OPENERS = {"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which", "about"}
# Words before 'asked' that make it a participle or a passive: 'when asked ...', 'he was asked whether ...'.
PARTICIPLE_INTRODUCERS = {"when", "whenever", "once", "after", "if", "was", "were", "been", "being"}
MAX_QUESTION_ADJUNCT = 6  # 'Asked during a January debate why ...', 'asked by a reporter whether ...'
QUESTION_ENDS = {",", ";", ":", "—", "–", "--", "-", "(", ")"}
MIN_QUESTION_TOKENS = 2
QUESTION_ADJUNCTS = {"during"}  # when the asking happened, not the question


class Questions(Findings):
    """Questions asked of a speaker, with no asker named."""

    def _question_put(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """Whether the cue is 'Asked' opening a participle clause ('Asked whether ...,', 'when asked
        about ...'); its question, when it has one, becomes a quote with no speaker."""
        start, end = sentence
        if cue.end - cue.start != 1 or self.lowers[cue.start] != "asked":
            return False
        if cue.start != start and self.lowers[cue.start - 1] not in PARTICIPLE_INTRODUCERS:
            return False
        question = self._question_start(cue.end, end)
        if question is None:
            return False
        stop = self._question_end(question, end)
        second = None
        if stop < end and self.texts[stop] == "," and self.lowers[stop + 1] in RELATIVE_PRONOUNS:
            # 'Asked whether his job, which friends called miserable, hurt him, he said ...': the question
            # goes on after a relative clause that describes its words
            relative_end = self._question_end(stop + 1, end)
            if relative_end < end and self.texts[relative_end] == ",":
                rest = (relative_end + 1, self._question_end(relative_end + 1, end))
                if self._question_goes_on(*rest, end):
                    second = rest
        if stop - question >= MIN_QUESTION_TOKENS:
            self._add_reported((question, stop), cue, None, second=second)
        return True

    def _question_start(self, start: int, end: int) -> int | None:
        """The word opening the question after 'asked' and a short adjunct ('on Fox News', 'by a
        reporter'), or None: 'asked to leave' and 'asked for a photo' are requests."""
        for i in range(start, min(end, start + MAX_QUESTION_ADJUNCT + 1)):
            word = self.lowers[i]
            if word in QUESTION_OPENERS:
                return i
            if word in {"to", "for"} or word in QUESTION_ENDS or self.words.is_mark(i) or i in self.cue_at:
                return None
        return None

    def _question_goes_on(self, start: int, stop: int, end: int) -> bool:
        """Whether the words after a relative clause carry on the question (its verb: '..., contributed to
        it,', '..., would cost too much.') rather than start the answer ('..., de Blasio said ...')."""
        if stop < end and self.texts[stop] != "," and self.texts[stop] not in SENTENCE_END:
            return False
        if within(self.cue_starts, start, stop):
            return False
        return self.words.is_lower(start) and self.lowers[start] not in CLAUSE_SUBJECT_STARTERS

    def _question_end(self, start: int, end: int) -> int:
        """Where the question ends: at a comma or dash outside quotation marks (or inside the marks of a
        quoted phrase it closes: 'Asked whether she is "fit to serve," 60 percent said ...'), or its
        sentence's end."""
        marks = 0
        for i in range(start, end):
            text = self.texts[i]
            if text in DOUBLE_QUOTE_MARKS:
                marks += 1
            elif marks % 2 == 0 and i > start + 1 and self.lowers[i] in QUESTION_ADJUNCTS:
                return i  # 'asked why ... during an appearance on CBS'
            elif text in QUESTION_ENDS or text in SENTENCE_END:
                closes_quote = i + 1 < end and self.texts[i + 1] in DOUBLE_QUOTE_MARKS and marks % 2 == 1
                if marks % 2 == 0 or closes_quote:
                    return i
        return end
