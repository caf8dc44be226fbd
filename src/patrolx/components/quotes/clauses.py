"""Reported speech: where a reported clause starts and ends around its cue.

After a cue come its listener and adjuncts ("told reporters on Tuesday", "said in a statement"), then the
clause: introduced by "that" or a colon, or for a THAT cue a clause whose verb shows soon ("confirmed two jets
had entered"). The clause runs to its sentence's end, or stops before ", adding that ...", ", but gave no
details", a second speaker's statement (", while the navy said ...") or ", without elaborating", and before
the writer's own words: a semicolon's second clause, a comment running to the sentence's end (", a move that
...", ", which ..."), a main clause of its own (", and the ministry released ...").
"""

from __future__ import annotations

from ...text.matching import Match
from ...text.words import MONTH_WORDS
from .comparatives import comparative_share_start
from .continuations import after_closing_mark, apposition_runs_to, auxiliary_goes_on, before_closing_marks
from .layout import SENTENCE_END, within
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS
from .phrases import CLAUSE_PUNCT, MAX_UNPUNCTUATED_SPEAKER, TIME_UNIT_MODIFIERS, Phrases
from .state import DASHES
from .wordlists import (
    ADJUNCT_HEADS,
    ADJUNCT_PREPOSITIONS,
    AUXILIARIES,
    CLAUSE_SUBJECT_STARTERS,
    CLAUSE_WORDS,
    COMMENT_OPENERS,
    CONTINUING_SUBJECTS,
    CONTRAST_JOINERS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    IRREGULAR_PASTS,
    LISTENER_NOUNS,
    LISTENER_VERBS,
    MODALS,
    NON_CLAUSE_OBJECTS,
    OBJECT_BOUNDARIES,
    OBJECT_PRONOUNS,
    PROMISE_CUES,
    PRONOUNS,
    RESUMING_CONNECTIVES,
    RESUMING_STOPWORDS,
    SECOND_STATEMENT_JOINERS,
    TIME_UNITS,
    TIME_WORDS,
    TOPIC_ONLY_WORDS,
    UNSUPPORTED_WORDS,
)

ASIDE_PUNCT = {",", "—", "–"}
MAX_ADJUNCT_TOKENS = 8
MAX_ASIDE_TOKENS = 4  # "say, however, that"
MAX_LISTENER_TOKENS = 8
MAX_LISTENER_SPAN = 14  # the listener and where they were, before 'that'
MAX_LISTENER_MODIFIERS = 3
MAX_CLAUSE_SUBJECT = 6
MAX_THAT_DISTANCE = 25
MAX_CONTRAST_SUBJECT = 7  # 'while about 4 in 10 adults want ...'
MAX_SECOND_SUBJECT = 4  # ', because the ministry said ...': a subject before a cue of its own
MAX_QUOTED_SENTENCES = 3  # sentences back to the opening of a quote the content closes
MAX_QUOTE_RUN_ON = 120  # tokens a quote opened in a reported clause may run on after its sentence
SHARE_WORDS = {"percent", "%", "half", "majority", "minority", "plurality", "some", "most", "many", "few", "all"}
STATEMENT_BREAKS = {",", ";", "—", "–", "--", "-"}  # before a second statement with its own speaker
BARE_JOINERS = {"and", "but", "while"}  # 'One in three said A and one in four said B': no comma needed
STANDALONE_SUBJECTS = {"some", "another", "one", "many", "several", "both", "most", "few", "others"}
CLAUSE_OPENERS = {"but", "and", "while", "though", "although", "because", "as", "since", "whereas", "if", "when"}
# '..., but he sounded a nostalgic note': after 'but', the writer goes on about the speaker (PolNeAR train:
# 27 reported statements end before ', but he/she', 7 run on past it).
NARRATED = {"he", "she"}
NOT_SUBJECT_ENDS = CLAUSE_WORDS | {"and", "or", "but"}  # words before a verb that no subject ends with
CONTRACTING_PRONOUNS = {"he", "she", "it", "that", "there", "what", "who"}  # "he's": "he is" or "he has"


class Clauses(Phrases):
    """The reported clause around a cue."""

    def _after_adjuncts(self, cue: Match) -> int | None:
        """The token after a cue and its adjuncts: 'told reporters on Tuesday', 'said in a statement';
        None after 'told' with no listener ('told the pilots to turn back')."""
        _, end = self.layout.sentence(cue.start)
        i = cue.end
        while i < end and self._inline_space(i):
            i += 1  # 'told\xa0the Post'
        if self._promise_to(cue, end):
            return i  # 'vowed to keep the base open': the promise, not an adjunct
        # These verbs are one-word cues: the cue's first word is its verb.
        if self.lowers[cue.start] in LISTENER_VERBS and i < end:
            listener_end = self._skip_object(i, end)
            if listener_end is None:
                return None
            i = listener_end
        for _ in range(3):
            if i >= end:
                break
            following = self._adjunct_end(i, end)
            if following is None:
                break
            i = following
        return i

    def _promise_to(self, cue: Match, end: int) -> bool:
        """Whether a promise's cue is followed by 'to' and a verb ('pledged to cut taxes'), not by 'to' and
        its listener ('promised to the voters that ...')."""
        i = cue.end
        if cue.id not in PROMISE_CUES or i + 1 >= end or self.lowers[i] != "to":
            return False
        following = self.lowers[i + 1]
        return (
            self.words.is_lower(i + 1)
            and self.words.is_alpha(i + 1)
            and following not in DETERMINERS
            and following not in OBJECT_PRONOUNS
            and following not in PRONOUNS
        )

    def _adjunct_end(self, i: int, end: int) -> int | None:
        """The token after the adjunct starting at i ('on Tuesday', 'publicly', ', however,'), or None
        when no adjunct starts there."""
        lower = self.lowers[i]
        if lower in {",", "—", "–"}:
            return self._aside_end(i, end)
        if (lower in TIME_WORDS or lower.endswith("ly") and self.words.is_lower(i)) and not (
            i + 1 < end and self.texts[i + 1] in {"’s", "'s"}  # "said Sunday's flight was ..."
        ):
            return i + 1
        if lower in TIME_UNIT_MODIFIERS and i + 1 < end and self.lowers[i + 1] in TIME_UNITS:
            return i + 2  # "said last month", "told reporters this week"
        if i + 2 < end and _singular_unit(self.lowers[i + 1]) in TIME_UNITS and self._counted(i):
            if self.lowers[i + 2] in {"earlier", "later", "ago", "before"}:
                return i + 3  # "stated a day earlier", "said two weeks ago"
        if lower in ADJUNCT_PREPOSITIONS:
            return self._prepositional_end(i, end)
        return None

    def _counted(self, i: int) -> bool:
        return self.lowers[i] in {"a", "an", "one"} or self.words.like_num(i)

    def _aside_end(self, i: int, end: int) -> int | None:
        """ "say, however, that ...", "said — in a rare rebuke — that ...": an aside between commas or
        dashes before 'that'; the token after its closing punctuation."""
        lower = self.lowers[i]
        longest = MAX_ASIDE_TOKENS if lower == "," else MAX_ADJUNCT_TOKENS
        j = i + 1
        while j < end and j - i <= longest and self.texts[j] != lower:
            j += 1
        if j < end and j - i <= longest and j + 1 < end and self.lowers[j + 1] == "that":
            return j + 1
        return None

    def _prepositional_end(self, i: int, end: int) -> int | None:
        """The end of a prepositional adjunct at i ('on Tuesday', 'in an interview', 'on Telegram') when
        'that', punctuation or a clause follows it."""
        j = i + 1
        head_end = None  # after 'in an interview': a clause may follow without 'that'
        timed = False  # 'on Tuesday', 'on May 3', 'on 3 May'
        while j < end and j - i <= MAX_ADJUNCT_TOKENS and self.lowers[j] != "that" and not self._phrase_punct(j, end):
            if self._year_before_noun(j, end):
                j += 1  # 'wrote in his 1990 memoir that': a year modifying the adjunct's noun, not a time
                continue
            possessive = j + 1 < end and self.texts[j + 1] in {"’s", "'s"}  # "during Tuesday's call"
            if (self.lowers[j] in TIME_WORDS or self.texts[j][:1].isdigit()) and not possessive:
                j += 1
                if j < end and self.lowers[j].rstrip(".") in MONTH_WORDS:
                    j += 1
                timed = True
                break
            if self.lowers[j] in LISTENER_NOUNS or self.lowers[j] in ADJUNCT_HEADS or self.texts[j][:1].isupper():
                head_end = j + 1  # 'in an interview', 'on Telegram', 'in Tokyo'
            j += 1
        if (
            head_end is not None
            and not timed
            and not (j < end and self.lowers[j] == "that")
            and self._clause_follows(head_end, end)
        ):
            return head_end
        if j < end and (self.lowers[j] == "that" or self.words.is_punct[j] or timed):
            return j
        return None

    def _year_before_noun(self, j: int, end: int) -> bool:
        """Whether the number at j modifies a noun after it ('in a 2015 memo'), rather than ending a time ('on
        May 3', 'in 2015 the ship ...')."""
        if not (
            self.texts[j][:1].isdigit() and j + 1 < end and self.words.is_lower(j + 1) and self.words.is_alpha(j + 1)
        ):
            return False
        following = self.lowers[j + 1]
        return following not in CLAUSE_SUBJECT_STARTERS and following not in TIME_UNITS and following != "that"

    def _phrase_punct(self, j: int, end: int) -> bool:
        """Punctuation ending a phrase: not a hyphen inside a word ('a Baltimore Sun op-ed')."""
        hyphen = self.texts[j] == "-" and self.words.touches_previous(j) and self.words.touches_next(j, end)
        return self.words.is_punct[j] and not hyphen

    def _skip_object(self, i: int, end: int) -> int | None:
        """The end of the listener after 'told' ('reporters', 'Reuters', 'a news conference', "Japan's
        Kyodo News", 'state television'), or None when the words after it are no listener ('told the
        pilots to turn back')."""
        for j in range(i, min(end, i + MAX_LISTENER_SPAN)):
            if self.lowers[j] == "that":
                return j  # 'told a packed hangar at an air base outside Tampere that ...'
            if (self.words.is_punct[j] and not self._within_name(j, end)) or self.words.is_mark(j) or j in self.cue_at:
                break
        j = i + 1 if self.lowers[i] in {"the", "a", "an"} else i
        listener_end = None
        while j < end and j - i <= MAX_LISTENER_TOKENS:
            text, lower = self.texts[j], self.lowers[j]
            if text[:1].isupper() or lower in LISTENER_NOUNS or lower in OBJECT_PRONOUNS or self._possessed_head(j):
                j = listener_end = j + 1
            elif listener_end is not None and (text in {"’s", "'s"} or self._joins_listener_name(j, end)):
                j += 1  # "Japan's Kyodo News", 'The Star-Ledger', 'the Times of London'
            elif listener_end is not None and text in QUOTE_MARKS:
                # CNN's "State of the Union": a programme's title
                close = next((k for k in range(j + 1, min(end, j + MAX_ADJUNCT_TOKENS)) if self.words.is_mark(k)), None)
                if close is None:
                    break
                j = listener_end = close + 1
            elif listener_end is None and text.islower() and j - i < MAX_LISTENER_MODIFIERS:
                j += 1  # a modifier: 'state television', 'a parliamentary committee'
            else:
                break
        return listener_end

    def _that_after_listener(self, start: int, end: int) -> int | None:
        """The 'that' after a listener with no 'to' ('wrote the committee that ...', 'emailed reporters
        that ...'), or None (not 'wrote a book that ...')."""
        for j in range(start, min(end, start + MAX_LISTENER_TOKENS + 1)):
            if self.lowers[j] == "that":
                listener = self.lowers[j - 1] if j > start else ""
                return j if listener in LISTENER_NOUNS or listener in OBJECT_PRONOUNS else None
            if self.words.is_punct[j] or self.words.is_mark(j) or j in self.cue_at:
                return None
        return None

    def _within_name(self, j: int, end: int) -> bool:
        """Whether the punctuation at j sits inside a name: 'the AFL-CIO council', 'a town hall in Salem, New
        Hampshire'."""
        if not 0 < j < end - 1:
            return False
        if self.texts[j] == "-":
            return self.words.touches_previous(j) and self.words.touches_next(j, end)
        return self.texts[j] == "," and self.texts[j - 1][:1].isupper() and self.texts[j + 1][:1].isupper()

    def _content_may_start(self, start: int, end: int) -> bool:
        """Whether a SAY cue's clause may start at `start`: a word or an opening quotation mark, not
        punctuation or an object ('said nothing about')."""
        return (self.words.is_mark(start) or not self.words.is_punct[start]) and not self._object_follows(start, end)

    def _object_follows(self, start: int, end: int) -> bool:
        """'said nothing about the flights', 'said so' (but 'said little was known' and 'said much of the
        talk was about Israel' are clauses)."""
        if self.lowers[start] not in NON_CLAUSE_OBJECTS or start + 1 >= end:
            return self.lowers[start] in NON_CLAUSE_OBJECTS
        if self.lowers[start + 1] == "of":
            limit = min(end, start + 2 + MAX_CLAUSE_SUBJECT)
            return not any(self.lowers[i] in FINITE_AUXILIARIES for i in range(start + 2, limit))
        return self.lowers[start + 1] not in FINITE_AUXILIARIES

    def _content_after_comma(self, cue: Match, after: int, end: int) -> tuple[int, int] | None:
        """'Ostrander says, win or lose, he is keeping the base open': with no words before its speaker, a comma
        after the cue opens the statement (not ', adding that ...', ', citing ...': the speaker's own act)."""
        first = after + 1
        if cue.label != "SAY" or first >= end or self.texts[after] != ",":
            return None
        if self.words.is_mark(first) or self._speakers_own_act(first) or not self._content_may_start(first, end):
            return None
        return first, self._content_end(first, end)

    def _topic_follows(self, start: int, end: int) -> bool:
        """'what he said about the talks', 'Mr. Lund said of Mr. Ferris': the topic spoken of, no reported
        clause (but 'said about 300 troops remain' and 'said about half were lost' are clauses)."""
        if self.lowers[start] not in TOPIC_ONLY_WORDS:
            return False
        following = start + 1
        return following >= end or not (self.words.like_num(following) or self.lowers[following] in SHARE_WORDS)

    def _clause_follows(self, start: int, end: int) -> bool:
        """Whether a clause with its own verb follows a THAT cue without 'that': 'reported the ship was
        hit', 'denied its jets had entered' (but not 'confirmed the patrol', an object)."""
        if start >= end:
            return False
        first = self.texts[start]
        if not (self.lowers[start] in CLAUSE_SUBJECT_STARTERS or first[:1].isupper() or self.words.like_num(start)):
            return False
        lowers = self.lowers
        for i in range(start + 1, min(end, start + MAX_CLAUSE_SUBJECT + 1)):
            word = lowers[i]
            previous = i - 1
            if word in FINITE_AUXILIARIES or word in {"'s", "’s"} and self.lowers[previous] in CONTRACTING_PRONOUNS:
                return True  # 'claims he's worth $10 billion'
            if word in IRREGULAR_PASTS and self.words.is_alpha(previous) and lowers[previous] not in NOT_SUBJECT_ENDS:
                return True  # 'suggested the navy went too far' (not 'read the checklist and took off')

            if word.endswith("ed") and self.words.is_lower(i) and self.words.is_alpha(previous):
                if self.lowers[previous] in PRONOUNS:
                    return True  # 'added he intended to stay': after a pronoun, a word in -ed is its verb
                # A verb in the past after its subject ('the bomber drill indicated'), not a participle
                # modifying a noun ('the newly refitted frigates').
                if (
                    i >= start + 2
                    and self.lowers[previous] not in CLAUSE_SUBJECT_STARTERS
                    and not (self._adverb(previous) or self.words.like_num(previous))
                ):
                    return True
            if self.words.is_punct[i] or self.words.is_mark(i) or word in CLAUSE_WORDS or word in OBJECT_BOUNDARIES:
                return False
        return False

    def _distant_that(self, start: int, end: int) -> int | None:
        """'stressed during the trip, ..., that ...', 'complained — ... — that ...': a 'that' after an
        adverbial stretch."""
        if start >= end or not (self.texts[start] in ASIDE_PUNCT or self.lowers[start] in ADJUNCT_PREPOSITIONS):
            return None
        closing = {"—", "–"} if self.texts[start] in {"—", "–"} else {","}  # an aside closes as it opened
        for i in range(start, min(end, start + MAX_THAT_DISTANCE)):
            if self.words.is_mark(i) or i in self.cue_at:
                return None
            if self.lowers[i] == "that" and self.texts[i - 1] in closing:
                return i
        return None

    def _content_start(self, sentence_start: int, boundary: int) -> int:
        """Where content left of a speaker begins: the sentence start, or after an earlier quote or a colon
        or semicolon in it ('At the same time, the tax has not ...: Riga was the largest naval hub of the
        world, according to one index')."""
        i = boundary
        while i > sentence_start and not self.used[i - 1] and self.texts[i - 1] not in {":", ";"}:
            i -= 1
        if i == sentence_start:
            # (with the marks right after the boundary: '... a real poll,” X said')
            end = boundary + 1
            while end < len(self.texts) and self.words.is_mark(end):
                end += 1
            if self.layout.double_marks_in(sentence_start, end) % 2:
                return self._quote_opening_sentence(sentence_start, end)
        return i

    def _quote_opening_sentence(self, sentence_start: int, boundary: int) -> int:
        """'Past chiefs "were rigid. They weren't ready." in comparison to Okafor, Brandt said.': content
        closing a quote opened in an earlier sentence of its paragraph starts with that sentence."""
        paragraph_start = self.layout.paragraph(sentence_start)[0]
        start = sentence_start
        if self.words.is_mark(start):
            return sentence_start  # the content opens a quote of its own
        for _ in range(MAX_QUOTED_SENTENCES):
            if start <= paragraph_start or self.used[start - 1]:
                break
            start = self.layout.sentence(start - 1)[0]
            if within(self.cue_starts, start, sentence_start):
                break  # 'X described it as "awful. It hurts," he said': the quote opened after a cue of its own
            if self.layout.double_marks_in(start, boundary) % 2 == 0:
                return start
        return sentence_start

    def _content_end(self, start: int, sentence_end: int) -> int:
        """The end of a reported clause: the sentence's end, or before ', adding that ...'."""
        for i in within(self.clause_breaks, start, sentence_end):  # no other token can end the clause early
            early_end = self._clause_break(start, i, sentence_end)
            if early_end is not None:
                return after_closing_mark(self.layout, start, early_end)
        texts = self.texts
        end = sentence_end
        while end > start and (
            texts[end - 1] in SENTENCE_END or texts[end - 1] in QUOTE_MARKS or self.words.is_space[end - 1]
        ):
            end -= 1
        if self.layout.double_marks_in(start, end) % 2:
            # Keep the closing mark of a quoted phrase that ends the clause: 'were "part of a pattern"', or of
            # a quote that runs on over sentences: 'that "I believe the rebels would have split. They ..."'.
            paragraph_end = self.layout.paragraph(start)[1]
            for i in range(end, min(paragraph_end, end + MAX_QUOTE_RUN_ON)):
                if texts[i] in DOUBLE_QUOTE_MARKS:
                    return i + 1
        return end

    def _clause_break(self, start: int, i: int, sentence_end: int) -> int | None:
        """Where a clause starting at `start` ends early at the break i (a cue, a comma or 'but'), or None."""
        texts, lowers = self.texts, self.lowers
        cue = self.cue_at.get(i)
        if cue is not None and self.layout.double_marks_in(start, i) % 2:
            return None  # '"happens to be, we believe, wrong"': the speaker's own aside inside the quote
        if cue is not None and cue.label not in {"ACCORDING", "FINDING"} and i > start:
            before_cue = self._before_next_cue(start, i)
            if before_cue is not None:
                return before_cue
        if cue is not None and cue.label == "ACCORDING":
            comma = before_closing_marks(self.layout, i - 1, start)
            if texts[comma] == ",":
                return comma
        if (
            lowers[i] == "but"
            and i + 1 < sentence_end
            and (self._shares_subject(i + 1) and not auxiliary_goes_on(lowers, i + 1) or lowers[i + 1] in NARRATED)
        ):
            comma = i - 1
            while comma > start and texts[comma] in QUOTE_MARKS:
                comma -= 1
            if texts[comma] == ",":
                return comma  # '..., but gave no details', '..., but he sounded a note': the writer's words
        if texts[i] == "," and i + 2 < sentence_end and lowers[i + 1] == "without":
            if lowers[i + 2] in UNSUPPORTED_WORDS:
                return i  # ', without elaborating', ', without providing evidence': how it was said
        if texts[i] in {",", ";", *DASHES} and i > start and self._writer_goes_on(start, i, sentence_end):
            return i
        return None

    def _writer_goes_on(self, start: int, i: int, sentence_end: int) -> bool:
        """Whether the writer's own words follow the punctuation at i, past the end of a statement (outside
        any quote it opened): a semicolon's second clause, a comment on it running to the sentence's end
        (', a swipe at ...', ', which ...', ', compared with ...', ' — a proposal he has raised'), or a main
        clause of its own (', and the ministry released the video')."""
        if i + 2 >= sentence_end or self.layout.double_marks_in(start, i) % 2:
            return False
        if self.texts[i] == ";":
            return True
        following = self.lowers[i + 1]
        if self.texts[i] in DASHES:
            # a dash between spaces, opening an aside that no second dash closes
            unpaired = not self.words.touches_previous(i) and self.texts[i] not in self.texts[i + 1 : sentence_end]
            return unpaired and (following in COMMENT_OPENERS or following == "the")
        if following == "the" and not self.words.is_lower(i - 1) and not self._clause_follows(i + 1, sentence_end):
            return apposition_runs_to(self.layout, i + 1, sentence_end)  # 'Mr. Kerry, the chief negotiator'
        if following in COMMENT_OPENERS:
            return "," not in self.texts[i + 1 : sentence_end] and not self._speakers_words_in(i, sentence_end)
        return (
            following == "and"
            and self.lowers[i + 2] not in CONTINUING_SUBJECTS
            and not self.words.is_mark(i - 1)
            and self._clause_follows(i + 2, sentence_end)
            and not self.layout.double_marks_in(i, sentence_end)
        )

    def _speakers_words_in(self, start: int, end: int) -> bool:
        """Whether [start, end) quotes words with no cue of its own, so they go on the speaker's statement
        (', who is "absolutely wrong"'; not ', who called it "reckless"')."""
        return bool(self.layout.double_marks_in(start, end)) and not within(self.cue_starts, start, end)

    def _before_next_cue(self, start: int, cue_start: int) -> int | None:
        """The end of a clause before a later cue in it: ', adding that', ', and added that', ', but did
        not say', or a second speaker's statement; None when the cue reports within the clause."""
        texts, lowers = self.texts, self.lowers
        j = cue_start - 1
        while j > start and (lowers[j] in AUXILIARIES or texts[j] in QUOTE_MARKS):
            j -= 1
        if texts[j] == "," or (lowers[j] in {"and", "but"} and texts[j - 1] == ","):
            return j if texts[j] == "," else j - 1
        if texts[j] in DASHES and lowers[cue_start].endswith("ing"):
            return j  # '... — asserting that ...': the speaker's next statement
        if lowers[j] in {"and", "but"} and j > start:
            if self._bare_verb_goes_on(start, j, cue_start):
                return None  # 'said he would sit the envoy down and tell him "no more games"'
            return j  # 'called the flight "reckless" and said ...': the next verb shares the subject
        second = self._second_speaker_start(start, j + 1, self.cue_at[cue_start].label == "SAY")
        return second if second is not None else self._contrast_start(start, j)

    def _bare_verb_goes_on(self, start: int, joiner: int, cue_start: int) -> bool:
        """Whether a bare cue verb after 'and' goes on from a modal or 'to' in the clause ('he would sit
        Putin down and tell him ...'), so the clause's subject says it, not the speaker."""
        cue_word = self.lowers[cue_start]
        if self.lowers[joiner] != "and" or cue_word.endswith(("s", "ing")) or self._shares_subject(cue_start):
            return False
        for i in range(joiner - 1, start, -1):
            if self.texts[i] in {",", ";"} or self.words.is_mark(i):
                return False
            if self.lowers[i] in MODALS:
                return True
        return False

    def _contrast_start(self, start: int, subject_end: int) -> int | None:
        """Where a contrasting clause with a cue of its own begins, whoever its subject: 'X accused Y of A
        while Z suggests B', '..., though voters are more likely to say B' -> before 'while', 'though'."""
        for i in range(subject_end, max(start + 1, subject_end - MAX_CONTRAST_SUBJECT), -1):
            if self.words.is_punct[i] or self.words.is_mark(i):
                return None
            if self.lowers[i] in CONTRAST_JOINERS and self.layout.double_marks_in(start, i) % 2 == 0:
                return i - 1 if self.texts[i - 1] == "," else i
        return None

    def _second_speaker_start(self, start: int, end: int, saying: bool = False) -> int | None:
        """Where a second statement with a speaker of its own begins, given its speaker ends at `end`: 'X said A, while
        the navy said B', 'X said A, but Japan said B', 'A, and more than 3 in 10 said B' -> the comma before it; also
        after a semicolon or a dash ('A; 26 percent say B', 'A - others say B') and after a bare 'and', 'but' or 'while'
        before a verb of saying ('One in three said A and one in four said B') -> the punctuation or the joiner; not
        before a pronoun ('said A and he feels B': the same speaker going on)."""
        phrase_start = comparative_share_start(self.lowers, self._phrase_start(end, start), start, self._share(end - 1))
        comma = before_closing_marks(self.layout, phrase_start - 1, start)
        if comma > start and self.lowers[comma] in SECOND_STATEMENT_JOINERS:
            bare = self.texts[comma - 1] not in STATEMENT_BREAKS and self.lowers[comma] in BARE_JOINERS
            if bare and saying and self.lowers[phrase_start] not in PRONOUNS:
                comma += 1  # (the joiner itself ends the first statement)
            comma -= 1
        if start < comma and phrase_start < end and (self.texts[comma] == ";" or self.words.is_mark(comma)):
            if self._share(end - 1):
                # '..., 61 percent said A; 46 percent said B', '21 percent said "not likely" and 14 percent said'
                return comma if self.texts[comma] == ";" else comma + 1
        if comma <= start or self.texts[comma] not in STATEMENT_BREAKS | BARE_JOINERS or phrase_start >= end:
            return None
        if self.texts[comma] in {"—", "–", "--", "-"} and self.texts[comma] in self.texts[start:comma]:
            return None  # '— a word used by observers — Johnson spoke of': the dash closes an aside
        if end - phrase_start == 1 and self.lowers[phrase_start] in STANDALONE_SUBJECTS or self._share(end - 1):
            return comma  # '..., while others said ...', '..., and three-quarters said ...'
        return comma if self._checked(phrase_start, end) is not None else None

    def _share(self, i: int) -> bool:
        """Whether the word at i ends a share of people: '59 percent', 'three-quarters', '4 in 10'."""
        word = self.lowers[i]
        if word in SHARE_WORDS or word.endswith(("quarters", "thirds")):
            return True
        return self.lowers[i - 1] in {"in", "of"} and self.words.like_num(i)

    def _standalone_subject(self, i: int, start: int) -> bool:
        """'Some said ...', 'but another said ...', ', while others say': a quantifier alone, opening its clause."""
        opens_clause = i == start or self.texts[i - 1] in {",", ";"} or self.lowers[i - 1] in CLAUSE_OPENERS
        return opens_clause and self.lowers[i] in STANDALONE_SUBJECTS

    def _shares_subject(self, i: int) -> bool:
        """Whether the word at i is a verb going on without a subject of its own: 'but gave no details',
        'but declined to say'."""
        word = self.lowers[i]
        return self.words.is_lower(i) and (word.endswith("ed") or word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS)

    def _resumes_after(self, after: int, end: int) -> bool:
        """Whether the sentence goes on after ', X said,' with the rest of the statement: a verb ('The
        bombers, X said, flew ...'), a connective ('The crash was caused, X said, by ice'), or the clause
        an opening adjunct led to ('After the talks, X said, Lee flew home')."""
        if after + 2 >= end or self.texts[after] != ",":
            return False
        i = after + 1
        while i + 1 < end and self.words.is_mark(i):
            i += 1  # 'Lindqvist, an aide said, “is very confident”': a quoted rest
        following = self.lowers[i]
        capitalised = self.texts[i][:1].isupper()  # 'Lee', 'Mr. Lee', 'U.S. forces'
        if not (self.words.is_alpha(i) or capitalised):
            return False
        if i in self.cue_at and (capitalised or self._speakers_own_act(i)):
            return False  # ', the Pentagon said, Reuters reported', ', X said, citing ...'
        if capitalised and i > after + 1:
            return False  # ', he said in his book, "An American Son."': a quoted title or a quote of its own
        if capitalised or following in RESUMING_CONNECTIVES:
            # not a second statement: ', because he said ...', '..., while ..., the Sun-Times reported.'
            own_cue = within(self.cue_starts, i + 1, min(end, i + MAX_SECOND_SUBJECT))
            return following not in TIME_WORDS and not own_cue and not self._closing_attribution_in(i + 1, end)
        # (a verb of saying may be the statement's own: 'Bringing the show back, he said, feels right')
        return following not in RESUMING_STOPWORDS and not self._speakers_own_act(i)

    def _complementizer(self, i: int) -> bool:
        """Whether the word at i is a 'that' introducing a clause, not the pronoun of "that's"."""
        return self.lowers[i] == "that" and not (i + 1 < len(self.texts) and self.texts[i + 1] in {"'s", "’s"})

    def _speakers_own_act(self, i: int) -> bool:
        """', the Pentagon said, calling it ...', ', citing ...': the speaker's own act, no part of the statement."""
        return self.lowers[i].endswith("ing") or i in self.cue_at and self.cue_at[i].label == "ACCORDING"

    def _closing_attribution_in(self, start: int, end: int) -> bool:
        """Whether the sentence ends in an attribution of its own ('..., KING-TV reported, while in Chicago
        the parade began ..., the Sun-Times reported.'): what follows is a second statement."""
        cues = within(self.cue_starts, start, end)
        if not cues:
            return False
        last = self.cue_at[cues[-1]]
        closes = all(self.words.is_punct[i] or self.words.is_mark(i) for i in range(last.end, end))
        return closes and "," in self.texts[max(start, last.start - MAX_CLAUSE_SUBJECT) : last.start]

    def _clause_goes_on(self, i: int) -> bool:
        """Whether the words at i carry on the clause a quote stands in ('and the ships returned', 'were
        over'), rather than closing it or adding an adjunct ('when asked', 'on Monday', ', he said')."""
        word = self.lowers[i]
        if word in {"and", "or", "but"}:
            return True
        return self.words.is_lower(i) and self.words.is_alpha(i) and word not in CLAUSE_WORDS | ADJUNCT_PREPOSITIONS

    def _cue_ending_at(self, end: int) -> Match | None:
        for start in range(max(0, end - 4), end):
            cue = self.cue_at.get(start)
            if cue is not None and cue.end == end:
                return cue
        return None

    def _adjuncts_only(self, start: int, end: int) -> bool:
        """Whether [start, end) between a cue and its quote is only an adjunct ("in a statement")."""
        if end - start > MAX_ADJUNCT_TOKENS:
            return False
        return not any(
            self.words.is_mark(i) or self.texts[i] in SENTENCE_END or i in self.cue_at for i in range(start, end)
        )

    def _reporting_verb_in_clause(self, start: int, end: int) -> bool:
        """Whether the clause from `start` is '<subject> <reporting verb> ...' ('NHK said ...')."""
        for i in range(start, min(end, start + MAX_UNPUNCTUATED_SPEAKER + 1)):
            if self.texts[i] in CLAUSE_PUNCT or self.words.is_mark(i) or self.lowers[i] in CLAUSE_WORDS:
                return False
            cue = self.cue_at.get(i)
            if cue is not None and cue.label != "ACCORDING":
                return True
        return False


def _singular_unit(word: str) -> str:
    return word[:-1] if word.endswith("s") else word
