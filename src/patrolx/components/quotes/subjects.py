"""Subjects of reporting verbs that the noun-phrase scan of `phrases.py` does not read:

- a participle going on from its sentence's main clause: 'The ministry defended the flight, saying
  it complied with the law', 'The senator stunned the room by saying ...': the main clause's subject;
- a speaker opening the clause, then descriptions set off by commas, dashes or brackets: 'Amir and
  Leila Haddad, the parents whose appearance ..., say ...', "Pryce's office, when contacted, said ...";
- a share of a group: '36 percent of Democrats said ...', 'In each state, about half of voters in
  the survey say ...', 'A third of independents, 33%, say ...', '..., with 22 percent saying ...'.
"""

from __future__ import annotations

from bisect import bisect_left

from ...text.matching import Match
from .clauses import CLAUSE_OPENERS
from .interposed import InterposedAttributions
from .marks import QUOTE_MARKS
from .mentions import SpeakerMention
from .phrases import MAX_APPOSED_TOKENS, MAX_SUBJECT_TOKENS, OPENING_CONJUNCTIONS
from .subordinate import MAX_OPENING_PHRASE
from .wordlists import (
    ADVERBIAL_STARTERS,
    CHARACTERIZING_CUES,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EVALUATING_CUES,
    FINITE_AUXILIARIES,
    GROUP_QUANTIFIERS,
    IRREGULAR_PASTS,
    NOUNS_ENDING_IN_S,
    PREPOSITIONS,
    PRONOUNS,
    RESTRICTIVE_RELATIVES,
    SENTENCE_ADVERBS,
    SHARE_DENOMINATORS,
    SHARE_FRACTIONS,
    SHARE_HEADS,
    STATEMENT_NOUNS,
    SUBJECT_PRONOUNS,
    TIME_UNITS,
    TIME_WORDS,
)

# 'The senator stunned the room by saying ...', '..., while saying ...': the participle's subject is the
# main clause's.
SPEECH_LABELS = {"SAY", "THAT"}  # verbs of speech, not of acts ('calling X a liar', 'urging him to quit')
PARTICIPLE_LINKS = {",", "—", "–", "-", "--", "by", "while", "after", "before", "upon", "in"}
PARTICIPLE_ADVERBS = {"also", "only", "again", "then", "first"}  # ', while also saying', '- only saying'
MAX_SHARE_DISTANCE = 20  # tokens between a share and its verb: the share's phrase, then adverbs and times
SHARE_WORDS = SHARE_HEADS | SHARE_FRACTIONS  # the words a share is found by
# Where a speaker's descriptions open ('Sen. Jack Rowe (D-R.I.), said'), and where they close before the verb.
OPENING_BREAKS = {",", "—", "–", "--", "("}
CLOSING_BREAKS = {",", "—", "–", "--", ")"}
DASH_BREAKS = {"—", "–", "--", "-"}  # descriptions an opening phrase may stand before: 'On Tuesday, X — ... — said'
HEAD_OPENERS = OPENING_CONJUNCTIONS | {"even"}  # 'Even the field's biggest hawks, like X, say'
MAX_LENIENT_SUBJECT = 8
MIN_DETERMINED_PHRASE = 3  # 'One former employee' (not 'A more subdued X', cut at its participle)
MAX_SHARE_TAIL = 5  # words between a share and a 'who' describing it: '6 in 10 voters in the state who'
RELATIVE_BREAKS = {",", "—", "–", "--"}  # '38 percent — who said'
MAX_WHO_DISTANCE = 4  # 'who said', 'who has repeatedly said'
CLAUSE_OPENING_WORDS = OPENING_CONJUNCTIONS | {"as"}  # 'As one employee told Reuters, ...'
MAX_SHARE_LEAD = 4  # words before the share: 'a full 79 percent', 'at least half', 'more than four in 10'


class Subjects(InterposedAttributions):
    """Subjects before a cue read from the sentence's main clause or from a share of a group."""

    def _participle_link(self, cue: Match, start: int) -> bool:
        """Whether the cue is a participle going on from the main clause before it: ', saying ...',
        '— telling reporters ...', 'by saying ...', '," adding that ...' (not 'After saying X, he ...')."""
        if not self.lowers[cue.start].endswith("ing") or cue.label not in SPEECH_LABELS:
            return False
        if not self.words.is_lower(cue.start):
            return False
        i = cue.start - 1
        while i > start and (
            self.texts[i] in QUOTE_MARKS
            or self._adverb(i)
            or self.lowers[i] in PARTICIPLE_ADVERBS
            or self.words.is_space[i]
        ):
            i -= 1
        return i > start and self.lowers[i] in PARTICIPLE_LINKS

    def _participle_after_object(self, cue: Match, start: int) -> bool:
        """'X released a statement confirming ...', 'Y issued a statement Tuesday saying ...': a participle
        right after the main verb's object, whose subject is the main clause's."""
        if cue.label not in SPEECH_LABELS or not self.lowers[cue.start].endswith("ing"):
            return False
        phrase_start, end = self._subject_span(cue, start)
        return phrase_start < end and self._opens_with_verb(phrase_start, end)

    def _main_clause_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """The subject of the main clause before a participle: the first stretch between commas that opens
        with a speaker and a lower-case verb ('At a rally on Tuesday, the senator endorsed X, saying ...')."""
        previous = self.last_speaker.get(self.layout.sentence_of[cue.start])
        return previous if previous is not None else self._clause_subject(cue, start)

    def _clause_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """The subject of the clause a later verb goes on from: the first stretch between commas that opens
        with a speaker and a lower-case verb ('At a rally on Tuesday, the senator endorsed X, saying ...',
        'But the appeals court overruled and said ...')."""
        if cue.label not in SPEECH_LABELS:
            subject = self._sentence_subject(start, cue.start)  # acts: the plain subject opening the sentence
            if subject is not None:
                self.extra_mentions.append(subject)
            if subject is not None or cue.id not in CHARACTERIZING_CUES | EVALUATING_CUES:
                return subject  # (what a speaker called or criticized is read as speech: 'Speaking ..., X went ...')
        stretch_start = start
        for i in range(start, cue.start):
            if i == stretch_start and (self.lowers[i] in OPENING_CONJUNCTIONS or self.lowers[i] in SENTENCE_ADVERBS):
                stretch_start += 1  # 'And the ministry defended ...', 'Then he called him ...'
            elif i == stretch_start and self.lowers[i] in ADVERBIAL_STARTERS and self.lowers[i + 1] in TIME_WORDS:
                stretch_start += 2  # 'On Monday he said ...'
            elif i == stretch_start:
                subject = self._opening_subject(cue, i, cue.start)
                if subject is not None:
                    self.extra_mentions.append(subject)
                    return subject
            if self.texts[i] == ",":
                stretch_start = i + 1
        return None

    def _share_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """A share of a group opening the cue's clause: '36 percent of Democrats said', 'about half of
        officers in each branch say', 'that 78 percent of reservists in a recent poll said', 'A third of
        independents, 33%, say', 'with 22 percent saying'."""
        if cue.label not in SPEECH_LABELS or not self._share_word_before(cue.start):
            return None
        end = self._subject_end(cue, start)
        end = self._before_apposed_share(end, start)
        i = end
        while i > start and end - i < MAX_SUBJECT_TOKENS and self._share_phrase_word(i - 1):
            i -= 1
        if i < end and (self.lowers[i] in CLAUSE_OPENERS or self.lowers[i] == "with"):
            i += 1  # 'And a full 79 percent of officers say', 'with 22 percent saying': no part of the subject
        if not i < end or not self._opens_share_clause(cue, i, start):
            return None
        share = next((j for j in range(i, min(end, i + MAX_SHARE_LEAD + 1)) if self._share_head(j)), None)
        # 'about half', 'a full 79 percent' (not 'Lindqvist 52 percent')
        if share is None or any(self._not_share_lead(j, i) for j in range(i, share)):
            return None
        if (
            self.lowers[end - 1] in DETERMINERS
            or cue.end < len(self.lowers)
            and self.lowers[cue.end] in FINITE_AUXILIARIES
        ):
            return None  # 'some of the tweets', 'rumours which some of them said were false
        return self.vocabulary.read(i, end, lenient=True)

    def _share_before_who(self, cue: Match, start: int) -> SpeakerMention | None:
        """'among the 30 percent of reservists who said ...', 'including 18% who say ...', '38 percent -- who
        said ...': the share the relative clause describes, wherever in its sentence it stands."""
        whos = self.words.by_word.get("who")
        if not whos or not self._who_before(whos, cue.start):
            return None  # (looked up first in the doc's index of words: most cues have no 'who' before them)
        if cue.label not in SPEECH_LABELS or not self._share_word_before(cue.start):
            return None
        who = self._subject_end(cue, start) - 1
        if who - 1 <= start or self.lowers[who] != "who":
            return None
        end = who - 1 if self.texts[who - 1] in RELATIVE_BREAKS else who
        share = next((j for j in range(end - 1, max(start, end - MAX_SHARE_TAIL) - 1, -1) if self._share_head(j)), None)
        if share is None or not all(self._share_tail_word(j) for j in range(share + 1, end)):
            return None
        i = share
        if self.words.like_num(share) and self.lowers[share - 1] in {"in", "of"}:
            i = share - 3 if self.lowers[share - 2] == "out" else share - 2  # 'six in 10', 'two out of three'
        while i > start and share - i < MAX_SHARE_LEAD and self._share_lead_word(i - 1):
            i -= 1
        return self.vocabulary.read(i, end, lenient=True)

    def _who_before(self, whos: list[int], cue_start: int) -> bool:
        k = bisect_left(whos, cue_start - MAX_WHO_DISTANCE)
        return k < len(whos) and whos[k] < cue_start

    def _share_tail_word(self, i: int) -> bool:
        """A word after a share in its phrase ('of voters in the state'), not a preposition the phrase
        ends at ('5 percent despite critics who')."""
        word = self.lowers[i]
        if word in PREPOSITIONS or word in ADVERBIAL_STARTERS:
            return word in {"of", "in"}
        return self._share_phrase_word(i)

    def _share_lead_word(self, i: int) -> bool:
        """A word before a share in its phrase: a number, a determiner, an adverb, the hyphen of
        'two-thirds' ('the', 'nearly', 'two'); not the verb or preposition the phrase hangs from."""
        word = self.lowers[i]
        if self.words.like_num(i) or word in DETERMINERS:
            return True
        if word == "-":
            return self._share_phrase_word(i)
        return self.words.is_lower(i) and word.endswith("ly") and self.words.is_alpha(i)

    def _after_opening_word(self, phrase_start: int, start: int) -> bool:
        """'As one employee told Reuters, ...', 'But one officer said ...': the phrase opens its clause
        after an 'as' or a conjunction."""
        return phrase_start - 1 == start and self.lowers[start] in CLAUSE_OPENING_WORDS

    def _subject_end(self, cue: Match, start: int) -> int:
        """Where the subject before a cue ends (its verb group's start)."""
        return self._subject_span(cue, start)[1]

    # Read on first use and kept by plain assignment (`functools.cached_property` would write through the
    # article's __dict__, and every attribute look-up on it after that takes the slow path).
    _subject_spans: dict[tuple[int, int], tuple[int, int]] | None = None
    _share_words: list[int] | None = None

    def _subject_span(self, cue: Match, start: int) -> tuple[int, int]:
        """The noun phrase before a cue (`phrases.py`), read once per cue by the rules that try it in turn."""
        if self._subject_spans is None:
            self._subject_spans = {}
        span = self._subject_spans.get((cue.start, start))
        if span is None:
            span = self._subject_spans[cue.start, start] = super()._subject_span(cue, start)
        return span

    def _share_word_before(self, cue_start: int) -> bool:
        """Whether a word that may head a share stands shortly before the cue (looked up in the doc's
        share words, not read word by word: most cues have none)."""
        if self._share_words is None:
            self._share_words = self._share_word_tokens()
        marks = self._share_words
        k = bisect_left(marks, cue_start - MAX_SHARE_DISTANCE)
        return k < len(marks) and marks[k] < cue_start

    def _share_word_tokens(self) -> list[int]:
        """The tokens that may head a share ('percent', 'half', 'thirds', 'most' before 'of', '10' after
        'in'), read once per doc from its index of words."""
        by_word, lowers = self.words.by_word, self.lowers
        last = len(lowers) - 1
        marks = [i for word in SHARE_WORDS if word in by_word for i in by_word[word]]
        # 'most of them', 'those surveyed'; 'six in 10', 'one in five', 'two out of three'
        for word in GROUP_QUANTIFIERS & by_word.keys():
            marks += [i for i in by_word[word] if word == "those" or i < last and lowers[i + 1] == "of"]
        for word in SHARE_DENOMINATORS & by_word.keys():
            marks += [i for i in by_word[word] if lowers[i - 1] in {"in", "of"}]
        return sorted(marks)

    def _before_apposed_share(self, end: int, start: int) -> int:
        """'A third of independents, 33%, say': the subject ends before the share set off by commas."""
        if end - 4 <= start or self.texts[end - 1] != ",":
            return end
        comma = next((j for j in range(end - 2, max(start, end - 5), -1) if self.texts[j] == ","), None)
        if comma is None or not any(self._share_head(j) for j in range(comma + 1, end - 1)):
            return end
        return comma if all(self.words.like_num(j) or self._share_head(j) for j in range(comma + 1, end - 1)) else end

    def _share_phrase_word(self, i: int) -> bool:
        """A word of a share's noun phrase: words, numbers, '%', possessives, hyphens and slashes ('CNN/ORC'),
        no clause word, and no verb that would end the phrase ('has', 'had')."""
        word = self.lowers[i]
        if word in {"-", "/"}:
            return not (self.words.whitespace[i - 1] or self.words.whitespace[i])  # 'two-thirds', not ' - '
        if word in {"%", "'s", "’s"}:
            return True
        if self.words.like_num(i):
            return True
        if not self.words.is_alpha(i) or word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS:
            return False
        return not (word in CLAUSE_WORDS and self.words.is_lower(i))

    def _opens_share_clause(self, cue: Match, i: int, start: int) -> bool:
        """Whether the share's phrase at i opens its clause: at the sentence's start, after a comma or a
        clause word ('after 55 percent said', 'in which 67 percent say'); anywhere before a participle."""
        if i == start:
            return True
        before = self.lowers[i - 1]
        if self.lowers[cue.start].endswith("ing"):
            return True  # 'with 22 percent saying ...', 'left 62 percent of voters saying ...'
        return before in {",", ";", ":", "—", "–", "-", "--"} or before in CLAUSE_WORDS or before in CLAUSE_OPENERS

    def _not_share_lead(self, j: int, phrase_start: int) -> bool:
        """A word that cannot stand before a share in its phrase: a name, a clause word, a participle
        ('After posting some of ...')."""
        word = self.lowers[j]
        if j > phrase_start and self.vocabulary.is_capitalised(j):
            return True
        return word in CLAUSE_WORDS or word.endswith("ing")

    def _share_head(self, i: int) -> bool:
        """'percent', '%', 'half', 'majorities', 'two-thirds', '4 in 10', 'six out of 10', 'most of',
        'those' ('those surveyed')."""
        word = self.lowers[i]
        if word in SHARE_HEADS or word in SHARE_FRACTIONS:
            return True
        if word in GROUP_QUANTIFIERS:
            return word == "those" or i + 1 < len(self.lowers) and self.lowers[i + 1] == "of"
        return i >= 2 and self.lowers[i - 1] in {"in", "of"} and self.words.like_num(i) and self._count(i - 2)

    def _count(self, i: int) -> bool:
        """A number, written in figures or words ('4', 'six'), or 'out' in 'six out of 10'."""
        return self.words.like_num(i) or self.lowers[i] == "out"

    def _described_speaker(self, cue: Match, start: int) -> SpeakerMention | None:
        """The speaker opening the clause before descriptions that run up to the cue: 'X, the parents whose
        appearance ..., say', "Powell's office, when contacted by Reuters, said", 'The justice -- who has
        been ... -- said', 'Sen. Jack Rowe (D-R.I.), said', 'Proponents of the bill, however, say', 'X, chief
        economist at Y, warned that ...'."""
        if cue.label not in SPEECH_LABELS and cue.label != "OBJECT" or not self.words.is_lower(cue.start):
            return None  # ('Sen. X, R-Texas. Announced: March 2015': a label, no verb)
        verb_start = self._subject_end(cue, start)
        last_break = verb_start - 1
        while last_break > start and self.texts[last_break] in QUOTE_MARKS:
            last_break -= 1  # 'Pryce, who calls Halvorsen a "sociopath," said'
        if last_break <= start or not self._description_break(last_break, CLOSING_BREAKS):
            return None
        head_start = start + 1 if self.lowers[start] in HEAD_OPENERS else start
        if self.texts[last_break] in DASH_BREAKS:
            head_start = self._after_opening(head_start, last_break)  # 'In recent days, X — ... — said'
        if self.words.is_mark(head_start) or last_break - head_start > MAX_APPOSED_TOKENS:
            return None  # '"The flight was routine," said X': the speaker follows
        if self.lowers[head_start] in ADVERBIAL_STARTERS or self.lowers[head_start] in CLAUSE_WORDS:
            return None  # 'In Warsaw, ...', 'When asked, ...': no speaker
        opening = (i for i in range(head_start, last_break + 1) if self._description_break(i, OPENING_BREAKS))
        head_end = next(opening, start)
        if not head_start < head_end < last_break:
            return None
        if any(self._no_subject_word(i) for i in range(head_start, head_end)):
            return None  # 'Last week, ...', 'The stakes are so high that X warned Y, ..., said Z'
        if not self._only_descriptions(head_end, verb_start):
            return None
        speaker = self._checked(head_start, head_end) or self._plural_head(head_start, head_end)
        if speaker is None or speaker.kind == "pronoun":
            return None
        return self._named_in_description(speaker, head_end + 1, last_break)

    def _after_opening(self, start: int, last_break: int) -> int:
        """Where the subject starts after an opening phrase and its comma, also a participle's ('Reached by
        phone on Tuesday, X — ... — told'); else `start`."""
        if self.lowers[start].endswith(("ed", "ing")) and self.lowers[start + 1] in PREPOSITIONS:
            for i in range(start + 2, min(last_break - 1, start + MAX_OPENING_PHRASE + 1)):
                if self.texts[i] == ",":
                    return i + 1 if self.vocabulary.is_capitalised(i + 1) else start
            return start
        return self._after_opening_phrase(start, last_break)

    def _description_break(self, i: int, breaks: set[str]) -> bool:
        """A comma, dash or bracket setting off a description, or a hyphen typed for a dash, with spaces
        on both sides ('Deborah Reynolds - the pilot's sister - said'; not 'Jean-Pierre')."""
        if self.texts[i] in breaks:
            return True
        return self.texts[i] == "-" and bool(self.words.whitespace[i - 1]) and bool(self.words.whitespace[i])

    def _no_subject_word(self, i: int) -> bool:
        """A word that a speaker's noun phrase does not hold: a time, a verb, a clause word."""
        word = self.lowers[i]
        if word in TIME_WORDS or word in TIME_UNITS or word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS:
            return True
        return self.words.is_lower(i) and (word in CLAUSE_WORDS or word.endswith("ed"))

    def _plural_head(self, start: int, end: int) -> SpeakerMention | None:
        """A short phrase of common words opened by a determiner or whose head is a plural: 'One former
        employee', 'Proponents of the bill', "the field's biggest hawks", 'Both parents'."""
        if end - start > MAX_LENIENT_SUBJECT:
            return None
        determined = self.lowers[start] in DETERMINERS and end - start >= MIN_DETERMINED_PHRASE
        determined = determined or end - start == 2 and self.lowers[start] == "the"  # 'the justice sounded off'
        if determined and self.words.is_lower(end - 1) and self.words.is_alpha(end - 1):
            return self.vocabulary.read(start, end, lenient=True)
        head = next((i for i in range(start + 1, end) if self.lowers[i] in PREPOSITIONS), end) - 1
        word = self.lowers[head]
        if not (word.endswith("s") and word not in NOUNS_ENDING_IN_S and self.words.is_alpha(head)):
            return None
        if not (head == start or self.words.is_lower(head)):
            return None
        return self.vocabulary.read(start, end, lenient=True)

    def _named_in_description(self, speaker: SpeakerMention, start: int, end: int) -> SpeakerMention:
        """ "The Harbor Group's CEO, Kimberley Frost, said": the title and the name that follows it."""
        name_end = next((i for i in range(start, end + 1) if self.texts[i] in CLOSING_BREAKS), end)
        if speaker.name is not None or speaker.kind not in {"person", "group"}:
            return speaker
        named = self.vocabulary.read(start, name_end) if self.vocabulary.is_capitalised(start) else None
        if named is None or named.kind not in {"person", "surname"} or not named.name:
            return speaker
        return self.vocabulary.combine(speaker, named, name_end)

    def _opening_subject(self, cue: Match, start: int, limit: int) -> SpeakerMention | None:
        """The subject opening a sentence whose later verb reports ('X confirmed the flight and said ...',
        'X defended the flight, saying ...'): names and speaker nouns, then a speaker set off by
        descriptions, then a short phrase of common words before the first verb."""
        subject = self._sentence_subject(start, limit)
        if subject is not None or cue.label not in SPEECH_LABELS:
            return subject  # 'X met Y and urged ...': acts do not reach past the plain subject
        if not (self._participle_link(cue, start) or self.lowers[self._subject_end(cue, start) - 1] in {"and", "but"}):
            return None  # '..., say some diplomats': the speaker follows
        return self._described_opening(start, limit) or self._common_opening(start, limit) or self._pronoun(start)

    def _pronoun(self, start: int) -> SpeakerMention | None:
        """'On Thursday, he hedged on whether ..., telling MSNBC ...': a pronoun subject, resolved later."""
        if self.lowers[start] not in SUBJECT_PRONOUNS or not self.words.is_lower(start + 1):
            return None
        return self.vocabulary.read(start, start + 1)

    def _described_opening(self, start: int, limit: int) -> SpeakerMention | None:
        """'One of the pilots, Tom Hardy, 54, had flown ... and said', 'House Democrats, looking for a way
        out, seized the floor and said': the speaker, its descriptions, then the comma before its verb."""
        head_start = start + 1 if self.lowers[start] in HEAD_OPENERS else start
        if self.lowers[head_start] in ADVERBIAL_STARTERS or self.lowers[head_start] in CLAUSE_WORDS:
            return None
        last = min(limit - 1, head_start + MAX_APPOSED_TOKENS)
        head_end = next((i for i in range(head_start, last) if self.texts[i] in OPENING_BREAKS), None)
        if head_end is None or head_end == head_start:
            return None
        closing = next(
            (j for j in range(head_end + 1, last) if self.texts[j] in CLOSING_BREAKS and self._verb_like(j + 1)), None
        )
        if closing is None or any(self._no_subject_word(i) for i in range(head_start, head_end)):
            return None
        if not self._only_descriptions(head_end, closing + 1):
            return None
        speaker = self._checked(head_start, head_end) or self._plural_head(head_start, head_end)
        if speaker is None or speaker.kind == "pronoun":
            return None
        return self._named_in_description(speaker, head_end + 1, closing)

    def _common_opening(self, start: int, limit: int) -> SpeakerMention | None:
        """'Both parents stiffened their criticism ..., saying', 'The departments declined ..., saying': a
        short phrase of common words before the sentence's first verb."""
        last = min(limit, start + MAX_LENIENT_SUBJECT + 1)
        verb = next((j for j in range(start + 1, last) if self._verb_like(j)), None)
        if verb is None or any(
            self.texts[i] in OPENING_BREAKS or self.words.is_mark(i) or self._no_subject_word(i)
            for i in range(start, verb)
        ):
            return None  # 'A few minutes later the officers reversed ...': no phrase of common words
        return self._plural_head(start, verb)

    def _verb_like(self, i: int) -> bool:
        """Whether the word at i looks like a finite verb after its subject: 'had', 'seized', 'runs'."""
        word = self.lowers[i]
        if not self.words.is_lower(i) or word in PREPOSITIONS or word in CLAUSE_WORDS or word in DETERMINERS:
            return False
        if word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS:
            return True
        return word.endswith("ed") and self.lowers[i - 1] not in DETERMINERS

    def _modified_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """A subject whose head is modified after it, opening its clause: 'Democrats trying to regain the
        Senate say', 'Proponents of more export controls here say', 'A statement posted on the website said',
        'Another sailor who served on the frigate and who asked not to be named said'."""
        if cue.label not in SPEECH_LABELS or self.lowers[cue.start].endswith("ing") or cue.start == start:
            return None  # a finite verb only: not '..., saying', 'from claiming'
        phrase_start, end = self._subject_span(cue, start)
        if self.lowers[end - 1] == "to" or self.lowers[end - 1] in DETERMINERS:
            return None  # 'decided to tell', 'to mark out its claims': no finite verb
        opens_clause = phrase_start == start or self.texts[phrase_start - 1] in {",", ";", ":"}
        if phrase_start < end and self.lowers[phrase_start] in HEAD_OPENERS:
            phrase_start += 1  # 'Even the organizer of the rally said'
        if not opens_clause or end - phrase_start < 2:
            return None
        if self.lowers[phrase_start] in ADVERBIAL_STARTERS or self.lowers[phrase_start] in CLAUSE_WORDS:
            return None  # 'Despite knowing most of the crew said ...': no noun phrase
        modifier = next((i for i in range(phrase_start + 1, end) if self._modifier_start(i)), end)
        if any(self._no_subject_word(i) for i in range(phrase_start, modifier)):
            return None
        if modifier == end:
            return self._plural_head(phrase_start, end)  # "the minister's confidants say", 'Navy fans told'
        if self._verb_outside_clause(modifier, end):
            return None  # 'Most of the senators have already said': the phrase holds the verb group
        head = self._checked(phrase_start, modifier) or self._plural_head(phrase_start, modifier)
        if head is None and self.lowers[modifier - 1] in STATEMENT_NOUNS | DOCUMENT_NOUNS:
            head = self.vocabulary.read(phrase_start, modifier, lenient=True)  # 'A statement posted on ...'
        if head is None or head.kind == "pronoun":
            return None
        return self.vocabulary.extend(head, end)

    def _verb_outside_clause(self, start: int, end: int) -> bool:
        """Whether a finite verb stands in [start, end) before any relative or contact clause that may
        hold one ('who wrote to her', 'people I have spoken with')."""
        for i in range(start, end):
            word = self.lowers[i]
            if word in RESTRICTIVE_RELATIVES or word in PRONOUNS:
                return False
            if word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS:
                return True
        return False

    def _modifier_start(self, i: int) -> bool:
        """Whether a modifier of the head before it starts at i: a preposition, a relative pronoun, a
        participle ('trying', 'posted'), a clause's pronoun subject ('people I have spoken with')."""
        word = self.lowers[i]
        if word in PREPOSITIONS or word in RESTRICTIVE_RELATIVES or word in PRONOUNS:
            return True
        return self.words.is_lower(i) and word.endswith(("ing", "ed")) and self.lowers[i - 1] not in DETERMINERS

    def _absolute_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """'..., with Senator Jane Roe telling reporters that ...': the subject of an absolute clause, the
        phrase between 'with' and its participle."""
        speech = cue.label in SPEECH_LABELS or cue.id in CHARACTERIZING_CUES  # 'with X calling the deal a betrayal'
        if not speech or not self.lowers[cue.start].endswith("ing"):
            return None
        phrase_start = self._phrase_start(cue.start, start)
        if not phrase_start + 1 < cue.start or self.lowers[phrase_start] != "with":
            return None
        return self._checked(phrase_start + 1, cue.start)
