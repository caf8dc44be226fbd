"""Attribution to a speaker: the noun phrase before a cue ("the ministry said", "X, who ..., said"),
after it ("..., said the ministry"), or opening a sentence.

Phrases are found by scanning the words, not by parsing: a subject runs leftwards from its verb
until punctuation, a clause word ("that", "while") or the sentence's start; the speaker vocabulary
(`mentions.py`) then tells whether the words can be a speaker at all.
"""

from __future__ import annotations

from ...text.matching import Match
from .layout import SENTENCE_END, within
from .marks import QUOTE_MARKS, SINGLE_QUOTE_MARKS, plural_possessive
from .mentions import CALENDAR_WORDS, SpeakerMention
from .subordinate import SubordinateStatements
from .verbshapes import CONTRACTED_AUXILIARIES
from .wordlists import (
    ADVERBIAL_STARTERS,
    APPOSITION_STARTERS,
    ATTACHMENT_ENDS,
    AUXILIARIES,
    CLAUSE_WORDS,
    CUE_NOUNS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    IRREGULAR_PASTS,
    NOUNS_ENDING_IN_LY,
    OBJECT_BOUNDARIES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    RESTRICTIVE_RELATIVES,
    SENTENCE_ADVERBS,
    SUBJECT_JOINERS,
    SUBJECT_PRONOUNS,
    TIME_UNITS,
    TIME_WORDS,
    TITLE_CUE_WORDS,
)

CLAUSE_PUNCT = {",", ";", ":", "—", "–", "--", "(", ")"}
MAX_SUBJECT_TOKENS = 16
MAX_RELATIVE_TOKENS = 40
MAX_BRACKETED_TOKENS = 12  # "The ministry (which oversees the coast guard) said"
MAX_UNPUNCTUATED_SPEAKER = 6
MAX_APPOSED_TOKENS = 45  # 'Eva Lind, the head of Arms Watch, a pressure group that has sued ..., said'
DESCRIPTION_BREAKS = {",", "—", "–"}
OPENING_CONJUNCTIONS = {"but", "and", "yet", "so"}
SPEAKER_OPENERS = OPENING_CONJUNCTIONS | {"even"}
ARTICLES = {"a", "an", "the"}  # before a cue word that is a noun: 'the show', 'a report'
MAX_POSSESSED_MODIFIERS = 6  # "France's far-right party leader": 'far', '-', 'right', 'party' before the head
TIME_UNIT_MODIFIERS = {"last", "this", "next", "on", "late", "early"}
# Words opening a sentence before its subject ('In a statement, ...', 'Asked whether ..., X said'): the
# subject comes after the next comma.
# Grammar words that, capitalised to open a sentence, begin no name: 'In December', 'To nudge it along', 'And'.
GRAMMAR_OPENERS = PREPOSITIONS | ADVERBIAL_STARTERS | OPENING_CONJUNCTIONS
NON_SUBJECT_OPENERS = (
    SENTENCE_ADVERBS | TIME_WORDS | ADVERBIAL_STARTERS | FINITE_AUXILIARIES | IRREGULAR_PASTS | GRAMMAR_OPENERS
)
SUBJECT_AFTER_COMMA = ADVERBIAL_STARTERS | CLAUSE_WORDS | SENTENCE_ADVERBS | {"asked"}


class Phrases(SubordinateStatements):
    """Speakers' noun phrases around a cue."""

    def _phrase_start(self, end: int, sentence_start: int) -> int:
        """Scan left from `end` to the start of the noun phrase ending there."""
        texts, lowers, words, is_space = self.texts, self.lowers, self.words, self.words.is_space
        i = end
        while i > sentence_start and end - i < MAX_SUBJECT_TOKENS:
            text, lower = texts[i - 1], lowers[i - 1]
            if text == ")":
                j = i - 1
                while j > sentence_start and self.texts[j] != "(":
                    j -= 1
                if self.texts[j] == "(" and i - j <= MAX_BRACKETED_TOKENS:
                    i = j
                    continue
                break
            if is_space[i - 1] and "\n" not in text:
                i -= 1
                continue
            if (
                text in CLAUSE_PUNCT
                or is_space[i - 1]
                or text in QUOTE_MARKS
                and not self._possessive_apostrophe(i - 1, end + 1)  # ("Adams' spokesman")
            ):
                break
            if text in SENTENCE_END and not words.ends_abbreviation(i - 1):
                break
            if text == "-" and (words.whitespace[i - 1] or words.whitespace[i - 2]):
                break  # a dash between words ("JAKARTA - The"), not a hyphen ("Self-Defense")
            clause_word = lower in CLAUSE_WORDS and (text.islower() or i - 1 == sentence_start)
            if clause_word and not self._relative_that(i - 1, end):
                break
            if lower in {"and", "or", "nor"}:
                # "Beijing and Moscow", "Diplomatic and security sources", "advisers and allies" are one subject;
                # "X left and Y said" is not.
                only_spaces = i == end or is_space[i] and all(is_space[j] for j in range(i, end))
                if only_spaces or not (
                    i - 2 >= sentence_start
                    and (self.texts[i - 2][:1].isupper() or self.vocabulary.is_speaker_noun(i - 2))
                    or self._single_before(i - 1)
                ):
                    break
            i -= 1
        return i

    def _possessive_apostrophe(self, i: int, end: int) -> bool:
        """'Jeff Walker, Adams’ campaign manager, said': the apostrophe of a plural possessive in a speaker's
        description, which opens or closes no quote."""
        if self.texts[i] not in SINGLE_QUOTE_MARKS or not plural_possessive(self.words, i, end):
            return False
        paragraph = self.layout.paragraph_of[i]
        return not any(i in (r.open, r.close) for r in self.layout.regions if r.paragraph == paragraph)

    def _single_before(self, i: int) -> bool:
        """Whether the word before token i opens its phrase ("Diplomatic" in "Diplomatic and security sources")."""
        return i >= 1 and (i - 1 == 0 or self.texts[i - 2] in CLAUSE_PUNCT or self.words.is_space[i - 2])

    def _ends_sentence(self, i: int) -> bool:
        return self.texts[i] in SENTENCE_END and not self.words.ends_abbreviation(i)

    def _adverb(self, i: int) -> bool:
        lower = self.lowers[i]
        return lower.endswith("ly") and self.words.is_lower(i) and len(lower) > 4 and lower not in NOUNS_ENDING_IN_LY

    def _verb_group_start(self, cue_start: int, sentence_start: int) -> int:
        """Where a cue's verb group starts, before auxiliaries, adverbs and times between subject and
        verb: 'X has repeatedly argued', 'X on Monday said', 'X, who ..., last week said', "he's said",
        'X went on to say' (`verbshapes.py`)."""
        end = cue_start
        if self.lowers[cue_start - 1] == "to":
            end = self._catenative_start(cue_start, sentence_start) or cue_start
        while end > sentence_start:
            if self.lowers[end - 1] in AUXILIARIES and self._modal_name(end - 1, cue_start):
                break
            if self.lowers[end - 1] in AUXILIARIES or self._adverb(end - 1) or self._inline_space(end - 1):
                end -= 1
                continue
            if self.lowers[end - 1] in CONTRACTED_AUXILIARIES and self._contracted_auxiliary(end - 1):
                end -= 1
                continue
            time_start = self._time_before(end)
            if time_start is None or time_start <= sentence_start:
                break
            end = time_start
        return end

    def _subject_span(self, cue: Match, sentence_start: int) -> tuple[int, int]:
        """Where the noun phrase before a cue starts, and where it ends at the cue's verb group."""
        end = self._verb_group_start(cue.start, sentence_start)
        return self._phrase_start(end, sentence_start), end

    def _inline_space(self, i: int) -> bool:
        """A no-break space, which the tokenizer makes a token of its own ('He\xa0said')."""
        return self.words.is_space[i] and "\n" not in self.texts[i]

    def _time_before(self, end: int) -> int | None:
        """The start of a time ending at `end` ('on Monday', 'Tuesday', 'last week'), or None."""
        i = end - 1
        if self.lowers[i] in TIME_WORDS and not self.words.is_lower(i):
            return i - 1 if self.lowers[i - 1] == "on" else i  # weekdays are capitalised
        if self.lowers[i] in TIME_UNITS and self.lowers[i - 1] in TIME_UNIT_MODIFIERS:
            return i - 1
        if self.lowers[i] in TIME_UNITS and self.lowers[i - 1] == "past" and self.lowers[i - 2] in {"this", "the"}:
            return i - 2  # 'X, the party chairman, this past week announced'
        if self.lowers[i] in TIME_UNITS and i > 1 and self._weekday(i - 1):
            return i - 2 if self.lowers[i - 2] == "on" else i - 1  # 'on Thursday evening'
        return None

    def _weekday(self, i: int) -> bool:
        return self.lowers[i] in TIME_WORDS and not self.words.is_lower(i)

    def _phrase_end(self, start: int, limit: int) -> int:
        """The end of a noun phrase starting at `start`: the next punctuation that is not an abbreviation's dot."""
        end = start
        while end < limit and not self.words.is_mark(end):
            if self.words.is_punct[end] and not (self.texts[end] == "." and self.words.ends_abbreviation(end)):
                if self.texts[end] not in {"-", "’s", "'s"}:
                    break
            end += 1
        return end

    def _speaker_end(self, start: int, limit: int) -> int:
        """The end of a speaker's phrase after its cue: before an adjunct of time or place ('said Gen. John
        Miller on Tuesday', 'said the ministry in Tokyo'), else at the next punctuation."""
        end = self._phrase_end(start, limit)
        for i in range(start + 1, end):
            if self.lowers[i] in ATTACHMENT_ENDS and self.words.is_lower(i):
                return i
        return end

    def _phrase_before_comma(self, comma: int, sentence_start: int) -> int | None:
        """Where the phrase ending at the comma `comma` starts, or None when there is no such phrase."""
        if comma <= sentence_start or self.texts[comma] != ",":
            return None
        start = self._phrase_start(comma, sentence_start)
        return start if start < comma else None

    def _relative_clause_start(self, comma: int, sentence_start: int) -> int | None:
        """The 'who'/'which' opening a relative clause that ends at the comma `comma`: 'X, who spoke on
        condition of anonymity because ..., said'; None when there is none."""
        for i in range(comma - 1, max(sentence_start, comma - MAX_RELATIVE_TOKENS), -1):
            if i in self.cue_at or self.words.is_mark(i) or self.texts[i] in {";", ":"}:
                return None
            if self.lowers[i] in RELATIVE_PRONOUNS and self.texts[i - 1] == ",":
                return i
        return None

    def _checked(self, start: int, end: int) -> SpeakerMention | None:
        if end - start > MAX_SUBJECT_TOKENS:
            return None
        first = self.lowers[start]
        if first in NON_SUBJECT_OPENERS or first.endswith("ed"):  # a cheap test first: most phrases pass it
            start = self._noun_phrase_start(start, end)
            if start is None:
                return None
        # A cue inside the phrase means it is no noun phrase, unless the cue sits in a relative clause
        # describing the speaker: 'An official who asked not to be named said'.
        cues = within(self.cue_starts, start, end)
        if cues:
            relative = next((i for i in range(start, end) if self.lowers[i] in RESTRICTIVE_RELATIVES), end)
            if any(i < relative and not self._noun_use(i, end) for i in cues):
                return None
        mention = self.vocabulary.read(start, end)
        if mention is not None:
            # ('Eight years ago, he ...': a number alone is no name)
            return None if mention.kind == "surname" and self.words.like_num(start) else mention
        # 'A senior official briefed on the talks said', 'an official familiar with the plans told':
        # the noun phrase before a trailing modifier.
        for i in range(start + 1, end):
            if self.words.is_lower(i) and self.vocabulary.is_speaker_noun(i - 1):
                core = self.vocabulary.read(start, i)
                return self.vocabulary.extend(core, end) if core is not None else None
        return None

    def _noun_phrase_start(self, start: int, end: int) -> int | None:
        """Where the noun phrase starts after opening adverbs, or None where there is none."""
        while start < end and self._opening_adverb(start, end):
            start += 1  # 'Then he said', 'Tuesday, the minister said': the speaker follows the adverb
        if start + 1 < end and self.lowers[start] in ADVERBIAL_STARTERS and self.lowers[start + 1] in TIME_WORDS:
            return None  # 'On Friday': a time, not a speaker
        if self.words.is_title(start) and not self.vocabulary.is_titleword(start + 1):  # (not 'Under Secretary')
            if self.lowers[start] in OPENING_CONJUNCTIONS and start + 1 < end:
                start += 1  # 'And the minister ...' opening a sentence
            elif self.lowers[start] in GRAMMAR_OPENERS:
                return self._subject_after_adverbial(start, end)
        if start == end or self._opens_with_verb(start, end):
            return None
        return start

    def _subject_after_adverbial(self, start: int, end: int) -> int | None:
        """Where the subject starts after an adverbial opening the sentence with no comma: the pronoun ending
        the phrase ('In 2010 she'), or None ('In December', 'In nearby Decatur': a time or a place)."""
        last = end - 1
        return last if last > start and self.lowers[last] in SUBJECT_PRONOUNS | {"it", "i"} else None

    def _opens_with_verb(self, start: int, end: int) -> bool:
        """'X, the party's director, released a statement confirming ...', '... is running a TV spot
        attacking ...': a verb and its object, no noun phrase (not 'retired generals said')."""
        word = self.lowers[start]
        if not self.words.is_lower(start) or start + 1 >= end:
            return False
        if word in FINITE_AUXILIARIES:
            return True
        return (word.endswith("ed") or word in IRREGULAR_PASTS) and self.lowers[start + 1] in DETERMINERS

    def _opening_adverb(self, i: int, end: int) -> bool:
        """An adverb of time or sequence opening a phrase, not part of a name: 'However', 'Hours later',
        'Tuesday' (not 'Sunday Times', whose next word is capitalised)."""
        word = self.lowers[i]
        if word not in SENTENCE_ADVERBS and word not in TIME_WORDS:
            return False
        if word in SENTENCE_ADVERBS and word not in TIME_WORDS and i + 1 < end:
            return True  # 'Meanwhile Rihanna': no name opens with a sentence adverb
        return i + 1 == end or not self.vocabulary.is_capitalised(i + 1)

    def _noun_use(self, i: int, end: int) -> bool:
        """'media reports said', 'the claims said': a cue word used as the subject's head noun; 'presidential
        hopeful Jane Roe says': one naming the speaker's role."""
        return i == end - 1 and self.lowers[i] in CUE_NOUNS or self.lowers[i] in TITLE_CUE_WORDS

    def _subject(self, cue: Match, sentence_start: int) -> SpeakerMention | None:
        """The speaker before a cue: 'the ministry said', 'Moscow has repeatedly argued', 'X, who ..., said'."""
        start, end = self._subject_span(cue, sentence_start)
        start = self._past_opener(start, end)
        if start < end:
            if end - start == 1 and self.lowers[start] == "who" and start - 1 > sentence_start:
                # 'Juanita Broaddrick, who said ...': the phrase the relative clause describes.
                return self._antecedent_of_relative(start - 1, sentence_start) if self.texts[start - 1] == "," else None
            if end - start > 1 and self._pronoun_after_opening(start, end):
                return self.vocabulary.read(end - 1, end)  # 'On Monday he said', 'In 2012 she said'
            if self.lowers[start] in ADVERBIAL_STARTERS and (self.words.is_lower(start) or end - start == 1):
                return None  # 'for its part', 'In describing X, ...
            mention = self._checked(start, end)
            if mention is None or self.texts[mention.start - 1] != ",":
                return mention
            return self._named_before_apposition(mention, sentence_start)
        if start - 2 > sentence_start and self.lowers[start - 1] in {"which", "who"} and self.texts[start - 2] == ",":
            return self._antecedent_of_relative(start - 2, sentence_start)
        # Nothing between the cue and a comma: 'X, who commands Y, said', 'X, a spokesman, said',
        # 'X, for its part, insists'. Look at the comma-delimited stretch and the phrase before it.
        inner_end = start - 1
        inner_start = self._relative_clause_start(inner_end, sentence_start)
        if inner_start is None:
            inner_start = self._phrase_before_comma(inner_end, sentence_start)
        head_start = self._phrase_before_comma(inner_start - 1, sentence_start) if inner_start is not None else None
        described = self._described_subject(head_start, inner_start, inner_end) if head_start is not None else None
        if described is not None and head_start > sentence_start and self.texts[head_start - 1] == ",":
            # 'Tom Vian, the editor of the army's newspaper, the Daily Star, said': the name opening the clause
            return self._named_before_descriptions(sentence_start, inner_end) or described
        return described or self._named_before_descriptions(sentence_start, inner_end)

    def _named_before_apposition(self, mention: SpeakerMention, sentence_start: int) -> SpeakerMention:
        """'Sen. Ann Kale (D-NY), a supporter of the governor told ...': a description after a comma whose
        closing comma is missing, after the named person it describes."""
        comma = mention.start - 1
        if comma <= sentence_start or self.lowers[mention.start] not in ARTICLES:
            return mention
        if mention.kind != "person" or mention.name:
            return mention
        named_start = self._phrase_before_comma(comma, sentence_start)
        named = self._checked(named_start, comma) if named_start is not None else None
        if named is None or named.kind != "person" or not named.name or named.head in CALENDAR_WORDS:
            return mention  # ('in Hudson, New Hampshire Monday, the supporter retorted': a place and a day)
        return self.vocabulary.combine(named, mention, mention.end)

    def _pronoun_after_opening(self, start: int, end: int) -> bool:
        """Whether the phrase is an opening time or place and then a subject pronoun, with no comma between
        ('On Monday he', 'Last week she', '(Since) 2008 they'): no noun phrase ends in 'he'."""
        if self.lowers[end - 1] not in SUBJECT_PRONOUNS or self.lowers[end - 2] in {"and", "or", "nor"}:
            return False
        first = self.lowers[start]
        return first in ADVERBIAL_STARTERS or first in TIME_UNIT_MODIFIERS or self.words.like_num(start)

    def _past_opener(self, start: int, end: int) -> int:
        """Where a speaker's phrase starts after an opening 'Even' or 'Yet' ('Even the minister said',
        'Yet another officer said'), which is no part of the speaker."""
        return start + 1 if start < end - 1 and self.lowers[start] in SPEAKER_OPENERS else start

    def _named_before_descriptions(self, sentence_start: int, last_break: int) -> SpeakerMention | None:
        """'Lance Berg, 49, a Navy veteran who now works for the Air Force, said', 'Jason Pell — a teacher
        from Portsmouth — says': a named person opening the clause, then descriptions set off by commas
        or dashes up to `last_break`, the comma or dash right before the cue."""
        start = sentence_start
        if self.lowers[start] in OPENING_CONJUNCTIONS and start + 1 < last_break:
            start += 1  # 'But Mr. Quintero, a Republican who ..., said'
        elif self.lowers[start].endswith("ly") and self.texts[start + 1] == "," and start + 2 < last_break:
            start += 2  # 'Similarly, Tom Bennett, a former navy secretary, said'
        else:
            start = self._after_opening_phrase(start, last_break)  # 'On Tuesday, Lund — who ... — told'
        if not 0 < last_break - start <= MAX_APPOSED_TOKENS or self.texts[last_break] not in DESCRIPTION_BREAKS:
            return None
        head_end = next((i for i in range(start, last_break + 1) if self.texts[i] in DESCRIPTION_BREAKS), last_break)
        if not start < head_end < last_break or not self._only_descriptions(head_end, last_break):
            return None
        named = self._checked(start, head_end)
        if named is None or named.kind not in {"person", "surname"}:
            return None
        if not (named.name or self.vocabulary.is_capitalised(head_end - 1)):
            return None  # 'the spokeswoman, ...': a title needs a name ('Representative Peter T. Lyle') here
        following = next(i for i in range(head_end + 1, last_break + 1) if self.texts[i] in DESCRIPTION_BREAKS)
        first = self.lowers[head_end + 1]
        if first.endswith(("ing", "ed")) or first in RELATIVE_PRONOUNS:
            return named  # 'Mr. Keller, recalling weekly breakfasts with Mrs. Lindqvist, said': no title
        described = self.vocabulary.read(head_end + 1, following)
        if described is not None and described.kind in {"person", "group"}:
            return self.vocabulary.combine(named, described, following)
        return named

    def _only_descriptions(self, start: int, end: int) -> bool:
        """Whether [start, end) holds only descriptions: no sentence end or clause punctuation, quotation
        marks only in pairs ('Mr. Dorsey, citing "the unique calm of Halvorsen," said'), and a cue only in a
        relative clause or a participle ('a Republican who described himself as ...')."""
        if self.layout.double_marks_in(start, end) % 2:
            return False
        stretch_start = start
        for i in range(start, end):
            text = self.texts[i]
            if text in DESCRIPTION_BREAKS:
                stretch_start = i
            elif text in {";", ":"} or self._ends_sentence(i):
                return False
            elif i in self.cue_at and not self._described_cue(stretch_start, i):
                return False
        return True

    def _described_cue(self, stretch_start: int, cue_start: int) -> bool:
        """Whether the cue at `cue_start` sits in a relative clause or opens a participle in the description
        starting after `stretch_start`: 'who described himself as', ', citing ...', or is a noun ('the show')."""
        if cue_start == stretch_start + 1 and self.lowers[cue_start].endswith("ing"):
            return True
        cue = self.cue_at[cue_start]
        if self.lowers[cue_start - 1] in ARTICLES or self.texts[cue.end] in DESCRIPTION_BREAKS:
            return True  # 'a contestant on the show "The Apprentice"', 'on the TV show, "The Apprentice"': nouns
        if cue.label == "FINDING" and self.words.is_lower(cue_start - 1):
            return True  # 'a talk show host': no finding of the speaker's, in a description of them
        return any(self.lowers[j] in RESTRICTIVE_RELATIVES for j in range(stretch_start, cue_start))

    def _antecedent_of_relative(self, comma: int, sentence_start: int) -> SpeakerMention | None:
        """'a statement from the ministry, which said ...': the phrase before the comma."""
        head_start = self._phrase_before_comma(comma, sentence_start)
        if head_start is None:
            return None
        for i in range(comma - 1, head_start - 1, -1):
            if self.words.is_lower(i) and (
                self.lowers[i] in OBJECT_BOUNDARIES or self.lowers[i].endswith("ed") or i in self.cue_at
            ):
                # 'spotted by the coast guard, which said', '"...," said Capt. Pardo, who said': the object only
                head_start = self.cue_at[i].end if i in self.cue_at else i + 1
                break
        if head_start >= comma:
            return None
        return self._checked(head_start, comma) or self._named_after_of(head_start, comma)

    def _named_after_of(self, start: int, end: int) -> SpeakerMention | None:
        """'won the support of former Sen. Gordon Pryce, who said ...': the named person after the
        last 'of' of an unread phrase."""
        of = next((i for i in range(end - 2, start, -1) if self.lowers[i] == "of"), None)
        named = self._checked(of + 1, end) if of is not None else None
        return named if named is not None and named.kind == "person" and named.name else None

    def _described_subject(self, head_start: int, inner_start: int, inner_end: int) -> SpeakerMention | None:
        """The subject 'X, <inner>,' before a cue, where the stretch [inner_start, inner_end) between
        commas describes X, names X, or is an adverbial."""
        first = self.lowers[inner_start]
        first_is_lower = self.words.is_lower(inner_start)
        if first in RELATIVE_PRONOUNS or (first_is_lower and first.endswith(("ing", "ed"))):
            # The relative or participle clause describes X; a long one is left out of the mention.
            described = self._checked(head_start, inner_end)
            return described or self._checked(head_start, inner_start - 1)
        if first in APPOSITION_STARTERS:
            named = self._checked(head_start, inner_start - 1)
            described = self._checked(inner_start, inner_end)
            if named is None:
                return None
            if described is None:
                # 'Kim Yo-jong, the powerful sister of the leader, warned': a named person needs no title.
                return named if named.kind == "person" and named.name else None
            return self.vocabulary.combine(named, described, inner_end)
        if first in ADVERBIAL_STARTERS or self.words.like_num(inner_start):
            return self._checked(head_start, inner_start - 1)  # 'X, for its part, said', 'X, 45, said'
        if first_is_lower:
            # 'Gen. Wieslaw Kukula, chief of the general staff, told reporters': a bare title.
            named = self._checked(head_start, inner_start - 1)
            described = self._checked(inner_start, inner_end)
            if named is not None and described is not None and named.kind in {"person", "surname"}:
                if described.kind in {"person", "group"}:
                    return self.vocabulary.combine(named, described, inner_end)
        if self.vocabulary.is_capitalised(inner_start):
            return self._named_after_description(head_start, inner_start, inner_end)
        return None

    def _named_after_description(self, head_start: int, inner_start: int, inner_end: int) -> SpeakerMention | None:
        """'The spokesman, Col. Wu Qian, said', "the ministry's spokeswoman, Maria Zakharova, said"; 'One
        delegate not on the slate, Kelly Lund, told': the name alone when the description is unread."""
        named = self._checked(inner_start, inner_end)
        if named is None or named.kind not in {"person", "surname"} or not named.name:
            return None
        described = self._checked(head_start, inner_start - 1)
        if described is not None and described.kind in {"person", "group"}:
            return self.vocabulary.combine(described, named, inner_end)
        return named if described is None and self.lowers[head_start] in DETERMINERS else None

    def _earlier_subject(self, cue: Match, sentence_start: int) -> SpeakerMention | None:
        """The subject of the first reporting verb before `cue` in its sentence; but a pronoun opening the
        cue's own clause is its subject ('When X was asked ..., he laughed and said'), resolved later."""
        subject = None
        for i in range(sentence_start, cue.start):
            earlier = self.cue_at.get(i)
            if earlier is not None and earlier.label != "ACCORDING":
                subject = self._subject(earlier, sentence_start)
                break
        comma = next((i for i in range(cue.start - 1, sentence_start, -1) if self.texts[i] == ","), None)
        if comma is not None and comma + 2 < cue.start and self.lowers[comma + 1] in SUBJECT_PRONOUNS:
            if self.words.is_lower(comma + 2) and not within(self.cue_starts, comma + 1, cue.start):
                if subject is not None:
                    self.extra_mentions.append(subject)  # the pronoun's antecedent
                return self.vocabulary.read(comma + 1, comma + 2)
        return subject

    def _sentence_subject(self, start: int, limit: int) -> SpeakerMention | None:
        """The noun phrase opening a sentence: names, titles, determiners and speaker nouns; after an
        opening adverbial ('In a statement released Thursday, Rep. Hakeem Jeffries reacted ...')."""
        vocabulary, lowers = self.vocabulary, self.lowers
        start = self._past_conjunction(start, limit)
        if start < limit and (lowers[start] in SUBJECT_AFTER_COMMA or self._participle_opening(start, limit)):
            # ('Asked whether ..., Ms. Salo shook her head and said ...': after the question put to her)
            last = limit if lowers[start] == "asked" else min(limit, start + MAX_SUBJECT_TOKENS)
            comma = next((i for i in range(start, last) if self.texts[i] == ","), None)
            if (
                start + 1 < limit
                and lowers[start] in SENTENCE_ADVERBS
                and (lowers[start + 1] in SUBJECT_PRONOUNS or vocabulary.is_capitalised(start + 1))
            ):
                comma = None  # 'Then he cut into the general, calling ...', 'Then Smith went on ...'
            elif comma is None and lowers[start] not in SENTENCE_ADVERBS:
                return None
            start = comma + 1 if comma is not None else start + 1  # 'Then he cut into ...'
            if start + 1 < limit and lowers[start] in SUBJECT_PRONOUNS and self.words.is_lower(start + 1):
                return vocabulary.read(start, start + 1)  # 'On Wednesday, he seemed to ...': resolved later
        if start < limit - 1 and self.lowers[start] == "even":
            start += 1  # 'Even the minister said': the speaker is 'the minister'
        if start + 2 < limit and lowers[start] in OPENING_CONJUNCTIONS and lowers[start + 1] in SUBJECT_PRONOUNS:
            return vocabulary.read(start + 1, start + 2)  # 'And he managed to ..., slamming ...'
        i = start
        while i < limit and i - start < MAX_SUBJECT_TOKENS:
            in_phrase = (
                vocabulary.is_capitalised(i)
                or lowers[i] in SUBJECT_JOINERS
                or vocabulary.is_speaker_noun(i)
                or vocabulary.is_titleword(i)
            )
            if not in_phrase:
                # Lowercase modifiers before a speaker noun: "China's defence ministry".
                # After a possessor the modifiers may be longer: "France's far-right party leader".
                reach = MAX_POSSESSED_MODIFIERS if self.texts[i - 1] in {"'s", "’s"} else 3
                head = next((j for j in range(i, min(limit, i + reach)) if vocabulary.is_speaker_noun(j)), None)
                if head is None or not all(self._speaker_modifier(j) for j in range(i, head)):
                    break
                i = head
            i += 1
        if start < i < limit and self.texts[i] == ",":
            return self._described_sentence_subject(start, i, limit)
        if i == start or i == limit or not self.words.is_lower(i) or self.texts[i - 1] in {"'s", "’s"}:
            return None  # ("France's far-right National Front leader": the phrase goes on past its possessor)
        return self._checked(start, i)

    def _past_conjunction(self, start: int, limit: int) -> int:
        """Past a conjunction before an opening adverbial: 'And in 2011, he ...', 'And then X went ...'."""
        lowers = self.lowers
        if start + 2 < limit and lowers[start] in OPENING_CONJUNCTIONS and lowers[start + 1] in SUBJECT_AFTER_COMMA:
            return start + 1
        return start

    def _participle_opening(self, start: int, limit: int) -> bool:
        """'Speaking at a rally in Ohio, the senator ...', 'Facing questions, he ...': a participle clause
        opening the sentence, its subject after the comma (not 'Beijing has said')."""
        word = self.lowers[start]
        return (
            word.endswith("ing")
            and len(word) > 5
            and start + 1 < limit
            and self.words.is_lower(start + 1)
            and self.lowers[start + 1] not in FINITE_AUXILIARIES
        )

    def _speaker_modifier(self, i: int) -> bool:
        """A lower-case word that may modify a speaker noun ('defence' in "China's defence ministry"), not a
        verb or a preposition after the subject ('released a video', 'spoke to reporters')."""
        word = self.lowers[i]
        if word == "-":
            return not (self.words.whitespace[i - 1] or self.words.whitespace[i])  # 'far-right'
        if not (self.words.is_lower(i) and self.words.is_alpha(i)):
            return False
        verb = word.endswith("ed") or word in IRREGULAR_PASTS or word in FINITE_AUXILIARIES
        return not (verb or word in PREPOSITIONS)

    def _described_sentence_subject(self, start: int, comma: int, limit: int) -> SpeakerMention | None:
        """'Gary Emineth, a former state party chairman, became a delegate and said ...': a name and its
        description opening the sentence, then its verb."""
        end = min(limit, comma + MAX_APPOSED_TOKENS)
        closing = next((j for j in range(comma + 1, end) if self.texts[j] == ","), None)
        if closing is None or closing + 1 >= limit or not self.words.is_lower(closing + 1):
            return None
        return self._named_before_descriptions(start, closing)

    def _with_apposition(self, mention: SpeakerMention, end: int, sentence_end: int) -> SpeakerMention:
        """'said Mara Quint, a researcher at the institute.': the apposition describes the speaker."""
        if end + 1 >= sentence_end or self.texts[end] != "," or self.lowers[end + 1] not in APPOSITION_STARTERS:
            return mention
        if mention.kind not in {"person", "surname"}:
            return mention
        described_end = self._phrase_end(end + 1, sentence_end)
        described = self.vocabulary.read(end + 1, described_end)
        if described is None:
            return mention
        self._take(end, described_end)
        return self.vocabulary.combine(mention, described, described_end)

    def _named_speaker(self, speaker: SpeakerMention) -> bool:
        """Whether a line's 'Speaker:' names someone: a full name ('Jake Morrow:'), or a single name the
        article gives in full elsewhere ('MORROW:' after 'CNN's Jake Morrow'); not a label that reads
        like a name ('Grandkids:', 'Q:', 'Contributing:', 'Iowa:' before a list of names)."""
        if speaker.kind == "person" and speaker.name is not None and " " in speaker.name:
            return True
        if speaker.kind not in {"person", "surname", "org"} or len(speaker.head) < 3:
            return False
        if speaker.end - speaker.start > 1:  # 'JOEL BENENSON:'
            return all(self.words.is_alpha(i) and self.words.is_upper(i) for i in range(speaker.start, speaker.end))
        capitalised = self.vocabulary.is_capitalised
        return any(
            0 < i != speaker.start and self.words.is_alpha(i - 1) and capitalised(i - 1)
            for i in self.words.by_word.get(speaker.head, ())
        )

    def _opens_with_as(self, subject: SpeakerMention, sentence_start: int) -> bool:
        before = subject.start - 1
        return before >= sentence_start and self.lowers[before] in {"as", "like"}
