"""Reported speech: statements without quotation marks, read around each cue.

- "X said (that) ...": the speaker is the noun phrase before the cue, the content the rest of
  the sentence after it;
- "..., X said." / "..., said X.": when nothing follows, the content is the sentence before
  the speaker; "The bombers, the ministry said, flew ..." is one statement in two parts;
- "according to X, ..." and "..., according to X" (`according.py`): the speaker follows the cue;
- "TASS quoted an official as saying ...": the speaker sits inside the cue;
- ", adding that ..." or ", and added that ...": a second statement by the same speaker.
"""

from __future__ import annotations

from ...text.matching import Match
from .clauses import ASIDE_PUNCT, CLAUSE_OPENERS, MAX_LISTENER_TOKENS, SHARE_WORDS
from .cuenouns import CueNouns
from .layout import SENTENCE_END, within
from .marks import QUOTE_MARKS, QuoteRegion
from .mentions import SpeakerMention
from .phrases import DESCRIPTION_BREAKS, MAX_RELATIVE_TOKENS, MAX_SUBJECT_TOKENS, OPENING_CONJUNCTIONS
from .questions import QUESTION_WORDS
from .saidshapes import SaidShapes
from .state import MIN_CONTENT_TOKENS, SPEAKING_KINDS, Found
from .subjects import MAX_LENIENT_SUBJECT
from .wordlists import (
    ANSWER_WORDS,
    AUXILIARIES,
    BELIEF_ADJECTIVES,
    CLAUSE_WORDS,
    CROWD_NOUNS,
    DETERMINERS,
    FINDING_VERBS,
    FINITE_AUXILIARIES,
    NEGATIONS,
    NOUNS_ENDING_IN_S,
    PRONOUNS,
    REFUSALS,
    RELATIVE_PRONOUNS,
    RESTRICTIVE_RELATIVES,
    WH_CUES,
)

MAX_CLOSING_ADJUNCT = 10  # tokens after '..., X said' before its sentence's end
MAX_DESCRIBING_CLAUSE = 24  # '..., said Pike, who sold a drone start-up to a defence group and is building ...'
# Words opening an adjunct after the object of an OBJECT cue: the object ends before them.
REQUEST_VERBS = {"asked", "asks", "ask", "asking"}
WH_OPENERS = {"how", "why", "what"}  # not 'when', which opens adjuncts too ('explained when asked')
NON_MODIFIERS = DETERMINERS | PRONOUNS  # 'The plan helps farmers', 'it helps farmers': a verb follows these
# 'After saying ..., the pilot ...', 'But noting that ..., the minister ...'
PARTICIPLE_OPENERS = OPENING_CONJUNCTIONS | {"after", "while", "before", "upon", "by", "in"}
PARTICIPLE_JOINERS = {"while", "before", "after", "upon", "by"}  # ', while arguing', ', before insisting'


class ReportedSpeech(SaidShapes, CueNouns):
    """Finding statements reported without quotation marks."""

    def _reported_speech(self) -> None:
        for cue_start in sorted(self.cue_at):
            cue = self.cue_at[cue_start]
            if self.used[cue.start]:
                continue
            sentence = self.layout.sentence(cue.start)
            if cue.label == "ACCORDING":
                self._according_to(cue, sentence)
            elif cue.label == "QUOTED":
                self._quoted_as_saying(cue, sentence)
            elif cue.label == "FINDING" or cue.id in FINDING_VERBS:
                stated = self._finding_or_statement(cue, sentence)  # 'a poll shows', or 'the minister indicated'
                if stated is not None:
                    self._said(stated, sentence)
            else:
                self._said(cue, sentence)
        self._headline_statements()
        self._join_quotes_after_speakers()

    def _join_quotes_after_speakers(self) -> None:
        """'The cadet is "learning fast," Ward said. "It takes a very different set of skills."': a
        quoted sentence right after '..., X said.' with no speaker of its own goes on X's statement."""
        starts = {region.open: region for region in self.layout.regions if region.close is not None}
        quoted = {s for f in self.found for s, _ in f.parts if f.kind == "direct"}
        for found in self.found:
            if found.kind != "indirect" or found.speaker is None or found.cue is None:
                continue
            if len(found.parts) > 1:
                continue
            if found.parts[-1][1] > found.speaker.start:
                if found.cue.label not in {"SAY", "THAT"} and not self._that_clause(found.parts[0][0]):
                    continue  # ('argues that ...' goes on; 'defended the plan' names no statement to go on)
                # 'Salo said 10,000 would be deployed. "That adds up to 18,500."': a statement running to
                # its sentence's end, then a quoted sentence with no speaker of its own
                attribution_end = found.parts[-1][1]
            else:
                attribution_end = max(found.cue.end, found.speaker.end)  # '..., X said.'
            region = starts.get(self._next_sentence_start(attribution_end))
            if region is not None and region.content_start not in quoted and self._whole_sentence(region):
                found.parts.append((region.content_start, region.content_end))

    def _that_clause(self, content_start: int) -> bool:
        return content_start > 0 and self._complementizer(content_start - 1)

    def _next_sentence_start(self, attribution_end: int) -> int:
        """The first token of the sentence after an attribution that ends its sentence, or -1."""
        end = self.layout.sentence(attribution_end - 1)[1]
        # Adjuncts may close the attribution ('Colonel Ward said from his office in Tampere.'), not a clause;
        # nor may a longer relative clause describing the speaker ('..., said Pike, who sold a start-up.')
        described = attribution_end + 1 < end and self.texts[attribution_end] == ","
        described = described and self.lowers[attribution_end + 1] in RELATIVE_PRONOUNS
        longest = MAX_DESCRIBING_CLAUSE if described else MAX_CLOSING_ADJUNCT
        if end - attribution_end > longest or within(self.cue_starts, attribution_end, end):
            return -1
        if end >= len(self.texts) or self.layout.paragraph_of[end] != self.layout.paragraph_of[attribution_end - 1]:
            return -1
        return end

    def _whole_sentence(self, region: QuoteRegion) -> bool:
        """Whether a quoted region is a sentence of its own: nothing but its closing punctuation after it."""
        sentence_end = self.layout.sentence(region.open)[1]
        return all(
            self.texts[i] in SENTENCE_END or self.words.is_space[i] for i in range(region.close + 1, sentence_end)
        )

    def _quoted_as_saying(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'TASS quoted a ministry spokesman as saying (that) ...': the speaker sits inside the cue."""
        mention = self.vocabulary.read(cue.start + 1, cue.end - 2)
        if mention is None:
            return
        start = cue.end + 1 if cue.end < sentence[1] and self.lowers[cue.end] == "that" else cue.end
        if self._add_reported((start, self._content_end(start, sentence[1])), cue, mention):
            self.last_speaker[self.layout.sentence_of[cue.start]] = mention

    def _said(self, cue: Match, sentence: tuple[int, int]) -> None:
        """A reporting verb: 'X said (that) ...', '..., X said.', '..., said X.', ', adding that ...'."""
        start, end = sentence
        # ('after reports that ...', 'lay claim to': a noun, whose speaker is not read)
        if self._describes_speaker(cue, sentence) or self._question_read(cue, sentence) or self._noun_cue(cue, start):
            return
        subject, inherited = self._speaker_before(cue, start)
        if subject is not None and not inherited and self._after_statement_comma(cue, subject):
            if self._speaker_after(cue, sentence):
                return  # 'The convoy, as always, was late, said Col. Lee.': the speaker follows the cue
        if subject is None or inherited and self._speaker_after(cue, sentence):
            if subject is None and not self._speaker_after(cue, sentence):
                self._opening_participle(cue, sentence)
            return  # '..., said Katie Harbath.': not a second verb of the sentence's subject
        self.last_speaker[self.layout.sentence_of[cue.start]] = subject
        if self._no_statement(cue, start) or not self._fits_cue(cue, subject, start, inherited):
            return
        after = self._after_adjuncts(cue)
        if after is None:  # (or 'told sailors at a canteen in Portsmouth, New Hampshire, that ...': a far 'that')
            after = self._closing_listener_end(cue, subject, sentence) or self._before_far_that(cue, end)
        elif after < sentence[1] and self.texts[after] not in {",", ";"} | SENTENCE_END:
            after = self._closing_adjuncts_end(cue, subject, sentence) or after
        if after is None:
            return  # "told the pilots to turn back": an order, not a statement
        content, second = self._said_content(cue, subject, inherited, sentence, after)
        if content is not None and second is None and content[0] >= cue.end:
            content = self._before_main_clause(subject.start, content)  # 'While X said A, B ...'
        if content is not None:
            self._add_said(content, second, cue, subject, inherited)

    def _opening_participle(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'Noting that the jets had left, the minister said ...': a participle opening the sentence states
        what follows its 'that', said by the subject of the main clause after the next comma."""
        start, end = sentence
        opener = cue.start
        while opener > start and self.lowers[opener - 1] in PARTICIPLE_OPENERS:
            opener -= 1
        that = cue.end
        if opener != start or not self.lowers[cue.start].endswith("ing") or that >= end:
            return
        if self.lowers[that] != "that":
            # 'After saying he was nervous, the pilot ...': 'saying' needs no 'that'
            if cue.start == start or cue.id != "say" or not self._content_may_start(that, end):
                return
            that -= 1
        for comma in within(self.clause_breaks, that + 2, end):
            if self.texts[comma] != ",":
                continue
            speaker = self._subject_opening_main_clause(comma + 1, end)
            if speaker is not None:
                self.extra_mentions.append(speaker)
                self._add_reported((that + 1, comma), cue, speaker)
                return

    def _subject_opening_main_clause(self, start: int, end: int) -> SpeakerMention | None:
        """The subject opening a main clause at `start`: a name or title ('the minister said'), or a pronoun."""
        if start < end and self.lowers[start] in PRONOUNS:
            if start + 1 < end and self.words.is_lower(start + 1):
                return self.vocabulary.read(start, start + 1)
            return None
        subject = self._sentence_subject(start, end)
        return subject if subject is not None and subject.kind in SPEAKING_KINDS else None

    def _said_content(
        self, cue: Match, subject: SpeakerMention, inherited: bool, sentence: tuple[int, int], after: int
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The content of a reporting verb whose adjuncts end at `after`, and its second part when the
        speaker's attribution splits it."""
        start, end = sentence
        content = self._introduced_content(subject, start, after, end)
        if content is not None:
            return content, None
        that = self._far_that(cue, after, end) or self._far_that(cue, cue.end, end)  # 'stated on NBC's "Meet ..." that'
        if that is not None:
            return (that + 1, self._content_end(that + 1, end)), None
        if subject.start > start and not inherited and self._circumstance_after(after, end):
            return self._content_before_speaker(subject, start, after, end)  # '..., X told aides as he left'
        if self._statement_closes(after, end, inherited, cue.label):
            if inherited:
                return None, None
            if subject.start <= start:
                return self._content_after_comma(cue, after, end), None
            return self._content_before_speaker(subject, start, after, end)
        return self._content_after_cue(cue, after, end, subject), None

    def _add_said(
        self,
        content: tuple[int, int],
        second: tuple[int, int] | None,
        cue: Match,
        subject: SpeakerMention,
        inherited: bool,
    ) -> None:
        if second is not None:
            # "The bombers, the ministry said, flew for seven hours.": one statement, two parts.
            if self._add_reported(content, cue, subject, second=second, minimum=1):
                self._take(subject.start, subject.end)
            return
        start = self.layout.sentence(cue.start)[0]
        relative = None
        if subject.start > start and self.lowers[subject.start - 1] in {"which", "that", "who", "whom"}:
            content = self._relative_clause_only(content)
            relative = self._relative_word(subject.start - 1, content[0]) or self._characterized_relative(cue, subject)
        elif subject.start > start and self.lowers[subject.start - 1] == "what":
            content, relative = self._what_characterized(cue, subject, content)  # 'what he called "a sham"'
        elif self._after_relative_who(cue, subject):
            content = self._relative_clause_only(content)  # 'X, who said Y raped her, recounted ...': Y only
        minimum = 1 if relative is not None else MIN_CONTENT_TOKENS  # 'that he said defied expectations'
        if self._add_reported(content, cue, subject, inherited, minimum=minimum, relative=relative) and not inherited:
            self._take(subject.start, subject.end)

    def _after_relative_who(self, cue: Match, subject: SpeakerMention) -> bool:
        """Whether the cue's subject is a relative 'who' after its antecedent ('X, who has said ...')."""
        i = cue.start - 1
        while i > subject.end and self.lowers[i] in AUXILIARIES:
            i -= 1
        return i > subject.end and self.lowers[i] == "who"

    def _relative_clause_only(self, content: tuple[int, int]) -> tuple[int, int]:
        """'The drill, which the ministry said would last a week, began': the relative clause only."""
        return content[0], next((i for i in range(*content) if self.texts[i] == ","), content[1])

    def _no_statement(self, cue: Match, start: int) -> bool:
        """ "it did not say how long", "declined to say whether", "the crew was told to", "having said that"."""
        # ('is convinced that' is no passive)
        passive = self._passive_verb(cue, start) and self.lowers[cue.start] not in BELIEF_ADJECTIVES
        question = self._question_about_speech(cue, start)
        return self._negated(cue, start) or passive or question or self.lowers[cue.start - 1] == "having"

    def _fits_cue(self, cue: Match, subject: SpeakerMention, start: int, inherited: bool) -> bool:
        """Whether the cue reports a statement by `subject`: not a noun ("Beijing's claims"), a belief only
        as a stated position, and a verb taking its statement as object not in a headline's summary
        ('Koizumi calls flight "intimidation"') nor in a relative clause whose object it lacks ('the
        flight, which he described as saber-rattling')."""
        if self.texts[subject.end - 1] in {"'s", "’s"} and self.texts[subject.end] not in DESCRIPTION_BREAKS:
            return False  # ('X, a friend of the minister's, said': a description ends in the possessive)
        if cue.label == "BELIEF":
            stated = self._states_positions(subject) and self._predicate_adjective(cue)
            return stated and not self._quoted_aside(cue, subject)
        if cue.label == "OBJECT":
            object_relative = subject.start > start and self.lowers[subject.start - 1] in {"which", "that", "whom"}
            object_relative = object_relative and self._characterized_relative(cue, subject) is None
            return not object_relative and not self._headline_at(cue.start)
        return True

    def _object_content_at(self, cue: Match, after: int, end: int) -> bool:
        """Whether a statement starts at `after` as the object of an OBJECT cue: not a clause missing
        its subject ('a move they have warned could trigger sanctions'), nor a request ('asked the crews
        to stay alert': an order, like 'told the pilots to turn back')."""
        if not self._content_may_start(after, end) or self.lowers[after] in FINITE_AUXILIARIES:
            return False
        if self.lowers[cue.start] in REQUEST_VERBS:
            if self.lowers[after] in QUESTION_WORDS:
                return True  # 'asked why the deal was signed': a question asked
            return "to" not in self.lowers[after : min(end, after + MAX_LISTENER_TOKENS)]
        return True

    def _states_positions(self, speaker: SpeakerMention) -> bool:
        """Whether a belief's holder is one who states positions (a person, an organization, a country,
        analysts, officials), so that "X believes ..." reports X's stated position; not an unnamed crowd
        ("many voters fear", "most Americans think")."""
        return speaker.kind != "group" or speaker.head not in CROWD_NOUNS

    def _any_subject(self, cue: Match, start: int) -> SpeakerMention | None:
        """A short noun phrase opening the clause of a reporting verb, read as its speaker even with no
        speaker's word in it ('The heads of both shipyards told AP ...'; not for beliefs, whose
        holder must be one who states positions)."""
        phrase_start, end = self._subject_span(cue, start)
        if end > start and self._standalone_subject(end - 1, start):
            i, word = end - 1, self.texts[end - 1]
            return SpeakerMention(i, end, "group", word.lower(), word, self.words.idx[i], self.words.end_char(i))
        plural = self._plural_subject(start, end)  # 'Opponents say', "Brandt's associates insisted"
        if plural is not None:
            return plural
        if (
            not 0 < end - phrase_start <= MAX_LENIENT_SUBJECT
            or phrase_start != start
            and self.texts[phrase_start - 1] != ","
            and not self._after_opening_word(phrase_start, start)
        ):
            return None
        if not (self.lowers[phrase_start] in DETERMINERS or self.words.like_num(phrase_start)) or any(
            self.words.is_mark(i) for i in range(phrase_start, end)
        ):
            return None
        if within(self.cue_starts, phrase_start, end):
            return None
        return self.vocabulary.read(phrase_start, end, lenient=True)

    def _plural_subject(self, start: int, end: int) -> SpeakerMention | None:
        """A phrase of common words ending in a plural or a share, opening its clause before a verb of
        speech: 'Opponents say ...', 'While only 7 percent said ...', '1,409 teachers said', 'Her advisers
        and allies say', "Brandt's associates said"."""
        if end <= start:
            return None
        head = self.lowers[end - 1]
        plural = head.endswith("s") and head not in NOUNS_ENDING_IN_S and not self.words.is_upper(end - 1)
        plural = plural and self.words.is_lower(end - 1)  # 'Democrats say' is read by the speaker vocabulary
        # 'About 9 percent', '42%', 'Nearly half', 'nine out of 10', 'About three in 10'
        share = head in SHARE_WORDS or self.lowers[end - 2] in {"of", "in"} and self.words.like_num(end - 1)
        if not (plural or share):
            return None  # (the head first: most phrases before a cue end in neither)
        i = end
        while i > start and end - i < MAX_LENIENT_SUBJECT and self._subject_word(i - 1):
            i -= 1
        if i == end or self.lowers[i] in CLAUSE_WORDS or within(self.cue_starts, i, end):
            return None
        opens_clause = i == start or self.texts[i - 1] in {",", ":", ";"} or self.lowers[i - 1] in CLAUSE_OPENERS
        if not opens_clause or self._verb_in_phrase(i, end):
            return None
        return self.vocabulary.read(i, end, lenient=True)

    def _subject_word(self, i: int) -> bool:
        """A word of a noun phrase: a word, a number, a percent sign, a possessive, no clause word."""
        word = self.lowers[i]
        if word in {"%", ","}:
            return self.words.like_num(i - 1)  # '42%', '1,409'
        return (self.words.is_alpha(i) and word not in CLAUSE_WORDS) or self.words.like_num(i) or word in {"'s", "’s"}

    def _verb_in_phrase(self, start: int, end: int) -> bool:
        """Whether a word in -s inside the phrase may be a verb ('But it helps farmers say') rather than a
        plural joined to the head ('advisers and allies', 'majorities in all five', 'Abortion rights
        advocates' after a first word that is no determiner)."""
        for j in range(start, end - 1):
            if not self.lowers[j].endswith("s") or self.lowers[j + 1] in {"and", "or", "of", "in"}:
                continue
            if not (j == start + 1 and self.words.is_alpha(start) and self.lowers[start] not in NON_MODIFIERS):
                return True
        return False

    def _speaker_before(self, cue: Match, start: int) -> tuple[SpeakerMention | None, bool]:
        """The subject of a cue, and whether it is shared with an earlier verb ('X said ..., adding
        that ...', 'X called it "barbaric" and said ...')."""
        if self._participle_link(cue, start) or self._participle_after_object(cue, start):
            participle_subject = self._main_clause_subject(cue, start)  # 'X defended the flight, saying ...'
            return participle_subject, participle_subject is not None
        subject = self._share_before_who(cue, start) or self._subject(cue, start)
        if subject is None and cue.label in {"SAY", "THAT", "OBJECT"}:
            subject = (
                self._share_subject(cue, start)
                or self._any_subject(cue, start)
                or self._described_speaker(cue, start)
                or self._modified_subject(cue, start)
                or self._absolute_subject(cue, start)
            )
        if subject is not None:
            self.extra_mentions.append(subject)
            return subject, False
        previous = self.last_speaker.get(self.layout.sentence_of[cue.start])
        if not self._joined_to_previous(cue, start):
            return None, False
        if previous is None:
            previous = self._clause_subject(cue, start)  # "X called it "barbaric" and said ..."
        return previous, previous is not None

    def _introduced_content(self, subject: SpeakerMention, start: int, after: int, end: int) -> tuple[int, int] | None:
        """Content introduced after the cue: by 'that' (also after an aside), by a colon, or after
        'As the minister said,'."""
        if after >= end:
            return None
        that = self._distant_that(after, end) if self.texts[after] in ASIDE_PUNCT else None
        if that is not None:
            return that + 1, self._content_end(that + 1, end)
        if self._complementizer(after) or self.texts[after] == ":":
            return after + 1, self._content_end(after + 1, end)
        if self.texts[after] == "," and self._opens_with_as(subject, start):
            return after + 1, self._content_end(after + 1, end)  # "As the minister said, ..."
        return None

    def _statement_closes(self, after: int, end: int, inherited: bool, label: str) -> bool:
        """Whether nothing of the statement follows the cue: its sentence ends, or a comma, a semicolon
        or 'according to' comes next ('..., X said.'), or after a verb of saying a dash with no 'that'
        after it ('..., Lindqvist said at an event in Ohio — a reversal of ...')."""
        return (
            after >= end
            or self.texts[after] in SENTENCE_END
            or self.texts[after] == ";"
            or (self.texts[after] == "," and not inherited)
            or (
                self.texts[after] in {"—", "–"}
                and not inherited
                and label == "SAY"
                and "that" not in self.lowers[after:end]
            )
            or (after in self.cue_at and self.cue_at[after].label == "ACCORDING")
        )

    def _content_before_speaker(
        self, subject: SpeakerMention, start: int, after: int, end: int
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """'..., X said.': the content before the speaker's comma, and the rest of the statement when
        the sentence resumes after the cue ('The bombers, the ministry said, flew ...')."""
        boundary = subject.start - 1
        while boundary > start and (self.words.is_mark(boundary) or self.words.is_space[boundary]):
            boundary -= 1
        if self.texts[boundary] != ",":
            return None, None
        content = (self._content_start(start, boundary), boundary)
        if (
            self._resumes_after(after, end)
            or self._main_clause_after(content[0], after, end)
            or self._completes_opening(content, after, end)
            or self._completes_subordinate(content, after, end)
        ):
            return content, (after + 1, self._content_end(after + 1, end))
        if (
            after + 1 < end
            and self.texts[after] == ","
            and self.words.is_mark(after + 1)
            and self._cue_ending_at(after)
        ):
            return None, None  # 'At one point, Halvorsen tweeted, "...": an opening, then the quote said
        return content, None

    def _completes_opening(self, content: tuple[int, int], after: int, end: int) -> bool:
        """'Now, he says, at least seven delegates have signed on': one or two words before the speaker
        are no statement of their own; a long rest after the attribution completes them."""
        return (
            content[1] - content[0] <= 2
            and after + MAX_CLOSING_ADJUNCT < end
            and self.texts[after] == ","
            and self.words.is_lower(after + 1)
            and not self._speakers_own_act(after + 1)
        )

    def _content_after_cue(self, cue: Match, after: int, end: int, subject: SpeakerMention) -> tuple[int, int] | None:
        """A clause right after the cue without 'that': any clause after SAY ('said the jets left'),
        one whose verb shows soon after THAT ('confirmed two jets had entered')."""
        if cue.label == "SAY" and self._content_may_start(after, end) and not self._topic_follows(after, end):
            return after, self._content_end(after, end)
        if after == cue.end and self._promise_to(cue, end):
            promise = after, self._promise_end(after, self._content_end(after, end))
            return promise if promise[1] - after >= MIN_CONTENT_TOKENS else None  # not 'what he promises to do'
        question = self._question_after_listener(cue, after, end)  # 'asked the admiral whether ...'
        if question is not None:
            return question, self._content_end(question, end)
        if cue.label == "OBJECT" and self._object_content_at(cue, after, end):
            return after, self._statement_object_end(cue, after, self._content_end(after, end))
        if cue.label in {"THAT", "BELIEF"}:
            that = self._distant_that(cue.end, end)
            if that is None and cue.label == "THAT":
                that = self._that_after_listener(after, end)  # 'wrote the committee that ...'
            if that is not None:
                return that + 1, self._content_end(that + 1, end)
            if (
                self._clause_follows(after, end)
                or cue.id in WH_CUES
                and self.lowers[after] in WH_OPENERS
                or self._subject_with_preposition(after, end)
                or cue.label == "BELIEF"
                and (self._belief_clause_at(after, end) or self._forecast_at(cue, after, end))
            ):
                return after, self._content_end(after, end)  # 'explained why the jets were sent'
            if cue.label == "THAT":
                return self._noun_object(cue, subject, after, end)  # 'stressed the importance of the alliance'
        return None

    def _describes_speaker(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """Whether the cue sits in a relative clause describing the speaker of a later cue: 'An official
        who asked not to be named said ...', 'A pilot who reported the sighting told ...'."""
        start, end = sentence
        i = cue.start - 1
        while i > start and self.lowers[i] in AUXILIARIES:
            i -= 1
        if not (i > start and self.lowers[i] in RESTRICTIVE_RELATIVES and self.texts[i - 1] != ","):
            return False
        later = (self.cue_at.get(j) for j in range(cue.end, min(end, cue.end + MAX_RELATIVE_TOKENS)))
        return any(c is not None and c.label != "ACCORDING" for c in later)

    def _speaker_after(self, cue: Match, sentence: tuple[int, int]) -> bool:
        """'..., said the ministry.': the speaker follows the cue, the content precedes it."""
        start, end = sentence
        if cue.label == "OBJECT" or self.words.span_text(cue.start, cue.end).lower() in {"tell", "told", "tells"}:
            # '..., calling X a liar', 'X, Y, told Politico ...': X and Politico are no speakers.
            return False
        if self.lowers[cue.start].endswith("ing"):
            return False  # '..., saying he would ...': a participle, whose speaker is the sentence's subject
        if cue.end < end and self.lowers[cue.end] in {"to", "by"}:
            return False  # 'the drones, believed to be TB-001s, ...': a participle, not an attribution
        comma = cue.start - 1
        while comma > start and self.words.is_space[comma]:
            comma -= 1
        if comma > start and self.words.is_mark(comma) and self.texts[comma - 1] == ",":
            comma -= 1  # 'The results "were worse than we thought," says Jane Roe'
        if comma <= start or self.texts[comma] != ",":
            return False
        phrase_end = self._phrase_end(cue.end, end)
        speaker_end = self._speaker_end(cue.end, end)  # 'said Gen. John Miller on Tuesday.': the name only
        if speaker_end == cue.end or speaker_end - cue.end > MAX_SUBJECT_TOKENS:
            return False
        if phrase_end < end and self.texts[phrase_end] not in {".", ",", ";"}:
            return False
        mention = self.vocabulary.read(cue.end, speaker_end)
        if mention is None or mention.kind == "pronoun" and mention.head == "it":
            return False
        if self.lowers[cue.start] == "say" and (self.lowers[cue.end] in {"a", "an"} or self.words.like_num(cue.end)):
            return False  # 'a small plane, say a Cessna, ...': an example, not a speaker
        mention = self._with_apposition(mention, speaker_end, end)
        content = (self._content_start(start, comma), comma)
        # 'Part of the problem, say experts like X, a geophysicist, is the ground': one statement, two parts
        second = self._resumed_after_speaker(max(mention.end, speaker_end), end)
        if not self._add_reported(content, cue, mention, second=second, minimum=1 if second else MIN_CONTENT_TOKENS):
            return False
        self._take(cue.end, speaker_end)
        self.last_speaker[self.layout.sentence_of[cue.start]] = mention  # for ', adding that ...'
        return True

    def _negated(self, cue: Match, sentence_start: int) -> bool:
        i = cue.start - 1
        while i >= sentence_start and (self.lowers[i] in AUXILIARIES or self.lowers[i] in NEGATIONS):
            if self.lowers[i] in NEGATIONS:
                return True
            i -= 1
        return i >= sentence_start + 1 and self.lowers[i] == "to" and self.lowers[i - 1] in REFUSALS

    def _joined_to_previous(self, cue: Match, sentence_start: int) -> bool:
        """', adding that', ', and added that', 'and said', '"...," noting that': a verb sharing the subject
        before it."""
        i = cue.start - 1
        while i >= sentence_start and (self.lowers[i] in AUXILIARIES or self.words.is_space[i]):
            i -= 1
        participle = self.lowers[cue.start].endswith("ing")  # not '"...," said X, who ...': X is the speaker
        if participle and i > sentence_start and self.lowers[i] in PARTICIPLE_JOINERS:
            i -= 1  # '"...," X said, while arguing ...', ', before insisting ...'
        if participle and i > sentence_start and self.words.is_mark(i) and self.texts[i - 1] == ",":
            i -= 1  # a quote closing before the comma
        return i >= sentence_start and self.lowers[i] in {",", "and", "but"}

    def _add_reported(
        self,
        content: tuple[int, int],
        cue: Match,
        speaker: SpeakerMention | None,
        inherited: bool = False,
        second: tuple[int, int] | None = None,
        minimum: int = MIN_CONTENT_TOKENS,
        relative: int | None = None,
    ) -> bool:
        start, end = content
        while start < end and (
            self.words.is_space[start] or self.texts[start] in {",", ":"} or self._complementizer(start)
        ):
            start += 1
        parts = [(start, end)] + ([second] if second is not None else [])
        if relative is not None:
            parts.insert(0, (relative, relative + 1))  # the relative word standing for the clause's subject
        # 'An aide blasted the statement' (but not '..., Lin said, referring to the transit': an aside)
        least = self._least_object(cue, start, end) if cue.label == "OBJECT" and not inherited else MIN_CONTENT_TOKENS
        answer = end - start == 1 and self.lowers[start] in ANSWER_WORDS  # '46 percent of voters said yes'
        if not answer and (end - start < min(minimum, least) or sum(e - s for s, e in parts) < least):
            return False
        # (Checking the slices first is cheap: most contents overlap nothing taken.)
        if any(any(self.used[s:e]) for s, e in parts) and any(
            self.used[i] for s, e in parts for i in range(s, e) if self.texts[i] not in QUOTE_MARKS
        ):
            # Content already reported (a direct quote, or the same clause under another cue), unless that
            # is only a quote attributed inside the clause ('said she praised what he called "a fine run"').
            if len(parts) > 1 or start < cue.end or not self._holds_attributed_quotes(start, end):
                return False
        for s, e in parts:
            self._take(s, e)
        self._take(cue.start, cue.end)
        self.found.append(Found(parts, "indirect", cue, speaker, inherited=inherited))
        return True
