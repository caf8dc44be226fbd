"""Findings named in a sentence's opening phrase: "In a CNN poll released Monday, 50 percent of
voters chose Clinton", "In the latest survey, she leads by nine points". The rest of the sentence
is the poll's finding, as after "according to a CNN poll, ...". A main clause with a cue of its
own ("In a report, the ministry said ...") is that speaker's statement, not the source's.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import Clauses
from .findings import SOURCE_MODIFIER_STARTS
from .state import MIN_CONTENT_TOKENS, Found
from .wordlists import POLL_SOURCES

POLL_FOLLOWERS = SOURCE_MODIFIER_STARTS | {"was", "were"}  # 'In states where exit polls were taken, ...'
MAX_OPENING_TOKENS = 14  # 'In a Washington Post/ABC News poll released Sunday,'


class PollOpenings(Clauses):
    """Findings after an opening 'In a ... poll,'."""

    def _poll_openings(self) -> None:
        for noun in self.words.positions(POLL_SOURCES):
            start, end = self.layout.sentence(noun)
            if self.lowers[start] != "in" or noun - start > MAX_OPENING_TOKENS or self.used[noun]:
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
