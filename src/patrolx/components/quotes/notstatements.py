"""Quotes read at a cue or a quotation mark that state nothing: the occasion after a quote's attribution
('"...," she said [at a press conference]'), a section heading quoted on a line of its own, and cue words
used in another sense ("called off the deal", "charged a $100 fee", "charged with fraud", "asked reporters",
"citing bad weather").
"""

from __future__ import annotations

from .layout import SENTENCE_END
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, SINGLE_QUOTE_MARKS
from .state import NOUN_DETERMINERS, ArticleState, Found
from .wordlists import (
    ADJUNCT_PREPOSITIONS,
    CALL_PARTICLES,
    CLAUSE_WORDS,
    FINITE_AUXILIARIES,
    OCCASION_STARTERS,
    QUESTION_OPENERS,
    TIME_WORDS,
)

MAX_OCCASION_TOKENS = 12  # '"...," he said in a wide-ranging interview with The Washington Post'
MAX_ATTRIBUTION_TOKENS = 12  # from a closing mark to the cue: ', the bespectacled, 71-year-old diplomat said'
MAX_HEADING_TOKENS = 12  # "'A battle to the last round.'" on a line of its own
MAX_CUE_TOKENS = 3  # 'went on to say'
MAX_LISTENER_ONLY = 5  # '"Why are you still backing him?" Salo asked opposition deputies.'
# 'said at', 'said during' (not 'promised to'): a preposition opening an occasion
OCCASION_PREPOSITIONS = ADJUNCT_PREPOSITIONS - {"to"}
# (not "'s": "he's predicted", "she's describing")
ADJECTIVE_DETERMINERS = NOUN_DETERMINERS - {"'s", "’s"}
MAX_MODIFIED_NOUN = 8  # 'a proposed cutoff of $50,440 in response'
CURRENCY_MARKS = {"$", "€", "£", "¥"}


class NotStatements(ArticleState):
    """Drops what was read as a quote but states nothing."""

    def _drop_non_statements(self) -> None:
        self.found = [found for found in self.found if not self._states_nothing(found)]

    def _states_nothing(self, found: Found) -> bool:
        start, end = found.parts[0]
        if found.kind == "direct":
            # (the cheap test first: most quotes open with a double mark)
            return start > 0 and self.texts[start - 1] in SINGLE_QUOTE_MARKS and self._quoted_heading(start)
        if found.cue is None:
            return False
        cue_id = found.cue.id
        if cue_id == "citing" and found.speaker is not None:
            # 'The frigate turned back, citing bad weather': a reason, read as a source only leniently
            return self.vocabulary.read(found.speaker.start, found.speaker.end) is None
        if len(found.parts) != 1:
            return False
        if cue_id == "call":
            return self.lowers[start] in CALL_PARTICLES  # 'called off the deal', 'called back'
        if cue_id == "charge":
            return self._charge_not_accusation(start, end)
        if end - start > MAX_OCCASION_TOKENS:
            return False  # (the shapes below are all short; most statements are longer)
        if cue_id == "ask" and end - start <= MAX_LISTENER_ONLY and not self._question_in(start, end):
            return True
        if self._participle_before_noun(found.cue.start, found.cue.end, start, end):
            return True
        return self._occasion_after_quote(start, end)

    def _occasion_after_quote(self, start: int, end: int) -> bool:
        """'"...," O'Neill said at a press conference(, according to the Sun)': the statement is the quote
        before the attribution, and the words after its verb say when or where it was made."""
        lowers = self.lowers
        first = lowers[start]
        if first not in OCCASION_PREPOSITIONS and first not in TIME_WORDS and first not in OCCASION_STARTERS:
            return False
        if any(lowers[i] in FINITE_AUXILIARIES or lowers[i] == "that" for i in range(start, end)):
            return False
        cues_before = (self.cue_at.get(j) for j in range(max(start - MAX_CUE_TOKENS, 0), start))
        if not any(cue is not None and cue.end == start for cue in cues_before):
            return False
        # The attribution before the words follows a quote's closing mark and the quote's own ',', '?' or '!'
        # ('"...," Mr. Dunmore said during the closed-door session'); after a '.' the quote's sentence has ended.
        for i in range(start - 1, max(start - MAX_ATTRIBUTION_TOKENS, 1) - 1, -1):
            if self.texts[i] in QUOTE_MARKS:
                return self.texts[i - 1] in {",", "!", "?"}
            if self.texts[i] in SENTENCE_END:
                return False
        return False

    def _participle_before_noun(self, cue_start: int, cue_end: int, start: int, end: int) -> bool:
        """'a proposed $50,000 cap', '60 pledged delegates', 'the challenging odds': a cue word between a
        determiner or a number and its noun is an adjective, not a verb of saying."""
        word = self.lowers[cue_start]
        if cue_end - cue_start != 1 or cue_start == 0 or not word.endswith(("ed", "ing")):
            return False
        before = cue_start - 1
        if self.lowers[before] not in ADJECTIVE_DETERMINERS and not self.words.like_num(before):
            return False
        return end - start <= MAX_MODIFIED_NOUN and (self.words.is_lower(start) or not self.words.is_alpha(start))

    def _charge_not_accusation(self, start: int, end: int) -> bool:
        """'charged a $100,000 initiation fee', 'charged with desertion' (no accuser in the sentence):
        a price or a prosecution, not a speaker's accusation."""
        if self.lowers[start] == "with":
            return True
        return self.lowers[start] != "that" and any(self.texts[i] in CURRENCY_MARKS for i in range(start, end))

    def _question_in(self, start: int, end: int) -> bool:
        """Whether the words after "asked" hold what was asked ('whether ...', 'about ...', 'for ...'), not
        only whom it was asked of ('"Why are you still backing him?" Salo asked opposition deputies.')."""
        return any(self.lowers[i] in CLAUSE_WORDS or self.lowers[i] in QUESTION_OPENERS for i in range(start, end))

    def _quoted_heading(self, start: int) -> bool:
        """A short paragraph that is one phrase in single marks ("'A battle to the last round.'"): the
        heading of a section, quoting the story rather than stating anything of its own."""
        paragraph_start, paragraph_end = self.layout.paragraph(start)
        texts = self.texts
        while paragraph_end > paragraph_start and self.words.is_space[paragraph_end - 1]:
            paragraph_end -= 1
        if paragraph_end - paragraph_start > MAX_HEADING_TOKENS + 2:
            return False
        if texts[paragraph_start] not in SINGLE_QUOTE_MARKS or texts[paragraph_end - 1] not in SINGLE_QUOTE_MARKS:
            return False
        # Only where the story quotes in double marks: in a story quoting in single marks (British style) the
        # line is a quote going on from the last speaker.
        return any(mark in self.words.by_word for mark in DOUBLE_QUOTE_MARKS)
