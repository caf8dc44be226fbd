"""The grammar words the quote finder reads sentences with, from `patterns/quote_words.jsonl`.

Each line puts one word in one list: `{"label": "AUXILIARY", "pattern": "has", "id": "has"}`.
The lists are fixed grammar (auxiliaries, clause words, determiners ...), read once when the
package is imported; a user extends what the quote finder recognizes through its cues
(`quote_cues.jsonl`) and speakers' words (`speakers.jsonl`), not through these.
"""

from __future__ import annotations

from typing import Any

from ...resources import load_patterns
from ...text.words import MONTH_ABBREVIATIONS, WEEKDAY_WORDS

PATTERN_FILE = "quote_words.jsonl"
# Each list: its label in the file, and what its words are for.
LABELS = {
    "AUXILIARY": 'words between a subject and its verb: "has repeatedly argued", "earlier confirmed"',
    "CLAUSE_WORD": "words that end the subject of a cue when scanning leftwards",
    "ADVERBIAL_STARTER": 'a comma-delimited stretch starting with one is an adverbial: "X, for its part, insists"',
    "OBJECT_BOUNDARY": "words that end the subject of a clause after a cue",
    "OBJECT_PRONOUN": 'listeners after "told": "told them"',
    "NEGATION": '"did not say"',
    "PASSIVE_AUXILIARY": '"the crew was told to": a passive, not an attribution',
    "REFUSAL": '"declined to say"',
    "CATENATIVE": '"was quick to say", "continued to insist": before "to" and a verb of saying, a statement made',
    "GOING_ON_VERB": '"went on to say": before "on to" and a verb of saying',
    "APPOSITION_STARTER": 'an apposition describing a speaker: "X, a spokesman, said"',
    "LISTENER_VERB": 'cues followed by their listener: "told reporters"',
    "LISTENER_NOUN": 'listeners after "told": "told the Associated Press", "told a news conference"',
    "ADJUNCT_PREPOSITION": 'adjuncts right after a cue: "said in a statement", "told reporters on Tuesday"',
    "ADJUNCT_HEAD": 'heads of adjuncts a clause may follow without "that": "told Nikkei in an interview the ..."',
    "TIME_WORD": "words of time after a cue, besides the weekdays",
    "TIME_UNIT": '"said last month", "told reporters this week"',
    "LABEL_WORD": '"Photo: ...", "WATCH: ...": a line\'s label, not a speaker',
    "CLAUSE_SUBJECT_STARTER": 'a clause after a THAT cue without "that" opens with one of these',
    "FINITE_AUXILIARY": "verbs that show a clause soon after its subject",
    "IRREGULAR_PAST": "past tenses not ending in -ed",
    "MODAL": '"would sit him down and tell him ...": words before a bare verb a later bare verb goes on from',
    "SUBORDINATOR": '"If the talks fail, he said, ...": a clause opening with one is no statement alone',
    "UNSUPPORTED_WORD": '"..., without elaborating": how a statement was made, not what it said',
    "NON_CLAUSE_OBJECT": '"said nothing about", "said so": objects, not reported clauses',
    "SECOND_STATEMENT_JOINER": '", while the navy said ...": a second statement with its own speaker',
    "RELATIVE_PRONOUN": '"X, who ..., said"',
    "RESTRICTIVE_RELATIVE": '"An official who asked not to be named said"',
    "RESUMING_STOPWORD": 'after ", the ministry said," these start something other than the statement',
    "RESUMING_CONNECTIVE": '"The crash was caused, he said, by ice": these carry the statement on after the speaker',
    "SUBJECT_JOINER": "words inside a sentence's opening noun phrase",
    "CUE_NOUN": 'cue words used as a noun heading a subject: "media reports said"',
    "NOUN_MARKER": 'words after which a cue word is a noun or a modifier: "its worry", "no claim", "little doubt"',
    "CUE_PREPOSITION": 'after these a cue word is a noun unless a gerund: "after reports that" ("after saying")',
    "STRANDING_SUBJECT": 'subjects of a clause a preposition may end: "the officers I have spoken with said"',
    "CUE_OBJECT_VERB": 'verbs whose object a cue word after them is: "lay claim to", "fire warning shots"',
    "CROWD_NOUN": 'an unnamed crowd whose beliefs are no stated position: "many voters fear"',
    "BELIEF_ADJECTIVE": 'a belief after "is", "are", "remain": "the ministry is convinced that ..."',
    "EVALUATION_NOUN": 'after a possessive and before "of", a criticism or a praise: "her criticism of the deal"',
    "APPEAL_NOUN": 'after a possessive and before "for", a call or a praise: "his call for a ban"',
    "BELIEF_LINK": 'words linking a holder to a BELIEF_ADJECTIVE: "remains confident", "have long been concerned"',
    "DETERMINER": 'words before a speaker\'s head noun: "the", "one", "several"',
    "PERSON_PRONOUN": "pronouns for a person",
    "GROUP_PRONOUN": "pronouns for a group",
    "THING_PRONOUN": "pronouns for an organization or a country",
    "NAME_JOINER": 'words that join the parts of a name: "Ministry of National Defense"',
    "PREPOSITION": 'attachments after a speaker\'s head: "an official from the Coast Guard"',
    "ATTACHMENT_END": '"a statement by the ministry on Tuesday": the organization ends before these',
    "HONORIFIC": '"Mr", "Ms": not a title',
    "UNSPECIFIC_HEAD": '"the person", "the source": any person before',
    "NOUN_ENDING_IN_S": 'nouns ending in "s" that are not plurals: "boss", "press"',
    "NOUN_ENDING_IN_LY": 'nouns ending in "ly" that are not adverbs: "the family said", "organizers of the rally told"',
    "POLL_SOURCE": 'polls whose findings may follow an opening phrase: "In a CNN poll released Monday, ..."',
    "FINDING_SOURCE": 'heads of the sources whose findings count as statements: "a poll shows", "records show"',
    "FINDING_VERB": 'ids of statement cues whose subject may be a source of findings: "the poll suggests"',
    "STATED_FINDING_CUE": 'ids of FINDING cues that a speaker may state: "the minister indicated that ..."',
    "STATEMENT_NOUN": 'a statement named by a noun and its clause: "his claim that ...", "Lund\'s warning that ..."',
    "TOPIC_ONLY_WORD": '"what he said about the talks", "said of Mr. Ferris": the topic, not a reported clause',
    "ANSWER_WORD": '"46 percent said yes": a one-word answer is a statement',
    "PROMISE_CUE": 'ids of cues whose statement may be "to" and a verb: "vowed to keep the base open"',
    "CHARACTERIZING_CUE": 'ids of cues naming what their object is: "called the move regrettable"',
    "EVALUATING_CUE": 'ids of cues judging their object, which the writer\'s comment may follow: "praised the crews"',
    "NAMED_TARGET_CUE": 'ids of cues whose object may be a name alone: "criticized Lee" (not "attacked Kyiv")',
    "ACCUSING_CUE": 'ids of cues whose charge may hold clauses of its own: "accused X of lying while he ..."',
    "ING_PREPOSITION": 'prepositions ending in "-ing", no participles: "attacked Lee during the debate"',
    "WH_CUE": 'ids of cues whose statement may open with "how", "why" or "what": "explained why the jets were sent"',
    "NOUN_OBJECT_CUE": 'ids of cues whose object alone is a statement: "stressed the importance of the alliance"',
    "COMMENT_OPENER": '", a swipe at ...", ", which ...": the writer\'s comment after a statement',
    "CONTINUING_SUBJECT": '", and it ...": after ", and" these subjects go on with the statement',
    "CONTRAST_JOINER": '"..., while Z suggests ...": a contrasting clause with a cue of its own ends a statement',
    "SENTENCE_ADVERB": '"However, he said", "Then he said", "Hours later, X told": an opening adverb, no speaker',
    "SHARE_HEAD": 'heads of a share of a group: "36 percent of Democrats said", "a majority say"',
    "SHARE_FRACTION": 'fractions as shares: "two-thirds of voters say"',
    "GROUP_QUANTIFIER": 'quantifiers opening a share: "most of them said", "those surveyed say"',
    "SHARE_DENOMINATOR": '"six in 10 said", "one in five say": the count a share is out of',
    "TITLE_CUE_WORD": 'cue words that name a role in a speaker\'s title: "presidential hopeful Jane Roe says"',
    "SHARE_COMPARATIVE": '"more than 3 in 10 said", "fewer than half say": a comparative opening a share',
    "DOCUMENT_NOUN": 'documents that speak for their authors: "a copy of the memo said"',
    "SUBJECT_PRONOUN": 'pronoun subjects of a verb: "Then he said", "Even if ..., she told"',
    "SPEAKER_MODIFIER": 'a description after a speaker\'s head: "a source close to the ministry"',
    "ABBREVIATION": 'a "." after these ends the abbreviation, not the sentence (besides month abbreviations)',
    "CALL_PARTICLE": '"called off the deal", "called back": after "called", no speech',
    "OCCASION_STARTER": '"she said as she left": besides prepositions and time words, these open an occasion',
    "OCCASION_NOUN": '"criticized the plan during a debate": an occasion, no part of what was criticized',
    "QUESTION_OPENER": '"asked whether", "asked about", "asked for": besides clause words, these open what was asked',
    "FEMALE_WORD": '"she", "Mrs.", "spokeswoman" in a mention: a woman (no possessive: "her spokesman")',
    "MALE_WORD": '"he", "Mr.", "spokesman" in a mention: a man (no possessive: "his spokeswoman")',
    "RECALLED_NOUN": '"recalled its troops": what is called back, no memory recalled',
}


def check_entry(entry: dict[str, Any]) -> str | None:
    """The problem with a word-list entry and its fix, or None."""
    if entry["label"] not in LABELS:
        return f'label "{entry["label"]}" is not one of {", ".join(sorted(LABELS))}; use one of them'
    pattern = entry["pattern"]
    if not isinstance(pattern, str) or pattern != pattern.lower() or pattern.split() != [pattern]:
        return '"pattern" must be one word in lower case, like "has"'
    return None


def _load() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {label: set() for label in LABELS}
    for entry in load_patterns(PATTERN_FILE):
        lists[entry["label"]].add(entry["pattern"])
    return {label: frozenset(words) for label, words in lists.items()}


_LISTS = _load()

AUXILIARIES = _LISTS["AUXILIARY"]
CLAUSE_WORDS = _LISTS["CLAUSE_WORD"]
ADVERBIAL_STARTERS = _LISTS["ADVERBIAL_STARTER"]
OBJECT_BOUNDARIES = _LISTS["OBJECT_BOUNDARY"]
OBJECT_PRONOUNS = _LISTS["OBJECT_PRONOUN"]
NEGATIONS = _LISTS["NEGATION"]
PASSIVE_AUXILIARIES = _LISTS["PASSIVE_AUXILIARY"]
REFUSALS = _LISTS["REFUSAL"]
CATENATIVES = _LISTS["CATENATIVE"]
GOING_ON_VERBS = _LISTS["GOING_ON_VERB"]
APPOSITION_STARTERS = _LISTS["APPOSITION_STARTER"]
LISTENER_VERBS = _LISTS["LISTENER_VERB"]
LISTENER_NOUNS = _LISTS["LISTENER_NOUN"]
ADJUNCT_PREPOSITIONS = _LISTS["ADJUNCT_PREPOSITION"]
ADJUNCT_HEADS = _LISTS["ADJUNCT_HEAD"]
TIME_WORDS = WEEKDAY_WORDS | _LISTS["TIME_WORD"]
TIME_UNITS = _LISTS["TIME_UNIT"]
LABEL_WORDS = _LISTS["LABEL_WORD"]
CLAUSE_SUBJECT_STARTERS = _LISTS["CLAUSE_SUBJECT_STARTER"]
FINITE_AUXILIARIES = _LISTS["FINITE_AUXILIARY"]
IRREGULAR_PASTS = _LISTS["IRREGULAR_PAST"]
MODALS = _LISTS["MODAL"]
SUBORDINATORS = _LISTS["SUBORDINATOR"]
UNSUPPORTED_WORDS = _LISTS["UNSUPPORTED_WORD"]
NON_CLAUSE_OBJECTS = _LISTS["NON_CLAUSE_OBJECT"]
SECOND_STATEMENT_JOINERS = _LISTS["SECOND_STATEMENT_JOINER"]
RELATIVE_PRONOUNS = _LISTS["RELATIVE_PRONOUN"]
RESTRICTIVE_RELATIVES = _LISTS["RESTRICTIVE_RELATIVE"]
RESUMING_STOPWORDS = CLAUSE_WORDS | ADJUNCT_PREPOSITIONS | _LISTS["RESUMING_STOPWORD"]
RESUMING_CONNECTIVES = _LISTS["RESUMING_CONNECTIVE"]
SUBJECT_JOINERS = _LISTS["SUBJECT_JOINER"]
CUE_NOUNS = _LISTS["CUE_NOUN"]
NOUN_MARKERS = _LISTS["NOUN_MARKER"]
CUE_PREPOSITIONS = _LISTS["CUE_PREPOSITION"]
CUE_OBJECT_VERBS = _LISTS["CUE_OBJECT_VERB"]
STRANDING_SUBJECTS = _LISTS["STRANDING_SUBJECT"]
CROWD_NOUNS = _LISTS["CROWD_NOUN"]
BELIEF_ADJECTIVES = _LISTS["BELIEF_ADJECTIVE"]
BELIEF_LINKS = _LISTS["BELIEF_LINK"]
COMMENT_OPENERS = _LISTS["COMMENT_OPENER"]
CONTINUING_SUBJECTS = _LISTS["CONTINUING_SUBJECT"]
CONTRAST_JOINERS = _LISTS["CONTRAST_JOINER"]
DETERMINERS = _LISTS["DETERMINER"]
PERSON_PRONOUNS = _LISTS["PERSON_PRONOUN"]
GROUP_PRONOUNS = _LISTS["GROUP_PRONOUN"]
THING_PRONOUNS = _LISTS["THING_PRONOUN"]
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
NAME_JOINERS = _LISTS["NAME_JOINER"]
PREPOSITIONS = _LISTS["PREPOSITION"]
ATTACHMENT_ENDS = _LISTS["ATTACHMENT_END"]
HONORIFICS = _LISTS["HONORIFIC"]
UNSPECIFIC_HEADS = _LISTS["UNSPECIFIC_HEAD"]
NOUNS_ENDING_IN_S = _LISTS["NOUN_ENDING_IN_S"]
NOUNS_ENDING_IN_LY = _LISTS["NOUN_ENDING_IN_LY"]
ABBREVIATIONS = _LISTS["ABBREVIATION"] | MONTH_ABBREVIATIONS
FINDING_SOURCES = _LISTS["FINDING_SOURCE"]
POLL_SOURCES = _LISTS["POLL_SOURCE"]
STATED_FINDING_CUES = _LISTS["STATED_FINDING_CUE"]
FINDING_VERBS = _LISTS["FINDING_VERB"]
STATEMENT_NOUNS = _LISTS["STATEMENT_NOUN"]
EVALUATION_NOUNS = _LISTS["EVALUATION_NOUN"]
APPEAL_NOUNS = _LISTS["APPEAL_NOUN"]
EVALUATION_WORDS = EVALUATION_NOUNS | APPEAL_NOUNS
TOPIC_ONLY_WORDS = _LISTS["TOPIC_ONLY_WORD"]
ANSWER_WORDS = _LISTS["ANSWER_WORD"]
PROMISE_CUES = _LISTS["PROMISE_CUE"]
WH_CUES = _LISTS["WH_CUE"]
NOUN_OBJECT_CUES = _LISTS["NOUN_OBJECT_CUE"]
CHARACTERIZING_CUES = _LISTS["CHARACTERIZING_CUE"]
EVALUATING_CUES = _LISTS["EVALUATING_CUE"]
ACCUSING_CUES = _LISTS["ACCUSING_CUE"]
NAMED_TARGET_CUES = _LISTS["NAMED_TARGET_CUE"]
ING_PREPOSITIONS = _LISTS["ING_PREPOSITION"]
SENTENCE_ADVERBS = _LISTS["SENTENCE_ADVERB"]
SHARE_HEADS = _LISTS["SHARE_HEAD"]
SHARE_FRACTIONS = _LISTS["SHARE_FRACTION"]
GROUP_QUANTIFIERS = _LISTS["GROUP_QUANTIFIER"]
SHARE_DENOMINATORS = _LISTS["SHARE_DENOMINATOR"]
SHARE_COMPARATIVES = _LISTS["SHARE_COMPARATIVE"]
TITLE_CUE_WORDS = _LISTS["TITLE_CUE_WORD"]
DOCUMENT_NOUNS = _LISTS["DOCUMENT_NOUN"]
SUBJECT_PRONOUNS = _LISTS["SUBJECT_PRONOUN"]
SPEAKER_MODIFIERS = _LISTS["SPEAKER_MODIFIER"]
CALL_PARTICLES = _LISTS["CALL_PARTICLE"]
OCCASION_STARTERS = _LISTS["OCCASION_STARTER"]
OCCASION_NOUNS = _LISTS["OCCASION_NOUN"]
QUESTION_OPENERS = _LISTS["QUESTION_OPENER"]
FEMALE_WORDS = _LISTS["FEMALE_WORD"]
MALE_WORDS = _LISTS["MALE_WORD"]
RECALLED_NOUNS = _LISTS["RECALLED_NOUN"]
