"""Questions put to a speaker: "Asked whether he would run, Smith said ...", "..., she said when
asked about the flights", "Smith was asked whether he would run".

"asked" there is no attribution: the question is put by someone the article does not name (a
reporter, a pollster), and a quote is a statement by a speaker, so the question is no quote. A
question put by a named asker ("Asked by NBC's Jane Moss whether the patrols would go on, the admiral said ...")
is that asker's. The
answer is the speaker's statement, read at its own cue ("Smith said ...").
A question about what a speaker says ("Will the ministry say that ...?", "Did he tell them ...?") states
nothing either.
"""

from __future__ import annotations

from ...text.matching import Match
from .layout import SENTENCE_END
from .nounobjects import NounObjects
from .wordlists import ADJUNCT_PREPOSITIONS, FINITE_AUXILIARIES

QUESTION_WORDS = {"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"}
QUESTION_OPENERS = QUESTION_WORDS | {"about"}  # what opens the question after 'asked' ('asked about the flights')
# Words before 'asked' that make it a participle or a passive: 'when asked ...', 'he was asked whether ...'.
PASSIVE_INTRODUCERS = {"was", "were", "been", "being"}
PARTICIPLE_INTRODUCERS = {"when", "whenever", "once", "after", "if"} | PASSIVE_INTRODUCERS
MAX_QUESTION_ADJUNCT = 6  # 'Asked during a January debate why ...', 'asked by a reporter whether ...'
UNNAMED_KINDS = {"pronoun", "group"}  # 'asked by him', 'asked by voters': no asker the article names
MAX_LISTENER_TOKENS = 5  # 'asked the former secretary of state whether ...'
# Words opening a question after its listener (not 'who', 'when', 'where': 'asked the man who shouted to leave')
LISTENER_QUESTION_WORDS = {"whether", "if", "why", "how", "what"}
QUESTION_ENDS = {",", ";", ":", "—", "–", "--", "-", "(", ")"}


class Questions(NounObjects):
    """Questions asked of a speaker, with no asker named."""

    def _question_put(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """Whether the cue is 'asked' opening a question put to the speaker ('Asked whether ...,',
        'when asked about ...', 'he was asked whether ...'): no attribution, so no quote."""
        start, end = sentence
        if cue.end - cue.start != 1 or self.lowers[cue.start] != "asked":
            return False
        if cue.start != start and self.lowers[cue.start - 1] not in PARTICIPLE_INTRODUCERS:
            return False
        return self._question_start(cue.end, end) is not None

    def _question_read(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """Whether the cue is 'asked' opening a question put to the speaker, which is then read as a quote
        only when a named asker put it ('Asked by Jane Moss whether ...')."""
        if not self._question_put(cue, sentence):
            return False
        self._question_of_named_asker(cue, sentence)
        return True

    def _question_of_named_asker(self, cue: Match, sentence: tuple[int, int]) -> None:
        """The question after 'asked by <a named person>' ('Asked by Jane Moss whether the patrols would go
        on, the admiral said ...', 'was asked by host Tom Reyes whether ...'): the asker's
        statement, unlike one put by 'a reporter' or 'a caller'."""
        end = sentence[1]
        question = self._question_start(cue.end, end)
        if question is None or self.lowers[cue.end] != "by" or question - cue.end < 2:
            return
        # (up to an adjunct of its own: 'asked by Reyes on Thursday about ...')
        asker_end = next((i for i in range(cue.end + 1, question) if self.lowers[i] in ADJUNCT_PREPOSITIONS), question)
        asker = self.vocabulary.read(cue.end + 1, asker_end)
        if asker is None or asker.kind in UNNAMED_KINDS or self.words.is_lower(asker.end - 1):
            return
        self.extra_mentions.append(asker)
        content_end = self._content_end(question, end)
        if self.lowers[cue.start - 1] not in PASSIVE_INTRODUCERS:
            # 'Asked by X whether ..., the admiral smiled': the question ends before the main clause
            content_end = next(
                (i for i in range(question + 1, content_end) if self.texts[i] == "," and self._opens_subject(i + 1)),
                content_end,
            )
        self._add_reported((question, content_end), cue, asker)

    def _question_after_listener(self, cue: Match, after: int, end: int) -> int | None:
        """Where the question a speaker asked a listener opens ('Reed asked the admiral whether the carrier
        would leave before the storm', 'asked the crews if they planned to stay'): the clause is the statement,
        without the listener; or None ('asked the crews to stay alert' is a request)."""
        if cue.id != "ask" or after >= end or not self.words.is_alpha(after):
            return None
        for i in range(after + 1, min(end, after + MAX_LISTENER_TOKENS + 1)):
            if self.lowers[i] in LISTENER_QUESTION_WORDS:
                return i
            if not self.words.is_alpha(i) or self.lowers[i] in {"to", "for", "about"} or i in self.cue_at:
                return None
        return None

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

    def _question_about_speech(self, cue: Match, sentence_start: int) -> bool:
        """Whether the cue's sentence is a question opened by an auxiliary ('Will the ministry say that
        ...?', 'Did the admiral tell the crews ...?'): it asks what is said, and states nothing."""
        if self.lowers[sentence_start] not in FINITE_AUXILIARIES or self._modal_name(sentence_start, cue.start):
            return False
        i = cue.end
        while i < len(self.texts) and self.texts[i] not in SENTENCE_END:
            i += 1
        return i < len(self.texts) and self.texts[i] == "?"
