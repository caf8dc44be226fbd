"""A quoted paragraph going on a reported statement: 'Carter said the navy would stay in the region.',
then a paragraph that is all quote ('"That is because this region matters most to us."') with no speaker
of its own. The quoted paragraph is the speaker's next words, the statement's next part, as a quoted
sentence after '..., X said.' is within a paragraph (`reported.py`).
"""

from __future__ import annotations

from .marks import QuoteRegion
from .state import ArticleState

MIN_PARAGRAPH_QUOTE_WORDS = 4  # not a short line in marks ('"Related:"', '"Chief trade prosecutor."')
STATEMENT_LABELS = {"SAY", "THAT"}  # verbs of saying: 'defended the plan.' names no statement to go on


class QuoteParagraphs(ArticleState):
    """Joining a quoted paragraph to the reported statement ending the paragraph before it."""

    def _join_quote_paragraphs(self) -> None:
        statements = [
            found
            for found in self.found
            if found.kind == "indirect" and found.speaker is not None and len(found.parts) == 1
            if found.cue is not None and found.cue.label in STATEMENT_LABELS
        ]
        if not statements:
            return
        opening = {region.open: region for region in self.layout.regions if region.close is not None}
        for found in statements:
            last = max(found.parts[-1][1], found.cue.end, found.speaker.end)  # ('..., X said.')
            region = opening.get(self._next_paragraph_start(last))
            if region is not None and self._whole_paragraph(region):
                found.parts.append((region.content_start, region.content_end))
                self._take(region.open, region.content_end + 1)

    def _next_paragraph_start(self, end: int) -> int:
        """The first token of the next paragraph when only punctuation and closing marks follow `end` in
        its paragraph, or -1."""
        paragraph = self.layout.paragraph_of[end - 1]
        paragraph_end = self.layout.paragraphs[paragraph][1]
        if not all(self.words.is_punct[i] or self.words.is_space[i] for i in range(end, paragraph_end)):
            return -1
        if paragraph + 1 >= len(self.layout.paragraphs):
            return -1
        return self.layout.paragraphs[paragraph + 1][0]

    def _whole_paragraph(self, region: QuoteRegion) -> bool:
        """Whether a quoted region is its paragraph, unused, long enough to be a statement and closed by
        its sentence's punctuation."""
        words = sum(1 for i in range(region.content_start, region.content_end) if self.words.is_alpha(i))
        if words < MIN_PARAGRAPH_QUOTE_WORDS:
            return False
        if any(self.used[region.content_start : region.content_end]):
            return False
        paragraph_end = self.layout.paragraphs[region.paragraph][1]
        return all(self.words.is_punct[i] or self.words.is_space[i] for i in range(region.close + 1, paragraph_end))
