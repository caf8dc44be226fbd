"""The quote finder's working state for one article: its words, layout and cues, and the quotes
found so far. Each later module adds one part of the work: `phrases.py` (speakers around a cue),
`clauses.py` (where a reported clause runs), `direct.py`, `reported.py` and `article.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...text.matching import Match
from .layout import SENTENCE_END, Layout
from .mentions import DocVocabulary, SpeakerMention
from .wordlists import BELIEF_ADJECTIVES, CUE_NOUNS


@dataclass
class Found:
    """A quote being assembled: content parts (token ranges), kind, cue and speaker."""

    parts: list[tuple[int, int]]
    kind: str
    cue: Match | None
    speaker: SpeakerMention | None
    inherited: bool = False  # the speaker is shared with an earlier quote ("adding that ...")


HEADLINE_LINES = 3
DASHES = {"—", "–", "--", "-"}
CLAUSE_BREAK_WORDS = {",", ";", "but", *DASHES}
MAX_HEADLINE_SPEAKER = 5  # "Taiwan's defence ministry: '...'"
MIN_CONTENT_TOKENS = 3
# Before a cue word that is then a noun ('the note says', "his claim that", "Moscow's claims").
NOUN_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "'s", "’s"}
# Mentions that can say something (not a title read alone, "the corporal" after "according to").
SPEAKING_KINDS = {"person", "org", "country", "surname", "pronoun"}


class ArticleState:
    """The words, layout, cues and speaker vocabulary of one doc, and what has been found in it."""

    def __init__(self, doc: Doc, layout: Layout, vocabulary: DocVocabulary, cues: list[Match], label: int) -> None:
        self.doc = doc
        self.label = label
        self.words = words = layout.words
        self.text = words.text
        self.texts = words.texts
        self.lowers = words.lowers
        self.layout = layout
        self.vocabulary = vocabulary
        self.cue_at: dict[int, Match] = {}
        for cue in cues:
            if not layout.skipped[cue.start] and not self._in_name(cue) and not self._in_compound(cue):
                if cue.end - cue.start == 1 and cue.start > 0 and self.lowers[cue.start - 1] in NOUN_DETERMINERS:
                    if self.lowers[cue.start] in CUE_NOUNS:
                        continue  # 'the note says', 'his claim that': a noun
                self.cue_at[cue.start] = cue
        self.cue_starts = sorted(self.cue_at)
        # Where a reported clause may stop short of its sentence's end: cues, "but" and punctuation.
        # (Read from the doc's index of words: no pass over the tokens.)
        breaks = (position for word in CLAUSE_BREAK_WORDS for position in words.by_word.get(word, ()))
        # (not an adjective of belief: 'said he was confident that ...' is one statement)
        cue_breaks = (i for i in self.cue_starts if self.lowers[i] not in BELIEF_ADJECTIVES)
        self.clause_breaks = sorted({*cue_breaks, *breaks})
        self.used = [False] * len(doc)  # tokens of attributions and contents already taken
        self.found: list[Found] = []
        self.extra_mentions: list[SpeakerMention] = []
        self.last_speaker: dict[int, SpeakerMention] = {}  # by sentence

    def _in_name(self, cue: Match) -> bool:
        """Whether a cue word is part of a name ("the United States", "Daily Reports"), not a verb:
        inside a country's name, or capitalised mid-sentence outside a title-case headline."""
        if not self.vocabulary.countries.keys().isdisjoint(range(cue.start, cue.end)):
            return True
        first = self.texts[cue.start]
        if not first[:1].isupper() or first.isupper() and len(first) > 1:
            return False
        previous = cue.start - 1
        while previous >= 0 and self.words.is_mark(previous):
            previous -= 1
        if previous < self.layout.sentence(cue.start)[0] or self.texts[previous] in {":", "("}:
            return False  # "Says" opening a sentence, ": According to X, ...", "(According to X, ...)"
        return not self.layout.title_case(self.layout.paragraph_of[cue.start])

    def _in_compound(self, cue: Match) -> bool:
        """Whether a cue word is the end of a hyphenated compound ("Chinese-claimed waters"), not a verb."""
        before = cue.start - 1
        return before > 0 and self.texts[before] == "-" and not self.words.whitespace[before]

    def _take(self, start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(self.used))
        if end > start:
            self.used[start:end] = [True] * (end - start)

    def _headline_at(self, i: int) -> bool:
        """Whether token i stands in a headline: one of the first lines, with no closing full stop."""
        paragraph = self.layout.paragraph_of[i]
        if paragraph >= HEADLINE_LINES:
            return False
        end = self.layout.paragraphs[paragraph][1]
        while end - 1 > 0 and self.words.is_mark(end - 1):
            end -= 1
        return self.texts[end - 1] not in SENTENCE_END
