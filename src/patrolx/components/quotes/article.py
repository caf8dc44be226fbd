"""One article's quotes: direct quotes first, then reported speech, then speakers resolved and
the results made into spans and records.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from ...records import QuoteFact
from .coreference import Resolver
from .direct import DirectQuotes
from .evaluations import EvaluationNouns
from .marks import DOUBLE_QUOTE_MARKS, QUOTE_MARKS
from .mentions import SpeakerMention
from .notstatements import NotStatements
from .phrases import SUBJECT_AFTER_COMMA
from .pollopenings import PollOpenings
from .quoteparagraphs import QuoteParagraphs
from .reported import ReportedSpeech
from .state import Found

HEADLINE_REPEAT_SHARE = 0.6


class Article(DirectQuotes, ReportedSpeech, QuoteParagraphs, EvaluationNouns, PollOpenings, NotStatements):
    """The quote finder's work on one doc."""

    def quote_spans(self) -> tuple[list[Span], list[QuoteFact]]:
        """The quotes' spans and their records, in text order."""
        self._direct_quotes()
        self._reported_speech()
        self._join_quote_paragraphs()
        self._noun_statements()  # after the verbs: 'rejected her argument that ...' is the verb's
        self._evaluation_nouns()  # ('her criticism of the deal')
        self._poll_openings()
        self._drop_non_statements()  # last: it reads every quote found
        mentions = [f.speaker for f in self.found if f.speaker is not None and not f.inherited]
        people = self.vocabulary.titled_people()
        others = _unique(mentions + self.extra_mentions + people)
        # Sentence actors only serve as antecedents, and an antecedent comes before the mention it completes:
        # the sentences after the last speaker, or after the last mention that looks for an antecedent at
        # all ("he", "the ministry"), need no reading.
        last_speaker = max((f.speaker.start for f in self.found if f.speaker is not None), default=-1)
        last_incomplete = max((m.start for m in others if Resolver.needs_antecedent(m)), default=-1)
        actors = self._sentence_actors(min(last_speaker, last_incomplete))
        Resolver(people).resolve_all(others + actors)  # (actors are read anew: none is among the others)
        spans, records = [], []
        for found in self._without_repeated_headlines(sorted(self.found, key=lambda f: f.parts[0][0])):
            quote = self._to_span(found)
            if quote is not None:
                spans.append(quote[0])
                records.append(quote[1])
        return spans, records

    def _sentence_actors(self, last: int) -> list[SpeakerMention]:
        """Organizations and people opening a sentence ("The coast guard spotted ..."): antecedents for
        a later "it" or "he" even when they said nothing themselves. Only sentences starting at `last` or
        before are read."""
        actors = []
        for start, end in self.layout.sentences:
            if start > last:
                break
            if self.layout.skipped[start] or self.used[start] or self.lowers[start] in SUBJECT_AFTER_COMMA:
                continue  # (after an opening adverbial the subject starts later: no actor opens the sentence)
            mention = self._sentence_subject(start, end)
            if mention is not None and mention.kind in {"org", "person"} and mention.start == start:
                actors.append(mention)
        return actors

    def _without_repeated_headlines(self, found: list[Found]) -> list[Found]:
        """Drop a headline's statement that the story repeats ("X says jets entered zone", then the
        body's "X said the jets flew into the zone"): one statement, reported once."""
        content_words: dict[int, set[str]] = {}  # by quote, read only when a headline's quote is compared with it

        def words_of(number: int) -> set[str]:
            if number not in content_words:
                content_words[number] = self._content_words(found[number])
            return content_words[number]

        kept = []
        for number, quote in enumerate(found):
            if self._in_headline(quote):
                words, later = words_of(number), range(number + 1, len(found))
                if words and any(len(words & words_of(other)) >= HEADLINE_REPEAT_SHARE * len(words) for other in later):
                    continue
            kept.append(quote)
        return kept

    def _content_words(self, found: Found) -> set[str]:
        texts, words = self.texts, self.words
        return {
            self.lowers[i]
            for start, end in found.parts
            for i in range(start, end)
            if len(texts[i]) > 2 and texts[i].isalpha() and not words.is_stop(i)
        }

    def _in_headline(self, found: Found) -> bool:
        """Whether the quote stands in a headline."""
        return self._headline_at(found.parts[0][0])

    def _to_span(self, found: Found) -> tuple[Span, QuoteFact] | None:
        texts, words, layout = self.texts, self.words, self.layout
        is_space, idx = words.is_space, words.idx
        direct, indirect = found.kind == "direct", found.kind == "indirect"
        parts = []
        first_token = last_token = None  # the tokens the quote's characters run over
        for start, end in found.parts:
            while start < end and (is_space[start] or direct and texts[start] in QUOTE_MARKS):
                start += 1
            while start < end and (is_space[end - 1] or texts[end - 1] in {",", ":", ";", "—", "–"}):
                end -= 1
            if indirect and layout.double_marks_in(start, end) % 2:
                # Close a quoted phrase the content ends in: 'were "worse than we thought,"'.
                for i in range(end, min(end + 2, len(texts))):
                    if texts[i] in DOUBLE_QUOTE_MARKS:
                        end = i + 1
                        break
            if start < end:
                start_char = idx[start]
                dateline_end = layout.dateline_end.get(layout.paragraph_of[start])
                if dateline_end is not None and start_char < dateline_end:
                    start_char = dateline_end  # a dash glued to the text after a dateline: "(UPI)—Two"
                    # The dateline ends inside or after token `start`: the span starts at the token holding it.
                    start = bisect_right(idx, start_char) - 1
                parts.append((start_char, words.end_char(end - 1)))
                if first_token is None:
                    first_token = start
                last_token = end - 1
        if not parts:
            return None
        text = " ".join([self.text[s:e] for s, e in parts])
        # The tokens are known: no need for doc.char_span to find them again from the characters.
        span = Span(self.doc, first_token, last_token + 1, label=self.label)
        record = QuoteFact(
            text=text,
            start=parts[0][0],
            end=parts[-1][1],
            parts=parts,
            kind=found.kind,
            cue=self.words.span_text(found.cue.start, found.cue.end) if found.cue is not None else None,
            speaker=found.speaker.record() if found.speaker is not None else None,
        )
        return span, record


def _unique(mentions: list[SpeakerMention]) -> list[SpeakerMention]:
    seen, unique = set(), []
    for mention in mentions:
        if id(mention) not in seen:
            seen.add(id(mention))
            unique.append(mention)
    return unique
