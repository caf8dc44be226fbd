"""Findings named in a sentence's opening phrase: "In a CNN poll released Monday, 50 percent of
voters chose Lindqvist", "In the latest survey, she leads by nine points". The rest of the sentence
is the poll's finding, as after "according to a CNN poll, ...". A main clause with a cue of its
own ("In a report, the ministry said ...") is that speaker's statement, not the source's.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import Clauses
from .findings import SOURCE_MODIFIER_STARTS, SOURCE_PHRASE_STOPS
from .layout import SENTENCE_END
from .state import MIN_CONTENT_TOKENS, Found
from .wordlists import POLL_SOURCES

POLL_FOLLOWERS = SOURCE_MODIFIER_STARTS | {"was", "were"}  # 'In states where exit polls were taken, ...'
MAX_OPENING_TOKENS = 14  # 'In a Washington Post/ABC News poll released Sunday,'
NAME_JOINERS = {"-", "/", "'s", "’s"}  # 'the Washington Post-ABC News poll', 'Monday’s poll'
CONTRASTING_CLAUSE_WORDS = {"although", "though", "while", "whereas", "but"}
MAX_TRAILING_PHRASE = 8  # 'in the latest NBC News/Wall Street Journal poll'
MAX_TRAILING_MODIFIER = 8  # '... poll released Thursday by the university.'


class PollOpenings(Clauses):
    """Findings after an opening 'In a ... poll,'."""

    def _poll_openings(self) -> None:
        for noun in self.words.positions(POLL_SOURCES):
            start, end = self.layout.sentence(noun)
            if self.used[noun]:
                continue
            if self.lowers[start] != "in" or noun - start > MAX_OPENING_TOKENS:
                self._trailing_poll(noun, start, end)
                continue
            comma = self._opening_comma(start, noun, end)
            if comma is None:
                continue
            content = (comma + 1, self._content_end(comma + 1, end))
            if content[1] - content[0] < MIN_CONTENT_TOKENS or any(self.used[content[0] : content[1]]):
                continue
            if any(i in self.cue_at for i in range(content[0], content[1])):
                continue  # 'In the poll, 40 percent said ...': the respondents' statement, read at its cue
            source = self.vocabulary.read(start + 1, noun + 1, lenient=True)
            if source is None:
                continue
            self._take(*content)
            self.found.append(Found([content], "indirect", Match(start, start + 1, "FINDING", "in"), source))

    def _opening_comma(self, start: int, noun: int, end: int) -> int | None:
        """The comma closing the opening phrase around the poll at `noun`, with no other punctuation, mark or
        cue before it."""
        if noun + 1 >= end or not (self.texts[noun + 1] == "," or self.lowers[noun + 1] in POLL_FOLLOWERS):
            return None  # 'In a request about the polling places, ...': no poll heads the phrase
        for i in range(start + 1, min(end, start + MAX_OPENING_TOKENS + 1)):
            if self.texts[i] == "," and i > noun:
                if not self._participle_after(i, end):
                    return i
                continue
            if i in self.cue_at or self.words.is_mark(i) or self.words.is_punct[i] and self.texts[i] not in {"-", "/"}:
                return None
        return None

    def _participle_after(self, comma: int, end: int) -> bool:
        """'In a Fox poll, conducted March 11-13, 40 percent ...': a participle describing the poll after the
        comma, the opening phrase going on to the next comma."""
        following = comma + 1
        return following < end and self.words.is_lower(following) and self.lowers[following].endswith("ed")

    def _trailing_poll(self, noun: int, start: int, end: int) -> None:
        """'Support for the treaty fell to 38 percent in a Kyodo poll released Monday.': a clause whose closing
        adjunct is 'in a ... poll' states the poll's finding, the clause before it the content."""
        preposition = self._trailing_preposition(noun, start)
        if preposition is None or not self._named_poll(preposition, noun) or not self._closes_clause(noun, end):
            return
        clause_start = self._content_start(start, preposition)
        if clause_start > start and self.texts[clause_start - 1] not in {":", ";"}:
            return  # the clause goes on from another quote
        clause_end = preposition - 1 if self.texts[preposition - 1] == "," else preposition  # '..., in the poll'
        content = (self._after_contrast(clause_start, clause_end), clause_end)
        if content[1] - content[0] < MIN_CONTENT_TOKENS or any(self.used[content[0] : content[1]]):
            return
        if not self.words.is_lower(content[1] - 1) and self.texts[content[1] - 1] != "%":
            return  # the adjunct must follow the clause's last word directly (no 'said, in a poll')
        if any(i in self.cue_at or self.words.is_mark(i) for i in range(content[0], content[1])):
            return
        source = self.vocabulary.read(preposition + 1, noun + 1, lenient=True)
        if source is None:
            return
        self._take(content[0], noun + 1)
        self.found.append(Found([content], "indirect", Match(preposition, preposition + 1, "FINDING", "in"), source))

    def _after_contrast(self, start: int, end: int) -> int:
        """The start of the last clause from `start` to `end`: after ', although' in 'Ferris came second, although
        Ostrander moved up in a later survey'."""
        for i in range(end - 2, start, -1):
            if self.texts[i] == "," and self.lowers[i + 1] in CONTRASTING_CLAUSE_WORDS:
                return i + 2
        return start

    def _trailing_preposition(self, noun: int, start: int) -> int | None:
        """The 'in' opening the noun phrase of the poll at `noun`, or None."""
        for i in range(noun - 1, max(start, noun - MAX_TRAILING_PHRASE) - 1, -1):
            if self.lowers[i] == "in":
                return i if i > start else None
            if self.lowers[i] in SOURCE_PHRASE_STOPS or self.words.is_punct[i] and self.texts[i] not in NAME_JOINERS:
                return None
        return None

    def _closes_clause(self, noun: int, end: int) -> bool:
        """Whether the poll's phrase, with a short description ('released Monday'), ends the sentence or the
        clause at a comma."""
        if noun + 1 < end and self.texts[noun + 1] not in {".", ",", ";"} | SENTENCE_END:
            if self.lowers[noun + 1] not in SOURCE_MODIFIER_STARTS:
                return False  # '... rating in the latest poll stands at 53 percent'
        for i in range(noun + 1, min(end, noun + MAX_TRAILING_MODIFIER + 1)):
            if self.texts[i] in {".", ",", ";"} or self.texts[i] in SENTENCE_END:
                return True
            if i in self.cue_at or self.words.is_mark(i):
                return False
        return end - noun <= MAX_TRAILING_MODIFIER

    def _named_poll(self, preposition: int, noun: int) -> bool:
        """Whether the phrase names one poll: 'a new Fox News poll', 'Monday's poll', 'a survey released
        Monday by the university' (not the generic 'in the polls', 'in most surveys')."""
        if self.lowers[noun] not in {"poll", "survey"}:
            return False
        if any(not self.words.is_lower(i) for i in range(preposition + 1, noun)):
            return True
        after = noun + 2 if noun + 2 < len(self.lowers) and self.texts[noun + 1] == "," else noun + 1
        return after < len(self.lowers) and self.lowers[after] in SOURCE_MODIFIER_STARTS - {",", "that", "which"}
