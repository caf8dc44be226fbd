"""`patrolx_quotes`: what officials said, directly or as reported speech, and who said it.

Cue words come from `patterns/quote_cues.jsonl` (matched ignoring case):
- SAY: verbs whose reported clause may follow without "that" ("X said the
  jets left", "X told reporters ...", "X was quoted as saying ...");
- THAT: verbs that also take a plain object ("confirmed the patrol", "added two
  ships"), so the content to their right must be introduced by "that", a
  colon, or a clause whose verb shows soon ("confirmed two jets had entered");
- ACCORDING: the speaker comes after the cue ("according to X", "citing X");
- QUOTED: the speaker sits inside the cue ("TASS quoted an official as saying");
- FINDING: what a poll, a study or records show ("a poll shows ...", "records show").

The package reads one concern per module, each building on the ones before:
- `layout.py`: paragraphs, sentences and datelines (the article's layout);
- `marks.py`: quotation marks paired into quoted regions;
- `wordlists.py`: the grammar words, from `patterns/quote_words.jsonl`;
- `mentions.py`: a speaker mention read into name, title, affiliation, country;
- `coreference.py`: "he", "the ministry", "Price" resolved to a fuller mention;
- `state.py`: the working state for one article;
- `verbshapes.py`: the words of a verb group between its subject and the cue ("went on to say", "he's said");
- `subordinate.py`: a statement in an opening subordinate clause ends before the main clause;
- `phrases.py`: the speaker's noun phrase around a cue (attribution);
- `clauses.py`: where a reported clause starts and ends;
- `findings.py`: the findings of polls, studies and records;
- `pollopenings.py`: a poll's findings after an opening phrase ("In a CNN poll released Monday, ...");
- `characterizations.py`: where what a speaker called or criticized ends, and a relative word standing
  for it ('the plan, which he described as "reckless"');
- `questions.py`: questions put to a speaker ("Asked whether ..., X said"), which are no quotes;
- `nesting.py`: statements in relative and subordinate clauses, hedges inside quotes;
- `interposed.py`: statements around an attribution inside or after them ("The jets, X said, flew");
- `subjects.py`: subjects the phrase scan misses (shares of a group, described or modified speakers,
  the subject a later verb or a participle goes on from);
- `according.py`: "according to X" and "citing X", whose source follows the cue;
- `lines.py`: lines "Speaker: statement" (headlines, transcripts);
- `leadins.py`: what stands before a quoted passage and names its speaker ('Said Comey, "..."');
- `direct.py`: quoted passages and their attributions;
- `reported.py`: reported speech ("X said (that) ...", "..., X said.");
- `quoteparagraphs.py`: a paragraph all in quotation marks going on the reported statement before it;
- `notstatements.py`: what was read as a quote but states nothing (the occasion after an attribution,
  a quoted section heading, 'called off', 'a proposed cap', 'citing bad weather');
- `article.py`: all of it for one doc, made into spans and records.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import set_spans
from ...families import BY_NAME
from ...resources import load_patterns
from ...text.matching import PatternMatcher, longest, word_positions
from .article import Article
from .layout import Layout
from .marks import QUOTE_MARKS
from .mentions import SpeakerReader
from .state import MAX_HEADLINE_SPEAKER

FACT_FAMILY = BY_NAME["quotes"]
PATTERN_FILE = "quote_cues.jsonl"


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
        # A colon among the first words may end a headline's speaker ("Graham: ...").
        headline_colon = by_word.get(":", [len(doc)])[0] <= MAX_HEADLINE_SPEAKER + 1
        if not cues and not headline_colon and all(mark not in by_word for mark in QUOTE_MARKS):
            set_spans(doc, "quotes", [], [])
            return doc
        layout = Layout(doc)
        if not cues and not headline_colon and not layout.regions:
            set_spans(doc, "quotes", [], [])
            return doc
        vocabulary = self.speakers.prepare(doc, layout.words, speaker_words)
        article = Article(doc, layout, vocabulary, cues, self.label)
        spans, records = article.quote_spans()
        set_spans(doc, "quotes", spans, records)
        return doc
