"""Characterizations: what a speaker called something ("X called the move "regrettable"", "X
described the drills as a success", "critics call it a provocation").

The statement is the object and what it was called. The writer often goes on after it, and that is
no part of the statement: a comment after the speaker's quoted words ('called him a "moderate," a
subtle dig at ...'), a participle ('call it a provocation, raising the question of ...') or a
dash ('call this the "expectations game" — setting ...').
"""

from __future__ import annotations

from ...text.matching import Match
from .continuations import speakers_next_verb
from .findings import Findings
from .mentions import SpeakerMention
from .wordlists import (
    ACCUSING_CUES,
    ADJUNCT_PREPOSITIONS,
    AUXILIARIES,
    CHARACTERIZING_CUES,
    CLAUSE_WORDS,
    EVALUATING_CUES,
    ING_PREPOSITIONS,
    NAMED_TARGET_CUES,
    OBJECT_PRONOUNS,
    OCCASION_NOUNS,
    PRONOUNS,
)

MAX_ABSOLUTE_SUBJECT = 6  # '... and powerful union president Jane Roe hugging her'
CHARACTERIZED_RELATIVES = {"which", "that", "who", "whom"}
MIN_OBJECT_TOKENS = 2  # 'An aide blasted the statement'
DASHES = {"—", "–", "--"}
# an object ends before an adjunct clause: 'attacked his record after she accused him', 'during the debate'; not
# before the reason given for it, the speaker's too ('called for a ban because of concerns that ...'); "during"
# opens an occasion ('during a debate') or a time the statement holds ('during the first 100 days in office')
MAX_OCCASION_TOKENS = 6  # 'during a campaign rally in Ohio', 'during Sunday's prime-time address'
OBJECT_ADJUNCT_STARTS = {"after", "before", "while", "when", "since", "although", "though", "but"}
OBJECT_ADJUNCT_STARTS |= {"amid", "despite", "following"}
PARTICIPLE_OBJECT_STARTS = {"to", "that", "his", "her", "their", "its", "it", "them", "him", "what", "how"}
OCCASION_PREPOSITIONS = {"at", "through", "from"}  # 'denied the charges through his lawyer'
OCCASION_OPENERS = OCCASION_PREPOSITIONS | {"during"}
OCCASION_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its"}
COMMENT_ARTICLES = {"a", "an", "the"}  # ', a subtle dig at ...': the writer's comment on the statement


class Characterizations(Findings):
    """Where a characterization's or a criticism's statement ends, and when it is a name alone."""

    def _statement_object_end(self, cue: Match, start: int, end: int) -> int:
        """Where the object of an OBJECT cue at `start` ends, at most at `end`: a characterization's or
        a criticism's before the writer goes on; a charge ('accused X of ...', 'blamed X for ...') at
        the end of its gerund's clause, whatever subordinate clauses it holds ('of pushing to indict him
        while she was secretary of state'); any other before an adjunct clause."""
        end = self._characterization_end(cue, start, end)
        if cue.id in ACCUSING_CUES and self._charge_at(start, end):
            return end
        return self._object_end(start, end)

    def _charge_at(self, start: int, end: int) -> bool:
        """Whether a charge opens soon after `start`: 'of' or 'for' and a gerund ('X of pushing')."""
        for i in range(start + 1, min(end - 1, start + MAX_ABSOLUTE_SUBJECT + 2)):
            if self.lowers[i] in {"of", "for"} and self.lowers[i + 1].endswith("ing"):
                return True
            if self.texts[i] == "," or self.words.is_mark(i):
                return False
        return False

    def _characterization_end(self, cue: Match, start: int, end: int) -> int:
        """Where the object and its characterization after `cue` end, at most at `end`: after the
        closing mark of the characterizing quoted words when the writer goes on after them, before a
        participle after a comma, before a dash."""
        if cue.id not in CHARACTERIZING_CUES and cue.id not in EVALUATING_CUES:
            return end
        relative = False
        for i in range(start + 1, end):
            text = self.texts[i]
            if self._is_dash(i) and self._comment_dash(i, end):
                return i
            if text == "," and not relative and i + 1 < end and self._writers_participle(i + 1):
                return i
            if self.lowers[i] in CHARACTERIZED_RELATIVES:
                relative = True  # ('a recruit who memorized the drill manual and lacked ...': the relative's verbs)
            if self.lowers[i] == "and" and not relative and i + 1 < end and self._shares_subject(i + 1):
                return i  # 'mocked the party and made it clear ...': a second verb of the speaker's
            if self.lowers[i] == "and" and not relative and self._participle_follows(i + 1, end):
                return i  # 'calling them rapists and vowing to ...', '... and Senator Roe hugging her'
            if self.words.is_mark(i):
                close = next((j for j in range(i + 1, end) if self.words.is_mark(j)), None)
                if close is None:
                    return end
                return self._after_characterizing_quote(close, end, dashed=self._dash_between(start, i))
        return end

    def _characterized_relative(self, cue: Match, subject: SpeakerMention) -> int | None:
        """The relative word standing for what a characterization's speaker called it ('the plan, which
        he described as "reckless"', 'the treaty, which the minister portrayed as "a betrayal"'), or None."""
        i = subject.start - 1
        if cue.id not in CHARACTERIZING_CUES or i < 1 or self.lowers[i] not in CHARACTERIZED_RELATIVES:
            return None
        if not self.words.is_lower(i) or self.lowers[i - 1] in ADJUNCT_PREPOSITIONS:
            return None  # ('That, he called a mistake': no relative word)
        if not any(self.words.is_mark(j) for j in range(cue.end, min(len(self.texts), cue.end + 3))):
            return None  # the speaker's own words only: 'which he described as "reckless"', not '... as reckless'
        # not 'whom he called to ...', nor '... so many that Ban called them "a cancer"': an object follows
        return i if cue.end < len(self.lowers) and self.lowers[cue.end] not in OBJECT_PRONOUNS | {"to"} else None

    def _what_characterized(
        self, cue: Match, subject: SpeakerMention, content: tuple[int, int]
    ) -> tuple[tuple[int, int], int | None]:
        """'under what the admiral called "the old patrol model," the ships ...', 'what critics called a
        "sham" took ...': "what" and the speaker's quoted words (after an article) are the statement, the
        sentence going on after them is the writer's. Any other content is left as it is."""
        start, end = content
        opening = start + 1 if start + 1 < end and self.lowers[start] in COMMENT_ARTICLES else start
        if cue.id not in CHARACTERIZING_CUES or start >= end or not self.words.is_mark(opening):
            return content, None
        close = next((i for i in range(opening + 1, end) if self.words.is_mark(i)), None)
        if close is None:
            return content, None
        return (start, close + 1), subject.start - 1

    def _least_object(self, cue: Match, start: int, end: int) -> int:
        """The fewest words the object of an OBJECT cue at `start` is a statement with: one for a name
        criticized, praised or defended ('the senator criticized Lee on Tuesday'), else two; not when
        a participle after it says what was said ('Lindqvist attacked Halvorsen, saying ...')."""
        named = end - start == 1 and cue.id in NAMED_TARGET_CUES and self.words.is_title(start)
        if not named or start == self.layout.sentence(start)[0]:
            return MIN_OBJECT_TOKENS
        said_after = end + 1 < len(self.texts) and self.texts[end] == "," and end + 1 in self.cue_at
        return MIN_OBJECT_TOKENS if said_after else 1

    def _is_dash(self, i: int) -> bool:
        """A dash, or a hyphen typed for one (' - '), not one joining a word ('pro-life')."""
        return self.texts[i] in DASHES or self.texts[i] == "-" and bool(self.words.whitespace[i])

    def _dash_between(self, start: int, end: int) -> bool:
        return any(self._is_dash(i) for i in range(start, end))

    def _after_characterizing_quote(self, close: int, end: int, dashed: bool) -> int:
        """Where a characterization whose quoted words close at `close` ends: at the mark when, after a
        comma closing the quoted words ('"racist,"') or following them, the writer's comment or a
        participle follows ('"a moderate," a subtle dig at ...'), else at `end`."""
        following = close + 2 if close + 1 < end and self.texts[close + 1] == "," else close + 1
        if following >= end:
            return end
        if self._is_dash(following) and not dashed and self._comment_dash(following, end):
            return close + 1  # 'called this the "expectations game" — setting ...'
        if following == close + 1 and self.texts[close - 1] != ",":
            joined = self.lowers[following] == "and" and self._participle_follows(following + 1, end)
            return close + 1 if joined else end  # 'calling her "a champion" and Jane Roe hugging her'
        if self.lowers[following] in COMMENT_ARTICLES or self._writers_participle(following):
            return close + 1
        return end

    def _comment_dash(self, dash: int, end: int) -> bool:
        """Whether a dash opens the writer's comment: no second dash closes an aside, and no 'as' follows
        ('portrayed himself -- as a skeptic')."""
        if dash + 1 < end and self.lowers[dash + 1] == "as":
            return False
        return all(self.texts[i] not in DASHES and self.texts[i] != "-" for i in range(dash + 1, end))

    def _participle_follows(self, start: int, end: int) -> bool:
        """Whether a participle and its object follow within a short phrase ('vowing to', 'Senator Roe
        hugging her'), with no quoted words before it."""
        for i in range(start, min(end, start + MAX_ABSOLUTE_SUBJECT + 1)):
            if self._writers_participle(i):
                return True
            if self.words.is_mark(i) or self.texts[i] == "," or self.lowers[i] in CLAUSE_WORDS | AUXILIARIES:
                return False  # ('and economic changes that were driving ...': a clause of the object's)
        return False

    def _writers_participle(self, i: int) -> bool:
        """Whether a participle and its object open at `i` ('raising the question', 'linking to a story'),
        not an adjective in a list ('a kind, loving man')."""
        word = self.lowers[i]
        if not (word.endswith("ing") and len(word) > 4 and self.words.is_lower(i)) or i + 1 >= len(self.lowers):
            return False
        if word in ING_PREPOSITIONS:
            return False
        return self.lowers[i + 1] in COMMENT_ARTICLES | PARTICIPLE_OBJECT_STARTS

    def _promise_end(self, start: int, end: int) -> int:
        """Where a promise ('vowed to block the bill') ends: before a comma or a semicolon ('to bolster its
        military, reversing ...') or a verb of its own ('to keep the base open and praised the ruling')."""
        for i in range(start + 1, end):
            if self.texts[i] in {",", ";"} or self.lowers[i] == "and" and i + 1 < end and self._shares_subject(i + 1):
                return i
        return end

    def _object_end(self, start: int, end: int) -> int:
        """Where the object of an OBJECT cue ends: before an adjunct clause ('attacked his record after she
        accused him', 'called for a ban, saying ...'), outside any quotation."""
        for i in range(start + 1, end):
            if self.words.is_mark(i):
                return self._quoted_object_end(i, end)
            if self.lowers[i] in OBJECT_ADJUNCT_STARTS or self.texts[i] == ";":
                return i
            if self.lowers[i] in OCCASION_OPENERS and self._occasion_opens(i, end):
                return i
            if speakers_next_verb(self.lowers, start, i) and self._shares_subject(i + 1):
                return i  # 'denied the charges and refused to resign': the speaker's next act
        return end

    def _occasion_opens(self, i: int, end: int) -> bool:
        """Whether an occasion or a means of the statement opens at `i`: 'during a debate', and after a
        determiner 'at a news conference', 'in an interview', 'on his radio show', 'through his lawyer'
        (not 'the rise in campaign spending')."""
        word = self.lowers[i]
        if word == "during":
            return self._occasion_after(i + 1, end)
        if word not in OCCASION_PREPOSITIONS or i + 2 >= end or self.lowers[i + 1] not in OCCASION_DETERMINERS:
            return False
        return self._occasion_after(i + 2, end)

    def _occasion_after(self, start: int, end: int) -> bool:
        """Whether the phrase from `start` (after "during") names an occasion: 'during a debate', 'during a
        rally in Ohio', not a time the statement holds ('during his second term')."""
        for i in range(start, min(end, start + MAX_OCCASION_TOKENS)):
            if self.lowers[i] in OCCASION_NOUNS:
                return True
            if self.words.is_punct[i]:
                return False
        return False

    def _quoted_object_end(self, opening: int, end: int) -> int:
        """Where an object ends whose quoted words open at `opening`: after the closing mark when a verb of
        the writer's follows ('called him a "nice guy" and made no mention of ...'), else at `end`."""
        close = next((i for i in range(opening + 1, end) if self.words.is_mark(i)), None)
        if close is None:
            return end
        after = close + 2 if close + 1 < end and self.texts[close + 1] == "," else close + 1
        if after + 1 < end and self.lowers[after] == "and":
            if self._shares_subject(after + 1) or self.lowers[after + 1] in PRONOUNS:
                return close + 1
        return end
