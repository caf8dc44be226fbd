"""What stands before a quoted passage and names its speaker: a listener or a topic after the cue
('told the mayors who gathered in Norfolk, "..."', 'said of the drills, "..."'), a cue opening the
sentence ('Said Keller, "..."'), or a speaker and a colon ('Dunmore interjected: "..."', 'pollster Jane
Roe: "..."')."""

from __future__ import annotations

from ...text.matching import Match
from .clauses import MAX_LISTENER_SPAN, MAX_LISTENER_TOKENS, Clauses
from .layout import SENTENCE_END
from .marks import QuoteRegion
from .mentions import SpeakerMention
from .phrases import MAX_SUBJECT_TOKENS, MAX_UNPUNCTUATED_SPEAKER
from .state import MAX_HEADLINE_SPEAKER, SPEAKING_KINDS
from .wordlists import (
    CLAUSE_WORDS,
    LABEL_WORDS,
    LISTENER_VERBS,
    SUBJECT_JOINERS,
)

# A speaker, its cue (None for a headline's "Speaker: '...'") and the token after the attribution.
Attribution = tuple[SpeakerMention, Match | None, int]
MAX_ATTRIBUTION_TOKENS = 18
TOPIC_PREPOSITIONS = {"of", "about", "to", "with", "on", "in", "at", "for", "after", "during"}


class QuoteLeadIns(Clauses):
    """Speakers and cues standing before a quoted passage."""

    def _described_listener(self, cue: Match, before: int) -> bool:
        """'she told the officers who gathered in Tampere, "..."': a listener and a relative clause
        describing them, then a comma before the quote."""
        if self.lowers[cue.start] not in LISTENER_VERBS or self.texts[before] != ",":
            return False
        who = next(
            (i for i in range(cue.end, min(before, cue.end + MAX_LISTENER_TOKENS)) if self.lowers[i] == "who"), None
        )
        if who is None or who == cue.end or before - cue.end > MAX_LISTENER_SPAN:
            return False
        return not any(
            self.words.is_mark(i) or self.words.is_punct[i] or i in self.cue_at for i in range(cue.end, before)
        )

    def _topic_before_quote(self, start: int, before: int, region: QuoteRegion) -> bool:
        """'Halvorsen said of the episode, "..."', 'wrote to his followers, "..."', 'told his audience, to loud
        applause: "..."': a phrase on what or whom the words were for, then a comma or colon and a quoted
        sentence."""
        if self.texts[start] == "," and start + 1 < before:
            start += 1
        if self.lowers[start] not in TOPIC_PREPOSITIONS or self.texts[before] not in {",", ":"}:
            return False
        if not self.words.is_title(region.content_start) and not self.words.is_upper(region.content_start):
            return False
        if self._title_like(region):
            return False  # 'said in his book, "An American Son."': a title
        return not any(self.lowers[i] in CLAUSE_WORDS for i in range(start + 1, before))

    def _title_like(self, region: QuoteRegion) -> bool:
        """Whether every longer word of a quoted passage is capitalised, as in a title ("This Kind of War")."""
        return all(
            self.words.is_title(i) for i in range(region.content_start, region.content_end) if len(self.texts[i]) > 3
        )

    def _speaker_after_opening_cue(self, cue: Match, comma: int) -> SpeakerMention | None:
        """'Said Keller, "..."', 'Said Jane Roe, who grew up nearby, "..."': a cue opening its sentence, then
        the speaker and a comma before the quote."""
        end = self._phrase_end(cue.end, comma + 1)
        if end == cue.end or end - cue.end > MAX_UNPUNCTUATED_SPEAKER:
            return None
        mention = self.vocabulary.read(cue.end, end)
        if mention is None or mention.kind not in SPEAKING_KINDS:
            return None
        described = self._with_apposition(mention, end, comma + 1)
        if described.end == end and end < comma and self.lowers[end + 1] in {"who", "whose"}:
            self._take(end, comma)  # 'Said Jane Roe, who grew up nearby, "..."': a relative clause describing her
        return described

    def _colon_speaker(self, region: QuoteRegion, before: int, sentence_start: int) -> Attribution | None:
        """'Dunmore interjected: "..."', 'Halvorsen issued the following statement: "..."': a speaker opening
        the sentence, then a verb of any kind and a colon."""
        if self.texts[before] != ":" or before - sentence_start > MAX_ATTRIBUTION_TOKENS:
            return None
        subject = self._sentence_subject(sentence_start, before)
        if subject is None or subject.kind not in SPEAKING_KINDS:
            return None
        if any(self.words.is_mark(i) or self.texts[i] in SENTENCE_END for i in range(subject.end, before)):
            return None
        self.extra_mentions.append(subject)
        return subject, None, region.open

    def _headline_speaker(self, region: QuoteRegion, before: int, paragraph_start: int) -> Attribution | None:
        """A headline's "Speaker: 'words'"."""
        if self.texts[before] == ":" and 0 < before - paragraph_start <= MAX_HEADLINE_SPEAKER:
            if self.lowers[paragraph_start] not in LABEL_WORDS and self.vocabulary.is_capitalised(paragraph_start):
                mention = self.vocabulary.read(paragraph_start, before)
                return (mention, None, region.open) if mention is not None else None
        return None

    def _named_before_colon(self, region: QuoteRegion, before: int, sentence_start: int) -> Attribution | None:
        """A named speaker right before the colon opening a quote: '... - Frank Nyberg and Jim Hart: "..."',
        'The timing does not surprise pollster Dan Shore: "..."', 'More from Jones: "..."'."""
        if self.texts[before] != ":":
            return None
        start = before
        while start > sentence_start and before - start < MAX_SUBJECT_TOKENS and self._name_word(start - 1):
            start -= 1
        while start < before and not self.vocabulary.is_capitalised(start):
            start += 1
        mention = self.vocabulary.read(start, before) if start < before else None
        if mention is None or not (self._named_speaker(mention) or self._ends_in_name(mention)):
            return None
        self.extra_mentions.append(mention)
        return mention, None, region.open

    def _name_word(self, i: int) -> bool:
        """A word of a speaker's name and title: 'Republican pollster Dan Shore', 'Frank Nyberg and Jim Hart'."""
        vocabulary = self.vocabulary
        if self.texts[i] == "-" and (self.words.whitespace[i] or self.words.whitespace[i - 1]):
            return False  # a dash between phrases ('... TOO EARLY - Mark Blumenthal'), not a hyphen
        return (
            vocabulary.is_capitalised(i)
            or self.lowers[i] in SUBJECT_JOINERS
            or vocabulary.is_speaker_noun(i)
            or vocabulary.is_titleword(i)
        )

    def _ends_in_name(self, mention: SpeakerMention) -> bool:
        """Whether a mention ends in two capitalised words, as a name does ('pollster Jane Roe', 'Pew Research')."""
        end = mention.end
        if mention.kind not in {"person", "org"} or end - mention.start < 2:
            return False
        return all(self.words.is_alpha(i) and self.vocabulary.is_capitalised(i) for i in range(end - 2, end))
