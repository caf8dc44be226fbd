"""Questions put to a speaker: "Asked whether he would run, Smith said ...", "..., she said when
asked about the flights".

The question is a statement of its own, put by someone the article does not name (a reporter, a
pollster): a quote whose speaker is unknown. The answer is the speaker's statement, read at its
own cue ("Smith said ...").
"""

from __future__ import annotations

from ...text.matching import Match
from .findings import Findings
from .layout import SENTENCE_END
from .marks import DOUBLE_QUOTE_MARKS

# 'whether', 'if', 'why', ... and 'about' open the question after 'asked'.
QUESTION_OPENERS = {"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which", "about"}
# Words before 'asked' that make it a participle: 'when asked ...', 'whenever asked ...'.
PARTICIPLE_INTRODUCERS = {"when", "whenever", "once", "after", "if"}
MAX_QUESTION_ADJUNCT = 6  # 'Asked during a January debate why ...', 'asked by a reporter whether ...'
QUESTION_ENDS = {",", ";", ":", "—", "–", "--", "-", "(", ")"}
MIN_QUESTION_TOKENS = 2


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
        if stop - question >= MIN_QUESTION_TOKENS:
            self._add_reported((question, stop), cue, None)
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

    def _question_end(self, start: int, end: int) -> int:
        """Where the question ends: at a comma or dash outside quotation marks (or inside the marks of a
        quoted phrase it closes: 'Asked whether she is "fit to serve," 60 percent said ...'), or its
        sentence's end."""
        marks = 0
        for i in range(start, end):
            text = self.texts[i]
            if text in DOUBLE_QUOTE_MARKS:
                marks += 1
            elif text in QUESTION_ENDS or text in SENTENCE_END:
                closes_quote = i + 1 < end and self.texts[i + 1] in DOUBLE_QUOTE_MARKS and marks % 2 == 1
                if marks % 2 == 0 or closes_quote:
                    return i
        return end
