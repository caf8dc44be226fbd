"""`patrolx_quotes`: what officials said, directly or as reported speech, and who said it.

Cue words come from `patterns/quote_cues.jsonl` (matched ignoring case):
- SAY: verbs whose reported clause may follow without "that" ("X said the
  jets left", "X told reporters ...", "X was quoted as saying ...");
- THAT: verbs that also take a plain object ("confirmed the patrol", "added two
  ships"), so the content to their right must be introduced by "that", a
  colon, or a clause whose verb shows soon ("confirmed two jets had entered");
- ACCORDING: the speaker comes after the cue ("according to X", "citing X");
- QUOTED: the speaker sits inside the cue ("TASS quoted an official as saying").

Direct quotes are quoted passages that start a sentence (or follow a cue and a
colon or comma) and have an attribution beside them: `"...," the official
said`, `X said: "..."`. A quote split by its attribution (`"A," he said. "B."`)
or running over paragraphs is one quote with several parts. A quoted phrase in
the middle of running text with no cue beside it (a scare quote, the name of
an exercise or a title) is not a quote; inside reported speech it is kept as
part of the reported content.

Reported speech is read around each cue in a sentence: the speaker is the noun
phrase just before it (or after it: "..., said the ministry"), the content the
rest of the sentence after it ("X said (that) ...") or, when nothing follows,
the sentence before the speaker ("..., X said."). An "adding that ..." or
"and added that ..." clause is a second statement by the same speaker.
Speakers are read and resolved by `speakers.py`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import set_spans
from ..families import BY_NAME
from ..records import QuoteFact
from ..resources import load_patterns
from ..text.matching import Match, PatternMatcher, longest, word_positions
from ..text.words import MONTH_WORDS, WEEKDAY_WORDS
from .layout import DOUBLE_QUOTE_MARKS, QUOTE_MARKS, SENTENCE_END, Layout, QuoteRegion, within
from .speakers import DocVocabulary, Resolver, SpeakerMention, SpeakerReader

FACT_FAMILY = BY_NAME["quotes"]
PATTERN_FILE = "quote_cues.jsonl"
# Words between a subject and its verb: "has repeatedly argued", "earlier confirmed".
AUXILIARIES = {
    "has",
    "have",
    "had",
    "also",
    "again",
    "earlier",
    "later",
    "then",
    "further",
    "previously",
    "recently",
    "once",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "still",
    "too",
    "only",
    "first",
    "was",
    "were",
    "is",
    "are",
    "separately",
    "today",
    "yesterday",
}
# Words that end the subject of a cue when scanning leftwards.
CLAUSE_WORDS = {
    "that",
    "which",
    "what",
    "but",
    "while",
    "as",
    "because",
    "although",
    "though",
    "when",
    "whereas",
    "where",
    "so",
    "if",
    "after",
    "before",
    "since",
    "whether",
    "than",
    "how",
    "why",
    "whom",
}
CLAUSE_PUNCT = {",", ";", ":", "—", "–", "--", "(", ")"}
# A comma-delimited stretch starting with these is an adverbial, not a subject: "X, for its part, insists".
ADVERBIAL_STARTERS = {
    "for",
    "in",
    "on",
    "at",
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "like",
    "unlike",
    "by",
    "during",
    "moreover",
    "furthermore",
    "instead",
    "nevertheless",
    "separately",
    "earlier",
    "later",
}
OBJECT_BOUNDARIES = {"by", "to", "from", "with", "at", "in", "on", "for", "as", "than", "into", "about", "is", "are"}
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}
NEGATIONS = {"not", "n't", "never", "nor"}
PASSIVE_AUXILIARIES = {"was", "were", "been", "being", "be", "is", "are", "get", "got"}
REFUSALS = {"declined", "refused", "declines", "refuses", "decline", "refuse", "unable", "wouldn't", "failed"}
APPOSITION_STARTERS = {"a", "an", "the", "its", "his", "her", "their"}
# Listeners after "told": "told the Associated Press", "told a news conference".
LISTENER_NOUNS = {
    "reporters",
    "journalists",
    "conference",
    "briefing",
    "lawmakers",
    "parliament",
    "newspaper",
    "agency",
    "broadcaster",
    "radio",
    "television",
    "audience",
    "meeting",
    "session",
    "committee",
    "station",
    "forum",
    "media",
    "press",
    "daily",
    "outlet",
    "interview",
}
# Adjuncts right after a cue: "said in a statement", "told reporters on Tuesday".
ADJUNCT_PREPOSITIONS = {"in", "on", "at", "during", "via", "through", "to", "after", "before", "by", "from", "over"}
TIME_WORDS = WEEKDAY_WORDS | {
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "afterwards",
    "separately",
    "again",
    "also",
    "previously",
    "recently",
    "late",
    "early",
    "publicly",
}
TIME_UNITS = {"week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "time"}
HEADLINE_LINES = 3
HEADLINE_REPEAT_SHARE = 0.6
DETERMINERS_AND_JOINERS = {"the", "a", "an", "'s", "’s", "-", "of", "and", "."}
# After ", the ministry said," these start something other than the rest of the statement.
RESUMING_STOPWORDS = (
    CLAUSE_WORDS
    | ADJUNCT_PREPOSITIONS
    | {"and", "or", "of", "for", "with", "without", "despite", "amid", "under", "against", "into", "toward", "towards"}
)
# "Photo: ...", "WATCH: ...": a line's label, not a speaker.
LABEL_WORDS = {
    "photo",
    "image",
    "caption",
    "video",
    "watch",
    "read",
    "source",
    "credit",
    "file",
    "update",
    "editorial",
    "opinion",
    "analysis",
    "exclusive",
    "breaking",
    "live",
    "listen",
    "explainer",
    "graphic",
    "map",
}
# A clause after a THAT cue without "that" opens with a subject and soon has one of these verbs.
CLAUSE_SUBJECT_STARTERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "he",
    "she",
    "we",
    "some",
    "no",
    "several",
    "both",
    "all",
    "these",
    "those",
}
FINITE_AUXILIARIES = {
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
}
MAX_CLAUSE_SUBJECT = 6
IRREGULAR_PASTS = {"gave", "did", "said", "sent", "went", "made", "took", "told", "left", "kept", "held"}
# "..., without elaborating": words after "without" telling how a statement was made, not what it said.
UNSUPPORTED_WORDS = {
    "elaborating",
    "giving",
    "providing",
    "offering",
    "citing",
    "explaining",
    "specifying",
    "naming",
    "identifying",
    "detailing",
    "presenting",
    "evidence",
    "further",
}
# "said nothing about", "said little", "said so": objects, not reported clauses.
NON_CLAUSE_OBJECTS = {"nothing", "little", "so", "much", "anything"}
# ", while the navy said ...": words joining a second statement with its own speaker.
SECOND_STATEMENT_JOINERS = {"while", "but", "and", "whereas", "although", "though", "yet"}
MAX_SUBJECT_TOKENS = 16
MAX_RELATIVE_TOKENS = 40
MAX_INTRODUCTION_TOKENS = 4  # "Late on Monday, according to X, ..."
MAX_BRACKETED_TOKENS = 12  # "The ministry (which oversees the coast guard) said"
RELATIVE_PRONOUNS = {"who", "whose", "which"}
RESTRICTIVE_RELATIVES = {"who", "that", "which"}
MAX_UNPUNCTUATED_SPEAKER = 6
MAX_HEADLINE_SPEAKER = 5  # "Taiwan's defence ministry: '...'"
MAX_ATTRIBUTION_TOKENS = 18
MAX_ADJUNCT_TOKENS = 8
MAX_ASIDE_TOKENS = 4  # "say, however, that"
MAX_LISTENER_TOKENS = 8
MAX_LISTENER_MODIFIERS = 3
# Heads of adjuncts a reported clause may follow without "that": "told Nikkei in an interview the ...".
ADJUNCT_HEADS = {"interview", "statement", "speech", "address", "remarks", "post", "email", "call", "video", "message"}
MAX_THAT_DISTANCE = 25
MIN_CONTENT_TOKENS = 3


@dataclass
class Found:
    """A quote being assembled: content parts (token ranges), kind, cue and speaker."""

    parts: list[tuple[int, int]]
    kind: str
    cue: Match | None
    speaker: SpeakerMention | None
    inherited: bool = False  # the speaker is shared with an earlier quote ("adding that ...")


@Language.factory(
    FACT_FAMILY.component,
    default_config={"pattern_dirs": []},
    assigns=FACT_FAMILY.assigns,
    requires=FACT_FAMILY.required_attributes,
)
def make_quotes(nlp: Language, name: str, pattern_dirs: list[str]) -> QuoteFinder:
    return QuoteFinder(nlp, name, pattern_dirs=pattern_dirs)


class QuoteFinder:
    def __init__(self, nlp: Language, name: str = "patrolx_quotes", pattern_dirs: Iterable[str] = ()):
        self.name = name
        dirs = [Path(d) for d in pattern_dirs]
        entries = load_patterns(PATTERN_FILE, (), dirs)
        # Cue phrases ("said") and token patterns ("was quoted by X as saying"), and with them the speakers'
        # words that match ignoring case ("spokesman", "ministry"): one pass over the doc's words finds both,
        # unless their labels could not tell the two apart.
        self.matcher = PatternMatcher(nlp)
        self.matcher.add(entries)
        self.speakers = SpeakerReader(nlp, dirs)
        self.cue_labels = {entry["label"] for entry in entries}
        self.with_speaker_words = self.cue_labels.isdisjoint(self.speakers.uncased_labels)
        if self.with_speaker_words:
            self.matcher.add(self.speakers.uncased_entries)
        self.label = nlp.vocab.strings.add("QUOTE")  # the spans' label, looked up once rather than per span

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher.matches(doc)
        speaker_words = None
        if self.with_speaker_words:
            speaker_words = [match for match in matches if match.label not in self.cue_labels]
            matches = [match for match in matches if match.label in self.cue_labels]
        cues = longest(matches)
        # Quotes are found only at cues and quotation marks: with neither, there is nothing to read. The doc's
        # index of words tells whether it holds a mark at all (marks hold no letters, so their lower-case form
        # is their text) before the layout is built to pair them.
        by_word = word_positions(doc)
        if not cues and all(mark not in by_word for mark in QUOTE_MARKS):
            set_spans(doc, "quotes", [], [])
            return doc
        layout = Layout(doc)
        if not cues and not layout.regions:
            set_spans(doc, "quotes", [], [])
            return doc
        vocabulary = self.speakers.prepare(doc, layout.words, speaker_words)
        article = _Article(doc, layout, vocabulary, cues, self.label)
        spans, records = article.quote_spans()
        set_spans(doc, "quotes", spans, records)
        return doc


class _Article:
    """The quote finder's working state for one doc."""

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
            if not layout.skipped[cue.start] and not self._in_name(cue):
                self.cue_at[cue.start] = cue
        self.cue_starts = sorted(self.cue_at)
        # Where a reported clause may stop short of its sentence's end: cues, commas and "but".
        # (Read from the doc's index of words: no pass over the tokens.)
        self.clause_breaks = sorted({*self.cue_starts, *words.by_word.get(",", ()), *words.by_word.get("but", ())})
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
        if previous < self.layout.sentence(cue.start)[0]:
            return False  # "Says" opening a sentence
        return not self.layout.title_case(self.layout.paragraph_of[cue.start])

    # --- results ---------------------------------------------------------
    def quote_spans(self) -> tuple[list[Span], list[QuoteFact]]:
        """The quotes' spans and their records, in text order."""
        self._direct_quotes()
        self._reported_speech()
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
            if self.layout.skipped[start] or self.used[start]:
                continue
            mention = self._sentence_subject(start, end)
            if mention is not None and mention.kind in {"org", "person"} and mention.start == start:
                actors.append(mention)
        return actors

    def _without_repeated_headlines(self, found: list[Found]) -> list[Found]:
        """Drop a headline's statement that the story repeats ("X says jets entered zone", then the
        body's "X said the jets flew into the zone"): one statement, reported once."""
        kept = []
        content_words: list[set[str]] | None = None  # read only when there is a headline quote to compare
        for number, quote in enumerate(found):
            if self._in_headline(quote):
                if content_words is None:
                    content_words = [self._content_words(quote) for quote in found]
                words = content_words[number]
                later = content_words[number + 1 :]
                if words and any(len(words & other) >= HEADLINE_REPEAT_SHARE * len(words) for other in later):
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
        """Whether the quote stands in a headline: one of the first lines, with no closing full stop."""
        paragraph = self.layout.paragraph_of[found.parts[0][0]]
        if paragraph >= HEADLINE_LINES:
            return False
        end = self.layout.paragraphs[paragraph][1]
        while end - 1 > 0 and self.words.is_mark(end - 1):
            end -= 1
        return self.texts[end - 1] not in SENTENCE_END

    def _to_span(self, found: Found) -> tuple[Span, QuoteFact] | None:
        texts, is_space = self.texts, self.words.is_space
        parts = []
        first_token = last_token = None  # the tokens the quote's characters run over
        for start, end in found.parts:
            while start < end and (is_space[start] or texts[start] in QUOTE_MARKS and found.kind == "direct"):
                start += 1
            while start < end and (is_space[end - 1] or texts[end - 1] in {",", ":", ";", "—", "–"}):
                end -= 1
            if found.kind == "indirect" and self.layout.double_marks_in(start, end) % 2:
                # Close a quoted phrase the content ends in: 'were "worse than we thought,"'.
                for i in range(end, min(end + 2, len(texts))):
                    if texts[i] in DOUBLE_QUOTE_MARKS:
                        end = i + 1
                        break
            if start < end:
                start_char = self.words.idx[start]
                dateline_end = self.layout.dateline_end.get(self.layout.paragraph_of[start])
                if dateline_end is not None and start_char < dateline_end:
                    start_char = dateline_end  # a dash glued to the text after a dateline: "(UPI)—Two"
                    # The dateline ends inside or after token `start`: the span starts at the token holding it.
                    start = bisect_right(self.words.idx, start_char) - 1
                parts.append((start_char, self.words.end_char(end - 1)))
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

    # --- direct quotes ---------------------------------------------------
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
            previous = region
            current, attribution_end = self._new_quote(region, right)
        self.found = [f for f in self.found if f.speaker is not None or f.cue is not None]

    def _continues(
        self,
        previous: QuoteRegion | None,
        region: QuoteRegion,
        attribution_end: int,
        right: tuple[SpeakerMention, Match | None, int] | None,
    ) -> bool:
        """Whether `region` carries on the quote of `previous`: the next paragraph of a quote left open,
        or the rest of a quote split by its attribution ('"A," he said, "B."', '"A," he said. "B."')."""
        if previous is None:
            return False
        if previous.continues:
            return True
        return (
            region.paragraph == previous.paragraph
            and attribution_end >= 0
            and (
                self._only_joiners(attribution_end, region.open, allow_cue=True)
                or right is None
                and self._opens_next_sentence(region, attribution_end)
            )
        )

    def _new_quote(
        self, region: QuoteRegion, right: tuple[SpeakerMention, Match | None, int] | None
    ) -> tuple[Found | None, int]:
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
        if left is not None:
            self._attach(found, left)
        elif right is not None:
            self._attach(found, right)
            return found, right[2]
        return found, -1

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

    def _attach(self, found: Found, attribution: tuple[SpeakerMention, Match | None, int]) -> None:
        speaker, cue, _ = attribution
        found.speaker, found.cue = speaker, cue
        self._take(speaker.start, speaker.end)
        if cue is not None:
            self._take(cue.start, cue.end)
            self.last_speaker[self.layout.sentence_of[cue.start]] = speaker

    def _take(self, start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(self.used))
        if end > start:
            self.used[start:end] = [True] * (end - start)

    def _opens_next_sentence(self, region: QuoteRegion, attribution_end: int) -> bool:
        """'"A," Wang said, referring to the transit. "B."': the quote opens the sentence right after
        the attribution's, with nothing else before it."""
        sentence = self.layout.sentence_of[region.open]
        return (
            sentence == self.layout.sentence_of[attribution_end - 1] + 1
            and self.layout.sentences[sentence][0] == region.open
        )

    def _only_joiners(self, start: int, end: int, allow_cue: bool = False) -> bool:
        """Whether only punctuation lies in [start, end); with `allow_cue`, also a verb continuing the
        statement ('"A," he said, adding: "B."', '..., and added: "B."')."""
        i = start
        while i < end:
            cue = self.cue_at.get(i) if allow_cue else None
            if cue is not None and cue.label != "ACCORDING" and cue.end <= end:
                i = cue.end
                continue
            joiner = self.texts[i] in {",", ".", ":", "—", "–"} or self.words.is_space[i]
            if not (joiner or allow_cue and self.lowers[i] == "and"):
                return False
            i += 1
        return True

    def _starts_statement(self, region: QuoteRegion, after_cue: bool) -> bool:
        """Whether the quote opens a sentence (or follows its cue), so it is not a phrase quoted mid-sentence."""
        if after_cue:
            return True
        sentence_start, _ = self.layout.sentence(region.open)
        i = region.open
        while i > sentence_start and self.words.is_mark(i - 1):
            i -= 1
        return i == sentence_start or self.texts[i - 1] in {"—", "–", ":"}  # 'The message was clear — "..."'

    def _attribution_after(self, region: QuoteRegion) -> tuple[SpeakerMention, Match | None, int] | None:
        """`"...," the official said` / `"...," said Price` -> (speaker, cue, token after the attribution)."""
        if region.close is None:
            return None
        _, sentence_end = self.layout.sentence(region.close)
        paragraph_end = self.layout.paragraph(region.close)[1]
        start = region.close + 1
        # A quote ends with its own punctuation ('...,"' / '...?"') or a comma after the mark;
        # a quoted name running on into the sentence ('"Borderless" ties grew, officials said') does not.
        punctuated = self.texts[region.close - 1] in {",", "?", "!", ".", "…", "—", "–"}
        if start < paragraph_end and self.texts[start] == ":":
            return None  # a headline's label: "'Unsafe': Pentagon says a jet cut across its plane"
            start += 1
            punctuated = True
        limit = min(max(sentence_end, start), paragraph_end, start + MAX_ATTRIBUTION_TOKENS)
        for i in range(start, limit):
            if self.words.is_mark(i):
                break
            cue = self.cue_at.get(i)
            if cue is not None and cue.label == "ACCORDING" and i == start:
                # '"...," according to the statement.'
                end = self._phrase_end(cue.end, limit)
                mention = self.vocabulary.read(cue.end, end, lenient=True)
                return (mention, cue, end) if mention is not None else None
            if cue is None or cue.label == "ACCORDING":
                if self.texts[i] == "," and i > start:
                    break
                continue
            if i > start:
                if not punctuated and i - start > MAX_UNPUNCTUATED_SPEAKER:
                    return None
                mention = self.vocabulary.read(start, i, lenient=punctuated)
                return (mention, cue, self._after_adjuncts(cue) or cue.end) if mention is not None else None
            end = self._phrase_end(cue.end, limit)
            mention = self.vocabulary.read(cue.end, end)
            if mention is None:
                return None
            return self._with_apposition(mention, end, sentence_end), cue, end
        return None

    def _attribution_before(self, region: QuoteRegion) -> tuple[SpeakerMention, Match | None, int] | None:
        """`X said: "..."`, `X told reporters, "..."`, headline `Putin: '...'`."""
        sentence_start, _ = self.layout.sentence(region.open)
        paragraph_start = self.layout.paragraph(region.open)[0]
        before = region.open - 1
        if before < paragraph_start and region.paragraph > 0:
            # 'The pilot said:' ending the paragraph before the quote.
            previous_start, previous_end = self.layout.paragraphs[region.paragraph - 1]
            if self.texts[previous_end - 1] != ":" or self.layout.skipped[previous_end - 1]:
                return None
            before, paragraph_start = previous_end - 1, previous_start
            sentence_start = self.layout.sentence(before)[0]
        if before < paragraph_start:
            return None
        if self.texts[before] not in {":", ",", "—", "–"}:
            if before not in self.cue_at and self._cue_ending_at(before + 1) is None:
                return None
            following = region.close + 1 if region.close is not None else len(self.texts)
            if following < len(self.texts) and self._clause_goes_on(following):
                return None  # 'said "the patrol is over" and the ships returned': one reported clause
        lowest = max(paragraph_start, region.open - MAX_ATTRIBUTION_TOKENS)
        for i in range(before, lowest - 1, -1):
            if self.words.is_mark(i) and i != before:
                return None
            cue = self.cue_at.get(i)
            if cue is None or cue.end > region.open:
                continue
            if not self._adjuncts_only(cue.end, before) or (
                cue.end < before and cue.label != "ACCORDING" and (self._after_adjuncts(cue) or cue.end) < before
            ):
                return None  # 'said the drills, "Joint Sea," would ...': an object, not an adjunct
            if cue.label == "ACCORDING":
                mention = self.vocabulary.read(cue.end, before)
                return (mention, cue, region.open) if mention is not None else None
            subject_start = max(sentence_start, paragraph_start)
            subject = self._subject(cue, subject_start)
            if subject is None:
                subject = self._earlier_subject(cue, subject_start)  # 'He said ..., adding: "..."'
            if subject is None:
                return None
            return subject, cue, region.open
        # A headline's "Speaker: 'words'".
        if self.texts[before] == ":" and 0 < before - paragraph_start <= MAX_HEADLINE_SPEAKER:
            if self.lowers[paragraph_start] not in LABEL_WORDS and self.vocabulary.is_capitalised(paragraph_start):
                mention = self.vocabulary.read(paragraph_start, before)
                return (mention, None, region.open) if mention is not None else None
        return None

    def _earlier_subject(self, cue: Match, sentence_start: int) -> SpeakerMention | None:
        """The subject of the first reporting verb before `cue` in its sentence."""
        for i in range(sentence_start, cue.start):
            earlier = self.cue_at.get(i)
            if earlier is not None and earlier.label != "ACCORDING":
                return self._subject(earlier, sentence_start)
        return None

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

    # --- reported speech -------------------------------------------------
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
            else:
                self._said(cue, sentence)

    def _according_to(self, cue: Match, sentence: tuple[int, int]) -> None:
        start, end = sentence
        speaker_end = cue.end
        while speaker_end < end and not self.words.is_mark(speaker_end):
            text = self.texts[speaker_end]
            if text in {",", ";", "!", "?"} or text == "." and not self.words.ends_abbreviation(speaker_end):
                break
            speaker_end += 1
        if speaker_end - cue.end > MAX_SUBJECT_TOKENS:
            return
        mention = self.vocabulary.read(cue.end, speaker_end, lenient=True)
        if mention is None:
            return
        after_comma = cue.start > start and self.texts[cue.start - 1] == ","
        before = (self._content_start(start, cue.start - 1), cue.start - 1) if after_comma else None
        after = speaker_end + 1
        if speaker_end < end and self.texts[speaker_end] == "," and after < end:
            if self._reporting_verb_in_clause(after, end):
                return  # 'Interfax, citing a source, reported that ...', 'Citing X, NHK said ...': the verb reports
            if self.lowers[after] in RELATIVE_PRONOUNS:
                # 'According to the Joint Staff, which released photos, the jets ...'
                after = next((i + 1 for i in range(after, end) if self.texts[i] == ","), end)
        else:
            after = end
        content, second = before, None
        if after < end:
            rest = (after, self._content_end(after, end))
            if cue.start == start:
                content = rest  # 'According to X, ...'
            elif (
                before is not None and self.words.is_lower(after) and self.lowers[after] not in CLAUSE_SUBJECT_STARTERS
            ):
                second = rest  # 'The jets, according to the ministry, flew for hours': one statement, two parts
            elif before is not None and cue.start - start <= MAX_INTRODUCTION_TOKENS:
                content = rest  # 'However, according to X, ...', 'On Monday, according to X, ...'
        if content is None:
            return
        self._take(cue.start, speaker_end)
        self.last_speaker[self.layout.sentence_of[cue.start]] = mention
        self._add_reported(content, cue, mention, second=second, minimum=1 if second else MIN_CONTENT_TOKENS)

    def _reporting_verb_in_clause(self, start: int, end: int) -> bool:
        """Whether the clause from `start` is '<subject> <reporting verb> ...' ('NHK said ...')."""
        for i in range(start, min(end, start + MAX_UNPUNCTUATED_SPEAKER + 1)):
            if self.texts[i] in CLAUSE_PUNCT or self.words.is_mark(i) or self.lowers[i] in CLAUSE_WORDS:
                return False
            cue = self.cue_at.get(i)
            if cue is not None and cue.label != "ACCORDING":
                return True
        return False

    def _sentence_subject(self, start: int, limit: int) -> SpeakerMention | None:
        """The noun phrase opening a sentence: names, titles, determiners and speaker nouns."""
        vocabulary, lowers = self.vocabulary, self.lowers
        i = start
        while i < limit and i - start < MAX_SUBJECT_TOKENS:
            in_phrase = (
                vocabulary.is_capitalised(i)
                or lowers[i] in DETERMINERS_AND_JOINERS
                or vocabulary.is_speaker_noun(i)
                or vocabulary.is_titleword(i)
            )
            if not in_phrase:
                # Lowercase modifiers before a speaker noun: "China's defence ministry".
                head = next((j for j in range(i, min(limit, i + 3)) if vocabulary.is_speaker_noun(j)), None)
                if head is None or not all(self.words.is_lower(j) and self.words.is_alpha(j) for j in range(i, head)):
                    break
                i = head
            i += 1
        if i == start or i == limit or not self.words.is_lower(i):
            return None
        return self._checked(start, i)

    def _quoted_as_saying(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'TASS quoted a ministry spokesman as saying (that) ...': the speaker sits inside the cue."""
        mention = self.vocabulary.read(cue.start + 1, cue.end - 2)
        if mention is None:
            return
        start = cue.end + 1 if cue.end < sentence[1] and self.lowers[cue.end] == "that" else cue.end
        if self._add_reported((start, self._content_end(start, sentence[1])), cue, mention):
            self.last_speaker[self.layout.sentence_of[cue.start]] = mention

    def _said(self, cue: Match, sentence: tuple[int, int]) -> None:
        start, end = sentence
        if self._describes_speaker(cue, sentence):
            return
        subject = self._subject(cue, start)
        inherited = False
        if subject is None:
            previous = self.last_speaker.get(self.layout.sentence_of[cue.start])
            if previous is None and self._joined_to_previous(cue, start):
                previous = self._sentence_subject(start, cue.start)  # "X called it "barbaric" and said ..."
                if previous is not None:
                    self.extra_mentions.append(previous)
            if previous is None or not self._joined_to_previous(cue, start):
                self._speaker_after(cue, sentence)
                return
            subject, inherited = previous, True
        else:
            self.extra_mentions.append(subject)
        self.last_speaker[self.layout.sentence_of[cue.start]] = subject
        if self._negated(cue, start) or self._passive(cue, start) or self.lowers[cue.start - 1] == "having":
            return  # "it did not say how long", "declined to say whether", "the crew was told to", "having said that"
        after = self._after_adjuncts(cue)
        if after is None:
            return  # "told the pilots to turn back": an order, not a statement
        content: tuple[int, int] | None = None
        that = self._distant_that(after, end) if after < end and self.texts[after] == "," else None
        if that is not None:
            content = (that + 1, self._content_end(that + 1, end))
        elif after < end and self.lowers[after] == "that":
            content = (after + 1, self._content_end(after + 1, end))
        elif after < end and self.texts[after] == ":":
            content = (after + 1, self._content_end(after + 1, end))
        elif after < end and self.texts[after] == "," and self._opens_with_as(subject, start):
            content = (after + 1, self._content_end(after + 1, end))  # "As the minister said, ..."
        elif (
            after >= end
            or self.texts[after] in SENTENCE_END
            or self.texts[after] == ";"
            or (self.texts[after] == "," and not inherited)
            or (after in self.cue_at and self.cue_at[after].label == "ACCORDING")
        ):
            if not inherited and subject.start > start:
                boundary = subject.start - 1
                while boundary > start and (self.words.is_mark(boundary) or self.words.is_space[boundary]):
                    boundary -= 1
                if self.texts[boundary] == ",":
                    content = (self._content_start(start, boundary), boundary)
                    if self._resumes_after(after, end):
                        # "The bombers, the ministry said, flew for seven hours.": one statement, two parts.
                        resumed = (after + 1, self._content_end(after + 1, end))
                        if self._add_reported(content, cue, subject, second=resumed, minimum=1):
                            self._take(subject.start, subject.end)
                        return
        elif cue.label == "SAY" and self._content_may_start(after, end):
            content = (after, self._content_end(after, end))
        elif cue.label == "THAT":
            that = self._distant_that(cue.end, end)
            if that is not None:
                content = (that + 1, self._content_end(that + 1, end))
            elif self._clause_follows(after, end):
                content = (after, self._content_end(after, end))
        if content is None:
            return
        if subject.start > start and self.lowers[subject.start - 1] in {"which", "that", "who", "whom"}:
            # 'The drill, which the ministry said would last a week, began': the relative clause only.
            content = (content[0], next((i for i in range(*content) if self.texts[i] == ","), content[1]))
        if self._add_reported(content, cue, subject, inherited) and not inherited:
            self._take(subject.start, subject.end)

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

    def _speaker_after(self, cue: Match, sentence: tuple[int, int]) -> None:
        """'..., said the ministry.': the speaker follows the cue, the content precedes it."""
        start, end = sentence
        if self.words.span_text(cue.start, cue.end).lower() in {"say", "tell"}:
            return  # 'a small plane, say a Cessna, ...': an aside, not an attribution
        if cue.end < end and self.lowers[cue.end] in {"to", "by"}:
            return  # 'the drones, believed to be TB-001s, ...': a participle, not an attribution
        comma = cue.start - 1
        if comma > start and self.words.is_mark(comma) and self.texts[comma - 1] == ",":
            comma -= 1  # 'The results "were worse than we thought," says Jane Roe'
        if comma <= start or self.texts[comma] != ",":
            return
        speaker_end = self._phrase_end(cue.end, end)
        if speaker_end == cue.end or speaker_end - cue.end > MAX_SUBJECT_TOKENS:
            return
        if speaker_end < end and self.texts[speaker_end] not in {".", ",", ";"}:
            return
        mention = self.vocabulary.read(cue.end, speaker_end)
        if mention is None or mention.kind == "pronoun" and mention.head == "it":
            return
        mention = self._with_apposition(mention, speaker_end, end)
        content = (self._content_start(start, comma), comma)
        if self._add_reported(content, cue, mention):
            self._take(cue.end, speaker_end)
            self.last_speaker[self.layout.sentence_of[cue.start]] = mention  # for ', adding that ...'

    def _phrase_end(self, start: int, limit: int) -> int:
        """The end of a noun phrase starting at `start`: the next punctuation that is not an abbreviation's dot."""
        end = start
        while end < limit and not self.words.is_mark(end):
            if self.words.is_punct[end] and not (self.texts[end] == "." and self.words.ends_abbreviation(end)):
                if self.texts[end] not in {"-", "’s", "'s"}:
                    break
            end += 1
        return end

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

    def _opens_with_as(self, subject: SpeakerMention, sentence_start: int) -> bool:
        before = subject.start - 1
        return before >= sentence_start and self.lowers[before] in {"as", "like"}

    def _passive(self, cue: Match, sentence_start: int) -> bool:
        one_word = cue.end - cue.start == 1
        return cue.start > sentence_start and one_word and self.lowers[cue.start - 1] in PASSIVE_AUXILIARIES

    def _negated(self, cue: Match, sentence_start: int) -> bool:
        i = cue.start - 1
        while i >= sentence_start and (self.lowers[i] in AUXILIARIES or self.lowers[i] in NEGATIONS):
            if self.lowers[i] in NEGATIONS:
                return True
            i -= 1
        return i >= sentence_start + 1 and self.lowers[i] == "to" and self.lowers[i - 1] in REFUSALS

    def _joined_to_previous(self, cue: Match, sentence_start: int) -> bool:
        """', adding that', ', and added that', 'and said': a verb sharing the subject before it."""
        i = cue.start - 1
        while i >= sentence_start and self.lowers[i] in AUXILIARIES:
            i -= 1
        return i >= sentence_start and self.lowers[i] in {",", "and", "but"}

    def _add_reported(
        self,
        content: tuple[int, int],
        cue: Match,
        speaker: SpeakerMention,
        inherited: bool = False,
        second: tuple[int, int] | None = None,
        minimum: int = MIN_CONTENT_TOKENS,
    ) -> bool:
        start, end = content
        while start < end and (
            self.words.is_space[start] or self.texts[start] in {",", ":"} or self.lowers[start] == "that"
        ):
            start += 1
        parts = [(start, end)] + ([second] if second is not None else [])
        if end - start < minimum or sum(e - s for s, e in parts) < MIN_CONTENT_TOKENS:
            return False
        # (Checking the slices first is cheap: most contents overlap nothing taken.)
        if any(any(self.used[s:e]) for s, e in parts) and any(
            self.used[i] for s, e in parts for i in range(s, e) if self.texts[i] not in QUOTE_MARKS
        ):
            # Content already reported (a direct quote, or the same clause under another cue).
            return False
        for s, e in parts:
            self._take(s, e)
        self._take(cue.start, cue.end)
        self.found.append(Found(parts, "indirect", cue, speaker, inherited=inherited))
        return True

    def _resumes_after(self, after: int, end: int) -> bool:
        """Whether the sentence goes on after ', X said,' with the rest of the statement (a verb, not a clause)."""
        if after + 2 >= end or self.texts[after] != ",":
            return False
        following = self.lowers[after + 1]
        return (
            self.words.is_lower(after + 1)
            and self.words.is_alpha(after + 1)
            and after + 1 not in self.cue_at
            and following not in RESUMING_STOPWORDS
            and not following.endswith("ing")  # ', the Pentagon said, calling it ...': its own act
        )

    def _content_start(self, sentence_start: int, boundary: int) -> int:
        """Where content left of a speaker begins: the sentence start, or after an earlier quote in it."""
        i = boundary
        while i > sentence_start and not self.used[i - 1]:
            i -= 1
        return i

    def _content_end(self, start: int, sentence_end: int) -> int:
        """The end of a reported clause: the sentence's end, or before ', adding that ...'."""
        texts, lowers = self.texts, self.lowers
        for i in within(self.clause_breaks, start, sentence_end):  # no other token can end the clause early
            cue = self.cue_at.get(i)
            if cue is not None and cue.label != "ACCORDING" and i > start:
                j = i - 1
                while j > start and (lowers[j] in AUXILIARIES or texts[j] in QUOTE_MARKS):
                    j -= 1
                # ', adding that', ', and added that', ', but did not say'
                if texts[j] == "," or (lowers[j] in {"and", "but"} and texts[j - 1] == ","):
                    return j if texts[j] == "," else j - 1
                second = self._second_speaker_start(start, j + 1)
                if second is not None:
                    return second
            if cue is not None and cue.label == "ACCORDING" and texts[i - 1] == ",":
                return i - 1
            if lowers[i] == "but" and i + 1 < sentence_end and self._shares_subject(i + 1):
                comma = i - 1
                while comma > start and texts[comma] in QUOTE_MARKS:
                    comma -= 1
                if texts[comma] == ",":
                    return comma  # '..., but gave no details': the speaker's next act, not the statement
            if texts[i] == "," and i + 2 < sentence_end and lowers[i + 1] == "without":
                if lowers[i + 2] in UNSUPPORTED_WORDS:
                    return i  # ', without elaborating', ', without providing evidence': how it was said
        end = sentence_end
        while end > start and (texts[end - 1] in SENTENCE_END or texts[end - 1] in QUOTE_MARKS):
            end -= 1
        if self.layout.double_marks_in(start, end) % 2:
            # Keep the closing mark of a quoted phrase that ends the clause: 'were "part of a pattern"'.
            for i in range(end, sentence_end):
                if texts[i] in DOUBLE_QUOTE_MARKS:
                    return i + 1
        return end

    def _second_speaker_start(self, start: int, end: int) -> int | None:
        """Where a second statement with a speaker of its own begins, given its speaker ends at `end`:
        'X said A, while the navy said B', 'X said A, but Japan said B' -> the comma before it."""
        phrase_start = self._phrase_start(end, start)
        comma = phrase_start - 1
        if comma > start and self.lowers[comma] in SECOND_STATEMENT_JOINERS:
            comma -= 1
        if comma <= start or self.texts[comma] != "," or phrase_start >= end:
            return None
        return comma if self._checked(phrase_start, end) is not None else None

    def _shares_subject(self, i: int) -> bool:
        """Whether the word at i is a verb going on without a subject of its own: 'but gave no details',
        'but declined to say'."""
        word = self.lowers[i]
        return self.words.is_lower(i) and (word.endswith("ed") or word in FINITE_AUXILIARIES or word in IRREGULAR_PASTS)

    def _after_adjuncts(self, cue: Match) -> int | None:
        """The token after a cue and its adjuncts: 'told reporters on Tuesday', 'said in a statement';
        None after 'told' with no listener ('told the pilots to turn back')."""
        _, end = self.layout.sentence(cue.start)
        i = cue.end
        # These verbs are one-word cues: the cue's first word is its verb.
        if self.lowers[cue.start] in {"told", "tells", "tell", "informed", "briefed", "assured"} and i < end:
            listener_end = self._skip_object(i, end)
            if listener_end is None:
                return None
            i = listener_end
        for _ in range(3):
            if i >= end:
                break
            lower = self.lowers[i]
            if lower in {",", "—", "–"}:
                # "say, however, that ...", "said — in a rare rebuke — that ...": an aside between commas or dashes.
                longest = MAX_ASIDE_TOKENS if lower == "," else MAX_ADJUNCT_TOKENS
                j = i + 1
                while j < end and j - i <= longest and self.texts[j] != lower:
                    j += 1
                if j < end and j - i <= longest and j + 1 < end and self.lowers[j + 1] == "that":
                    i = j + 1
                    continue
                break
            if (lower in TIME_WORDS or lower.endswith("ly") and self.words.is_lower(i)) and not (
                i + 1 < end and self.texts[i + 1] in {"’s", "'s"}  # "said Sunday's flight was ..."
            ):
                i += 1
                continue
            if (
                lower in {"last", "this", "next", "on", "late", "early"}
                and i + 1 < end
                and self.lowers[i + 1] in TIME_UNITS
            ):
                i += 2  # "said last month", "told reporters this week"
                continue
            if lower in ADJUNCT_PREPOSITIONS:
                j = i + 1
                head_end = None  # after 'in an interview': a clause may follow without 'that'
                timed = False  # 'on Tuesday', 'on May 3', 'on 3 May'
                while (
                    j < end and j - i <= MAX_ADJUNCT_TOKENS and self.lowers[j] != "that" and not self.words.is_punct[j]
                ):
                    if self.lowers[j] in TIME_WORDS or self.texts[j][:1].isdigit():
                        j += 1
                        if j < end and self.lowers[j].rstrip(".") in MONTH_WORDS:
                            j += 1
                        timed = True
                        break
                    if (
                        self.lowers[j] in LISTENER_NOUNS
                        or self.lowers[j] in ADJUNCT_HEADS
                        or self.texts[j][:1].isupper()
                    ):
                        head_end = j + 1  # 'in an interview', 'on Telegram', 'in Tokyo'
                    j += 1
                if head_end is not None and not (j < end and self.lowers[j] == "that"):
                    if self._clause_follows(head_end, end):
                        i = head_end
                        continue
                if j < end and (self.lowers[j] == "that" or self.words.is_punct[j] or timed):
                    i = j
                    continue
                break
            break
        return i

    def _skip_object(self, i: int, end: int) -> int | None:
        """The end of the listener after 'told' ('reporters', 'Reuters', 'a news conference', "Japan's
        Kyodo News", 'state television'), or None when the words after it are no listener ('told the
        pilots to turn back')."""
        for j in range(i, min(end, i + MAX_ADJUNCT_TOKENS)):
            if self.lowers[j] == "that":
                return j
            if self.words.is_punct[j] or self.words.is_mark(j):
                break
        j = i + 1 if self.lowers[i] in {"the", "a", "an"} else i
        listener_end = None
        while j < end and j - i <= MAX_LISTENER_TOKENS:
            text, lower = self.texts[j], self.lowers[j]
            if text[:1].isupper() or lower in LISTENER_NOUNS or lower in OBJECT_PRONOUNS:
                j = listener_end = j + 1
            elif listener_end is not None and text in {"’s", "'s"}:
                j += 1
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

    def _content_may_start(self, start: int, end: int) -> bool:
        """Whether a SAY cue's clause may start at `start`: a word or an opening quotation mark, not
        punctuation or an object ('said nothing about')."""
        return (self.words.is_mark(start) or not self.words.is_punct[start]) and not self._object_follows(start, end)

    def _object_follows(self, start: int, end: int) -> bool:
        """'said nothing about the flights', 'said so' (but 'said little was known' is a clause)."""
        return self.lowers[start] in NON_CLAUSE_OBJECTS and not (
            start + 1 < end and self.lowers[start + 1] in FINITE_AUXILIARIES
        )

    def _clause_follows(self, start: int, end: int) -> bool:
        """Whether a clause with its own verb follows a THAT cue without 'that': 'reported the ship was
        hit', 'denied its jets had entered' (but not 'confirmed the patrol', an object)."""
        if start >= end:
            return False
        first = self.texts[start]
        if not (self.lowers[start] in CLAUSE_SUBJECT_STARTERS or first[:1].isupper() or self.words.like_num(start)):
            return False
        for i in range(start + 1, min(end, start + MAX_CLAUSE_SUBJECT + 1)):
            word = self.lowers[i]
            if word in FINITE_AUXILIARIES:
                return True
            previous = i - 1
            if i >= start + 2 and word.endswith("ed") and self.words.is_lower(i) and self.words.is_alpha(previous):
                # A verb in the past after its subject ('the bomber drill indicated'), not a participle
                # modifying a noun ('the newly refitted frigates').
                if self.lowers[previous] not in CLAUSE_SUBJECT_STARTERS and not (
                    self._adverb(previous) or self.words.like_num(previous)
                ):
                    return True
            if self.words.is_punct[i] or self.words.is_mark(i) or word in CLAUSE_WORDS or word in OBJECT_BOUNDARIES:
                return False
        return False

    def _distant_that(self, start: int, end: int) -> int | None:
        """'stressed during the trip, ..., that ...': a 'that' after an adverbial stretch."""
        if start >= end or not (self.texts[start] == "," or self.lowers[start] in ADJUNCT_PREPOSITIONS):
            return None
        for i in range(start, min(end, start + MAX_THAT_DISTANCE)):
            if self.words.is_mark(i) or i in self.cue_at:
                return None
            if self.lowers[i] == "that" and self.texts[i - 1] == ",":
                return i
        return None

    def _subject(self, cue: Match, sentence_start: int) -> SpeakerMention | None:
        """The speaker before a cue: 'the ministry said', 'Moscow has repeatedly argued', 'X, who ..., said'."""
        end = cue.start
        while end > sentence_start and (self.lowers[end - 1] in AUXILIARIES or self._adverb(end - 1)):
            end -= 1
        start = self._phrase_start(end, sentence_start)
        if start < end:
            if self.lowers[start] in ADVERBIAL_STARTERS and self.words.is_lower(start):
                return None
            return self._checked(start, end)
        if start - 2 > sentence_start and self.lowers[start - 1] in {"which", "who"} and self.texts[start - 2] == ",":
            # 'a statement from the ministry, which said ...': the phrase before the comma.
            head_start = self._phrase_before_comma(start - 2, sentence_start)
            if head_start is None:
                return None
            for i in range(start - 3, head_start - 1, -1):
                if self.words.is_lower(i) and (self.lowers[i] in OBJECT_BOUNDARIES or self.lowers[i].endswith("ed")):
                    head_start = i + 1  # 'spotted by the coast guard, which said': the object only
                    break
            return self._checked(head_start, start - 2) if head_start < start - 2 else None
        # Nothing between the cue and a comma: 'X, who commands Y, said', 'X, a spokesman, said',
        # 'X, for its part, insists'. Look at the comma-delimited stretch and the phrase before it.
        inner_end = start - 1
        inner_start = self._relative_clause_start(inner_end, sentence_start)
        if inner_start is None:
            inner_start = self._phrase_before_comma(inner_end, sentence_start)
        if inner_start is None:
            return None
        head_start = self._phrase_before_comma(inner_start - 1, sentence_start)
        if head_start is None:
            return None
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
            # 'The spokesman, Col. Wu Qian, said', "the ministry's spokeswoman, Maria Zakharova, said"
            described = self._checked(head_start, inner_start - 1)
            named = self._checked(inner_start, inner_end)
            if described is not None and named is not None and described.kind in {"person", "group"}:
                if named.kind in {"person", "surname"} and named.name:
                    return self.vocabulary.combine(described, named, inner_end)
        return None

    def _relative_clause_start(self, comma: int, sentence_start: int) -> int | None:
        """The 'who'/'which' opening a relative clause that ends at the comma `comma`: 'X, who spoke on
        condition of anonymity because ..., said'; None when there is none."""
        for i in range(comma - 1, max(sentence_start, comma - MAX_RELATIVE_TOKENS), -1):
            if i in self.cue_at or self.words.is_mark(i) or self.texts[i] in {";", ":"}:
                return None
            if self.lowers[i] in RELATIVE_PRONOUNS and self.texts[i - 1] == ",":
                return i
        return None

    def _phrase_before_comma(self, comma: int, sentence_start: int) -> int | None:
        """Where the phrase ending at the comma `comma` starts, or None when there is no such phrase."""
        if comma <= sentence_start or self.texts[comma] != ",":
            return None
        start = self._phrase_start(comma, sentence_start)
        return start if start < comma else None

    def _checked(self, start: int, end: int) -> SpeakerMention | None:
        if end - start > MAX_SUBJECT_TOKENS:
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
            return mention
        # 'A senior official briefed on the talks said', 'an official familiar with the plans told':
        # the noun phrase before a trailing modifier.
        for i in range(start + 1, end):
            if self.words.is_lower(i) and self.vocabulary.is_speaker_noun(i - 1):
                core = self.vocabulary.read(start, i)
                return self.vocabulary.extend(core, end) if core is not None else None
        return None

    def _noun_use(self, i: int, end: int) -> bool:
        """'media reports said', 'the claims said': a cue word used as the subject's head noun."""
        return i == end - 1 and self.lowers[i] in {"reports", "claims", "statements", "posts", "tweets"}

    def _phrase_start(self, end: int, sentence_start: int) -> int:
        """Scan left from `end` to the start of the noun phrase ending there."""
        texts, lowers, words = self.texts, self.lowers, self.words
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
            if words.is_space[i - 1] and "\n" not in text:
                i -= 1
                continue
            if text in CLAUSE_PUNCT or text in QUOTE_MARKS or words.is_space[i - 1]:
                break
            if text in SENTENCE_END and not words.ends_abbreviation(i - 1):
                break
            if text == "-" and (words.whitespace[i - 1] or words.whitespace[i - 2]):
                break  # a dash between words ("JAKARTA - The"), not a hyphen ("Self-Defense")
            if lower in CLAUSE_WORDS and (text.islower() or i - 1 == sentence_start):
                break
            if lower in {"and", "or", "nor"}:
                # "Beijing and Moscow", "Diplomatic and security sources" are one subject; "X left and Y said" is not.
                if i == end or not (
                    i - 2 >= sentence_start and self.texts[i - 2][:1].isupper() or self._single_before(i - 1)
                ):
                    break
            i -= 1
        return i

    def _single_before(self, i: int) -> bool:
        """Whether the word before token i opens its phrase ("Diplomatic" in "Diplomatic and security sources")."""
        return i >= 1 and (i - 1 == 0 or self.texts[i - 2] in CLAUSE_PUNCT or self.words.is_space[i - 2])

    def _adverb(self, i: int) -> bool:
        return self.words.is_lower(i) and self.lowers[i].endswith("ly") and len(self.texts[i]) > 4


def _unique(mentions: list[SpeakerMention]) -> list[SpeakerMention]:
    seen, unique = set(), []
    for mention in mentions:
        if id(mention) not in seen:
            seen.add(id(mention))
            unique.append(mention)
    return unique
