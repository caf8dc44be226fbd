"""Direct quotes: quoted passages with an attribution beside them.

A quote is a quoted passage that starts a sentence (or follows a cue and a colon or comma)
with an attribution beside it: `"...," the official said`, `X said: "..."`, a headline's
`Putin: '...'`. A quote split by its attribution (`"A," he said. "B."`) or running over
paragraphs is one quote with several parts; a paragraph that is all quote after a quoted
paragraph goes on with the same speaker. A quoted phrase in the middle of running text with no
cue beside it (a scare quote, the name of an exercise or a title) is not a quote.
"""

from __future__ import annotations

from ...text.matching import Match
from .layout import SENTENCE_END, within
from .leadins import MAX_ATTRIBUTION_TOKENS, Attribution, QuoteLeadIns
from .marks import QuoteRegion
from .mentions import SpeakerMention
from .phrases import MAX_APPOSED_TOKENS, MAX_UNPUNCTUATED_SPEAKER
from .state import SPEAKING_KINDS, Found
from .wordlists import (
    ABBREVIATIONS,
    AUXILIARIES,
    CLAUSE_WORDS,
    FINITE_AUXILIARIES,
    PRONOUNS,
)

MAX_ATTRIBUTION_ADJUNCT = 8  # '"A," he said of the rival campaign, "B."'
MAX_LEAD_IN = 8  # 'Unless further rivals quit the race, "..."' before the rest of a quote
TRAILING_ADJUNCTS = {"during", "at", "in", "on", "after", "before", "via", "from", "while", "when", "as", "of"}
TRAILING_ADJUNCTS |= {"about", "amid", "following", "outside", "inside"}  # 'Lindgren said about the effort.'
# Words a quote's sentence may go on with after its closing mark: '"evidence" that ...', '"no records" from ...'
CONTINUING_WORDS = {"that", "from", "of", "about"}
POSSESSIVES = {"’s", "'s"}
SIGNATURE_DASHES = {"-", "—", "–"}


class DirectQuotes(QuoteLeadIns):
    """Finding quoted passages and their speakers."""

    def _direct_quotes(self) -> None:
        regions = [r for r in self.layout.regions if not self.layout.skipped[r.open]]
        current: Found | None = None  # the quote the next region may continue
        attribution_end = -1  # the token after the current quote's attribution, when it has one after it
        previous: QuoteRegion | None = None
        for region in regions:
            right = self._attribution_after(region)
            if current is not None and self._continues(previous, region, attribution_end, right):
                if right is None or current.speaker is None:
                    current.parts.append((region.content_start, region.content_end))
                    self._take(region.open, region.content_end + 1)
                    attribution_end = -1
                    if current.speaker is None and right is not None:
                        self._attach(current, right)
                        attribution_end = right[2]
                    previous = region
                    continue
                if previous.continues:
                    self._trim_unclosed(current)  # the next paragraph has a speaker of its own
            elif current is not None and self._in_attribution(region, attribution_end):
                continue  # 'Lindqvist said on ABC’s “This Week.” “I think ...”': a title inside the attribution
            previous = region
            current, attribution_end = self._new_quote(region, right)
        self.found = [f for f in self.found if f.speaker is not None or f.cue is not None]

    def _in_attribution(self, region: QuoteRegion, attribution_end: int) -> bool:
        """Whether a closed quoted region stands in the sentence of the attribution just read, after it or
        inside it ('Halvorsen told NBC’s “Today” on Monday.')."""
        return (
            attribution_end > 0
            and region.close is not None
            and self.layout.sentence_of[region.open] == self.layout.sentence_of[attribution_end - 1]
            and not self._opened_by_cue(attribution_end, region)
        )

    def _opened_by_cue(self, attribution_end: int, region: QuoteRegion) -> bool:
        """Whether a verb of saying after the attribution opens the quote: '"A," he said, adding: "B."' (a
        second statement, not words quoted in the attribution)."""
        cues = within(self.cue_starts, attribution_end, region.open)
        if not cues:
            return False
        cue = self.cue_at[cues[-1]]
        return cue.label in {"SAY", "THAT"} and self._only_joiners(cue.end, region.open)

    def _continues(
        self,
        previous: QuoteRegion | None,
        region: QuoteRegion,
        attribution_end: int,
        right: Attribution | None,
    ) -> bool:
        """Whether `region` carries on the quote of `previous`: the next paragraph of a quote left open,
        or the rest of a quote split by its attribution ('"A," he said, "B."', '"A," he said. "B."')."""
        if previous is None:
            return False
        if previous.continues:
            return True
        if self._title_in_attribution(region, attribution_end):
            return False
        if attribution_end < 0 and self._quote_after_quote(previous, region):
            return True
        return (
            region.paragraph == previous.paragraph
            and attribution_end >= 0
            and not self._opened_by_cue(attribution_end, region)  # '"A," he said, adding, "B."': B is added
            and (
                self._only_joiners(attribution_end, region.open, allow_and=True)
                or self._adjunct_then_comma(attribution_end, region.open)
                or right is None
                and (
                    self._opens_next_sentence(region, attribution_end)
                    or self._follows_closing_abbreviation(region, attribution_end)
                )
                or self._after_speaker_description(region, attribution_end)
            )
        )

    def _quote_after_quote(self, previous: QuoteRegion, region: QuoteRegion) -> bool:
        """'X told the crowd, "A," and, "B."': a second quoted passage joined by 'and' to a quote whose
        attribution comes before it."""
        if previous.close is None or not self.found or self.texts[previous.close - 1] != ",":
            return False
        if self.layout.sentence_of[previous.open] != self.layout.sentence_of[region.open]:
            return False
        if self.found[-1].parts[-1][1] != previous.content_end or self.found[-1].speaker is None:
            return False
        between = [i for i in range(previous.close + 1, region.open) if not self.words.is_space[i]]
        return bool(between) and [self.lowers[i] for i in between if self.texts[i] != ","] == ["and"]

    def _follows_closing_abbreviation(self, region: QuoteRegion, attribution_end: int) -> bool:
        """'"A," Ferris told reporters in Norfolk, Va. "B."': a quoted sentence right after an attribution
        that ends in a place's abbreviation, which the layout cannot tell from one inside a sentence."""
        before = region.open - 1
        while before > attribution_end and self.words.is_space[before]:
            before -= 1
        abbreviation = self.texts[before]
        if not (abbreviation.endswith(".") and len(abbreviation) > 2 and abbreviation[0].isupper()):
            return False
        if abbreviation[:-1].lower() in ABBREVIATIONS or not self.words.is_title(region.content_start):
            return False  # 'said Gen. "Mad Dog" Mattis': a title before a name
        if before - attribution_end > MAX_ATTRIBUTION_ADJUNCT + 4 or region.close is None:
            return False
        if any(self.words.is_mark(i) or i in self.cue_at for i in range(attribution_end, before)):
            return False
        last = region.close - 1
        return self.texts[last] in SENTENCE_END or self.texts[region.close + 1 : region.close + 2] == ["."]

    def _after_speaker_description(self, region: QuoteRegion, attribution_end: int) -> bool:
        """'"A," said Edward Leamer, an economist who directs the forecast, "is that ..."': the rest of a
        split quote after a speaker's description set off by commas, going on in lower case."""
        if attribution_end <= 0 or self.texts[attribution_end] != "," or not self.words.is_lower(region.content_start):
            return False
        last = region.open - 1
        while last > attribution_end and self.words.is_space[last]:
            last -= 1
        if self.texts[last] != "," or last - attribution_end > MAX_APPOSED_TOKENS:
            return False
        if self.layout.sentence_of[attribution_end] != self.layout.sentence_of[region.open]:
            return False
        return not any(
            self.words.is_mark(i) or self.texts[i] in SENTENCE_END or i in self.cue_at
            for i in range(attribution_end + 1, last)
        )

    def _adjunct_then_comma(self, start: int, end: int) -> bool:
        """'"A," he said of the campaign, "B."', '"A," said Sherman, speaking of politicians, "and B."': a
        short adjunct of the attribution, then a comma, in one sentence."""
        last = end - 1
        while last > start and self.words.is_space[last]:
            last -= 1
        if not (start < last <= start + MAX_ATTRIBUTION_ADJUNCT and self.texts[last] == ","):
            return False
        if self.layout.sentence_of[start] != self.layout.sentence_of[end]:
            return False
        return not any(self.words.is_mark(i) or self.texts[i] in SENTENCE_END for i in range(start, last))

    def _title_in_attribution(self, region: QuoteRegion, attribution_end: int) -> bool:
        """'"A," Perez said Sunday on NBC's "Meet the Press." "B."': a quoted title right after a word of the
        attribution's sentence, not the rest of the quote."""
        if attribution_end <= 0 or self.layout.sentence_of[region.open] != self.layout.sentence_of[attribution_end - 1]:
            return False
        before = region.open - 1
        while before > attribution_end and self.words.is_space[before]:
            before -= 1
        if self.lowers[before] == "and" and self.texts[before - 1] == ",":
            return False  # '"A," she said, and "B."': the rest of the quote
        if before == attribution_end - 1 and self.lowers[before] in {"said", "says"} and not self._title_like(region):
            return False  # '"A," she said "B."': the rest of the quote, the comma missing
        return self.words.is_alpha(before) or self.texts[before] in {"’s", "'s"}

    def _new_quote(self, region: QuoteRegion, right: Attribution | None) -> tuple[Found | None, int]:
        """Start a quote at `region` if it is one: (the quote, the token after an attribution after it or -1)."""
        left = self._attribution_before(region)
        if right is None and left is None and not region.continues:
            if not self._follows_quote_paragraph(region):
                return None, -1
            # A paragraph that is all quote, after a quoted paragraph: the same speaker goes on.
            earlier = self.found[-1]
            parts = [(region.content_start, region.content_end)]
            found = Found(parts, "direct", earlier.cue, earlier.speaker, inherited=True)
            self.found.append(found)
            self._take(region.open, region.content_end + 1)
            return found, -1
        if not self._starts_statement(region, left is not None):
            return None, -1
        found = Found([(region.content_start, region.content_end)], "direct", None, None)
        self.found.append(found)
        self._take(region.open, region.content_end + 1)
        if region.close is None and not region.continues:
            self._trim_unclosed(found)
        if left is not None and left[1] is None and right is not None and right[1] is not None:
            # 'X seemed irritated: "...," she wrote': the attribution with its cue, X the pronoun's antecedent
            self.extra_mentions.append(left[0])
            left = None
        if left is not None:
            self._attach(found, left)
            self._take_rest_of_sentence(found, region)
        elif right is not None:
            self._attach(found, right)
            return found, right[2]
        return found, -1

    def _take_rest_of_sentence(self, found: Found, region: QuoteRegion) -> None:
        """Add to a quote after its attribution ('X said, "...') the words its sentence goes on with after the
        closing mark, when the quoted words stop mid-clause: 'X said, "We need nine more days" until the
        vote', '"the best thing we have" is that ...'. Not after a quote ending in punctuation ('"It's time,"
        and shared a link'), nor before an adjunct of the writer's ('"no more nonsense" in a speech on Monday',
        'when asked'), another quote or a cue."""
        if region.close is None or self.words.is_punct[region.close - 1]:
            return
        rest = region.close + 1
        sentence_end = self.layout.sentence(region.open)[1]
        if rest + 1 >= sentence_end or not (self.words.is_lower(rest) and self.words.is_alpha(rest)):
            return
        word = self.lowers[rest]
        if word in CLAUSE_WORDS - CONTINUING_WORDS or word in TRAILING_ADJUNCTS - CONTINUING_WORDS:
            return
        if any(self.words.is_mark(i) for i in range(rest, sentence_end)) or within(self.cue_starts, rest, sentence_end):
            return
        end = self._content_end(rest, sentence_end)
        if end > rest and not any(self.used[rest:end]):
            found.parts.append((rest, end))
            self._take(rest, end)

    def _trim_unclosed(self, found: Found) -> None:
        """End a quote whose closing mark is missing at the end of its first sentence."""
        start, end = found.parts[-1]
        sentence_end = self.layout.sentence(start)[1]
        if sentence_end < end:
            found.parts[-1] = (start, sentence_end)
            stop = min(end + 1, len(self.used))
            if stop > sentence_end:
                self.used[sentence_end:stop] = [False] * (stop - sentence_end)

    def _follows_quote_paragraph(self, region: QuoteRegion) -> bool:
        if not self.found or self.found[-1].kind != "direct" or self.found[-1].speaker is None:
            return False
        paragraph_start, paragraph_end = self.layout.paragraphs[region.paragraph]
        if region.open != paragraph_start or region.close is None:
            return False
        if not self._only_joiners(region.close + 1, paragraph_end):
            return False
        previous_end = self.found[-1].parts[-1][1]
        return self.layout.paragraph_of[min(previous_end, len(self.doc) - 1)] == region.paragraph - 1

    def _attach(self, found: Found, attribution: Attribution) -> None:
        speaker, cue, _ = attribution
        found.speaker, found.cue = speaker, cue
        self._take(speaker.start, speaker.end)
        if cue is not None:
            self._take(cue.start, cue.end)
            self.last_speaker[self.layout.sentence_of[cue.start]] = speaker

    def _opens_next_sentence(self, region: QuoteRegion, attribution_end: int) -> bool:
        """'"A," Wang said, referring to the transit. "B."': the quote opens the sentence right after
        the attribution's, with nothing else before it but a short lead-in that the quote closes
        ('Now, "B."', 'But "B."')."""
        sentence = self.layout.sentence_of[region.open]
        if sentence != self.layout.sentence_of[attribution_end - 1] + 1:
            return False
        start = self.layout.sentences[sentence][0]
        return start == region.open or self._lead_in_only(start, region)

    def _lead_in_only(self, start: int, region: QuoteRegion) -> bool:
        """'Now, “B.”', 'But “B.”', 'Unless rivals quit the race, “B.”': a few unquoted words opening the
        sentence of a quote that ends it, with no cue or other quote of their own."""
        if region.close is None or region.open - start > MAX_LEAD_IN or within(self.cue_starts, start, region.open):
            return False
        lead_in_end = region.open - 1
        if self.texts[lead_in_end] != "," and not (lead_in_end == start and self.lowers[start] in {"but", "and"}):
            return False
        if any(self.words.is_mark(i) for i in range(start, region.open)) or self.lowers[start] in PRONOUNS:
            return False  # 'He responds, “...”': a speaker of its own
        sentence_end = self.layout.sentence(region.close)[1]
        return all(self.words.is_punct[i] or self.words.is_space[i] for i in range(region.close + 1, sentence_end))

    def _only_joiners(self, start: int, end: int, allow_and: bool = False) -> bool:
        """Whether only punctuation lies in [start, end); with `allow_and`, also 'and' ('"A," she said, and
        "B."'). A verb between makes a second statement ('"A," he said, adding: "B."')."""
        for i in range(start, end):
            joiner = self.texts[i] in {",", ".", ":", "—", "–"} or self.words.is_space[i]
            if not (joiner or allow_and and self.lowers[i] == "and"):
                return False
        return True

    def _starts_statement(self, region: QuoteRegion, after_cue: bool) -> bool:
        """Whether the quote opens a sentence (or follows its cue), so it is not a phrase quoted mid-sentence."""
        if after_cue:
            return True
        sentence_start, _ = self.layout.sentence(region.open)
        i = region.open
        while i > sentence_start and self.words.is_mark(i - 1):
            i -= 1
        if i > sentence_start + 1 and self.texts[i - 1] == "-" and self.words.whitespace[i - 2]:
            return True  # 'Neither man was impressed - "Born with a silver spoon," Elkins said - but ...'
        return i == sentence_start or self.texts[i - 1] in {"—", "–", ":"}  # 'The message was clear — "..."'

    def _attribution_after(self, region: QuoteRegion) -> Attribution | None:
        """`"...," the official said` / `"...," said Price` -> (speaker, cue, token after the attribution)."""
        if region.close is None:
            return None
        signature = self._signature_after(region)
        if signature is not None:
            return signature
        _, sentence_end = self.layout.sentence(region.close)
        paragraph_end = self.layout.paragraph(region.close)[1]
        start = region.close + 1
        # A quote ends with its own punctuation ('...,"' / '...?"') or a comma after the mark;
        # a quoted name running on into the sentence ('"Borderless" ties grew, officials said') does not.
        last = region.close - 1
        while last > region.content_start and self.words.is_mark(last):
            last -= 1  # '... going on?’”': an inner quote closes first
        punctuated = self.texts[last] in {",", "?", "!", ".", "…", "—", "–"}
        if start < paragraph_end and self.texts[start] == ":":
            return None  # a headline's label: "'Unsafe': Pentagon says a jet cut across its plane"
            start += 1
            punctuated = True
        own_sentence = False  # '"... to help?" Reed told reporters.': the attribution a sentence of its own
        if sentence_end <= start < paragraph_end and self.texts[last] in {".", "?", "!", "…"}:
            sentence_end, own_sentence = self.layout.sentence(start)[1], True
        limit = min(max(sentence_end, start), paragraph_end, start + MAX_ATTRIBUTION_TOKENS)
        attribution = self._attribution_in(region, start, limit, punctuated, sentence_end)
        if attribution is not None and own_sentence and not self._ends_attribution(attribution[2], sentence_end):
            return None  # '"We will hold." Halvorsen said the reports were wrong.': a statement of its own
        return attribution

    def _signature_after(self, region: QuoteRegion) -> Attribution | None:
        """A quoted paragraph signed in the next one: '"..."', then '- Paul Moreau.' on a line of its own."""
        paragraph_end = self.layout.paragraph(region.close)[1]
        if region.paragraph + 1 >= len(self.layout.paragraphs) or not self._only_joiners(
            region.close + 1, paragraph_end
        ):
            return None
        start, end = self.layout.paragraphs[region.paragraph + 1]
        if self.texts[start] not in SIGNATURE_DASHES or self.layout.paragraph(region.open)[0] != region.open:
            return None
        name_end = self._phrase_end(start + 1, end)
        if not 0 < name_end - start - 1 <= MAX_UNPUNCTUATED_SPEAKER:
            return None
        mention = self.vocabulary.read(start + 1, name_end)
        if mention is None or mention.kind not in SPEAKING_KINDS:
            return None
        return mention, None, name_end

    def _ends_attribution(self, after: int, sentence_end: int) -> bool:
        """Whether the sentence ends at `after`, the token after an attribution and its adjuncts."""
        for i in range(after, sentence_end):
            if self.texts[i] in SENTENCE_END or self.words.is_space[i]:
                continue
            # 'Reed told reporters during the call.', 'Halvorsen asked, looking pleased.': an adjunct or an
            # aside, not a clause of its own
            if self.texts[i] == ",":
                return True
            if within(self.cue_starts, i, sentence_end) or "that" in self.lowers[i:sentence_end]:
                return False
            # 'told reporters during Tuesday’s call.', 'told NRK in an interview aired on Monday.': the
            # adjunct goes on
            participle = self.lowers[i].endswith("ed") and self.lowers[i + 1] in TRAILING_ADJUNCTS
            return self.lowers[i] in TRAILING_ADJUNCTS or self.texts[i] in POSSESSIVES or participle
        return True

    def _attribution_in(
        self, region: QuoteRegion, start: int, limit: int, punctuated: bool, sentence_end: int
    ) -> Attribution | None:
        """The attribution in [start, limit) right after the quote `region`."""
        paragraph_end = self.layout.paragraph(region.close)[1]
        for i in range(start, limit):
            if self.words.is_mark(i) and not self._possessive_apostrophe(i, limit):
                break
            cue = self.cue_at.get(i)
            if cue is not None and cue.label == "ACCORDING" and i == start:
                # '"...," according to the statement.'
                end = self._phrase_end(cue.end, limit)
                mention = self.vocabulary.read(cue.end, end, lenient=True)
                return (mention, cue, end) if mention is not None else None
            if cue is None or cue.label == "ACCORDING":
                if self.texts[i] == "," and i > start:
                    return self._described_attribution(start, min(sentence_end, paragraph_end))
                continue
            if i > start:
                if not punctuated and i - start > MAX_UNPUNCTUATED_SPEAKER:
                    return None
                # '"...," the president will say', '"...," Smith later said': the verb group is no part of it
                subject_end = max(self._verb_group_start(i, start), start + 1)
                mention = self.vocabulary.read(start, subject_end, lenient=punctuated)
                return (mention, cue, self._after_adjuncts(cue) or cue.end) if mention is not None else None
            end = self._speaker_end(cue.end, limit)
            mention = self.vocabulary.read(cue.end, end, lenient=punctuated)  # '"...," said the designer'
            if mention is None:
                return None
            return self._with_apposition(mention, end, sentence_end), cue, end
        return None

    def _described_attribution(self, start: int, end: int) -> Attribution | None:
        """`"...," Tina Marsh, Mrs. Okafor's chief of staff, said in an interview`: a named speaker and
        descriptions set off by commas before the cue."""
        for i in range(start + 1, min(end, start + MAX_APPOSED_TOKENS)):
            if self.words.is_mark(i) and not self._possessive_apostrophe(i, end):
                return None
            cue = self.cue_at.get(i)
            if cue is None or cue.label == "ACCORDING":
                continue
            before = i - 1
            while before > start and self.lowers[before] in AUXILIARIES:
                before -= 1
            mention = self._named_before_descriptions(start, before) or self._titled_then_named(start, before)
            if mention is not None:
                return mention, cue, self._after_adjuncts(cue) or cue.end
        return None

    def _titled_then_named(self, start: int, last_break: int) -> SpeakerMention | None:
        """'the new defence minister, Erik Halvorsen, tweeted': a title, then the name between commas."""
        if self.texts[last_break] != ",":
            return None
        first = next((i for i in range(start, last_break) if self.texts[i] == ","), None)
        if first is None or first == start:
            return None
        return self._described_subject(start, first + 1, last_break)

    def _attribution_before(self, region: QuoteRegion) -> Attribution | None:
        """`X said: "..."`, `X told reporters, "..."`, headline `Putin: '...'`."""
        lead_in = self._lead_in(region)
        if lead_in is None:
            return None
        before, paragraph_start, sentence_start = lead_in
        if self.texts[before] not in {":", ",", "—", "–"} and not self._cue_runs_into(region, before):
            return None
        lowest = max(paragraph_start, region.open - MAX_ATTRIBUTION_TOKENS)
        for i in range(before, lowest - 1, -1):
            if self.words.is_mark(i) and i != before:
                break  # no cue across a mark ('doesn't surprise the Rhodes’ pollster Jane Roe: "..."')
            cue = self.cue_at.get(i)
            if cue is None or cue.end > region.open:
                continue
            attribution = self._cue_before(region, cue, before, max(sentence_start, paragraph_start))
            if attribution is not None or cue.start >= sentence_start:
                return attribution
            break  # 'He wrote about it. Erik Halvorsen: "..."': a cue in the sentence before
        return (
            self._colon_speaker(region, before, max(sentence_start, paragraph_start))
            or self._headline_speaker(region, before, paragraph_start)
            or self._named_before_colon(region, before, max(sentence_start, paragraph_start))
        )

    def _lead_in(self, region: QuoteRegion) -> tuple[int, int, int] | None:
        """The token just before a quote, and the starts of its paragraph and sentence; the colon ending
        the paragraph before when the quote opens its own ('The pilot said:')."""
        sentence_start, _ = self.layout.sentence(region.open)
        paragraph_start = self.layout.paragraph(region.open)[0]
        before = region.open - 1
        while before > paragraph_start and self.words.is_space[before]:
            before -= 1  # 'Tuttle added,\xa0"...': a no-break space is a token of its own
        if before < paragraph_start and region.paragraph > 0:
            previous_start, previous_end = self.layout.paragraphs[region.paragraph - 1]
            if self.texts[previous_end - 1] != ":" or self.layout.skipped[previous_end - 1]:
                return None
            before, paragraph_start = previous_end - 1, previous_start
            sentence_start = self.layout.sentence(before)[0]
        if before < paragraph_start:
            return None
        return before, paragraph_start, sentence_start

    def _cue_runs_into(self, region: QuoteRegion, before: int) -> bool:
        """'said "..."' with no punctuation between: a cue right before the quote, whose clause does
        not go on after it ('said "the patrol is over" and the ships returned' is one reported clause)."""
        if before not in self.cue_at and self._cue_ending_at(before + 1) is None:
            return False
        following = region.close + 1 if region.close is not None else len(self.texts)
        return not (following < len(self.texts) and self._clause_goes_on(following))

    def _cue_before(self, region: QuoteRegion, cue: Match, before: int, subject_start: int) -> Attribution | None:
        """The attribution of a quote whose cue comes before it, with only adjuncts between."""
        if cue.start == subject_start and cue.label == "SAY" and self.texts[before] == ",":
            inverted = self._speaker_after_opening_cue(cue, before)
            if inverted is not None:
                return inverted, cue, region.open
        after = self._after_adjuncts(cue) or cue.end
        if (
            not self._adjuncts_only(cue.end, before)
            or (
                cue.end < before
                and cue.label != "ACCORDING"
                and after < before
                and not any(self._topic_before_quote(start, before, region) for start in (cue.end, after))
            )
        ) and not self._described_listener(cue, before):
            return None  # 'said the drills, "Joint Sea," would ...': an object, not an adjunct
        if cue.end < before and self._title_like(region):
            return None  # 'said in his 2012 book, "An American Son."': the title of what he said it in
        if cue.label == "ACCORDING":
            mention = self.vocabulary.read(cue.end, before)
            return (mention, cue, region.open) if mention is not None else None
        subject = self._subject(cue, subject_start)
        if subject is None and cue.label in {"SAY", "THAT"} and not self._title_like(region):
            # 'Another commenter said, "..."': a short noun phrase opening the clause (read by `reported.py`,
            # whose reported speech takes the same subjects)
            subject = self._any_subject(cue, subject_start)
        if subject is None:
            subject = self._earlier_subject(cue, subject_start)  # 'He said ..., adding: "..."'
        if subject is None and self._participle_link(cue, subject_start):
            subject = self._main_clause_subject(cue, subject_start)  # 'After ..., X endorsed Y, saying, "..."'
        if subject is None and cue.start > subject_start and self.lowers[cue.start - 1] in {",", "and", "but"}:
            # 'X reacted to the news, saying: "..."', 'X shook her head and said, "No."'
            subject = self._sentence_subject(subject_start, cue.start)
        if subject is None or self._interposed_before_rest(region, cue, subject, subject_start):
            return None
        return subject, cue, region.open

    def _interposed_before_rest(
        self, region: QuoteRegion, cue: Match, subject: SpeakerMention, sentence_start: int
    ) -> bool:
        """'The new plan, the lawyers said, “all but guarantees” a delay': an attribution between the
        sentence's subject and the quote going on with its verb (in lower case), one statement the reported
        speech reads with its unquoted start. Not after a clause ('The streets were empty, he added, "but
        ..."') nor mid-sentence ('..., including, he said, "..."')."""
        comma = subject.start - 1
        if region.content_start >= len(self.texts) or not (sentence_start + 1 < comma and self.texts[comma] == ","):
            return False
        if not self.words.is_lower(region.content_start):
            return False
        # ', the lawyers said, “...” to ...': the speaker and the cue set off by commas, right before a
        # quote the sentence goes on after
        if cue.start != subject.end or not self._only_joiners(cue.end, region.open):
            return False
        following = region.close + 1 if region.close is not None else len(self.texts)
        if following >= len(self.texts) or not self.words.is_alpha(following):
            return False
        return not any(
            self.words.is_punct[i] or self.words.is_mark(i) or self.lowers[i] in FINITE_AUXILIARIES or i in self.cue_at
            for i in range(sentence_start, comma)
        )
